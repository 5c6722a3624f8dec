import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { JWK } from 'jose';
import { generateSigningJwk } from './platform-keys';
import type { Registration, ResourceLink } from './types';

/** What the LMS keeps about the tool beyond the public Registration shape. */
export interface StoredRegistration extends Registration {
  /** Scopes the tool asked for at registration; null when it did not say (then all are allowed). */
  scopes: string[] | null;
  registeredAt: string;
}

export interface PersistedState {
  version: 1;
  platformGuid: string;
  signingKey: JWK;
  registration: StoredRegistration | null;
  /** Links added by Deep Linking or by tests; the default link is not stored, it always exists. */
  addedResourceLinks: ResourceLink[];
}

export const STATE_FILE_NAME = 'dev-lms.json';

/**
 * Holds the LMS state in memory and, when a data directory is given, mirrors it to
 * `<dataDir>/dev-lms.json` so a restart keeps the keys, the registration and added links
 * (the tool has stored the platform keys and client id; losing them would break trial setups).
 */
export class StateStore {
  private writeChain: Promise<void> = Promise.resolve();

  private constructor(
    private state: PersistedState,
    private readonly filePath: string | null,
  ) {}

  static async open(dataDir: string | undefined): Promise<StateStore> {
    const filePath = dataDir ? path.resolve(dataDir, STATE_FILE_NAME) : null;
    const existing = filePath ? await readState(filePath) : null;
    if (existing) return new StateStore(existing, filePath);
    const fresh: PersistedState = {
      version: 1,
      platformGuid: randomUUID(),
      signingKey: await generateSigningJwk(),
      registration: null,
      addedResourceLinks: [],
    };
    const store = new StateStore(fresh, filePath);
    await store.save();
    return store;
  }

  get platformGuid(): string {
    return this.state.platformGuid;
  }

  get signingKey(): JWK {
    return this.state.signingKey;
  }

  get registration(): StoredRegistration | null {
    return this.state.registration;
  }

  get addedResourceLinks(): ResourceLink[] {
    return this.state.addedResourceLinks;
  }

  async setRegistration(registration: StoredRegistration): Promise<void> {
    this.state = { ...this.state, registration };
    await this.save();
  }

  async addResourceLink(link: ResourceLink): Promise<void> {
    this.state = { ...this.state, addedResourceLinks: [...this.state.addedResourceLinks, link] };
    await this.save();
  }

  /** Writes are chained so two quick changes never interleave in the file. */
  save(): Promise<void> {
    const filePath = this.filePath;
    if (!filePath) return Promise.resolve();
    const snapshot = JSON.stringify(this.state, null, 2);
    this.writeChain = this.writeChain.catch(() => undefined).then(() => writeAtomically(filePath, snapshot));
    return this.writeChain;
  }
}

async function readState(filePath: string): Promise<PersistedState | null> {
  let text: string;
  try {
    text = await readFile(filePath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const parsed = JSON.parse(text) as PersistedState;
  if (parsed.version !== 1 || !parsed.signingKey?.kid) {
    throw new Error(`${filePath} is not a Dev LMS state file (delete it to start fresh)`);
  }
  return { ...parsed, addedResourceLinks: parsed.addedResourceLinks ?? [] };
}

/** Write to a temporary file, then rename, so a crash never leaves half a JSON file behind. */
async function writeAtomically(filePath: string, content: string): Promise<void> {
  await mkdir(path.dirname(filePath), { recursive: true });
  const temporaryPath = `${filePath}.${process.pid}.tmp`;
  await writeFile(temporaryPath, content, { encoding: 'utf8', mode: 0o600 });
  await rename(temporaryPath, filePath);
}
