import type { roomForms as english } from '../en/roomForms';
import type { Translation } from '../translation';

export const roomForms: Translation<typeof english> = {};
