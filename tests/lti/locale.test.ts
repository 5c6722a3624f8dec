import type { LaunchOptions } from '@lti-rooms/dev-lms';
import {
  api, BrowserClient, connectMeeting, launch, Launched, launchErrorOf, MeetingSocket, okData, request, roomOwnedBy, startToolWithLms, ToolFixture,
} from '@lti-rooms/test-support';

let fx: ToolFixture;
const sockets: MeetingSocket[] = [];
beforeAll(async () => {
  fx = await startToolWithLms();
});
afterAll(async () => {
  sockets.forEach((socket) => socket.close());
  await fx?.close();
});

/** GET /api/me as the web app sends it, with the browser's Accept-Language when given. */
async function meOf(launched: Launched, acceptLanguage?: string) {
  const result = await launched.browser.request(`${fx.toolUrl}/api/me`, {
    headers: { authorization: `Bearer ${launched.ltik}`, accept: 'application/json', ...(acceptLanguage ? { 'accept-language': acceptLanguage } : {}) },
  });
  expect(result.status).toBe(200);
  return JSON.parse(result.body) as { locale: string; launchLocale: string | null; chosenLocale: string | null };
}

const launchAs = (userId: string, locale: LaunchOptions['locale']) => launch(fx.toolUrl, fx.lms, userId, { locale });

async function chosenLocaleStored(userId: string): Promise<string | null> {
  const [row] = await fx.tool.db.select<{ chosen_locale: string | null }>(
    'SELECT chosen_locale FROM users WHERE account_id = :accountId AND lti_sub = :sub', { accountId: fx.account.id, sub: userId },
  );
  return row.chosen_locale;
}

describe('GET /api/me: the language the page uses', () => {
  it.each<[string, string | null, string | undefined, string]>([
    ['the launch\'s locale', 'fr', undefined, 'fr'],
    ['a regional variant the tool lacks, through its base language', 'pt-PT', undefined, 'pt-BR'],
    ['the launch over the browser', 'fr', 'de-CH,de;q=0.9', 'fr'],
    ['the browser when the launch names none', null, 'de-CH,de;q=0.9', 'de'],
    ['the browser when the launch names a language the tool does not speak', 'xx-YY', 'ja', 'ja'],
    ['English when nothing names a language the tool speaks', 'xx-YY', undefined, 'en'],
  ])('%s (launch %s, Accept-Language %s) → %s', async (_case, launchLocale, acceptLanguage, expected) => {
    const me = await meOf(await launchAs('student01', launchLocale), acceptLanguage);
    expect(me).toMatchObject({ locale: expected, launchLocale, chosenLocale: null });
  });
});

describe('PUT /api/me/locale: the user\'s own language', () => {
  it('is kept for the user, over the launch, also in their next launch; null follows the LMS again', async () => {
    const first = await launchAs('student02', 'fr');
    const saved = await api(fx.toolUrl, first, 'PUT', '/api/me/locale', { locale: 'ja' });
    expect(saved).toEqual({ status: 200, json: { locale: 'ja', launchLocale: 'fr', chosenLocale: 'ja' } });
    expect(await meOf(first, 'de')).toMatchObject({ locale: 'ja', chosenLocale: 'ja', launchLocale: 'fr' });

    const next = await launchAs('student02', 'fr');
    expect(await meOf(next)).toMatchObject({ locale: 'ja', chosenLocale: 'ja', launchLocale: 'fr' });
    // Another user of the same course keeps their own.
    expect(await meOf(await launchAs('student03', 'fr'))).toMatchObject({ locale: 'fr', chosenLocale: null });

    const cleared = await api(fx.toolUrl, next, 'PUT', '/api/me/locale', { locale: null });
    expect(cleared).toEqual({ status: 200, json: { locale: 'fr', launchLocale: 'fr', chosenLocale: null } });
    expect(await meOf(next)).toMatchObject({ locale: 'fr', chosenLocale: null });
    expect(await chosenLocaleStored('student02')).toBeNull();
  });

  it.each<[string, unknown, { path: string; code: string }]>([
    ['a language the tool does not speak', { locale: 'xx' }, { path: 'locale', code: 'INVALID_VALUE' }],
    ['a regional tag instead of the tool\'s own', { locale: 'pt-PT' }, { path: 'locale', code: 'INVALID_VALUE' }],
    ['no locale at all (null is how to follow the LMS)', {}, { path: 'locale', code: 'INVALID_VALUE' }],
    ['a number', { locale: 7 }, { path: 'locale', code: 'INVALID_VALUE' }],
  ])('refuses %s with a 400 naming the field, and writes nothing', async (_case, body, field) => {
    const launched = await launchAs('student04', 'fr');
    expect((await api(fx.toolUrl, launched, 'PUT', '/api/me/locale', { locale: 'it' })).status).toBe(200);
    const refused = await api(fx.toolUrl, launched, 'PUT', '/api/me/locale', body);
    expect(refused.status).toBe(400);
    expect(refused.json.error).toMatchObject({ code: 'VALIDATION_FAILED', fields: [expect.objectContaining(field)] });
    expect(await chosenLocaleStored('student04')).toBe('it');
    expect(await meOf(launched)).toMatchObject({ locale: 'it', chosenLocale: 'it' });
  });

  it('needs the launch token, and the session cookie of the browser it was issued to', async () => {
    const launched = await launchAs('student05', 'fr');
    const body = JSON.stringify({ locale: 'ja' });
    const noToken = await launched.browser.request(`${fx.toolUrl}/api/me/locale`, { method: 'PUT', headers: { 'content-type': 'application/json' }, rawBody: body });
    expect(noToken.status).toBe(401);
    const otherBrowser = await api(fx.toolUrl, { browser: new BrowserClient(), ltik: launched.ltik }, 'PUT', '/api/me/locale', { locale: 'ja' });
    expect(otherBrowser.status).toBe(401);
    expect(await chosenLocaleStored('student05')).toBeNull();
  });
});

describe('the HTML the server sends carries the language and its direction', () => {
  const htmlTag = (body: string) => /<html\b[^>]*>/i.exec(body)?.[0];

  it('the app shell follows Accept-Language and says caches must key on it', async () => {
    const arabic = await fetch(`${fx.toolUrl}/my-rooms`, { headers: { 'accept-language': 'ar-EG,ar;q=0.9,en;q=0.5' } });
    expect(htmlTag(await arabic.text())).toBe('<html lang="ar" dir="rtl">');
    expect(arabic.headers.get('vary')).toMatch(/accept-language/i);
    const german = await fetch(`${fx.toolUrl}/my-rooms`, { headers: { 'accept-language': 'de-AT' } });
    expect(htmlTag(await german.text())).toBe('<html lang="de" dir="ltr">');
    const none = await fetch(`${fx.toolUrl}/my-rooms`);
    expect(htmlTag(await none.text())).toBe('<html lang="en" dir="ltr">');
  });

  it('a refused launch page is in the browser\'s language', async () => {
    const refused = await new BrowserClient().request(`${fx.toolUrl}/lti/launch`, { form: { state: 'no-such-state' }, headers: { 'accept-language': 'ar' } });
    expect(launchErrorOf(refused.body).code).toBe('MISSING_ID_TOKEN');
    expect(htmlTag(refused.body)).toBe('<html lang="ar" dir="rtl">');
  });

  it('a refused launch page prefers the locale its id_token names', async () => {
    const idToken = await fx.lms.signIdToken(fx.lms.buildIdTokenClaims('student06', 'nonce-of-no-login', { locale: 'ar' }));
    const refused = await new BrowserClient().request(`${fx.toolUrl}/lti/launch`, { form: { id_token: idToken, state: 'no-such-state' }, headers: { 'accept-language': 'fr' } });
    expect(refused.status).toBeGreaterThanOrEqual(400);
    launchErrorOf(refused.body);
    expect(htmlTag(refused.body)).toBe('<html lang="ar" dir="rtl">');
  });
});

describe('the attendance download', () => {
  it('words its header in the viewer\'s language', async () => {
    const instructor = await launchAs('instructor', 'fr');
    const { id: roomId } = await roomOwnedBy(fx, instructor, { name: 'Registre', mode: 'interactive', availability: { kind: 'always' } });
    const host = await connectMeeting(fx.toolUrl, instructor);
    sockets.push(host);
    const started = okData(await request(host, 'session:enter', { roomId }));
    if (started.kind !== 'admitted') throw new Error(started.kind);
    okData(await request(host, 'session:end', { sessionId: started.meeting.sessionId }));

    const download = (headers: Record<string, string>) => instructor.browser.request(
      `${fx.toolUrl}/api/rooms/${roomId}/sessions/${started.meeting.sessionId}/attendance.csv?zone=Europe/Paris`,
      { headers: { authorization: `Bearer ${instructor.ltik}`, ...headers } },
    );
    const french = await download({ 'accept-language': 'de' });
    expect(french.status).toBe(200);
    expect(french.body.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('Nom complet,Adresse de courriel,Première arrivée (Europe/Paris),Dernier départ (Europe/Paris),Minutes de présence');

    expect((await api(fx.toolUrl, instructor, 'PUT', '/api/me/locale', { locale: 'en' })).status).toBe(200);
    expect((await download({})).body.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('Name,Email,First join (Europe/Paris),Last leave (Europe/Paris),Minutes present');
  });
});
