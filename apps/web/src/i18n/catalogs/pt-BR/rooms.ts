import type { rooms as english } from '../en/rooms';
import type { Translation } from '../translation';

export const rooms: Translation<typeof english> = {};
