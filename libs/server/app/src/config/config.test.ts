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

  it('uses secure cookies only behind https', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cfg-'));
    expect(loadConfig({ DATA_DIR: dir, PUBLIC_URL: 'https://rooms.example.edu' }).secureCookies).toBe(true);
    expect(loadConfig({ DATA_DIR: dir }).secureCookies).toBe(false);
  });
});
