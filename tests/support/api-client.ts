import type { Launched } from './launch-flow';

export interface ApiResult<T = any> { // eslint-disable-line @typescript-eslint/no-explicit-any
  status: number;
  json: T;
}

/** Calls the tool's API the way the web app does: launch token in the header, session cookie in the jar. */
export async function api(toolUrl: string, launched: Pick<Launched, 'browser' | 'ltik'>, method: string, path: string, body?: unknown): Promise<ApiResult> {
  const result = await launched.browser.request(`${toolUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${launched.ltik}`, accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    rawBody: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: result.status, json: result.body ? JSON.parse(result.body) : null };
}

/** A scheduled time frame starting `inMinutes` from now, lasting `hours`. */
export function timeFrame(inMinutes: number, hours = 1): { kind: 'scheduled'; start: string; end: string } {
  const start = new Date(Date.now() + inMinutes * 60_000);
  return { kind: 'scheduled', start: start.toISOString(), end: new Date(start.getTime() + hours * 3600_000).toISOString() };
}
