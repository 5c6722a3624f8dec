import { roomDirectionsSchema, type RoomDirections } from '@lti-rooms/contracts';
import { useEffect, useState } from 'react';
import { publicApiRequest } from '../api/client';
import type { NoSessionReason } from '../api/session-expiry';
import { toSafeHttpUrl } from '../safe-url';
import { Loading, Page } from '../ui';

/** /rooms/<id> and everything under it: a shared room link. */
export function roomIdInPath(pathname: string): string | null {
  const match = /^\/rooms\/([^/]+)(?:\/|$)/.exec(pathname);
  return match ? decodeURIComponent(match[1]) : null;
}

/**
 * The tab has no launch the server accepts: it expired, or there never was one (a shared
 * room link, a bookmark). Only the LMS can start a session, so the page says how to get
 * back there, and for a room link names the room and the courses it is in.
 */
export function NoSessionPage({ reason, pathname }: { reason: NoSessionReason; pathname: string }) {
  const roomId = roomIdInPath(pathname);
  const title = reason === 'expired' ? 'Your session has expired' : roomId ? 'Open this room from your course' : 'Open LTI Rooms from your course';
  return (
    <Page title={title}>
      <div className="panel">
        <p>
          {reason === 'expired'
            ? 'For your security, a visit to LTI Rooms lasts a limited time after you open it from your course.'
            : 'LTI Rooms opens from your course in your learning platform (Moodle, Canvas, Brightspace, Sakai…): that is how it knows who you are and which rooms are yours.'}
        </p>
        {roomId ? <RoomWayBack roomId={roomId} /> : <p>Go back to your course and select LTI Rooms there.</p>}
      </div>
    </Page>
  );
}

type Lookup = { kind: 'loading' } | { kind: 'found'; directions: RoomDirections } | { kind: 'gone' } | { kind: 'failed' };

function RoomWayBack({ roomId }: { roomId: string }) {
  const [lookup, setLookup] = useState<Lookup>({ kind: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    publicApiRequest(`/api/room-links/${encodeURIComponent(roomId)}`, roomDirectionsSchema, { signal: controller.signal }).then(
      (directions) => setLookup({ kind: 'found', directions }),
      (error: { status?: number; name?: string }) => {
        if (error.name !== 'AbortError') setLookup(error.status === 404 ? { kind: 'gone' } : { kind: 'failed' });
      },
    );
    return () => controller.abort();
  }, [roomId]);

  switch (lookup.kind) {
    case 'loading':
      return <Loading label="Looking up the room…" />;
    case 'gone':
      return <p data-testid="room-way-back">This link does not lead to a room any more: it may have been deleted. Ask whoever shared it, or go back to your course.</p>;
    case 'failed':
      return <p data-testid="room-way-back">Go back to your course and select the room there.</p>;
    case 'found':
      return <RoomCourses directions={lookup.directions} />;
  }
}

function RoomCourses({ directions }: { directions: RoomDirections }) {
  const { name, courses } = directions;
  if (courses.length === 0) {
    return <p data-testid="room-way-back">“{name}” is not in any course yet. Ask whoever shared it to publish it in your course, then open it from there.</p>;
  }
  return (
    <div data-testid="room-way-back">
      <p>
        “{name}” is in {courses.length === 1 ? 'this course' : 'these courses'}. Open the course, then select the room there:
      </p>
      <ul>
        {courses.map((course) => {
          const href = toSafeHttpUrl(course.returnUrl);
          return <li key={course.title}>{href ? <a href={href}>{course.title}</a> : course.title}</li>;
        })}
      </ul>
    </div>
  );
}
