import { Router, type Request, type Response } from 'express';
import { decodeJwt } from 'jose';
import { CLIENT_ASSERTION_TYPE, SUPPORTED_SCOPES } from '../lti-vocabulary';
import { randomToken, type Platform } from '../platform';

const ACCESS_TOKEN_LIFETIME_SECONDS = 3600;

class OAuthError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    description: string,
  ) {
    super(description);
  }
}

function field(req: Request, name: string): string | undefined {
  const value = (req.body as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : undefined;
}

/** Checks the tool's signed client assertion (RFC 7523, LTI Security 4.1.1); returns the client id. */
async function authenticateClient(platform: Platform, req: Request): Promise<string> {
  if (field(req, 'client_assertion_type') !== CLIENT_ASSERTION_TYPE) {
    throw new OAuthError(400, 'invalid_request', `client_assertion_type must be ${CLIENT_ASSERTION_TYPE}`);
  }
  const assertion = field(req, 'client_assertion');
  if (!assertion) throw new OAuthError(400, 'invalid_request', 'client_assertion is missing');
  const registration = platform.registration();
  let claimedClient: unknown;
  try {
    claimedClient = decodeJwt(assertion).iss;
  } catch {
    throw new OAuthError(400, 'invalid_request', 'client_assertion is not a JWT');
  }
  if (!registration || claimedClient !== registration.clientId) {
    throw new OAuthError(401, 'invalid_client', `Unknown client "${String(claimedClient)}"`);
  }
  try {
    await platform.toolKeys.verify(assertion, registration.toolJwksUri, {
      issuer: registration.clientId,
      subject: registration.clientId,
      audience: [platform.urls.token, platform.issuer],
      requiredClaims: ['exp', 'iat'],
    });
  } catch (error) {
    throw new OAuthError(401, 'invalid_client', `client_assertion rejected: ${(error as Error).message}`);
  }
  return registration.clientId;
}

/** The requested scopes this client may have: supported ones it also asked for at registration. */
function grantedScopes(platform: Platform, requested: string | undefined): string[] {
  const allowedAtRegistration = platform.registration()?.scopes ?? null;
  const wanted = (requested ?? '').split(/\s+/).filter(Boolean);
  const granted = wanted.filter(
    (scope) => SUPPORTED_SCOPES.includes(scope) && (allowedAtRegistration === null || allowedAtRegistration.includes(scope)),
  );
  if (granted.length === 0) {
    throw new OAuthError(400, 'invalid_scope', `None of the requested scopes can be granted: "${requested ?? ''}"`);
  }
  return granted;
}

async function issueToken(platform: Platform, req: Request, res: Response): Promise<void> {
  res.set('Cache-Control', 'no-store');
  try {
    if (field(req, 'grant_type') !== 'client_credentials') {
      throw new OAuthError(400, 'unsupported_grant_type', 'grant_type must be client_credentials');
    }
    const clientId = await authenticateClient(platform, req);
    const scopes = grantedScopes(platform, field(req, 'scope'));
    const accessToken = randomToken(32);
    platform.accessTokens.set(accessToken, { clientId, scopes });
    res.json({
      access_token: accessToken,
      token_type: 'Bearer',
      expires_in: ACCESS_TOKEN_LIFETIME_SECONDS,
      scope: scopes.join(' '),
    });
  } catch (error) {
    if (!(error instanceof OAuthError)) throw error;
    platform.logger.warn(`Dev LMS: token request refused: ${error.code}: ${error.message}`);
    res.status(error.status).json({ error: error.code, error_description: error.message });
  }
}

/** POST /token: OAuth 2 client credentials grant with a JWT client assertion. */
export function tokenEndpointRoutes(platform: Platform): Router {
  const router = Router();
  router.post('/token', (req, res, next) => {
    issueToken(platform, req, res).catch(next);
  });
  return router;
}
