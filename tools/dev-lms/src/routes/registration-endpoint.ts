import express, { Router, type Request } from 'express';
import { z } from 'zod';
import { TOOL_CONFIGURATION_KEY } from '../lti-vocabulary';
import { randomToken, type Platform } from '../platform';
import type { StoredRegistration } from '../state-store';

const httpUrl = z.url({ protocol: /^https?$/ });

/** The parts of an LTI Dynamic Registration request (section 3.5) the LMS relies on. */
const registrationRequestSchema = z.looseObject({
  client_name: z.string().min(1),
  redirect_uris: z.array(httpUrl).min(1),
  initiate_login_uri: httpUrl,
  jwks_uri: httpUrl,
  scope: z.string().optional(),
  [TOOL_CONFIGURATION_KEY]: z.looseObject({
    target_link_uri: httpUrl.optional(),
  }),
});

function bearerToken(req: Request): string | null {
  const match = /^Bearer\s+(.+)$/i.exec(req.get('authorization') ?? '');
  return match ? match[1].trim() : null;
}

/**
 * POST /register: the tool sends its configuration with the registration token the LMS
 * issued; the LMS answers with the same document plus client_id and deployment_id.
 */
export function registrationEndpointRoutes(platform: Platform): Router {
  const router = Router();
  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- the dev LMS's handler catches its own failures
  router.post('/register', express.json({ limit: '256kb' }), async (req, res, next) => {
    try {
      const token = bearerToken(req);
      if (!token || !platform.registrationTokens.get(token)) {
        res.status(401).json({ error: 'invalid_token', error_description: 'Unknown or expired registration token' });
        return;
      }
      const parsed = registrationRequestSchema.safeParse(req.body);
      if (!parsed.success) {
        const problem = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`);
        res.status(400).json({ error: 'invalid_client_metadata', error_description: problem.join('; ') });
        return;
      }
      // A registration token is good for one registration, like Moodle's and Canvas's.
      platform.registrationTokens.delete(token);

      const request = parsed.data;
      const toolConfiguration = request[TOOL_CONFIGURATION_KEY];
      const registration: StoredRegistration = {
        clientId: `dev-lms-client-${randomToken(9)}`,
        deploymentId: `dev-lms-deployment-${randomToken(6)}`,
        toolJwksUri: request.jwks_uri,
        redirectUris: request.redirect_uris,
        initiateLoginUri: request.initiate_login_uri,
        targetLinkUri: toolConfiguration.target_link_uri ?? request.redirect_uris[0],
        toolName: request.client_name,
        scopes: request.scope ? request.scope.split(/\s+/).filter(Boolean) : null,
        registeredAt: new Date().toISOString(),
      };
      platform.toolKeys.forget(registration.toolJwksUri);
      // Held until the tool's registration page answers: only then has the tool stored us too.
      platform.pendingRegistrations.set(token, registration);

      res.json({
        ...request,
        client_id: registration.clientId,
        [TOOL_CONFIGURATION_KEY]: { ...toolConfiguration, deployment_id: registration.deploymentId },
      });
    } catch (error) {
      next(error);
    }
  });
  return router;
}
