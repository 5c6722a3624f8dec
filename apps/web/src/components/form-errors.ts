import type { ApiRequestError } from '../api/client';

/** A form control as the error summary names it: form path, element id to focus, visible label. */
export interface SummaryField {
  name: string;
  id: string;
  label: string;
}

export interface SummaryItem {
  id: string;
  label: string;
  message: string;
}

/** The message react-hook-form keeps at a dotted path such as "caps.panelStage" or "overrides.2.ltiRole". */
export function errorMessageAt(errors: unknown, path: string): string | undefined {
  let node: unknown = errors;
  for (const key of path.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  if (typeof node !== 'object' || node === null) return undefined;
  const message = (node as { message?: unknown }).message;
  return typeof message === 'string' && message !== '' ? message : undefined;
}

/** Every problem in the form, in the order the fields appear. */
export function summaryItems(errors: unknown, fields: readonly SummaryField[]): SummaryItem[] {
  return fields.flatMap(({ name, id, label }) => {
    const message = errorMessageAt(errors, name);
    return message ? [{ id, label, message }] : [];
  });
}

/**
 * Puts each field the server named (400) on that field; returns true when something is
 * left that only a general alert can show: another status, or a path the form lacks.
 */
export function placeServerFieldErrors(
  error: ApiRequestError,
  isFormPath: (path: string) => boolean,
  place: (path: string, message: string, first: boolean) => void,
): boolean {
  if (error.status !== 400 || error.fields.length === 0) return true;
  let placed = 0;
  let unplaced = false;
  for (const { path, message } of error.fields) {
    if (isFormPath(path)) place(path, message, placed++ === 0);
    else unplaced = true;
  }
  return unplaced;
}
