import { ApiFailure, escapeHtml, requestLocaleOf } from '@lti-rooms/server-http';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import express, { Request, Response, Router } from 'express';
import { LAUNCH_STEP_ELEMENT_ID, LaunchError, LaunchStep } from '@lti-rooms/contracts';
import { textDirection } from '@lti-rooms/domain';

/** Locales a launch named (launch_presentation.locale, the locale claim), used only to pick the page's language. */
export type LaunchLocales = readonly (string | null | undefined)[];

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
    router.get(/^\/(?!api\/|lti\/|socket\.io\/).*/, (req, res) => this.sendPage(req, res, 200));
    return router;
  }

  sendPage(req: Request, res: Response, status: number): void {
    shellHeaders(res.status(status)).send(this.index(req));
  }

  /** A step of a launch the web app runs (see LaunchStep); nothing in it may be cached. */
  sendLaunchStep(req: Request, res: Response, status: number, step: LaunchStep, launchLocales: LaunchLocales = []): void {
    const json = JSON.stringify(step).replace(/</g, '\\u003c');
    const page = this.index(req, launchLocales).replace('</head>', `<script type="application/json" id="${LAUNCH_STEP_ELEMENT_ID}">${json}</script></head>`);
    shellHeaders(res.status(status)).set('Referrer-Policy', 'no-referrer').send(page);
  }

  sendLaunchError(req: Request, res: Response, error: LaunchError, launchLocales: LaunchLocales = []): void {
    const json = JSON.stringify(error).replace(/</g, '\\u003c');
    const page = this.index(req, launchLocales)
      .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(error.title)} — LTI Rooms</title>`)
      .replace('</head>', `<script type="application/json" id="launch-error">${json}</script></head>`)
      .replace(
        '<body>',
        `<body><noscript><h1>${escapeHtml(error.title)}</h1><p>${escapeHtml(error.detail)}</p><p>${escapeHtml(error.adminHint)}</p><p>Error code: ${escapeHtml(error.code)}</p></noscript>`,
      );
    shellHeaders(res.status(error.status)).send(page);
  }

  /** The shell in the language chosen for this request, so the page's first paint and screen readers have it before the app runs. */
  private index(req: Request, launchLocales: LaunchLocales = []): string {
    const locale = requestLocaleOf(req, launchLocales);
    return this.builtIndex().replace(/<html\b[^>]*>/i, `<html lang="${locale}" dir="${textDirection(locale)}">`);
  }

  private builtIndex(): string {
    if (this.cachedIndex) return this.cachedIndex;
    const file = join(this.distDir, 'index.html');
    if (!existsSync(file)) return FALLBACK_INDEX;
    this.cachedIndex = readFileSync(file, 'utf8');
    return this.cachedIndex;
  }
}

/** Never stored; and since its language follows Accept-Language, a cache that keeps it anyway must key on that header. */
function shellHeaders(res: Response): Response {
  return res.type('html').set('Cache-Control', 'no-store').vary('Accept-Language');
}

/** As the static server will read the path: decoded (`%2Emap` is `.map` too), in any case. */
function isSourceMap(path: string): boolean {
  try {
    return /\.map$/i.test(decodeURIComponent(path));
  } catch {
    return false;
  }
}
