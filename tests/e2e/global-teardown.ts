import { existsSync, rmSync } from 'node:fs';
import { dropE2eDatabase } from './support/database';
import { readState, STATE_FILE_ENV } from './support/e2e-state';
import { stopProcessGroup } from './support/processes';

/** Stops the tool and the Dev LMS started by global setup, drops the run's database, removes its temp files. */
export default async function globalTeardown(): Promise<void> {
  const stateFile = process.env[STATE_FILE_ENV];
  if (!stateFile || !existsSync(stateFile)) return;
  const state = readState(stateFile);
  await Promise.all(state.pids.map((pid) => stopProcessGroup(pid)));
  if (state.database) await dropE2eDatabase(state.database.adminUrl, state.database.name);
  if (process.env.E2E_KEEP_TMP) {
    rmSync(stateFile, { force: true });
    console.log(`e2e: kept logs and data in ${state.tmpDir}`);
  } else {
    rmSync(state.tmpDir, { recursive: true, force: true });
  }
}
