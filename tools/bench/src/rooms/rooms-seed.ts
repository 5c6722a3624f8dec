import { randomUUID } from 'node:crypto';
import type { Database } from '@lti-rooms/server-persistence';
import { LikeRepository, PublicationRepository, RoomRepository } from '@lti-rooms/server-persistence';

export interface Course {
  accountId: string;
  channelId: string;
  instructorId: string;
  studentId: string;
}

/**
 * Adds rooms to the course until it holds `total`, as rows in one transaction (creating a
 * thousand rooms through the API would measure the create endpoint, not the lists). Like a
 * real course: most always open, every fourth scheduled next week, some liked by the student.
 */
export async function growCourseTo(db: Database, course: Course, existing: number, total: number): Promise<void> {
  const rooms = new RoomRepository(db);
  const publications = new PublicationRepository(db);
  const likes = new LikeRepository(db);
  const weekAhead = Date.now() + 7 * 24 * 3600_000;
  await db.transaction(async (t) => {
    for (let n = existing; n < total; n++) {
      const id = randomUUID();
      const start = new Date(weekAhead + n * 3600_000);
      await rooms.create({
        id, accountId: course.accountId, ownerId: course.instructorId, name: `Seminar ${n + 1}`, description: '<p>Weekly seminar</p>',
        tags: ['seminar', `week-${n % 12}`], mode: n % 3 === 0 ? 'panel' : 'interactive', templateId: null,
        availability: n % 4 === 0 ? { kind: 'scheduled', start, end: new Date(start.getTime() + 3600_000) } : { kind: 'always' },
        earlyEntryMinutes: 15, chat: { groupChat: true, privateChat: true, polls: true, reactions: true },
      }, t);
      await publications.publish(course.accountId, id, course.channelId, course.instructorId, t);
    }
  });
  // Likes outside the transaction: the repository's like write takes no transaction.
  for (let n = existing; n < total; n += 5) {
    const [room] = await db.select<{ id: string }>(
      `SELECT r.id FROM rooms r WHERE r.account_id = :accountId AND r.name = :name`, { accountId: course.accountId, name: `Seminar ${n + 1}` },
    );
    if (room) await likes.set(course.accountId, room.id, course.studentId, true);
  }
}
