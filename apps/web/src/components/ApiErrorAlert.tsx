import type { ApiRequestError } from '../api/client';
import { t, tRich } from '../i18n';
import { Alert, Button } from '../ui';

interface ApiErrorAlertProps {
  error: ApiRequestError;
  /** What failed, in the user's words, e.g. "Your course could not be loaded". */
  title: string;
  onRetry?: () => void;
}

/** Shows a failed API call: the server's message, the fields it named, a retry hint and button. */
export function ApiErrorAlert({ error, title, onRetry }: ApiErrorAlertProps) {
  return (
    <Alert tone="error" title={title}>
      <p>{error.message}</p>
      {error.fields.length > 0 && (
        <ul>
          {error.fields.map((field) => (
            <li key={field.path}>
              {tRich('common.error.fieldProblem', { field: field.path, message: field.message, b: (chunks) => <strong>{chunks}</strong> })}
            </li>
          ))}
        </ul>
      )}
      {error.retryAfterSeconds !== undefined && (
        <p>{t('common.error.retryInSeconds', { seconds: Math.ceil(error.retryAfterSeconds) })}</p>
      )}
      {onRetry && (
        <p>
          <Button variant="secondary" onClick={onRetry}>
            {t('common.error.tryAgain')}
          </Button>
        </p>
      )}
      <p className="small">{t('common.error.code', { code: error.code })}</p>
    </Alert>
  );
}
