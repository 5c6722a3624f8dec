import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Config, configSchema } from './config-schema';
import { isLoopbackHost } from '@lti-rooms/domain';

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
  cookiePolicy: CookiePolicy;
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
    cookiePolicy: cookiePolicyOf(config),
  };
}

/**
 * How the tool's cookies are marked (README "Cookies inside the LMS frame"):
 * - `cross-site`: `SameSite=None; Secure; Partitioned`. Inside an LMS iframe the tool's
 *   cookies are third-party; partitioned ones (CHIPS) are kept per LMS site even where
 *   third-party cookies are blocked, as in Chrome's incognito windows.
 * - `cross-site-unpartitioned`: the same without `Partitioned`: what a browser that keeps no
 *   partitioned cookie does with them (to reproduce one; never needed in production).
 * - `same-site`: `SameSite=Lax`, for plain http, where browsers refuse `Secure` cookies
 *   except from loopback addresses.
 */
export type CookiePolicy = 'cross-site' | 'cross-site-unpartitioned' | 'same-site';

/**
 * `auto` is cross-site on https and same-site on http. Cross-site cookies are `Secure`, which
 * browsers accept over plain http only from a loopback address (a trial with the LMS on
 * another loopback site, the browser tests).
 */
function cookiePolicyOf(config: Config): CookiePolicy {
  const url = new URL(config.PUBLIC_URL);
  if (config.COOKIE_POLICY === 'auto') return url.protocol === 'https:' ? 'cross-site' : 'same-site';
  if (config.COOKIE_POLICY !== 'same-site' && url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    throw new ConfigError([`COOKIE_POLICY: ${config.COOKIE_POLICY} needs an https PUBLIC_URL (or a loopback one: 127.0.0.1, localhost, [::1])`]);
  }
  return config.COOKIE_POLICY;
}

