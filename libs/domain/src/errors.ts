/** What a service can refuse with; the HTTP edge maps each code in one exhaustive switch. */
export const DOMAIN_ERROR_CODES = ['NOT_FOUND', 'FORBIDDEN', 'VALIDATION_FAILED', 'CONFLICT', 'UPSTREAM_FAILED'] as const;
export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

export interface FieldError {
  path: string;
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly fields?: FieldError[],
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new DomainError('NOT_FOUND', `${what} was not found.`);
export const forbidden = (action: string) => new DomainError('FORBIDDEN', `You may not ${action}.`);
export const invalid = (fields: FieldError[]) =>
  new DomainError('VALIDATION_FAILED', `Please correct: ${fields.map((f) => f.path).join(', ')}.`, fields);

/** The end of every exhaustive switch over a code: a new code fails to compile until it is handled. */
export function assertUnreachable(value: never): never {
  throw new Error(`Unhandled case: ${String(value)}`);
}
