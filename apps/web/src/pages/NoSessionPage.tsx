import { roomDirectionsSchema, type RoomDirections } from '@lti-rooms/contracts';
import { useEffect, useState } from 'react';
import { publicApiRequest } from '../api/client';
import type { NoSessionReason } from '../api/session-expiry';
import { t } from '../i18n';
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
  const title = reason === 'expired' ? t('launch.noSession.expiredTitle') : roomId ? t('launch.noSession.roomTitle') : t('launch.noSession.title');
  return (
    <Page title={title}>
      <div className="panel">
        <p>{reason === 'expired' ? t('launch.noSession.expired') : t('launch.noSession.howItOpens')}</p>
        {roomId ? <RoomWayBack roomId={roomId} /> : <p>{t('launch.noSession.goBack')}</p>}
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
      return <Loading label={t('launch.noSession.lookingUpRoom')} />;
    case 'gone':
      return <p data-testid="room-way-back">{t('launch.noSession.roomGone')}</p>;
    case 'failed':
      return <p data-testid="room-way-back">{t('launch.noSession.roomLookupFailed')}</p>;
    case 'found':
      return <RoomCourses directions={lookup.directions} />;
  }
}

function RoomCourses({ directions }: { directions: RoomDirections }) {
  const { name, courses } = directions;
  if (courses.length === 0) {
    return <p data-testid="room-way-back">{t('launch.noSession.roomInNoCourse', { name })}</p>;
  }
  return (
    <div data-testid="room-way-back">
      <p>{t('launch.noSession.roomCourses', { name, count: courses.length })}</p>
      <ul>
        {courses.map((course) => {
          const href = toSafeHttpUrl(course.returnUrl);
          return <li key={course.title}>{href ? <a href={href}>{course.title}</a> : course.title}</li>;
        })}
      </ul>
    </div>
  );
}
