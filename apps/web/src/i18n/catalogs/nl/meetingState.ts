import type { meetingState as english } from '../en/meetingState';
import type { Translation } from '../translation';

export const meetingState: Translation<typeof english> = {};
