import { ApiFailure, escapeHtml } from '@lti-rooms/server-http';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import express, { Response, Router } from 'express';
import { LAUNCH_STEP_ELEMENT_ID, LaunchError, LaunchStep } from '@lti-rooms/contracts';

const FALLBACK_INDEX = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>LTI Rooms</title></head>
<body><main><h1>LTI Rooms</h1><p>The web app is not built. Run <code>npx nx run web:build</code>.</p></main></body></html>`;

/** The built React app: static assets, the SPA's routes, and error pages that carry their error as JSON. */
export class WebApp {
  private readonly distDir: string;
  private cachedIndex: string | null = null;

  constructor(distDir: string) {
    this.distDir = resolve(distDir);
  }

  router(): Router {
    const router = Router();
    // Source maps would hand out the whole client source; a build that still has them does not serve them.
    router.use((req, _res, next) => next(isSourceMap(req.path) ? new ApiFailure('NOT_FOUND', { reason: 'NO_SUCH_ADDRESS' }) : undefined));
    router.use(express.static(this.distDir, { index: false, maxAge: '1h', fallthrough: true }));
    router.get(/^\/(?!api\/|lti\/|socket\.io\/).*/, (_req, res) => this.sendPage(res, 200));
    return router;
  }

  sendPage(res: Response, status: number): void {
    res.status(status).type('html').set('Cache-Control', 'no-store').send(this.index());
  }

  /** A step of a launch the web app runs (see LaunchStep); nothing in it may be cached. */
  sendLaunchStep(res: Response, status: number, step: LaunchStep): void {
    const json = JSON.stringify(step).replace(/</g, '\\u003c');
    const page = this.index().replace('</head>', `<script type="application/json" id="${LAUNCH_STEP_ELEMENT_ID}">${json}</script></head>`);
    res.status(status).type('html').set('Cache-Control', 'no-store').set('Referrer-Policy', 'no-referrer').send(page);
  }

  sendLaunchError(res: Response, error: LaunchError): void {
    const json = JSON.stringify(error).replace(/</g, '\\u003c');
    const page = this.index()
      .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(error.title)} — LTI Rooms</title>`)
      .replace('</head>', `<script type="application/json" id="launch-error">${json}</script></head>`)
      .replace(
        '<body>',
        `<body><noscript><h1>${escapeHtml(error.title)}</h1><p>${escapeHtml(error.detail)}</p><p>${escapeHtml(error.adminHint)}</p><p>Error code: ${escapeHtml(error.code)}</p></noscript>`,
      );
    res.status(error.status).type('html').set('Cache-Control', 'no-store').send(page);
  }

  private index(): string {
    if (this.cachedIndex) return this.cachedIndex;
    const file = join(this.distDir, 'index.html');
    if (!existsSync(file)) return FALLBACK_INDEX;
    this.cachedIndex = readFileSync(file, 'utf8');
    return this.cachedIndex;
  }
}

/** As the static server will read the path: decoded (`%2Emap` is `.map` too), in any case. */
function isSourceMap(path: string): boolean {
  try {
    return /\.map$/i.test(decodeURIComponent(path));
  } catch {
    return false;
  }
}
