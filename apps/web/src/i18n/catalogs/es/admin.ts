import type { admin as english } from '../en/admin';
import type { Translation } from '../translation';

export const admin: Translation<typeof english> = {};
