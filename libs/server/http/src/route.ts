import type { Request, RequestHandler, Response } from 'express';
import type { LaunchContext } from '@lti-rooms/server-persistence';
import { launchOf } from './authenticate';

/** Who is asking: from the launch token, loaded per request. */
export interface Viewer {
  accountId: string;
  userId: string;
  /** The channel (course) the user launched from, if any. */
  channelId: string | null;
}

/** The one way a launch becomes the caller the services know (HTTP and real time alike). */
export const callerOf = (launch: Pick<LaunchContext, 'accountId' | 'userId' | 'channelId'>): Viewer => ({
  accountId: launch.accountId, userId: launch.userId, channelId: launch.channelId,
});

/** The caller of an authenticated API route. */
export const viewerOf = (res: Response): Viewer => callerOf(launchOf(res));

type Handler = (req: Request, res: Response) => Promise<unknown>;

/**
 * The one HTTP handler shape: an async handler whose failure reaches the router's error
 * handler; a value it returns (and has not answered itself) is sent as JSON.
 */
export const route = (handler: Handler): RequestHandler => (req, res, next) => {
  handler(req, res).then((result) => {
    if (result !== undefined && !res.headersSent) res.json(result);
  }, next);
};
