import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig, parseConfig } from './load-config';

describe('configuration', () => {
  it('runs on trial defaults with nothing set', () => {
    const config = parseConfig({});
    expect(config).toMatchObject({ PORT: 3000, DATA_DIR: '.data', LTI_AUTO_ACTIVATE: false, LOG_LEVEL: 'info' });
    expect(config.PUBLIC_URL).toBe('http://127.0.0.1:3000');
    expect(config.DATABASE_URL).toBeUndefined();
    // /metrics is not exposed until the operator chooses how.
    expect(config.METRICS_TOKEN).toBeUndefined();
    expect(config.METRICS_PORT).toBeUndefined();
  });

  it.each([
    ['PORT', { PORT: 'eighty' }],
    ['PUBLIC_URL', { PUBLIC_URL: 'not a url' }],
    ['DATABASE_URL', { DATABASE_URL: 'mysql://x' }],
    ['LTI_KEY', { LTI_KEY: 'short' }],
    ['LTI_AUTO_ACTIVATE', { LTI_AUTO_ACTIVATE: 'maybe' }],
    ['LOG_LEVEL', { LOG_LEVEL: 'loud' }],
    ['METRICS_TOKEN', { METRICS_TOKEN: 'short' }],
    ['METRICS_PORT', { METRICS_PORT: '70000' }],
  ])('names %s when it is invalid', (name, env) => {
    expect(() => parseConfig(env)).toThrow(ConfigError);
    expect(() => parseConfig(env)).toThrow(new RegExp(`${name}:`));
  });

  it('generates the LTI key once and keeps it in the data directory', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cfg-'));
    const first = loadConfig({ DATA_DIR: dir });
    const second = loadConfig({ DATA_DIR: dir });
    expect(first.ltiKey).toHaveLength(64);
    expect(second.ltiKey).toBe(first.ltiKey);
    expect(readFileSync(join(dir, 'lti-key'), 'utf8').trim()).toBe(first.ltiKey);
  });

  it('uses cross-site (secure, partitioned) cookies behind https and same-site ones on http by default', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cfg-'));
    expect(loadConfig({ DATA_DIR: dir, PUBLIC_URL: 'https://rooms.example.edu' }).cookiePolicy).toBe('cross-site');
    expect(loadConfig({ DATA_DIR: dir }).cookiePolicy).toBe('same-site');
  });

  it('takes a cross-site cookie policy on http only from a loopback address', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cfg-'));
    expect(loadConfig({ DATA_DIR: dir, COOKIE_POLICY: 'cross-site' }).cookiePolicy).toBe('cross-site');
    expect(loadConfig({ DATA_DIR: dir, PUBLIC_URL: 'http://localhost:3000', COOKIE_POLICY: 'cross-site-unpartitioned' }).cookiePolicy).toBe('cross-site-unpartitioned');
    expect(() => loadConfig({ DATA_DIR: dir, PUBLIC_URL: 'http://rooms.example.edu', COOKIE_POLICY: 'cross-site' })).toThrow(/COOKIE_POLICY/);
    expect(() => loadConfig({ DATA_DIR: dir, COOKIE_POLICY: 'always' })).toThrow(/COOKIE_POLICY/);
  });
});

describe('rate limit configuration', () => {
  it('lets a class of 300 behind one address through by default', () => {
    const config = parseConfig({});
    expect(config.RATE_LIMIT_WINDOW_SECONDS).toBe(60);
    // One login and one launch each, twice over for retries; a dozen API calls; two connections.
    expect(config.RATE_LIMIT_LTI_PER_IP).toBeGreaterThanOrEqual(2 * 300);
    expect(config.RATE_LIMIT_API_PER_IP).toBeGreaterThanOrEqual(12 * 300);
    expect(config.RATE_LIMIT_SOCKET_PER_IP).toBeGreaterThanOrEqual(2 * 300);
    expect(config.RATE_LIMIT_REGISTER_PER_IP).toBe(10);
  });

  it('reads every limit, 0 turning it off', () => {
    const config = parseConfig({ RATE_LIMIT_LTI_PER_IP: '0', RATE_LIMIT_API_PER_ACCOUNT: '250', RATE_LIMIT_WINDOW_SECONDS: '10' });
    expect(config).toMatchObject({ RATE_LIMIT_LTI_PER_IP: 0, RATE_LIMIT_API_PER_ACCOUNT: 250, RATE_LIMIT_WINDOW_SECONDS: 10 });
  });

  it.each([
    ['RATE_LIMIT_LTI_PER_IP', { RATE_LIMIT_LTI_PER_IP: '-1' }],
    ['RATE_LIMIT_SOCKET_PER_ACCOUNT', { RATE_LIMIT_SOCKET_PER_ACCOUNT: 'many' }],
    ['RATE_LIMIT_WINDOW_SECONDS', { RATE_LIMIT_WINDOW_SECONDS: '0' }],
  ])('names %s when it is invalid', (name, env) => {
    expect(() => parseConfig(env)).toThrow(new RegExp(`${name}:`));
  });
});
