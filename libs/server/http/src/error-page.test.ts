import { SUPPORTED_LOCALES } from '@lti-rooms/domain';
import { errorPageHtml } from './error-page';
import { ERROR_PAGE_TEXT } from './error-page-text';

describe('the error page of a failed non-API request', () => {
  it.each([
    [503, 'DATABASE_UNAVAILABLE', 'unavailable'],
    [404, 'NOT_FOUND', 'notFound'],
    [400, 'BAD_REQUEST', 'refused'],
    [500, 'INTERNAL', 'failed'],
  ] as const)('%i %s is the %s page', (status, code, kind) => {
    const html = errorPageHtml(status, code, 'en');
    expect(html).toContain(`<h1>${ERROR_PAGE_TEXT.en[kind].heading}</h1><p>${ERROR_PAGE_TEXT.en[kind].body}</p>`);
    expect(html).toContain(`<small>${code}</small>`);
  });

  it.each(SUPPORTED_LOCALES)('%s has its own words for every page, and says which language it is in', (locale) => {
    const html = errorPageHtml(404, 'NOT_FOUND', locale);
    expect(html).toContain(`<html lang="${locale}" dir="${locale === 'ar' ? 'rtl' : 'ltr'}">`);
    for (const kind of ['unavailable', 'notFound', 'refused', 'failed'] as const) {
      const { heading, body } = ERROR_PAGE_TEXT[locale][kind];
      expect(heading.trim()).not.toBe('');
      expect(body.trim()).not.toBe('');
      // A table row copied from English and never translated.
      if (locale !== 'en') expect(heading).not.toBe(ERROR_PAGE_TEXT.en[kind].heading);
    }
  });
});
