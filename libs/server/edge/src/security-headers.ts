import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';
import { CspSourceList, CspSources } from './csp-sources';

const CSP_HEADER = 'Content-Security-Policy';

const sourcesOf = (res: ServerResponse): CspSourceList => (res as Response).locals.cspSources as CspSourceList;

/** The nonce of this response's inline scripts (the Dynamic Registration page's closing script). */
export function cspNonceOf(res: Response): string {
  return res.locals.cspNonce as string;
}

/**
 * helmet, in two parts. `baseline` for every response: nosniff, Referrer-Policy, HSTS behind
 * https, no X-Frame-Options (it cannot list origins and would forbid every LMS), no
 * Cross-Origin-Opener-Policy (same-origin would cut window.opener, which the Dynamic
 * Registration page answers its LMS through). `policy` for every page and API answer once the
 * sources are read: scripts only from the tool and the accounts' Jitsi domains (no inline
 * script without the response's nonce), frames only of Jitsi, framed only by the registered
 * LMSs' origins.
 */
export function securityHeaders(sources: CspSources, publicUrl: string): { baseline: RequestHandler; policy: RequestHandler[] } {
  const tool = new URL(publicUrl);
  // 'self' covers ws(s) to the same host in current browsers; older Safari needs it named.
  const socketOrigin = `${tool.protocol === 'https:' ? 'wss' : 'ws'}://${tool.host}`;

  const baseline = helmet({
    contentSecurityPolicy: false,
    xFrameOptions: false,
    crossOriginOpenerPolicy: false,
    referrerPolicy: { policy: 'same-origin' },
    strictTransportSecurity: tool.protocol === 'https:' ? { maxAge: 31_536_000, includeSubDomains: false } : false,
  });
  const loadSources: RequestHandler = (_req, res, next) => {
    res.locals.cspNonce = randomBytes(16).toString('base64');
    sources.current().then((list) => {
      res.locals.cspSources = list;
      next();
    }, next);
  };
  const jitsi = (_req: IncomingMessage, res: ServerResponse) => sourcesOf(res).jitsiOrigins.join(' ');
  const contentSecurityPolicy = helmet.contentSecurityPolicy({
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'", (_req: IncomingMessage, res: ServerResponse) => `'nonce-${(res as Response).locals.cspNonce}'`, jitsi],
      scriptSrcAttr: ["'none'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'"],
      connectSrc: ["'self'", socketOrigin],
      frameSrc: [(req: IncomingMessage, res: ServerResponse) => jitsi(req, res) || "'none'"],
      frameAncestors: ["'self'", (_req: IncomingMessage, res: ServerResponse) => sourcesOf(res).frameAncestors.join(' ')],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      // No form-action: the Deep Linking page posts its answer to the LMS's return URL.
    },
  });
  return { baseline, policy: [loadSources, contentSecurityPolicy] };
}

/**
 * Pages that hold no session and offer nothing to click into (launch refusals, the Dynamic
 * Registration page) may be framed by any LMS: the one that needs them is the one not yet
 * registered, or not yet learned, and would otherwise see a blank frame instead of the reason.
 */
export function allowAnyFrameAncestor(res: Response): void {
  const policy = res.getHeader(CSP_HEADER);
  if (typeof policy === 'string') res.setHeader(CSP_HEADER, policy.replace(/frame-ancestors[^;]*/, 'frame-ancestors *'));
}

export function allowAnyFrameAncestorMiddleware(_req: Request, res: Response, next: NextFunction): void {
  allowAnyFrameAncestor(res);
  next();
}
