import { z } from 'zod';
import { rateLimitVariables } from './rate-limit-config';

/**
 * `host` or `host:port`, as a URL would name it (lowercase, IPv6 in brackets). An entry
 * with a port allows only that port; without one, every port of the host.
 */
function normalizeAllowedHost(entry: string): string | null {
  if (/[/?#@\s]/.test(entry)) return null;
  try {
    const url = new URL(`http://${entry}`);
    // URL drops the scheme's default port; an operator who wrote :80 meant only that port.
    const port = url.port || (/:80$/.test(entry) ? '80' : '');
    return port ? `${url.hostname}:${port}` : url.hostname;
  } catch {
    return null;
  }
}

const allowedHostList = z.string().transform((value, ctx) => {
  const entries = value.split(',').map((entry) => entry.trim()).filter(Boolean);
  const normalized = entries.map(normalizeAllowedHost);
  const bad = entries.filter((_entry, i) => normalized[i] === null);
  if (bad.length > 0) {
    ctx.addIssue({ code: 'custom', message: `must be a comma-separated list of host or host:port (not ${bad.map((b) => JSON.stringify(b)).join(', ')})` });
    return z.NEVER;
  }
  return normalized as string[];
});

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

/**
 * Every environment variable the server reads. Parsed once at start; a bad value stops
 * the process with a message naming the variable (see loadConfig).
 */
export const configSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().min(1).default('0.0.0.0'),
    PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL (leave it unset for the embedded SQLite file)')
      .optional(),
    DATA_DIR: z.string().min(1).default('.data'),
    LTI_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
    LTI_AUTO_ACTIVATE: booleanFlag.default(false),
    // Hosts in loopback or private ranges the tool may fetch from (an LMS on the local network).
    LTI_REGISTRATION_ALLOWED_HOSTS: allowedHostList.default([]),
    // How cookies are marked (README "Cookies inside the LMS frame"); auto: cross-site on https.
    COOKIE_POLICY: z.enum(['auto', 'cross-site', 'cross-site-unpartitioned', 'same-site']).default('auto'),
    LAUNCH_TOKEN_TTL_HOURS: z.coerce.number().min(1).max(72).default(12),
    // How often each process delivers the grade outbox to the LMS gradebooks.
    GRADE_DELIVERY_INTERVAL_SECONDS: z.coerce.number().min(1).max(3600).default(5),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    REDIS_URL: z.string().regex(/^rediss?:\/\//, 'must be a redis:// URL').optional(),
    WEB_DIST_DIR: z.string().min(1).default('dist/web'),
    TRUST_PROXY: booleanFlag.default(false),
    DB_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
    // /metrics is served only if the operator says how (README "Operations"); 404 otherwise.
    METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
    METRICS_PORT: z.coerce.number().int().min(1).max(65535).optional(),
    // The operator page (/operator) that activates registrations; unset, it is disabled.
    OPERATOR_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
    ...rateLimitVariables,
  })
  .transform((env) => ({
    ...env,
    PUBLIC_URL: (env.PUBLIC_URL ?? `http://127.0.0.1:${env.PORT}`).replace(/\/+$/, ''),
  }));

export type ConfigInput = z.input<typeof configSchema>;
export type Config = z.output<typeof configSchema>;
