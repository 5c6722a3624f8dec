import { Router } from 'express';
import { MESSAGE_TYPE, PLATFORM_CONFIGURATION_KEY, PRODUCT_FAMILY_CODE, SUPPORTED_SCOPES } from '../lti-vocabulary';
import type { Platform, PlatformUrls } from '../platform';

/** The platform configuration a tool reads during LTI Dynamic Registration (section 3.4). */
export function openidConfiguration(urls: PlatformUrls): Record<string, unknown> {
  return {
    issuer: urls.issuer,
    authorization_endpoint: urls.authorization,
    token_endpoint: urls.token,
    jwks_uri: urls.jwks,
    registration_endpoint: urls.registration,
    token_endpoint_auth_methods_supported: ['private_key_jwt'],
    token_endpoint_auth_signing_alg_values_supported: ['RS256'],
    id_token_signing_alg_values_supported: ['RS256'],
    scopes_supported: ['openid', ...SUPPORTED_SCOPES],
    response_types_supported: ['id_token'],
    subject_types_supported: ['public', 'pairwise'],
    claims_supported: ['iss', 'aud', 'sub', 'azp', 'iat', 'exp', 'nonce', 'name', 'given_name', 'family_name', 'email'],
    [PLATFORM_CONFIGURATION_KEY]: {
      product_family_code: PRODUCT_FAMILY_CODE,
      version: '1.0',
      messages_supported: [{ type: MESSAGE_TYPE.resourceLink }, { type: MESSAGE_TYPE.deepLinkingRequest }],
      variables: [],
    },
  };
}

export function openidConfigurationRoutes(platform: Platform): Router {
  const router = Router();
  router.get('/.well-known/openid-configuration', (_req, res) => {
    res.json(openidConfiguration(platform.urls));
  });
  router.get('/jwks', (_req, res) => {
    res.json(platform.keys.publicJwks());
  });
  return router;
}
