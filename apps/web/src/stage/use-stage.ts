import type { MeetingBody, StageCommandBody, StageParticipantBody } from '@lti-rooms/contracts';
import type { SessionRole } from '@lti-rooms/domain';
import { useCallback, useEffect, useRef, useState } from 'react';
import { problemOf } from '../text/refusal-text';
import type { MeetingPresence, MeetingProblem } from '../meetings/meeting-page-state';
import type { StageChannel } from './stage-channel';
import { hostNoticeFor, stageNoticeFor } from './stage-notices';
import { initialStageSync, missedChange, receiveStageNews, type StageNews, type StageView } from './stage-state';
import { useSnapshotRequests } from './use-snapshot-requests';

/** How long the page waits for the broadcast of a change its own command made. */
const OWN_CHANGE_GRACE_MS = 2_000;

export interface StageRoom {
  /** Null in interactive rooms and until the first snapshot. */
  stage: StageView | null;
  /** My own entry on it. */
  me: StageParticipantBody | null;
  /** My role now: a promotion in the session applies at once, before any new meeting body. */
  role: SessionRole;
  /** The latest word about my place on the stage (or a refusal of my own action). */
  notice: string | null;
  setNotice: (notice: string | null) => void;
  /** Resolves with the refusal to show, or null once the server accepted it. */
  command: (command: StageCommandBody) => Promise<MeetingProblem | null>;
}

interface StageInput {
  channel: StageChannel;
  meeting: MeetingBody;
  myUserId: string;
  presence: MeetingPresence | null;
}

/**
 * A panel session's stage on the page (SPEC "Panel mode"): a snapshot after admission, then
 * every 'stage:changed' in order; a missed change (or a reconnect) asks for a snapshot
 * again. Plain viewers coming and going are not broadcast, so hosts' pages refresh their
 * viewer list when the presence count changes.
 */
export function useStage({ channel, meeting, myUserId, presence }: StageInput): StageRoom {
  const panel = meeting.mode === 'panel';
  const { sessionId } = meeting;
  const [sync, setSync] = useState(() => initialStageSync(sessionId));
  const [notice, setNotice] = useState<string | null>(null);
  const syncRef = useRef(sync);

  const receive = useCallback(
    (news: StageNews) => {
      const update = receiveStageNews(syncRef.current, news);
      syncRef.current = update.sync;
      setSync(update.sync);
      const participants = update.sync.stage?.participants ?? {};
      const mine = stageNoticeFor(update.applied, myUserId);
      const forHosts = participants[myUserId]?.role === 'host' ? hostNoticeFor(update.applied, myUserId, (userId) => participants[userId]?.name) : undefined;
      const next = mine ?? forHosts;
      if (next !== undefined) setNotice(next);
    },
    [myUserId],
  );

  const snapshots = useSnapshotRequests({ enabled: panel, needed: () => syncRef.current.needsSnapshot, fetch: () => channel.snapshot(sessionId), receive });

  useEffect(() => (panel ? channel.onChanged((event) => receive({ type: 'changed', event })) : undefined), [panel, channel, receive]);

  // A new meeting body for the same seat: entered again after a reconnect, changes may be lost.
  const firstMeeting = useRef(meeting);
  useEffect(() => {
    if (meeting !== firstMeeting.current) receive({ type: 'resync' });
  }, [meeting, receive]);

  useEffect(() => snapshots.pump(), [sync, snapshots]);

  const me = sync.stage?.participants[myUserId] ?? null;
  const role = me?.role ?? meeting.role;
  const isHost = panel && role === 'host';
  const inRoomCount = presence?.inRoomCount ?? null;
  // Hosts list the viewers: refresh when the head count moves, and on becoming one.
  useEffect(() => {
    if (isHost && inRoomCount !== null) snapshots.refresh();
  }, [isHost, inRoomCount, snapshots]);

  const command = useCallback(
    async (body: StageCommandBody) => {
      const ack = await channel.command(sessionId, body);
      if (!ack.ok) return problemOf(ack.error);
      // The broadcast of one's own change normally arrives first; if it never does, ask.
      const { version } = ack.data;
      setTimeout(() => {
        if (missedChange(syncRef.current, version)) receive({ type: 'resync' });
      }, OWN_CHANGE_GRACE_MS);
      return null;
    },
    [channel, sessionId, receive],
  );

  return { stage: panel ? sync.stage : null, me, role, notice, setNotice, command };
}
