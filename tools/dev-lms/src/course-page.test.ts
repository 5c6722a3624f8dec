import request from 'supertest';
import { decodeMessageHint, launchOptionsFromHint } from './message-hint';
import { startFixture, type Fixture } from './testing/dev-lms-fixture';

function unescapeHtml(value: string): string {
  return value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

/** The href of the link whose text is exactly `name`, like getByRole('link', { name }). */
function linkHref(html: string, name: string): string | undefined {
  for (const match of html.matchAll(/<a [^>]*href="([^"]+)"[^>]*>([^<]+)<\/a>/g)) {
    if (unescapeHtml(match[2]) === name) return unescapeHtml(match[1]);
  }
  return undefined;
}

describe('course pages', () => {
  let fixture: Fixture;

  beforeEach(async () => {
    fixture = await startFixture({ register: false });
  });
  afterEach(() => fixture.close());

  it('offers registration before anything else, and no launch buttons yet', async () => {
    const page = await request(fixture.lms.url).get('/').expect(200).expect('Content-Type', /html/);
    expect(page.text).toContain('<html lang="en">');
    expect(page.text).toContain('<h1>Demo Course 101</h1>');
    expect(page.text).toContain('DEMO-101');
    expect(page.text).toContain('<button type="submit">Register with tool</button>');
    expect(linkHref(page.text, 'Launch as Ada Instructor')).toBeUndefined();
  });

  it('has a launch link per demo user that starts the tool login with the LTI parameters', async () => {
    const { lms, tool } = fixture;
    await lms.register();
    const page = await request(lms.url).get('/').expect(200);

    for (const user of lms.users) {
      const href = linkHref(page.text, `Launch as ${user.name}`);
      expect(href).toBe(lms.loginInitiationUrl(user.id));
    }
    const instructorLaunch = new URL(linkHref(page.text, 'Launch as Ada Instructor')!);
    expect(instructorLaunch.origin).toBe(tool.url);
    expect(instructorLaunch.pathname).toBe('/lti/login');
    expect(instructorLaunch.searchParams.get('client_id')).toBe(lms.registration()!.clientId);

    const deepLinking = linkHref(page.text, 'Add a room (Deep Linking) as Ada Instructor');
    expect(deepLinking).toBeDefined();
    expect(new URL(deepLinking!).searchParams.get('login_hint')).toBe('instructor');
  });

  it('sends the language chosen on the course page as the launch locale, as an LMS user preference does', async () => {
    const { lms } = fixture;
    await lms.register();
    const page = await request(lms.url).get('/?lang=pt-BR').expect(200);
    const launch = new URL(linkHref(page.text, 'Launch as Ada Instructor')!);
    const hint = decodeMessageHint(launch.searchParams.get('lti_message_hint')!);
    expect(hint?.locale).toBe('pt-BR');
    const claims = lms.buildIdTokenClaims('instructor', 'n-1', launchOptionsFromHint(hint!));
    expect(claims.locale).toBe('pt-BR');
    expect(claims['https://purl.imsglobal.org/spec/lti/claim/launch_presentation']).toMatchObject({ locale: 'pt-BR' });

    // Without a choice the launch speaks US English; a value that is no language tag is ignored.
    const plain = await request(lms.url).get('/?lang=%3Cscript%3E').expect(200);
    expect(plain.text).not.toContain('<script>');
    const plainHint = decodeMessageHint(new URL(linkHref(plain.text, 'Launch as Ada Instructor')!).searchParams.get('lti_message_hint')!);
    expect(plainHint?.locale).toBeUndefined();
    expect(lms.buildIdTokenClaims('instructor', 'n-2', launchOptionsFromHint(plainHint!)).locale).toBe('en-US');
  });

  it('never loads anything from another origin', async () => {
    await fixture.lms.register();
    const page = await request(fixture.lms.url).get('/').expect(200);
    expect(page.text).not.toMatch(/<link|<script[^>]+src=|<img/);
  });

  it('renders a page for another course, with launches into that course', async () => {
    const { lms } = fixture;
    await lms.register();
    const page = await request(lms.url).get('/courses/second-course').expect(200);
    expect(page.text).toContain('<h1>Course second-course</h1>');
    const href = linkHref(page.text, 'Launch as Sam Student');
    expect(href).toBe(lms.loginInitiationUrl('student01', { courseId: 'second-course' }));
  });
});
