// ltijs ships no types; this is the part of its Provider the tool uses.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const ltijs = require('ltijs');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const ltijsAuth = require('ltijs/dist/Utils/Auth');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const ltijsKeyset = require('ltijs/dist/Utils/Keyset');
import { generateKeyPair, randomBytes } from 'node:crypto';
import { promisify } from 'node:util';

const generateRsaKeyPair = promisify(generateKeyPair);

/**
 * ltijs makes each platform's key pair with a synchronous 4096-bit generation, which
 * blocks every request of the process for seconds while a platform registers. The same
 * key pair, 2048-bit (what LTI 1.3 asks for) and off the event loop, stored as ltijs does.
 */
ltijsAuth.generatePlatformKeyPair = async (encryptionKey: string, database: LtijsDatabase, platformUrl: string, clientId: string) => {
  let kid = randomBytes(16).toString('hex');
  while (await database.Get(false, 'publickey', { kid })) kid = randomBytes(16).toString('hex');
  const { publicKey, privateKey } = await generateRsaKeyPair('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
  });
  const where = { platformUrl, clientId };
  await database.Replace(encryptionKey, 'publickey', where, { key: publicKey, kid }, { kid, ...where });
  await database.Replace(encryptionKey, 'privatekey', where, { key: privateKey, kid }, { kid, ...where });
  return kid;
};

interface LtijsDatabase {
  Get(key: false, table: string, where: object): Promise<unknown>;
  Replace(key: string, table: string, where: object, value: object, index: object): Promise<unknown>;
}

export interface LtijsPlatform {
  platformKid(): Promise<string>;
  /** The tool's private key for this platform (PEM), which signs service requests. */
  platformPrivateKey(): Promise<string>;
  platformActive(active?: boolean): Promise<boolean>;
}

export interface LtijsProvider {
  /** The tool's public keys (one per platform), as JWKS: all the tool serves of ltijs. */
  publicKeyset(): Promise<{ keys: unknown[] }>;
  registerPlatform(platform: {
    url: string;
    name: string;
    clientId: string;
    authenticationEndpoint: string;
    accesstokenEndpoint: string;
    authorizationServer?: string;
    authConfig: { method: 'JWK_SET'; key: string };
  }): Promise<LtijsPlatform>;
  getPlatform(url: string, clientId: string): Promise<LtijsPlatform | false>;
  deletePlatform(url: string, clientId: string): Promise<boolean>;
  DeepLinking: { createDeepLinkingMessage(idtoken: unknown, items: unknown[], options?: Record<string, unknown>): Promise<string> };
}

/**
 * A Provider of our own rather than ltijs's module-level singleton, so tests and the
 * command line can hold several. Its Express app is never mounted: its CORS reflects any
 * origin with credentials, its error pages echo the request, and its session check crashed
 * the process (issue 10, finding 1). The tool handles logins, launches and registrations
 * itself and serves only the keyset from ltijs's storage (`publicKeyset`).
 * We never call deploy(): it exits the process on any start-up error.
 */
export function createLtijsProvider(options: { key: string; plugin: unknown; secureCookies: boolean }): LtijsProvider {
  const ProviderClass = Object.getPrototypeOf(ltijs.Provider).constructor;
  const provider = new ProviderClass();
  provider.setup(
    options.key,
    { plugin: options.plugin },
    {
      appRoute: '/launch',
      loginRoute: '/login',
      keysetRoute: '/keys',
      dynRegRoute: '/register',
      devMode: false,
      cookies: options.secureCookies ? { secure: true, sameSite: 'None' } : { secure: false, sameSite: 'Lax' },
    },
  );
  provider.publicKeyset = () => ltijsKeyset.build(provider.Database, options.key);
  return provider as LtijsProvider;
}
