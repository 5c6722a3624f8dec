/**
 * Child-process entry: the baseline, a minimal ltijs tool exactly as the ltijs docs show it
 * (same ltijs and ltijs-sequelize versions as ours, no application logic). It answers the
 * launch with a small page and /api/me from ltijs's own session, so it does the same steps
 * as our tool and nothing else.
 */
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { join } from 'node:path';
import type { Express, Request, Response } from 'express';
import type { ChildEnv } from '../shared/child-protocol';
import { listenOnLoopback, serveFromChild } from '../shared/server-child';

// ltijs ships no types; this is the part of its API the baseline uses.
interface LtijsToken {
  user: string;
  userInfo: { name?: string; email?: string };
  platformContext?: { context?: unknown };
}
interface LtijsProvider {
  app: Express;
  setup(key: string, database: { plugin: unknown }, options: Record<string, unknown>): void;
  onConnect(callback: (token: LtijsToken, req: Request, res: Response) => void): void;
  deploy(options: { serverless: boolean; silent: boolean }): Promise<boolean>;
  close(options: { silent: boolean }): Promise<boolean>;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const lti: LtijsProvider = require('ltijs').Provider;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const LtijsSequelize: new (db: string, user: string, pass: string, options: Record<string, unknown>) => unknown = require('ltijs-sequelize');

/** The ltijs-sequelize plugin on the same kind of database our tool gets. */
function databasePlugin(env: ChildEnv): unknown {
  if (env.dbKind === 'sqlite') {
    return new LtijsSequelize('baseline', '', '', { dialect: 'sqlite', storage: join(env.dataDir, 'baseline.sqlite'), logging: false });
  }
  const url = new URL(env.databaseUrl!);
  return new LtijsSequelize(url.pathname.slice(1), decodeURIComponent(url.username), decodeURIComponent(url.password), {
    dialect: 'postgres', host: url.hostname, port: Number(url.port || 5432), logging: false,
  });
}

const PAGE = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Baseline</title></head><body><h1>Launched</h1></body></html>';

serveFromChild(async (env) => {
  const baseUrl = `http://127.0.0.1:${env.port}`;
  lti.setup(randomBytes(32).toString('hex'), { plugin: databasePlugin(env) }, {
    appRoute: '/lti/launch',
    loginRoute: '/lti/login',
    keysetRoute: '/lti/keys',
    dynRegRoute: '/lti/register',
    cookies: { secure: false, sameSite: 'Lax' },
    devMode: false,
    dynReg: { url: baseUrl, name: 'baseline', autoActivate: true },
  });
  lti.onConnect((_token, _req, res) => {
    res.send(PAGE);
  });
  lti.app.get('/api/me', (_req, res) => {
    const token = res.locals.token as LtijsToken;
    res.json({ user: token.user, name: token.userInfo.name, email: token.userInfo.email, context: token.platformContext?.context ?? null });
  });
  await lti.deploy({ serverless: true, silent: true });

  const server = createServer(lti.app);
  await listenOnLoopback(server, env.port);
  return {
    url: baseUrl,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await lti.close({ silent: true });
    },
  };
});
