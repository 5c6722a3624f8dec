import type { RosterPerson } from '@lti-rooms/domain';
import type { AccountRepository, Database } from '@lti-rooms/server-persistence';
import { PlatformServiceError, type PlatformServices } from '@lti-rooms/server-lti';

/** A course a room is published in, with what its launches said about the LMS's services. */
export interface CourseServices {
  channelId: string;
  title: string;
  nrpsUrl: string | null;
  lineItemsUrl: string | null;
  scopes: string[];
}

/** The courses of a room and their rosters, read from the LMS (NRPS) when asked. */
export class CourseDirectory {
  constructor(private readonly deps: { db: Database; accounts: AccountRepository; platform: PlatformServices }) {}

  async coursesOf(accountId: string, roomId: string): Promise<CourseServices[]> {
    const rows = await this.deps.db.select<{ id: string; title: string; nrps_url: string | null; lineitems_url: string | null; scopes: string | null }>(
      `SELECT c.id, c.title, c.nrps_url, a.lineitems_url, a.scopes FROM room_channels rc JOIN channels c ON c.id = rc.channel_id
       LEFT JOIN ags_endpoints a ON a.id = (SELECT id FROM ags_endpoints e WHERE e.channel_id = c.id AND e.lineitems_url IS NOT NULL ORDER BY e.updated_at DESC LIMIT 1)
       WHERE rc.account_id = :accountId AND rc.room_id = :roomId ORDER BY c.title`,
      { accountId, roomId },
    );
    return rows.map((row) => ({
      channelId: row.id, title: row.title, nrpsUrl: row.nrps_url ?? null, lineItemsUrl: row.lineitems_url ?? null, scopes: (row.scopes ?? '').split(' ').filter(Boolean),
    }));
  }

  /** The course's members as the LMS lists them now, or why there are none to read. */
  async roster(accountId: string, course: Pick<CourseServices, 'nrpsUrl'>): Promise<RosterPerson[] | 'notOffered' | 'unreadable'> {
    if (!course.nrpsUrl) return 'notOffered';
    const account = await this.deps.accounts.findById(accountId);
    if (!account) return 'notOffered';
    try {
      const members = await this.deps.platform.courseRoster(account, course.nrpsUrl);
      return members.map((member) => ({ ltiUserId: member.ltiSub, name: member.name, roles: member.roles }));
    } catch (error) {
      if (error instanceof PlatformServiceError) return 'unreadable';
      throw error;
    }
  }
}
