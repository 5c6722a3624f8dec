import type { stage as english } from '../en/stage';
import type { Translation } from '../translation';

export const stage: Translation<typeof english> = {};
