import type { launch as english } from '../en/launch';
import type { Translation } from '../translation';

export const launch: Translation<typeof english> = {};
