import type { Request, Response } from 'express';
import { launchOf } from './authenticate';

/** Who is asking: from the launch token, loaded per request. */
export interface Viewer {
  accountId: string;
  userId: string;
  /** The channel (course) the user launched from, if any. */
  channelId: string | null;
}

/** The caller of an authenticated API route, as the services know them. */
export const viewerOf = (res: Response): Viewer => {
  const launch = launchOf(res);
  return { accountId: launch.accountId, userId: launch.userId, channelId: launch.channelId };
};

type Handler = (req: Request, res: Response) => Promise<unknown>;

/** An async handler whose failures reach the one error handler. */
export const route = (handler: Handler) => (req: Request, res: Response, next: (error?: unknown) => void) => {
  handler(req, res).catch(next);
};
