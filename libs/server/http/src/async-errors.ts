// Express 4 has no types for its router internals; this is the one part we touch.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Layer = require('express/lib/router/layer');

type Next = (error?: unknown) => void;
type Handler = (...args: unknown[]) => unknown;
const PATCHED = Symbol.for('lti-rooms.async-errors');

/** A handler's returned promise that rejects goes to `next(error)`, as a thrown error does. */
function forwardRejection(result: unknown, next: Next): void {
  if (result && typeof (result as Promise<unknown>).then === 'function') {
    (result as Promise<unknown>).then(undefined, (error: unknown) => next(error ?? new Error('A handler rejected without a reason')));
  }
}

/**
 * Express 4 ignores what an async handler returns, so its rejection is unhandled: nobody
 * answers the request and Node stops the process. Express 5 forwards it to the error
 * handler; this gives Express 4 the same behaviour (as express-async-errors does) for every
 * router and middleware, ours or a library's, so no handler error can stop the process.
 */
export function forwardAsyncErrors(): void {
  if (Layer.prototype[PATCHED]) return;
  Layer.prototype.handle_request = function handle(this: { handle: Handler }, req: unknown, res: unknown, next: Next) {
    const fn = this.handle;
    if (fn.length > 3) return next();
    try {
      forwardRejection(fn(req, res, next), next);
    } catch (error) {
      next(error);
    }
  };
  Layer.prototype.handle_error = function handleError(this: { handle: Handler }, error: unknown, req: unknown, res: unknown, next: Next) {
    const fn = this.handle;
    if (fn.length !== 4) return next(error);
    try {
      forwardRejection(fn(error, req, res, next), next);
    } catch (thrown) {
      next(thrown);
    }
  };
  Layer.prototype[PATCHED] = true;
}
