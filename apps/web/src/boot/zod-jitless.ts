import { z } from 'zod';

// The Content-Security-Policy allows no eval: zod must not compile its parsers with
// `new Function`, nor probe whether it may (the probe alone is reported as a violation).
// Imported first by main.tsx, before any schema runs.
z.config({ jitless: true });
