import express, { type NextFunction, type Request, type Response } from 'express';
import { errorPage } from './html';
import type { Platform } from './platform';
import { agsEndpointRoutes } from './routes/ags-endpoints';
import { authorizationEndpointRoutes } from './routes/authorization-endpoint';
import { coursePageRoutes } from './routes/course-pages';
import { deepLinkingReturnRoutes } from './routes/deep-linking-return';
import { nrpsEndpointRoutes } from './routes/nrps-endpoint';
import { openidConfigurationRoutes } from './routes/openid-configuration';
import { registrationEndpointRoutes } from './routes/registration-endpoint';
import { tokenEndpointRoutes } from './routes/token-endpoint';

/** The Express app of the Dev LMS: the platform endpoints and the course pages. */
export function createDevLmsApp(platform: Platform): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.use((_req, res, next) => {
    res.set('X-Content-Type-Options', 'nosniff');
    next();
  });
  // Form posts: /auth, /token, /deep-linking/return and the admin button. The deep linking
  // JWT can be long, hence the generous limit.
  app.use(express.urlencoded({ extended: false, limit: '1mb' }));

  app.use(openidConfigurationRoutes(platform));
  app.use(registrationEndpointRoutes(platform));
  app.use(authorizationEndpointRoutes(platform));
  app.use(tokenEndpointRoutes(platform));
  app.use(nrpsEndpointRoutes(platform));
  app.use(agsEndpointRoutes(platform));
  app.use(deepLinkingReturnRoutes(platform));
  app.use(coursePageRoutes(platform));

  app.use((_req: Request, res: Response) => {
    res.status(404).type('html').send(errorPage('Not found', 'The Dev LMS has no page at this address.'));
  });
  app.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const status = (error as { status?: number }).status ?? 500;
    if (status >= 500) platform.logger.error('Dev LMS: request failed', error);
    res.status(status).type('html').send(errorPage('Something went wrong', (error as Error).message ?? String(error)));
  });
  return app;
}
