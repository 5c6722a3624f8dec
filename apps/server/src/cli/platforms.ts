import { runPlatformsCommand } from '@lti-rooms/server-app';

// Operators' way in for the first platform: see `npm run platforms -- --help`.
void runPlatformsCommand(process.argv.slice(2), { env: process.env, out: (line) => console.log(line), err: (line) => console.error(line) })
  .then((code) => process.exit(code));
