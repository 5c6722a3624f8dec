import type { JitsiEmbed, MeetingBody } from '@lti-rooms/contracts';
import type { SessionRole } from '@lti-rooms/domain';
import { useCallback, useEffect, useRef, useState } from 'react';
import { demotedNotice } from '../../stage/stage-notices';
import { rejoinEmbed } from '../../stage/stage-jitsi';

type Phase = 'idle' | 'entering' | 'rejoining';

export interface VideoConnection {
  /** The body the embed is built from, and the embed itself. */
  embedMeeting: MeetingBody;
  embed: JitsiEmbed;
  /** Changes when the embed must be built anew: the key of the Jitsi component. */
  generation: number;
  notice: string | null;
  /** The running embed's conference is joined. */
  conferenceJoined: () => void;
}

/**
 * Promotions apply live (SPEC "Panel mode"): hosts' pages grant a new moderator Jitsi's
 * moderator rights. The IFrame API cannot take them back, so a moderator made participant
 * again enters once more (the server resumes the same seat and mints a participant token)
 * and the video connects anew with that body and the freshest token for it.
 */
export function useVideoReconnect(meeting: MeetingBody, role: SessionRole, enterAgain: () => void, freshestJwt: string | null = meeting.jitsi.jwt): VideoConnection {
  /** Whether the running conference treats me as a moderator: by my token, or granted since. */
  const moderatorInConference = useRef(meeting.role === 'host');
  const [phase, setPhase] = useState<Phase>('idle');
  const [embedded, setEmbedded] = useState({ meeting, generation: 0 });

  useEffect(() => {
    if (role === 'host') {
      moderatorInConference.current = true;
      return;
    }
    if (!moderatorInConference.current) return;
    moderatorInConference.current = false;
    setPhase('entering');
    enterAgain();
  }, [role, enterAgain]);

  useEffect(() => {
    if (phase !== 'entering' || meeting === embedded.meeting) return;
    moderatorInConference.current = meeting.role === 'host';
    setEmbedded((previous) => ({ meeting, generation: previous.generation + 1 }));
    setPhase('rejoining');
  }, [phase, meeting, embedded.meeting]);

  const conferenceJoined = useCallback(() => setPhase((now) => (now === 'rejoining' ? 'idle' : now)), []);

  const { generation } = embedded;
  // A video that connects anew takes the freshest token of its body's seat (use-jitsi-token.ts).
  const jitsi = embedded.meeting === meeting ? { ...embedded.meeting.jitsi, jwt: freshestJwt } : embedded.meeting.jitsi;
  return {
    embedMeeting: embedded.meeting,
    embed: generation === 0 ? jitsi : rejoinEmbed(jitsi),
    generation,
    notice: phase === 'idle' ? null : demotedNotice(),
    conferenceJoined,
  };
}
