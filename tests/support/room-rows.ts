import type { NewRoom, RoomRecord } from '@lti-rooms/server-persistence';
import { buildRoom } from '@lti-rooms/server-persistence/testing';
import { api } from './api-client';
import type { Launched } from './launch-flow';
import type { ToolFixture } from './tool-fixture';

/** A room owned by a launched user and published in the course they launched from, written as rows (not through the API). */
export async function roomOwnedBy(fx: ToolFixture, owner: Launched, overrides: Partial<NewRoom> = {}): Promise<RoomRecord> {
  const me = (await api(fx.toolUrl, owner, 'GET', '/api/me')).json;
  return buildRoom(fx.tool.db, { accountId: me.account.id, ownerId: me.user.id, publishedIn: me.channel ? [me.channel.id] : [], ...overrides });
}

/** A stored time frame starting in `inMinutes` for `hours`, counted from `now` (a test clock's, or the real one). */
export function storedFrame(inMinutes: number, hours = 1, now = new Date()): { kind: 'scheduled'; start: Date; end: Date } {
  const start = new Date(now.getTime() + inMinutes * 60_000);
  return { kind: 'scheduled', start, end: new Date(start.getTime() + hours * 3600_000) };
}
