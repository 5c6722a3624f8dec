import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createDevLmsApp } from './app';
import { DEMO_COURSE } from './demo-course';
import { demoUsersCopy } from './demo-users';
import { buildIdTokenClaims, loginInitiationUrl } from './launch';
import { Platform, platformUrls } from './platform';
import { loadPlatformKeys } from './platform-keys';
import { publicRegistration, runDynamicRegistration } from './registration-initiator';
import { StateStore } from './state-store';
import type { DevLms, DevLmsLogger, DevLmsOptions } from './types';

/** Quiet by default: tests start many LMSs; problems still reach stderr. */
const DEFAULT_LOGGER: DevLmsLogger = {
  info: () => undefined,
  warn: (...args) => console.warn(...args),
  error: (...args) => console.error(...args),
};

function withoutTrailingSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

/** The host as it appears in a URL: IPv6 needs brackets, a wildcard bind is reached on loopback. */
function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}

function listen(server: http.Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/** Starts the Dev LMS; resolves once it listens (and, with autoRegister, after one registration try). */
export async function startDevLms(options: DevLmsOptions): Promise<DevLms> {
  const host = options.host ?? '127.0.0.1';
  const logger = options.logger ?? DEFAULT_LOGGER;
  const store = await StateStore.open(options.dataDir);
  const keys = await loadPlatformKeys(store.signingKey);

  // Listen first: with port 0 the issuer URL is only known once the OS picked the port.
  const server = http.createServer();
  await listen(server, options.port, host);
  const port = (server.address() as AddressInfo).port;
  const issuer = withoutTrailingSlash(options.publicUrl ?? `http://${urlHost(host)}:${port}`);
  const site = options.coursePagesHost ? `http://${options.coursePagesHost}:${port}` : issuer;
  const platform = new Platform(platformUrls(issuer, site), withoutTrailingSlash(options.toolUrl), store, keys, logger);
  server.on('request', createDevLmsApp(platform));
  logger.info(`Dev LMS listening on ${issuer} for the tool at ${platform.toolUrl}`);

  const devLms: DevLms = {
    url: issuer,
    issuer,
    users: demoUsersCopy(),
    course: { ...DEMO_COURSE },
    registration: () => {
      const registration = platform.registration();
      return registration ? publicRegistration(registration) : null;
    },
    register: () => runDynamicRegistration(platform),
    loginInitiationUrl: (userId, launchOptions) => loginInitiationUrl(platform, userId, launchOptions),
    buildIdTokenClaims: (userId, nonce, launchOptions) => buildIdTokenClaims(platform, userId, nonce, launchOptions),
    signIdToken: (claims, signOptions) => platform.keys.sign(claims, signOptions),
    resourceLinks: () => platform.resourceLinks(),
    addResourceLink: (link) => platform.addResourceLink(link),
    gradebook: (courseId) => ({
      lineItems: structuredClone(platform.gradebook.lineItems(courseId)),
      requests: structuredClone(platform.gradebook.requests.filter((r) => r.path.startsWith(new URL(platform.urls.lineItems(courseId)).pathname))),
    }),
    deleteLineItem: (courseId, lineItemId) => {
      const item = platform.gradebook.lineItems(courseId).find((candidate) => candidate.id === lineItemId);
      if (item) platform.gradebook.remove(courseId, item);
    },
    failNextScorePosts: (status, count, afterRecording) => platform.gradebook.failNextScorePosts(status, count, afterRecording),
    setStrictScoreTimestamps: (on) => {
      platform.gradebook.strictTimestamps = on;
    },
    close: async () => {
      await store.save();
      await new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive sockets (from fetch or a browser) would otherwise hold close() open.
        server.closeAllConnections();
      });
    },
  };

  if (options.autoRegister && !platform.registration()) {
    try {
      const registration = await devLms.register();
      logger.info(`Dev LMS registered with ${platform.toolUrl} as client ${registration.clientId}`);
    } catch (error) {
      // Not fatal: the tool may still be starting. Callers retry with register().
      logger.warn(`Dev LMS: ${(error as Error).message}`);
    }
  }
  return devLms;
}
