#!/usr/bin/env node
// `npm start`: the tool and the dev LMS on one machine, on the embedded defaults
// (SQLite in .data/, a demo course). Dynamically registered platforms are activated
// automatically here because this is a trial; production leaves LTI_AUTO_ACTIVATE off.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const toolPort = process.env.PORT ?? '3000';
const lmsPort = process.env.DEV_LMS_PORT ?? '4000';
const toolUrl = process.env.PUBLIC_URL ?? `http://127.0.0.1:${toolPort}`;
// The tool fetches nothing on loopback unless allowed: add the dev LMS to the operator's list.
const devLmsHost = process.env.DEV_LMS_PUBLIC_URL ? new URL(process.env.DEV_LMS_PUBLIC_URL).host : `127.0.0.1:${lmsPort}`;
const allowedHosts = [process.env.LTI_REGISTRATION_ALLOWED_HOSTS, devLmsHost]
  .filter((list) => list && list.trim() !== '')
  .join(',');

if (!existsSync('dist/web/index.html')) {
  console.log('Building the web app (first start only)...');
  const build = spawnSync('npx', ['nx', 'run', 'web:build', '--outputStyle=static'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const children = [];
// Node itself with tsx's loader, not `npx tsx`: one process per program, so a SIGTERM sent to
// this script reaches the programs themselves and nothing is left running.
function run(name, args, env) {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } });
  child.on('exit', (code) => {
    children.splice(children.indexOf(child), 1);
    if (stopping) {
      if (children.length === 0) process.exit(exitCode);
      return;
    }
    console.error(`${name} exited (${code}); stopping.`);
    shutdown(code ?? 1);
  });
  children.push(child);
}

let stopping = false;
let exitCode = 0;
/** Stops both programs and exits once they have (each closes its server and database first). */
function shutdown(code) {
  if (stopping) return;
  stopping = true;
  exitCode = code;
  for (const child of children) child.kill('SIGTERM');
  if (children.length === 0) process.exit(code);
  // A program that does not stop within 10 s is stopped for good.
  setTimeout(() => {
    for (const child of children) child.kill('SIGKILL');
    process.exit(code);
  }, 10_000).unref();
}
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

run('LTI Rooms', ['apps/server/src/main.ts'], {
  PORT: toolPort,
  PUBLIC_URL: toolUrl,
  LTI_AUTO_ACTIVATE: process.env.LTI_AUTO_ACTIVATE ?? 'true',
  LTI_REGISTRATION_ALLOWED_HOSTS: allowedHosts,
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
});
run('Dev LMS', ['tools/dev-lms/src/main.ts'], { DEV_LMS_PORT: lmsPort, TOOL_URL: toolUrl });

console.log(`\nLTI Rooms:  ${toolUrl}\nDev LMS:    http://127.0.0.1:${lmsPort}   <- open this and choose "Launch as ..."\n`);
