import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { startDevLms } from './start-dev-lms';
import { silentLogger, startFixture } from './testing/dev-lms-fixture';

describe('persistence in a data directory', () => {
  let dataDir: string;

  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'dev-lms-test-'));
  });
  afterEach(() => rm(dataDir, { recursive: true, force: true }));

  it('keeps the keys, the registration and added links across a restart', async () => {
    const fixture = await startFixture({ dataDir });
    const first = fixture.lms;
    const registration = first.registration();
    expect(registration).not.toBeNull();
    const link = first.addResourceLink({ title: 'Kept room', url: `${fixture.tool.url}/lti/launch` });
    const firstJwks = (await request(first.url).get('/jwks')).body;
    await first.close();

    const saved = JSON.parse(await readFile(path.join(dataDir, 'dev-lms.json'), 'utf8'));
    expect(saved.registration.clientId).toBe(registration!.clientId);

    const second = await startDevLms({ port: 0, toolUrl: fixture.tool.url, dataDir, autoRegister: true, logger: silentLogger });
    try {
      expect(second.registration()).toEqual(registration);
      // autoRegister saw the kept registration and did not register again.
      expect(fixture.tool.platformAnswers).toHaveLength(1);
      expect((await request(second.url).get('/jwks')).body).toEqual(firstJwks);
      expect(second.resourceLinks().map((kept) => kept.id)).toContain(link.id);
    } finally {
      await second.close();
      await fixture.tool.close();
    }
  });

  it('keeps everything in memory without a data directory', async () => {
    const fixture = await startFixture();
    try {
      const other = await startDevLms({ port: 0, toolUrl: fixture.tool.url, logger: silentLogger });
      expect(other.registration()).toBeNull();
      const [firstKid, otherKid] = await Promise.all(
        [fixture.lms, other].map(async (lms) => (await request(lms.url).get('/jwks')).body.keys[0].kid),
      );
      expect(otherKid).not.toBe(firstKid);
      await other.close();
    } finally {
      await fixture.close();
    }
  });
});
