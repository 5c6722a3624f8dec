import type { meetings as english } from '../en/meetings';
import type { Translation } from '../translation';

export const meetings: Translation<typeof english> = {};
