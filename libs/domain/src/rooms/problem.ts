import { fieldErrorOf, FieldError, FieldErrorCode } from '../errors';

/**
 * One thing wrong with an input, named by a stable code so the edges can translate it
 * (a 400 naming the field, a message in the form) without parsing prose.
 */
export interface FieldProblem<Code extends FieldErrorCode = FieldErrorCode> {
  code: Code;
  /** Dotted path of the offending field, as the form and the API body name it. */
  field: string;
  /** The bound that was crossed, when there is one (a maximum length, a cap). */
  limit?: number;
}

/** The problems as the field errors a 400 names, their paths under `prefix`. */
export function toFieldErrors(problems: readonly FieldProblem[], prefix = ''): FieldError[] {
  return problems.map((problem) => fieldErrorOf(`${prefix}${problem.field}`, problem.code, problem.limit));
}
