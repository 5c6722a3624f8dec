import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { exportJWK, generateKeyPair, SignJWT, type JWK, type KeyLike } from 'jose';

/**
 * How the fake tool handles GET /lti/register, to test the LMS's success and failure paths:
 * register normally, post an invalid request, register and then replay the token, answer 503,
 * or answer 200 without ever calling POST /register.
 */
export type RegistrationBehaviour = 'register' | 'register-invalid' | 'register-twice' | 'fail' | 'answer-without-registering';

export interface PlatformAnswer {
  status: number;
  body: Record<string, unknown>;
}

export interface FakeTool {
  url: string;
  kid: string;
  /** What POST /register answered, once the tool has registered. */
  registrationResponse: Record<string, unknown> | null;
  registrationBehaviour: RegistrationBehaviour;
  /** Every answer the LMS gave to POST /register, in order. */
  platformAnswers: PlatformAnswer[];
  /** Sign with the key the tool publishes in its JWKS (or, with rogue, a key it does not publish). */
  sign(claims: Record<string, unknown>, options?: { rogue?: boolean }): Promise<string>;
  close(): Promise<void>;
}

const TOOL_CONFIGURATION_KEY = 'https://purl.imsglobal.org/spec/lti-tool-configuration';

/**
 * A tiny stand-in for the LTI Rooms tool, only for the Dev LMS's own tests: it publishes a
 * JWKS at /lti/keys and performs Dynamic Registration (fetch configuration, POST /register)
 * the way ltijs and other tools do.
 */
/** The fake tool asks for the roster only, unless a test names more scopes (space-separated). */
const NRPS_ONLY = 'https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly';

export async function startFakeTool(port = 0, scope = NRPS_ONLY): Promise<FakeTool> {
  const kid = 'fake-tool-key-1';
  const { publicKey, privateKey } = await generateKeyPair('RS256', { modulusLength: 2048 });
  const { privateKey: rogueKey } = await generateKeyPair('RS256', { modulusLength: 2048 });
  const publicJwk: JWK = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };

  const app = express();
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const tool: FakeTool = {
    url,
    kid,
    registrationResponse: null,
    registrationBehaviour: 'register',
    platformAnswers: [],
    sign: (claims, options = {}) => sign(claims, options.rogue ? rogueKey : privateKey, kid),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };

  app.get('/lti/keys', (_req, res) => {
    res.json({ keys: [publicJwk] });
  });

  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- the dev LMS's handler catches its own failures
  app.get('/lti/register', async (req, res) => {
    if (tool.registrationBehaviour === 'fail') {
      res.status(503).send('Tool database is not ready');
      return;
    }
    if (tool.registrationBehaviour === 'answer-without-registering') {
      res.send('<p>Nothing happened</p>');
      return;
    }
    const configuration = (await (await fetch(String(req.query.openid_configuration))).json()) as Record<string, string>;
    const postRegistration = async (body: Record<string, unknown>): Promise<PlatformAnswer> => {
      const response = await fetch(configuration.registration_endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${String(req.query.registration_token)}` },
        body: JSON.stringify(body),
      });
      const answer = { status: response.status, body: (await response.json()) as Record<string, unknown> };
      tool.platformAnswers.push(answer);
      return answer;
    };
    const valid = registrationRequest(url, scope);
    const body =
      tool.registrationBehaviour === 'register-invalid'
        ? { ...valid, jwks_uri: undefined, [TOOL_CONFIGURATION_KEY]: undefined }
        : valid;
    const answer = await postRegistration(body);
    if (answer.status !== 200) {
      res.status(500).send(`Platform refused the registration: ${answer.status} ${JSON.stringify(answer.body)}`);
      return;
    }
    tool.registrationResponse = answer.body;
    if (tool.registrationBehaviour === 'register-twice') await postRegistration(valid);
    res.send('<script>(window.opener || window.parent).postMessage({subject:"org.imsglobal.lti.close"}, "*");</script>');
  });

  return tool;
}

/** A registration request as LTI Dynamic Registration section 3.5.1 shows it. */
export function registrationRequest(toolUrl: string, scope = NRPS_ONLY): Record<string, unknown> {
  return {
    application_type: 'web',
    response_types: ['id_token'],
    grant_types: ['implicit', 'client_credentials'],
    initiate_login_uri: `${toolUrl}/lti/login`,
    redirect_uris: [`${toolUrl}/lti/launch`],
    client_name: 'Fake Rooms Tool',
    jwks_uri: `${toolUrl}/lti/keys`,
    token_endpoint_auth_method: 'private_key_jwt',
    scope,
    [TOOL_CONFIGURATION_KEY]: {
      domain: new URL(toolUrl).host,
      target_link_uri: `${toolUrl}/lti/launch`,
      claims: ['iss', 'sub', 'name'],
      messages: [{ type: 'LtiResourceLinkRequest' }, { type: 'LtiDeepLinkingRequest' }],
    },
  };
}

function sign(claims: Record<string, unknown>, key: KeyLike, kid: string): Promise<string> {
  return new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' }).sign(key);
}
