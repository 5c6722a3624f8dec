import { admin } from './admin';
import { attendance } from './attendance';
import { common } from './common';
import { launch } from './launch';
import { languageMenu } from './languageMenu';
import { meetings } from './meetings';
import { meetingState } from './meetingState';
import { rooms } from './rooms';
import { roomForms } from './roomForms';
import { stage } from './stage';

/** The English catalog: the message ids and the source text every other catalog translates. */
export const en = { ...common, ...admin, ...rooms, ...roomForms, ...meetings, ...meetingState, ...stage, ...launch, ...languageMenu, ...attendance };
