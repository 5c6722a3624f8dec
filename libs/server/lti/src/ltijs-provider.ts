// ltijs ships no types; this is the part of its Provider the tool uses.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const ltijs = require('ltijs');
import type { Express } from 'express';

export interface LtijsPlatform {
  platformKid(): Promise<string>;
  platformActive(active?: boolean): Promise<boolean>;
}

export interface LtijsProvider {
  app: Express;
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
  NamesAndRoles: { getMembers(idtoken: unknown, options?: Record<string, unknown>): Promise<unknown> };
  DeepLinking: { createDeepLinkingMessage(idtoken: unknown, items: unknown[], options?: Record<string, unknown>): Promise<string> };
}

/**
 * A Provider of our own rather than ltijs's module-level singleton, so tests and the
 * command line can hold several. Its app serves the keyset; logins, launches and
 * registrations are handled by the tool before ltijs sees them (see the routers).
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
  return provider as LtijsProvider;
}
