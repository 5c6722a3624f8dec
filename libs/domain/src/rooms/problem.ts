/**
 * One thing wrong with an input, named by a stable code so the edges can translate it
 * (a 400 naming the field, a message in the form) without parsing prose.
 */
export interface FieldProblem<Code extends string = string> {
  code: Code;
  /** Dotted path of the offending field, as the form and the API body name it. */
  field: string;
  /** The bound that was crossed, when there is one (a maximum length, a cap). */
  limit?: number;
}
