import { apiErrorSchema, operatorRegistrationListSchema, type OperatorRegistrationList } from '@lti-rooms/contracts';
import { t } from '../i18n';
import { refusalText } from '../text/refusal-text';

/** A refusal of the operator API, worded for the page. */
export class OperatorRequestError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

/**
 * The operator API takes OPERATOR_SECRET as its bearer token and nothing else: not the
 * launch token of this tab (so it does not use apiRequest), and no cookie.
 */
async function operatorRequest(path: string, secret: string, method: 'GET' | 'POST'): Promise<OperatorRegistrationList> {
  let response: Response;
  try {
    response = await fetch(`/api/operator${path}`, {
      method,
      headers: { Accept: 'application/json', Authorization: `Bearer ${secret}`, 'X-Requested-With': 'lti-rooms' },
      credentials: 'omit',
      cache: 'no-store',
    });
  } catch {
    throw new OperatorRequestError(0, t('launch.operator.unreachable'));
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const error = apiErrorSchema.safeParse(body);
    const retryAfterSeconds = Number(response.headers.get('Retry-After')) || undefined;
    throw new OperatorRequestError(response.status, error.success ? refusalText({ ...error.data.error, retryAfterSeconds: error.data.error.retryAfterSeconds ?? retryAfterSeconds }) : t('launch.operator.httpFailure', { status: response.status }));
  }
  const parsed = operatorRegistrationListSchema.safeParse(body);
  if (!parsed.success) throw new OperatorRequestError(response.status, t('launch.operator.unreadableAnswer'));
  return parsed.data;
}

export const listInactiveRegistrations = (secret: string) => operatorRequest('/registrations', secret, 'GET');
export const activateRegistration = (secret: string, id: string) => operatorRequest(`/registrations/${encodeURIComponent(id)}/activate`, secret, 'POST');
