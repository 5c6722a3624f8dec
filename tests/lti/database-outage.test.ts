import {
  api, apiGet, connectMeeting, createTestDatabase, launch, okData, request, startTcpProxy, startToolWithLms, TcpProxy, ToolFixture,
} from '@lti-rooms/test-support';

// A real outage needs a database server to lose: PostgreSQL behind a proxy we can cut.
const onPostgres = process.env.TEST_DATABASE_URL ? describe : describe.skip;

/** The tool on a database reached through a proxy the test can cut; everything is torn down after `work`. */
async function withCuttableDatabase(work: (fx: ToolFixture, proxy: TcpProxy) => Promise<void>): Promise<void> {
  const database = await createTestDatabase();
  const url = new URL(database.databaseUrl!);
  const proxy = await startTcpProxy(url.hostname, Number(url.port || 5432));
  url.hostname = '127.0.0.1';
  url.port = String(proxy.port);
  const fx = await startToolWithLms({ env: { DATABASE_URL: url.toString() } });
  try {
    await work(fx, proxy);
  } finally {
    await fx.close();
    await proxy.close();
    await database.drop();
  }
}

onPostgres('a database outage', () => {
  it('answers 503 with a retry hint, loses nothing, and recovers when the database returns', () =>
    withCuttableDatabase(async (fx, proxy) => {
      const launched = await launch(fx.toolUrl, fx.lms, 'student01');
      proxy.cut();
      const ready = await fetch(`${fx.toolUrl}/ready`);
      expect(ready.status).toBe(503);
      expect(ready.headers.get('retry-after')).toBe('5');
      const me = await apiGet(fx.toolUrl, launched, '/api/me');
      expect(me).toMatchObject({ status: 503, json: { error: { code: 'DATABASE_UNAVAILABLE', retryAfterSeconds: 5 } } });

      proxy.restore();
      expect((await fetch(`${fx.toolUrl}/ready`)).status).toBe(200);
      expect((await apiGet(fx.toolUrl, launched, '/api/me')).status).toBe(200);
      expect(await fx.countRows('launches')).toBe(1);
    }));

  it('a Join during the outage is refused with a retry hint and writes nothing; it works once the database is back', () =>
    withCuttableDatabase(async (fx, proxy) => {
      const [instructor, student] = await Promise.all(['instructor', 'student01'].map((u) => launch(fx.toolUrl, fx.lms, u)));
      const channelId = instructor.landingPath.split('/').pop()!;
      const roomId = (await api(fx.toolUrl, instructor, 'POST', '/api/rooms', { channelId, name: 'Outage', modeChoice: { kind: 'mode', mode: 'interactive' }, availability: { kind: 'always' } })).json.id;
      const host = await connectMeeting(fx.toolUrl, instructor);
      const joiner = await connectMeeting(fx.toolUrl, student);
      okData(await request(host, 'session:enter', { roomId }));

      proxy.cut();
      expect(await request(joiner, 'session:enter', { roomId })).toMatchObject({ ok: false, error: { code: 'DATABASE_UNAVAILABLE' } });

      proxy.restore();
      expect(await fx.countRows('session_participants')).toBe(1);
      expect(await fx.countRows('attendance_events')).toBe(1);
      expect(okData(await request(joiner, 'session:enter', { roomId }))).toMatchObject({ kind: 'admitted' });
      for (const socket of [host, joiner]) socket.close();
    }));
});
