import {
  api, BrowserClient, beginLogin, completeLogin, launch, launchErrorOf, Launched, RecordingServer, startRecordingServer, startToolWithLms, ToolFixture,
} from '@lti-rooms/test-support';

/**
 * Not only Dynamic Registration fetches URLs an LMS chose: so do launches (the platform's
 * keyset) and the roster (the OAuth2 token endpoint and the Names and Roles URL from the
 * launch). A registered LMS is not trusted more than an anonymous caller: all of them go
 * through the same filter, and "internal" (loopback, not allow-listed) never sees a connection.
 */
const SECRET = 'internal-roster-secret-77';

let fx: ToolFixture;
let internal: RecordingServer;
let instructor: Launched;
let channelId: string;

beforeAll(async () => {
  internal = await startRecordingServer((_request, res) => {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [], members: [{ user_id: SECRET }], access_token: SECRET }));
  });
  fx = await startToolWithLms();
  instructor = await launch(fx.toolUrl, fx.lms, 'instructor');
  channelId = instructor.landingPath.split('/').pop()!;
});
afterAll(async () => {
  await fx?.close();
  await internal?.close();
});

const internalUrls = () => [`http://127.0.0.1:${internal.port}/x`, `https://localhost:${internal.port}/x`];
const setAccount = (column: string, value: string) => fx.tool.db.execute(`UPDATE accounts SET ${column} = :value WHERE id = :id`, { value, id: fx.account.id });

describe("the platform's keyset", () => {
  it.each([0, 1])('is never fetched from an address the operator did not allow (case %i): the launch is refused', async (index) => {
    await setAccount('jwks_uri', internalUrls()[index]);
    try {
      const browser = new BrowserClient();
      const answer = await completeLogin(browser, await beginLogin(browser, fx.lms, 'student01'));
      expect(internal.contacts()).toBe(0);
      expect(answer.status).toBe(502);
      expect(launchErrorOf(answer.body).code).toBe('PLATFORM_KEYS_UNAVAILABLE');
    } finally {
      await setAccount('jwks_uri', fx.account.jwksUri);
    }
  });
});

describe('the course roster', () => {
  const roster = () => api(fx.toolUrl, instructor, 'GET', `/api/channels/${channelId}/roster`);

  it("asks for its access token only at an allowed token endpoint", async () => {
    for (const url of internalUrls()) {
      await setAccount('token_endpoint', url);
      const answer = await roster();
      expect(internal.contacts()).toBe(0);
      expect(answer.status).toBe(502);
      expect(JSON.stringify(answer.json)).not.toContain(SECRET);
    }
    await setAccount('token_endpoint', fx.account.tokenEndpoint);
    expect((await roster()).status).toBe(200);
  });

  it('reads the Names and Roles URL of a launch only from an allowed address', async () => {
    const [channel] = await fx.tool.db.select<{ nrps_url: string }>('SELECT nrps_url FROM channels WHERE id = :id', { id: channelId });
    try {
      for (const url of internalUrls()) {
        await fx.tool.db.execute('UPDATE channels SET nrps_url = :url WHERE id = :id', { url, id: channelId });
        const answer = await roster();
        expect(internal.contacts()).toBe(0);
        expect(answer.status).toBe(502);
        expect(JSON.stringify(answer.json)).not.toContain(SECRET);
      }
    } finally {
      await fx.tool.db.execute('UPDATE channels SET nrps_url = :url WHERE id = :id', { url: channel.nrps_url, id: channelId });
    }
    expect((await roster()).json.members).toHaveLength(fx.lms.users.length);
  });
});
