import sanitizeHtml from 'sanitize-html';
import type { AvailabilityBody } from '@lti-rooms/contracts';
import {
  AccountSettings, invalid, isModeChoiceAvailable, normalizeTags, resolveModeChoice, RoomModeChoice,
  sameModeChoice, toFieldErrors, validateEarlyEntryMinutes, validateTimeFrame,
} from '@lti-rooms/domain';
import type { StoredAvailability } from '@lti-rooms/server-persistence';

/** Formatted text from the description editor: a small safe subset of HTML, nothing executable. */
export function sanitizeDescription(html: string): string {
  return sanitizeHtml(paragraphsOfPlainText(html), {
    allowedTags: ['p', 'br', 'strong', 'b', 'em', 'i', 'u', 'ul', 'ol', 'li', 'a', 'h3', 'h4', 'blockquote', 'code'],
    // rel and target are the transform's own (every link opens outside the LMS frame), never the author's.
    allowedAttributes: { a: ['href', 'title', 'rel', 'target'] },
    allowedSchemes: ['http', 'https', 'mailto'],
    transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer', target: '_blank' }) },
  }).trim();
}

/**
 * Text without any markup (an API client, or a description written before the editor) is
 * plain text: its lines become paragraphs instead of running together once shown as HTML.
 */
function paragraphsOfPlainText(text: string): string {
  if (/<[a-z/!]/i.test(text)) return text;
  const escape = (line: string) => line.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return text
    .split(/\r?\n\s*\r?\n/)
    .filter((paragraph) => paragraph.trim() !== '')
    .map((paragraph) => `<p>${paragraph.split(/\r?\n/).map(escape).join('<br />')}</p>`)
    .join('');
}

/** Checks a time frame against the account's rules; field paths match the request body. */
export function availabilityFrom(body: AvailabilityBody, settings: AccountSettings, now: Date, savedStart?: Date | null): StoredAvailability {
  if (body.kind === 'always') return { kind: 'always' };
  const start = new Date(body.start);
  const end = new Date(body.end);
  const problems = validateTimeFrame({ start, end, now, maxHours: settings.maxTimeFrameHours, savedStart });
  if (problems.length) {
    throw invalid(toFieldErrors(problems, 'availability.'));
  }
  return { kind: 'scheduled', start, end };
}

export function earlyEntryFrom(minutes: number | undefined, settings: AccountSettings): number {
  const value = minutes ?? settings.earlyEntryMinutesDefault;
  const problems = validateEarlyEntryMinutes(value);
  if (problems.length) throw invalid(toFieldErrors(problems));
  return value;
}

export function tagsFrom(tags: string[]): string[] {
  const result = normalizeTags(tags);
  if (!result.ok) throw invalid(toFieldErrors(result.problems));
  return result.value;
}

/** A new choice must be offered by the account; an unchanged one keeps working even if no longer offered. */
export function modeFrom(choice: RoomModeChoice, settings: AccountSettings, current?: RoomModeChoice) {
  const unchanged = current && sameModeChoice(choice, current);
  if (!unchanged && !isModeChoiceAvailable(choice, settings)) {
    throw invalid([{ path: 'modeChoice', code: 'MODE_NOT_OFFERED' }]);
  }
  const resolved = resolveModeChoice(choice, settings);
  if (!resolved) throw invalid([{ path: 'modeChoice', code: 'TEMPLATE_GONE' }]);
  return resolved;
}
