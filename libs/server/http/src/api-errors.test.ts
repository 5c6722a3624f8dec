import express from 'express';
import supertest from 'supertest';
import { API_ERROR_CODES } from '@lti-rooms/contracts';
import { DOMAIN_ERROR_CODES } from '@lti-rooms/domain';
import type { Logger } from '@lti-rooms/server-core';
import { ApiFailure, DATABASE_RETRY_SECONDS, errorHandler, statusOf } from './api-errors';
import { ERROR_PAGE_TEXT } from './error-page-text';

describe('the HTTP mapping of error codes', () => {
  it.each(API_ERROR_CODES)('%s has one status', (code) => {
    const status = statusOf(code);
    expect(status >= 400 && status < 600).toBe(true);
    // A refusal of the caller is a 4xx; only the tool's own trouble is a 5xx.
    expect(status >= 500).toBe(['DATABASE_UNAVAILABLE', 'UPSTREAM_FAILED', 'INTERNAL'].includes(code));
  });

  it('every domain refusal is an API code', () => {
    for (const code of DOMAIN_ERROR_CODES) expect(API_ERROR_CODES).toContain(code);
  });
});

describe('the error page a browser gets for a failed page load', () => {
  const silentLogger = { error: () => undefined } as unknown as Logger;
  const app = express();
  app.get('/stale-asset.js', () => {
    throw new ApiFailure('NOT_FOUND', { reason: 'NO_SUCH_ADDRESS' });
  });
  app.get('/room', () => {
    throw new ApiFailure('DATABASE_UNAVAILABLE', { retryAfterSeconds: DATABASE_RETRY_SECONDS });
  });
  app.use(errorHandler(silentLogger));

  const pageLoad = (path: string, acceptLanguage?: string) => {
    const request = supertest(app).get(path).set('Accept', 'text/html');
    return acceptLanguage === undefined ? request : request.set('Accept-Language', acceptLanguage);
  };

  it('is in Arabic, right to left, for an Arabic reader', async () => {
    const response = await pageLoad('/room', 'ar').expect(503);
    expect(response.text).toContain('<html lang="ar" dir="rtl">');
    expect(response.text).toContain(`<h1>${ERROR_PAGE_TEXT.ar.unavailable.heading}</h1>`);
    expect(response.headers['retry-after']).toBe(String(DATABASE_RETRY_SECONDS));
  });

  it('is in German for a Swiss German reader (a region falls back to its language)', async () => {
    const response = await pageLoad('/stale-asset.js', 'de-CH, en;q=0.5').expect(404);
    expect(response.text).toContain('<html lang="de" dir="ltr">');
    expect(response.text).toContain('<h1>Seite nicht gefunden</h1>');
  });

  it('is in English when the browser names no language, or none the tool speaks', async () => {
    for (const acceptLanguage of [undefined, 'ko, sv;q=0.8']) {
      const response = await pageLoad('/stale-asset.js', acceptLanguage).expect(404);
      expect(response.text).toContain('<html lang="en" dir="ltr">');
      expect(response.text).toContain(`<h1>${ERROR_PAGE_TEXT.en.notFound.heading}</h1>`);
    }
  });

  it('tells caches that the page depends on the language asked for', async () => {
    const response = await pageLoad('/stale-asset.js', 'fr').expect(404);
    expect(response.headers['vary']).toMatch(/\bAccept-Language\b/i);
  });

  it('never writes the header itself into the page', async () => {
    const response = await pageLoad('/stale-asset.js', '"><script>alert(1)</script>').expect(404);
    expect(response.text).not.toContain('<script>');
    expect(response.text).toContain('<html lang="en" dir="ltr">');
  });

  it('stays JSON for an API call, whatever the language', async () => {
    const response = await supertest(app).get('/room').set('Accept', 'application/json').set('Accept-Language', 'ar').expect(503);
    expect(response.body).toEqual({ error: { code: 'DATABASE_UNAVAILABLE', retryAfterSeconds: DATABASE_RETRY_SECONDS } });
  });
});
