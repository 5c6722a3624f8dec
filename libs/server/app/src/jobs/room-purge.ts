import { restoreWindowStart } from '@lti-rooms/domain';
import type { RoomRepository } from '@lti-rooms/server-persistence';
import type { Logger } from '@lti-rooms/server-core';

/** How often each process looks for deleted rooms whose 30 days to restore have passed. */
export const ROOM_PURGE_INTERVAL_MS = 60 * 60_000;

/** Purges, batch by batch, the rooms no one can restore any more; returns how many went. */
export function purgeDeletedRooms(rooms: RoomRepository, clock: () => Date, logger: Logger) {
  return async (): Promise<number> => {
    const cutoff = restoreWindowStart(clock());
    let purged = 0;
    for (let batch = await rooms.purgeDeletedBefore(cutoff); batch > 0; batch = await rooms.purgeDeletedBefore(cutoff)) purged += batch;
    if (purged > 0) logger.info({ purged }, 'deleted rooms purged after their restore window');
    return purged;
  };
}
