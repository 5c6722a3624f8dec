import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Config, configSchema } from './config-schema';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** The server's settings plus the secret it signs with. */
export interface ResolvedConfig extends Config {
  ltiKey: string;
  dataDir: string;
  /** Cookies must be `Secure; SameSite=None` inside an https LMS iframe, `Lax` on plain http. */
  secureCookies: boolean;
}

export function parseConfig(env: Record<string, string | undefined>): Config {
  const defined = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const result = configSchema.safeParse(defined);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`));
  }
  return result.data;
}

/** The LTI key is generated once and kept in the data directory, so restarts keep sessions and keys. */
function readOrCreateKey(dataDir: string): string {
  const file = join(dataDir, 'lti-key');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const key = randomBytes(48).toString('base64url');
  writeFileSync(file, `${key}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return key;
}

export function loadConfig(env: Record<string, string | undefined> = process.env): ResolvedConfig {
  const config = parseConfig(env);
  const dataDir = resolve(config.DATA_DIR);
  mkdirSync(dataDir, { recursive: true });
  return {
    ...config,
    dataDir,
    ltiKey: config.LTI_KEY ?? readOrCreateKey(dataDir),
    secureCookies: config.PUBLIC_URL.startsWith('https://'),
  };
}
