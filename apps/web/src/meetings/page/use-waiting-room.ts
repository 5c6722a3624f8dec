import type { Ack, MeetingBody, WaitingList } from '@lti-rooms/contracts';
import { useCallback, useEffect, useState } from 'react';
import { problemOf } from '../../text/refusal-text';
import type { WaitingChannel } from '../waiting-channel';

export interface WaitingRoom {
  locked: boolean;
  /** Who waits to be let in, oldest first. */
  waiting: WaitingList['waiting'];
  /** The last refusal, in words. */
  problem: string | null;
  setLocked: (locked: boolean) => void;
  admit: (participantId: string) => void;
  admitAll: () => void;
}

/**
 * Hosts' view of the waiting room during a meeting: the lock, and who waits (read again
 * whenever the waiting count or the lock changes, from any host's page).
 */
export function useWaitingRoom(channel: WaitingChannel, meeting: MeetingBody, enabled: boolean): WaitingRoom {
  const { sessionId } = meeting;
  const [locked, setLockedState] = useState(meeting.locked);
  const [waiting, setWaiting] = useState<WaitingList['waiting']>([]);
  const [problem, setProblem] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    const ack = await channel.list(sessionId);
    if (ack.ok) setWaiting(ack.data.waiting);
  }, [channel, sessionId]);

  useEffect(() => {
    if (!enabled) return undefined;
    void refresh();
    const stopCount = channel.onWaitingCount((event) => {
      if (event.sessionId === sessionId) void refresh();
    });
    const stopLock = channel.onLocked((event) => {
      if (event.sessionId !== sessionId) return;
      setLockedState(event.locked);
      void refresh();
    });
    return () => {
      stopCount();
      stopLock();
    };
  }, [enabled, channel, sessionId, refresh]);

  const act = useCallback(
    async (sent: Promise<Ack<null>>, onDone?: () => void, onRefused?: () => void) => {
      const ack = await sent;
      setProblem(ack.ok ? null : problemOf(ack.error).message);
      if (ack.ok) onDone?.();
      else onRefused?.();
      void refresh();
    },
    [refresh],
  );

  return {
    locked,
    waiting,
    problem,
    // The switch moves at once; a refusal (or no answer) puts it back and says why.
    setLocked: (next) => {
      setLockedState(next);
      void act(channel.setLocked(sessionId, next), undefined, () => setLockedState(!next));
    },
    admit: (participantId) => void act(channel.admit(sessionId, participantId)),
    admitAll: () => void act(channel.admit(sessionId)),
  };
}
