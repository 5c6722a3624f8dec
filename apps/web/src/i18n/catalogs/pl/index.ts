import type { Catalog } from '../translation';
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

const catalog: Catalog = { ...common, ...admin, ...rooms, ...roomForms, ...meetings, ...meetingState, ...stage, ...launch, ...languageMenu, ...attendance };
export default catalog;
