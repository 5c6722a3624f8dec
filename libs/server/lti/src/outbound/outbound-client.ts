import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP, isIPv6, type LookupFunction } from 'node:net';
import { rootCertificates } from 'node:tls';
import { Agent, buildConnector, fetch, type Response } from 'undici';
import { OutboundPolicy, OutboundRefused, type UrlRules } from './outbound-policy';

/** What went wrong, for the log; callers show one generic message per request they made. */
export type OutboundFailureKind = 'refused' | 'unreachable' | 'status' | 'redirects' | 'too-large' | 'content-type' | 'not-json';

export class OutboundFailure extends Error {
  override readonly name = 'OutboundFailure';
  constructor(
    readonly kind: OutboundFailureKind,
    readonly url: string,
    detail: string,
    readonly status?: number,
  ) {
    super(`${kind}: ${detail}`);
  }
}

export interface OutboundRequest extends UrlRules {
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  /** The answer's content type must be JSON (application/json or any +json type). */
  json?: boolean;
  maxBytes?: number;
  timeoutMs?: number;
}

export interface OutboundResponse {
  status: number;
  headers: Headers;
  text: string;
}

export const OUTBOUND_MAX_BYTES = 256 * 1024;
export const OUTBOUND_MAX_REDIRECTS = 3;
const OUTBOUND_TIMEOUT_MS = 10_000;
const CONNECT_TIMEOUT_MS = 5_000;
const JSON_TYPE = /^application\/([\w.-]+\+)?json\s*(;|$)/i;

/**
 * Every server-side request to a URL that came from outside goes through here: the policy
 * is applied to the URL and again to every address the host resolves to when the socket
 * is opened (so a redirect, or DNS answering differently the second time, cannot reach a
 * refused address). Bounded in time, size and redirects; the body is never shown to users.
 */
export class OutboundClient {
  private readonly agent: Agent;

  constructor(
    readonly policy: OutboundPolicy,
    options: {
      /** Extra trusted certificate authorities (tests that stand up their own https servers). */
      ca?: string;
      /** Names answered before DNS is asked, as /etc/hosts does (tests give their servers real-looking names). */
      hosts?: Readonly<Record<string, string>>;
    } = {},
  ) {
    const tls = options.ca ? { ca: [...rootCertificates, options.ca] } : {};
    const lookup = hostsFirst(options.hosts ?? {});
    const open = buildConnector({ timeout: CONNECT_TIMEOUT_MS, lookup, ...tls });
    const filtered = buildConnector({ timeout: CONNECT_TIMEOUT_MS, lookup: publicAddressesOnly(policy, lookup), ...tls });
    this.agent = new Agent({
      connect: (opts, callback) => {
        const port = Number(opts.port) || (opts.protocol === 'https:' ? 443 : 80);
        const hostname = isIPv6(opts.hostname) ? `[${opts.hostname}]` : opts.hostname;
        if (policy.isAllowListed(hostname, port)) return open(opts, callback);
        if (isIP(opts.hostname)) {
          // An address in the URL is never looked up: check it here.
          try {
            policy.checkAddress(opts.hostname);
          } catch (error) {
            return callback(error as Error, null);
          }
          return open(opts, callback);
        }
        return filtered(opts, callback);
      },
      headersTimeout: OUTBOUND_TIMEOUT_MS,
      bodyTimeout: OUTBOUND_TIMEOUT_MS,
    });
  }

  async request(url: string, request: OutboundRequest = {}): Promise<OutboundResponse> {
    let target = this.parse(url, request);
    let headers = { ...request.headers };
    const signal = AbortSignal.timeout(request.timeoutMs ?? OUTBOUND_TIMEOUT_MS);
    for (let redirects = 0; ; redirects++) {
      const response = await this.send(target, request, headers, signal);
      const location = response.headers.get('location');
      if (request.method === 'POST' || response.status < 300 || response.status > 399 || !location) {
        return this.read(target, response, request, signal);
      }
      await response.body?.cancel().catch(() => undefined);
      if (redirects === OUTBOUND_MAX_REDIRECTS) throw new OutboundFailure('redirects', target.href, `more than ${OUTBOUND_MAX_REDIRECTS} redirects`);
      const next = this.parse(location, request, target);
      // Credentials meant for one site never follow a redirect to another.
      if (next.origin !== target.origin) headers = withoutAuthorization(headers);
      target = next;
    }
  }

  /** A 2xx JSON answer, parsed. */
  async json(url: string, request: Omit<OutboundRequest, 'json'> = {}): Promise<unknown> {
    const response = await this.request(url, { ...request, json: true, headers: { accept: 'application/json', ...request.headers } });
    if (response.status < 200 || response.status > 299) throw new OutboundFailure('status', url, `answered ${response.status}`, response.status);
    try {
      return JSON.parse(response.text);
    } catch {
      throw new OutboundFailure('not-json', url, 'the body is not JSON');
    }
  }

  async close(): Promise<void> {
    await this.agent.close();
  }

  private parse(url: string, rules: UrlRules, base?: URL): URL {
    let parsed: URL;
    try {
      parsed = new URL(url, base);
    } catch {
      throw new OutboundFailure('refused', url, 'not a URL');
    }
    try {
      this.policy.checkUrl(parsed, rules);
    } catch (error) {
      throw new OutboundFailure('refused', parsed.href, (error as Error).message);
    }
    return parsed;
  }

  private async send(target: URL, request: OutboundRequest, headers: Record<string, string>, signal: AbortSignal): Promise<Response> {
    try {
      return await fetch(target, { method: request.method ?? 'GET', headers, body: request.body, redirect: 'manual', signal, dispatcher: this.agent });
    } catch (error) {
      const cause = (error as { cause?: unknown }).cause;
      if (cause instanceof OutboundRefused) throw new OutboundFailure('refused', target.href, cause.message);
      throw new OutboundFailure('unreachable', target.href, describe(cause ?? error));
    }
  }

  private async read(target: URL, response: Response, request: OutboundRequest, signal: AbortSignal): Promise<OutboundResponse> {
    const maxBytes = request.maxBytes ?? OUTBOUND_MAX_BYTES;
    const fail = async (kind: OutboundFailureKind, detail: string): Promise<never> => {
      await response.body?.cancel().catch(() => undefined);
      throw new OutboundFailure(kind, target.href, detail, response.status);
    };
    if (Number(response.headers.get('content-length') ?? 0) > maxBytes) return fail('too-large', `over ${maxBytes} bytes`);
    const isSuccess = response.status >= 200 && response.status <= 299;
    if (request.json && isSuccess && !JSON_TYPE.test(response.headers.get('content-type') ?? '')) {
      return fail('content-type', `content type ${response.headers.get('content-type') ?? '(none)'}`);
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    try {
      for await (const chunk of response.body ?? []) {
        size += chunk.byteLength;
        if (size > maxBytes) return fail('too-large', `over ${maxBytes} bytes`);
        chunks.push(chunk);
      }
    } catch (error) {
      if (error instanceof OutboundFailure) throw error;
      throw new OutboundFailure('unreachable', target.href, signal.aborted ? 'timed out' : describe(error), response.status);
    }
    return { status: response.status, headers: response.headers, text: Buffer.concat(chunks).toString('utf8') };
  }
}

/** A lookup that answers names of the table itself and asks DNS for the others. */
function hostsFirst(hosts: Readonly<Record<string, string>>): LookupFunction {
  return (hostname, options, callback) => {
    const address = hosts[hostname.toLowerCase()];
    if (address === undefined) return dnsLookup(hostname, options, callback);
    const entry: LookupAddress = { address, family: isIPv6(address) ? 6 : 4 };
    if (options.all) return (callback as (e: null, all: LookupAddress[]) => void)(null, [entry]);
    callback(null, entry.address, entry.family);
  };
}

/** A lookup that fails unless every address the name resolves to is allowed. */
function publicAddressesOnly(policy: OutboundPolicy, lookup: LookupFunction): LookupFunction {
  return (hostname, options, callback) => {
    lookup(hostname, { ...options, all: true }, (error, addresses) => {
      const all = addresses as unknown as LookupAddress[];
      if (error) return callback(error, '', 0);
      try {
        if (all.length === 0) throw new OutboundRefused(`${hostname} has no address`);
        for (const { address } of all) policy.checkAddress(address);
      } catch (refusal) {
        return callback(refusal as NodeJS.ErrnoException, '', 0);
      }
      if (options.all) return (callback as (e: null, all: LookupAddress[]) => void)(null, all);
      callback(null, all[0].address, all[0].family);
    });
  };
}

function withoutAuthorization(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => name.toLowerCase() !== 'authorization'));
}

function describe(error: unknown): string {
  const code = (error as { code?: string })?.code;
  return `${code ? `${code} ` : ''}${(error as Error)?.message ?? String(error)}`;
}
