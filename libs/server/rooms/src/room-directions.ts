import type { RoomDirections } from '@lti-rooms/contracts';
import { httpUrlOrNull, notFound } from '@lti-rooms/domain';
import type { PublicationRepository } from '@lti-rooms/server-persistence';

const ROOM_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A shared room link opened without a session (another tab, another person): the room and
 * the courses it is in, so the page can send people back through their LMS. Public, so it
 * says no more than a course member sees on the course page: no ids, no people.
 */
export async function roomDirections(publications: Pick<PublicationRepository, 'directionsTo'>, roomId: string): Promise<RoomDirections> {
  // Room ids are random UUIDs: anything else is no room, and costs no query.
  const found = ROOM_ID.test(roomId) ? await publications.directionsTo(roomId) : null;
  if (!found) throw notFound('ROOM_NOT_FOUND');
  return { name: found.name, courses: found.courses.map((course) => ({ title: course.title, returnUrl: httpUrlOrNull(course.returnUrl) })) };
}
