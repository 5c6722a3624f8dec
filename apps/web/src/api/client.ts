import { apiErrorSchema } from '@lti-rooms/contracts';
import type { z } from 'zod';
import { getLaunchToken, tokenSource } from '../boot/launch-token';
import { ApiRequestError, CLIENT_ERROR_CODES } from './api-request-error';
import { fieldErrorText } from '../text/field-error-text';
import { refusalText } from '../text/refusal-text';
import { t } from '../i18n/translate';
import { invalidateAfterChange } from './query-client';
import { markSessionExpired } from './session-expiry';

export { ApiRequestError, isApiRequestError } from './api-request-error';
export type { ApiFieldError } from './api-request-error';

type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface ApiRequestOptions {
  method?: HttpMethod;
  /** Serialised as JSON. */
  body?: unknown;
  signal?: AbortSignal;
}

/**
 * Calls the LTI Rooms API and returns the response parsed by `schema`.
 * Throws ApiRequestError for every failure: network, HTTP status, or a body that does
 * not match the contract (a server/client version skew must not reach the UI as garbage).
 */
export async function apiRequest<Schema extends z.ZodType>(
  path: string,
  schema: Schema,
  options: ApiRequestOptions = {},
): Promise<z.infer<Schema>> {
  const response = await send(path, requireLaunchToken(), options);
  const body = await readJson(response);

  if (!response.ok) throw errorFromResponse(response, body);
  if ((options.method ?? 'GET') !== 'GET') invalidateAfterChange();

  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new ApiRequestError({
      status: response.status,
      code: CLIENT_ERROR_CODES.unexpectedResponse,
      message: t('common.api.unexpectedResponse'),
    });
  }
  return parsed.data;
}

/** A file the API serves (e.g. a CSV), with the name the server gave it. */
export interface ApiDownload {
  blob: Blob;
  filename: string | null;
}

/**
 * GETs a file with the same authorisation as apiRequest (so it cannot be a plain link: the
 * token travels in a header). Failures throw ApiRequestError, with the server's JSON error.
 */
export async function apiDownload(path: string, accept: string, options: Pick<ApiRequestOptions, 'signal'> = {}): Promise<ApiDownload> {
  const response = await send(path, requireLaunchToken(), { ...options, accept });
  if (!response.ok) throw errorFromResponse(response, await readJson(response));
  return { blob: await response.blob(), filename: filenameOf(response.headers.get('Content-Disposition')) };
}

function requireLaunchToken(): string {
  const token = getLaunchToken();
  if (token) return token;
  // Opened without a launch (bookmark, copied link): only the LMS can give us a token.
  markSessionExpired('never-launched');
  throw new ApiRequestError({ status: 401, code: CLIENT_ERROR_CODES.missingToken, message: t('common.api.noLaunchToken') });
}

/**
 * The few API addresses that answer without a launch (a shared room link's directions):
 * no token is sent, and a refusal does not end the session.
 */
export async function publicApiRequest<Schema extends z.ZodType>(path: string, schema: Schema, options: Pick<ApiRequestOptions, 'signal'> = {}): Promise<z.infer<Schema>> {
  let response: Response;
  try {
    response = await fetch(path, { headers: { Accept: 'application/json', 'X-Requested-With': 'lti-rooms' }, signal: options.signal, credentials: 'omit', cache: 'no-store' });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiRequestError({ status: 0, code: CLIENT_ERROR_CODES.network, message: t('common.api.unreachable') });
  }
  const body = await readJson(response);
  const parsed = schema.safeParse(body);
  if (!response.ok || !parsed.success) throw new ApiRequestError({ status: response.status, code: `HTTP_${response.status}`, message: t('common.api.httpFailed', { status: String(response.status) }) });
  return parsed.data;
}

/** `attachment; filename="x.csv"` -> x.csv. */
function filenameOf(disposition: string | null): string | null {
  const match = /filename="([^"]+)"/i.exec(disposition ?? '');
  return match ? match[1] : null;
}

async function send(path: string, token: string, options: ApiRequestOptions & { accept?: string }): Promise<Response> {
  const headers: Record<string, string> = {
    Accept: options.accept ?? 'application/json',
    // The token travels only in this header, never in a URL that could be logged or shared.
    Authorization: `Bearer ${token}`,
    // Lets the server refuse cross-site form posts: a plain form cannot set custom headers.
    'X-Requested-With': 'lti-rooms',
  };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';

  try {
    return await fetch(path, {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiRequestError({
      status: 0,
      code: CLIENT_ERROR_CODES.network,
      message: t('common.api.unreachable'),
    });
  }
}

async function readJson(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

/** A failed response as the page's error: its code worded (text/refusal-text), its fields worded on their own. */
function errorFromResponse(response: Response, body: unknown): ApiRequestError {
  if (response.status === 401) markSessionExpired(tokenSource() === 'this-tab' ? 'expired' : 'never-launched');

  const parsed = apiErrorSchema.safeParse(body);
  const retryAfterHeader = Number(response.headers.get('Retry-After'));
  const retryAfterFromHeader = Number.isFinite(retryAfterHeader) && retryAfterHeader > 0 ? retryAfterHeader : undefined;

  if (parsed.success) {
    const { code, reason, fields, retryAfterSeconds } = parsed.data.error;
    const refusal = { ...parsed.data.error, retryAfterSeconds: retryAfterSeconds ?? retryAfterFromHeader };
    return new ApiRequestError({
      status: response.status,
      code,
      reason,
      message: refusalText(refusal),
      fields: fields?.map((field) => ({ ...field, message: fieldErrorText(field) })),
      retryAfterSeconds: refusal.retryAfterSeconds,
    });
  }
  return new ApiRequestError({
    status: response.status,
    code: `HTTP_${response.status}`,
    message: t('common.api.httpFailedTryAgain', { status: String(response.status) }),
    retryAfterSeconds: retryAfterFromHeader,
  });
}
