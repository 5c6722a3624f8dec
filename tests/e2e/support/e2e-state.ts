import { readFileSync, writeFileSync } from 'node:fs';

/** What global setup started, written to a JSON file so global teardown can stop it all. */
export interface E2eState {
  toolUrl: string;
  lmsUrl: string;
  /** Temporary directory with the data directories and the two processes' logs. */
  tmpDir: string;
  /** Process ids of the detached child processes; each leads its own process group. */
  pids: number[];
  /** Set when the run uses a fresh PostgreSQL database (TEST_DATABASE_URL). */
  database?: { adminUrl: string; name: string };
}

export const STATE_FILE_ENV = 'E2E_STATE_FILE';
/** The port a spec may start a second Dev LMS on (the tool may fetch from it). */
export const SECOND_LMS_PORT_ENV = 'E2E_SECOND_LMS_PORT';
/** The tool's OPERATOR_SECRET in the browser suite (the operator page). */
export const E2E_OPERATOR_SECRET = 'e2e-operator-secret-0123456789';

export function writeState(path: string, state: E2eState): void {
  writeFileSync(path, JSON.stringify(state, null, 2));
}

export function readState(path: string): E2eState {
  return JSON.parse(readFileSync(path, 'utf8')) as E2eState;
}

/** The URLs global setup exported; fails clearly when the suite is run without it. */
export function e2eUrls(): { toolUrl: string; lmsUrl: string } {
  const toolUrl = process.env.E2E_TOOL_URL;
  const lmsUrl = process.env.E2E_LMS_URL;
  if (!toolUrl || !lmsUrl) throw new Error('E2E_TOOL_URL / E2E_LMS_URL are not set: run the suite with `npx playwright test`');
  return { toolUrl, lmsUrl };
}
