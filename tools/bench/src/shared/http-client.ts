import http from 'node:http';

/**
 * A lean HTTP client for load generation. fetch() (undici) costs noticeably more CPU per
 * request than node:http, and the load generator shares two cores with the server under
 * test; every target is driven through this same client, so the cost is the same for both.
 */
export interface HttpResponse {
  status: number;
  location: string | null;
  body: string;
}

/** One keep-alive pool for the whole run, as a browser reuses connections across a launch. */
const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity, maxFreeSockets: 256 });

export function closeHttpAgent(): void {
  agent.destroy();
}

/**
 * A browser tab of one user: a cookie jar and manual redirects. Cookies are kept by name
 * only (no path or port scoping); each launch gets its own tab, so nothing leaks between users.
 */
export class BenchBrowser {
  private readonly cookies = new Map<string, string>();

  /** A form when `form` is given (a POST), JSON when `json` is (POST unless `method` says otherwise). */
  request(url: string, init: { form?: Record<string, string>; json?: unknown; method?: string; headers?: Record<string, string> } = {}): Promise<HttpResponse> {
    const target = new URL(url);
    const headers: Record<string, string> = { accept: 'text/html,application/json', ...init.headers };
    if (this.cookies.size) headers.cookie = this.cookieHeader();
    let body: string | undefined;
    if (init.form) {
      body = new URLSearchParams(init.form).toString();
      headers['content-type'] = 'application/x-www-form-urlencoded';
    } else if (init.json !== undefined) {
      body = JSON.stringify(init.json);
      headers['content-type'] = 'application/json';
    }
    if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));
    const method = init.method ?? (body === undefined ? 'GET' : 'POST');
    return new Promise((resolve, reject) => {
      const request = http.request(
        { agent, host: target.hostname, port: target.port, path: `${target.pathname}${target.search}`, method, headers },
        (response) => {
          this.storeCookies(response.headers['set-cookie'] ?? []);
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', reject);
          response.on('end', () => {
            const location = response.headers.location;
            resolve({
              status: response.statusCode ?? 0,
              location: location ? new URL(location, url).toString() : null,
              body: Buffer.concat(chunks).toString('utf8'),
            });
          });
        },
      );
      request.on('error', reject);
      request.end(body);
    });
  }

  /** The Cookie header this tab sends, e.g. with a WebSocket upgrade. */
  cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  private storeCookies(lines: string[]): void {
    for (const line of lines) {
      const [pair, ...attributes] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attributes.some((a) => /^\s*(expires=Thu, 01 Jan 1970|max-age=0\b)/i.test(a));
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
}

/** The action and hidden fields of the auto-submitting form_post page an LMS answers /auth with. */
export function parseFormPost(html: string): { action: string; fields: Record<string, string> } {
  const action = /<form[^>]*action="([^"]+)"/i.exec(html)?.[1];
  if (!action) throw new Error(`no form in the /auth page: ${html.slice(0, 200)}`);
  const fields: Record<string, string> = {};
  for (const match of html.matchAll(/<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"/gi)) fields[match[1]] = decodeEntities(match[2]);
  return { action: decodeEntities(action), fields };
}

function decodeEntities(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
