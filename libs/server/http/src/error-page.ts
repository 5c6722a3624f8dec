import type { ApiErrorCode } from '@lti-rooms/contracts';
import { textDirection, type SupportedLocale } from '@lti-rooms/domain';
import { escapeHtml } from './escape-html';
import { ERROR_PAGE_TEXT, type ErrorPageKind } from './error-page-text';

function pageKindOf(status: number, code: ApiErrorCode): ErrorPageKind {
  if (code === 'DATABASE_UNAVAILABLE') return 'unavailable';
  if (status === 404) return 'notFound';
  return status < 500 ? 'refused' : 'failed';
}

/** The page for a failed non-API request (an address typed by hand, a stale asset), in the reader's language. */
export function errorPageHtml(status: number, code: ApiErrorCode, locale: SupportedLocale): string {
  const { heading, body } = ERROR_PAGE_TEXT[locale][pageKindOf(status, code)];
  return `<!doctype html><html lang="${escapeHtml(locale)}" dir="${textDirection(locale)}"><head><meta charset="utf-8"><title>LTI Rooms</title></head><body><main><h1>${escapeHtml(heading)}</h1><p>${escapeHtml(body)}</p><p><small>${escapeHtml(code)}</small></p></main></body></html>`;
}
