import type { ServerProcess } from '../shared/server-process';
import type { Receipts } from './receipts';
import type { Transition } from './transitions';

export type SideKind = 'ours' | 'baseline';

/** What a command's acknowledgement said: the version the change produced. */
export interface CommandResult {
  version: number;
  changed: boolean;
}

/**
 * One deployment a stage run drives: its server processes and its connected audience. Client
 * 0 is the host, client i + 1 learner i. Ours and the baseline speak different events; the
 * run (stage-run.ts) is the same for both.
 */
export interface StageSide {
  kind: SideKind;
  label: string;
  servers: ServerProcess[];
  receipts: Receipts;
  /** The server process (index into `servers`) client `client` is connected to. */
  processOf(client: number): number;
  /** The version the stage is at now. */
  version: number;
  /** Emits the transition's command on its actor's socket; resolves with the acknowledgement. */
  perform(transition: Transition): Promise<CommandResult>;
  /** Checks the broadcast of a transition against what it should say; throws when it does not. */
  verify(transition: Transition, event: unknown): void;
  /** Closes every socket. */
  disconnect(): void;
}

/** Learner i's process: alternating, starting on the second one, so the host's process holds one learner fewer. */
export const processOfClient = (processes: number) => (client: number) => (client === 0 ? 0 : client % processes);
