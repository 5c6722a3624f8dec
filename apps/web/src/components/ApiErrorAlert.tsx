import type { ApiRequestError } from '../api/client';
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
              <strong>{field.path}</strong>: {field.message}
            </li>
          ))}
        </ul>
      )}
      {error.retryAfterSeconds !== undefined && (
        <p>Try again in about {Math.ceil(error.retryAfterSeconds)} seconds.</p>
      )}
      {onRetry && (
        <p>
          <Button variant="secondary" onClick={onRetry}>
            Try again
          </Button>
        </p>
      )}
      <p className="small">Error code: {error.code}</p>
    </Alert>
  );
}
