#!/usr/bin/env node
// `npm test`: every test tier, in order of speed. Unit tests; integration/LTI tests on
// SQLite, then again on PostgreSQL; then the browser suite on each database. It ends with
// one "N passed, N failed" line summing every tier.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const resultsDir = mkdtempSync(join(tmpdir(), 'lti-rooms-results-'));
const pgUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const totals = { passed: 0, failed: 0 };
let failedSteps = [];
const STEP_TIMEOUT_MS = 20 * 60_000;

function step(name, command, args, env = {}) {
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  // A step that hangs (a leaked handle, a server that never answers) fails on its own,
  // and the tiers after it still run.
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, TZ: 'UTC', ...env }, timeout: STEP_TIMEOUT_MS, killSignal: 'SIGKILL' });
  if (result.error?.code === 'ETIMEDOUT') console.error(`${name}: stopped after ${STEP_TIMEOUT_MS / 60_000} minutes`);
  console.log(`=== ${name}: ${result.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s ===`);
  if (result.status !== 0) failedSteps.push(name);
  return result.status === 0;
}

function countJest(file) {
  if (!existsSync(file)) return;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0);
}

function countPlaywright(file) {
  if (!existsSync(file)) return;
  const { stats } = JSON.parse(readFileSync(file, 'utf8'));
  totals.passed += stats.expected + (stats.flaky ?? 0);
  totals.failed += stats.unexpected;
}

function postgresReachable() {
  const probe = spawnSync(process.execPath, ['-e', `const {Client}=require('pg');const c=new Client({connectionString:${JSON.stringify(pgUrl)}});c.connect().then(()=>c.end()).then(()=>process.exit(0),()=>process.exit(1))`]);
  return probe.status === 0;
}

const jest = (name, out, args, env) => {
  // --forceExit: once every test has run, a handle a test leaked cannot keep the tier open.
  step(name, 'npx', ['jest', '--ci', '--forceExit', '--json', `--outputFile=${join(resultsDir, out)}`, ...args], env);
  countJest(join(resultsDir, out));
};

if (!process.env.SKIP_LINT) step('lint and type-check (module boundaries included)', 'npm', ['run', 'lint']);
step('build the web app', 'npx', ['nx', 'run', 'web:build', '--outputStyle=static']);
jest('unit and component tests', 'unit.json', ['--selectProjects', 'unit', 'component']);
jest('integration and LTI tests on SQLite', 'sqlite.json', ['--selectProjects', 'integration', 'lti', '--runInBand'], { TEST_DATABASE_URL: '' });
const pgReachable = postgresReachable();
if (pgReachable) {
  jest('integration and LTI tests on PostgreSQL', 'postgres.json', ['--selectProjects', 'integration', 'lti', '--runInBand'], { TEST_DATABASE_URL: pgUrl });
} else {
  console.error(`\nPostgreSQL is not reachable at ${pgUrl}: set TEST_DATABASE_URL or start it (see README).`);
  failedSteps.push('PostgreSQL tests (database unreachable)');
  totals.failed += 1;
}
const playwright = (name, out, env) => {
  step(name, 'npx', ['playwright', 'test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: join(resultsDir, out), ...env });
  countPlaywright(join(resultsDir, out));
};
if (!existsSync('/usr/bin/chromium')) {
  console.error('\nChromium is missing: install it with `apt-get install -y chromium` (Debian) for the browser tests.');
  failedSteps.push('browser tests (no chromium)');
  totals.failed += 1;
} else {
  // The whole browser suite on each database the tool supports: the stage and meeting flows
  // run against SQLite's single-writer locking and PostgreSQL's row locks alike.
  playwright('browser tests on SQLite (Playwright, Chromium)', 'e2e-sqlite.json', { TEST_DATABASE_URL: '' });
  if (pgReachable) playwright('browser tests on PostgreSQL (Playwright, Chromium)', 'e2e-postgres.json', { TEST_DATABASE_URL: pgUrl });
}

if (failedSteps.length) console.error(`\nFailed: ${failedSteps.join('; ')}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(failedSteps.length || totals.failed ? 1 : 0);
