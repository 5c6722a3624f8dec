import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Database } from '@lti-rooms/server-persistence';
import type { Course } from './rooms-seed';

/**
 * The floor a room list cannot beat: one SELECT of the course's rooms on the same database,
 * sent as JSON over HTTP, with no authentication, no policy and no status.
 */
export async function startFloorServer(db: Database) {
  let queries = 0;
  let course: Course | null = null;
  const server = createServer((_req, res) => {
    queries += 1;
    db.select(
      `SELECT r.id, r.name, r.mode, r.availability, r.starts_at, r.ends_at FROM rooms r
       JOIN room_channels rc ON rc.room_id = r.id WHERE rc.account_id = :accountId AND rc.channel_id = :channelId AND r.deleted_at IS NULL`,
      { accountId: course!.accountId, channelId: course!.channelId },
    ).then((rooms) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ rooms }));
    }, (error: unknown) => {
      res.statusCode = 500;
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return {
    queries: () => queries,
    list: async (of: Course, count: boolean) => {
      course = of;
      const body = await (await fetch(url)).text();
      return count ? (JSON.parse(body) as { rooms: unknown[] }).rooms.length : -1;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
