import { connectPlatformStorage } from './lti-post-message';

/** Where the login's state and nonce are kept in the platform's storage (names of the tool's choosing). */
const stateKey = (state: string) => `lti_rooms_state_${state}`;
const nonceKey = (nonce: string) => `lti_rooms_nonce_${nonce}`;

interface Login {
  platformOrigin: string;
  storageTarget: string;
  state: string;
  nonce: string;
}

/** At login: keeps state and nonce in the platform's storage. False when the platform does not keep them. */
export async function keepLoginInPlatformStorage(login: Login): Promise<boolean> {
  const storage = await connectPlatformStorage(login.storageTarget, login.platformOrigin);
  if (!storage) return false;
  try {
    await storage.put(stateKey(login.state), login.state);
    await storage.put(nonceKey(login.nonce), login.nonce);
    return true;
  } catch {
    return false;
  }
}

/** At launch: what the platform's storage holds for this login, or null when it holds nothing or cannot be asked. */
export async function readLoginFromPlatformStorage(login: Login): Promise<{ state: string; nonce: string } | null> {
  const storage = await connectPlatformStorage(login.storageTarget, login.platformOrigin);
  if (!storage) return null;
  try {
    const [state, nonce] = [await storage.get(stateKey(login.state)), await storage.get(nonceKey(login.nonce))];
    return state !== null && nonce !== null ? { state, nonce } : null;
  } catch {
    return null;
  }
}
