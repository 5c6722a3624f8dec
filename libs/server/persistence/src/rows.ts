/** Raw rows differ per dialect (SQLite: 0/1 and strings, PostgreSQL: booleans and Dates); normalise here. */
export const toBool = (value: unknown): boolean => value === true || value === 1 || value === '1' || value === 't';
export const toDate = (value: unknown): Date => (value instanceof Date ? value : new Date(String(value)));
export const toDateOrNull = (value: unknown): Date | null => (value === null || value === undefined ? null : toDate(value));
export const isoNow = (clock: () => Date = () => new Date()): string => clock().toISOString();

export function parseJson<T>(value: unknown, fallback: T): T {
  if (typeof value !== 'string' || value === '') return fallback;
  try {
    return JSON.parse(value) as T;
  } catch {
    return fallback;
  }
}
