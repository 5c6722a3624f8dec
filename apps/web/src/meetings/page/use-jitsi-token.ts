import type { Ack, JitsiTokenBody, MeetingBody } from '@lti-rooms/contracts';
import { useEffect, useState } from 'react';
import { renewalIntervalMs, startTokenRenewal } from '../jitsi-token-renewal';

/**
 * The freshest Jitsi token for the seat `meeting` describes: the admission's, then each
 * renewal's while the page stays in the meeting. Jitsi's IFrame API cannot hand a running
 * conference a new token, so it serves when the video connects anew (use-video-reconnect).
 * A new body (a re-entry, another seat) starts afresh with its own token: a renewal asked
 * for an earlier body — a moderator's, say — is never used for it.
 */
export function useJitsiToken(meeting: MeetingBody, renew: (sessionId: string) => Promise<Ack<JitsiTokenBody>>, intervalMs = renewalIntervalMs()): string | null {
  const [latest, setLatest] = useState<{ meeting: MeetingBody; jwt: string | null }>({ meeting, jwt: meeting.jitsi.jwt });

  useEffect(() => {
    // Public meet.jit.si takes no token: nothing to renew.
    if (meeting.jitsi.jwt === null) return undefined;
    return startTokenRenewal({
      intervalMs,
      renew: () => renew(meeting.sessionId),
      onToken: (token) => {
        if (token.sessionId === meeting.sessionId && token.participantId === meeting.participantId) setLatest({ meeting, jwt: token.jwt });
      },
    });
  }, [meeting, renew, intervalMs]);

  return latest.meeting === meeting ? latest.jwt : meeting.jitsi.jwt;
}
