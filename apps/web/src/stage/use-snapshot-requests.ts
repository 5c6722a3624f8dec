import type { Ack, StageSnapshot } from '@lti-rooms/contracts';
import { useEffect, useRef, useState } from 'react';
import type { StageNews } from './stage-state';

/** Hosts refresh their viewer list from presence counts at most this often: a class arriving is one burst, not 300 snapshots. */
const SNAPSHOT_GAP_MS = 1_000;
/** After a failed snapshot (no answer, a refusal): try again, calmly. */
const SNAPSHOT_RETRY_MS = 3_000;

interface SnapshotSource {
  enabled: boolean;
  /** Whether the stage needs one now (first load, a missed change). */
  needed: () => boolean;
  fetch: () => Promise<Ack<StageSnapshot>>;
  receive: (news: StageNews) => void;
}

export interface SnapshotRequests {
  /** Asks if the stage needs a snapshot and none is under way. */
  pump: () => void;
  /** Asks once more even if the stage seems whole: plain viewers come and go without a broadcast. */
  refresh: () => void;
}

/** 'stage:snapshot' requests one at a time, at least SNAPSHOT_GAP_MS apart. */
export function useSnapshotRequests(source: SnapshotSource): SnapshotRequests {
  const latest = useRef(source);
  useEffect(() => {
    latest.current = source;
  });
  const [scheduler] = useState(() => {
    let inFlight = false;
    let refreshWanted = false;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let notBefore = 0;
    let active = false;
    const pump = (): void => {
      if (!active || !latest.current.enabled || inFlight || timer !== null) return;
      if (!latest.current.needed() && !refreshWanted) return;
      const wait = notBefore - Date.now();
      if (wait > 0) {
        timer = setTimeout(() => {
          timer = null;
          pump();
        }, wait);
        return;
      }
      refreshWanted = false;
      inFlight = true;
      notBefore = Date.now() + SNAPSHOT_GAP_MS;
      void latest.current.fetch().then((ack) => {
        inFlight = false;
        if (!active) return;
        if (ack.ok) latest.current.receive({ type: 'snapshot', snapshot: ack.data });
        else notBefore = Date.now() + SNAPSHOT_RETRY_MS;
        pump();
      });
    };
    const refresh = () => {
      refreshWanted = true;
      pump();
    };
    const start = () => {
      active = true;
      pump();
    };
    const stop = () => {
      active = false;
      if (timer !== null) clearTimeout(timer);
      timer = null;
    };
    return { pump, refresh, start, stop };
  });
  useEffect(() => {
    scheduler.start();
    return scheduler.stop;
  }, [scheduler]);
  return scheduler;
}
