import type { ApiErrorCode } from '@lti-rooms/contracts';

/**
 * The catalog of the one page the server renders for a failed non-API request (an address
 * typed by hand, a stale asset): the web app is not there to word the code. Like the launch
 * error page's table, this is the only place its text lives.
 */
const ERROR_PAGE_TEXT: Record<'unavailable' | 'notFound' | 'refused' | 'failed', { heading: string; body: string }> = {
  unavailable: { heading: 'LTI Rooms is temporarily unavailable', body: 'Please try again in a few seconds.' },
  notFound: { heading: 'Page not found', body: 'Nothing was found at this address.' },
  refused: { heading: 'This request could not be handled', body: 'Open LTI Rooms again from your course.' },
  failed: { heading: 'Something went wrong', body: 'Please try again.' },
};

function pageFor(status: number, code: ApiErrorCode) {
  if (code === 'DATABASE_UNAVAILABLE') return ERROR_PAGE_TEXT.unavailable;
  if (status === 404) return ERROR_PAGE_TEXT.notFound;
  return status < 500 ? ERROR_PAGE_TEXT.refused : ERROR_PAGE_TEXT.failed;
}

export function errorPageHtml(status: number, code: ApiErrorCode): string {
  const { heading, body } = pageFor(status, code);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>LTI Rooms</title></head><body><main><h1>${heading}</h1><p>${body}</p><p><small>${code}</small></p></main></body></html>`;
}
