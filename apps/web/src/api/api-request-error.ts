import { t } from '../i18n/translate';

/** One invalid input field named by the server (see apiErrorSchema in @lti-rooms/contracts), worded by the page. */
export interface ApiFieldError {
  path: string;
  message: string;
}

/** Codes the client itself produces when there is no usable server error body. */
export const CLIENT_ERROR_CODES = {
  network: 'NETWORK_ERROR',
  missingToken: 'MISSING_LAUNCH_TOKEN',
  unexpectedResponse: 'UNEXPECTED_RESPONSE',
} as const;

/** A failed API call, typed so pages can react to the status and name the bad fields. */
export class ApiRequestError extends Error {
  override readonly name = 'ApiRequestError';
  readonly status: number;
  readonly code: string;
  /** The server's finer reason (ROOM_NOT_FOUND…), when it gave one. */
  readonly reason: string | undefined;
  readonly fields: readonly ApiFieldError[];
  readonly retryAfterSeconds: number | undefined;

  constructor(options: {
    status: number;
    code: string;
    reason?: string;
    message: string;
    fields?: readonly ApiFieldError[];
    retryAfterSeconds?: number;
  }) {
    super(options.message);
    this.status = options.status;
    this.code = options.code;
    this.reason = options.reason;
    this.fields = options.fields ?? [];
    this.retryAfterSeconds = options.retryAfterSeconds;
  }

  get isUnauthorized(): boolean {
    return this.status === 401;
  }

  /** Trying again may help: no answer, too many requests, or a fault on the server. */
  get isTransient(): boolean {
    return this.status === 0 || this.status === 429 || this.status >= 500;
  }
}

export function isApiRequestError(error: unknown): error is ApiRequestError {
  return error instanceof ApiRequestError;
}

/** Any failure as the page shows it: the API's own, or a bug of this page worded as one. */
export function toApiRequestError(error: unknown): ApiRequestError {
  if (error instanceof ApiRequestError) return error;
  // A bug in our own code, not the server: still show something a person can act on.
  console.error(error);
  return new ApiRequestError({ status: 0, code: 'CLIENT_ERROR', message: t('common.api.pageFault') });
}
