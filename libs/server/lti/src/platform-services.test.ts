import { generateKeyPairSync } from 'node:crypto';
import type { Account } from '@lti-rooms/server-persistence';
import type { LtijsProvider } from './ltijs-provider';
import type { OutboundClient } from './outbound/outbound-client';
import { PlatformServices } from './platform-services';

const account = { id: 'a1', issuer: 'https://lms.example', clientId: 'client', tokenEndpoint: 'https://lms.example/token' } as Account;
const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const ltijs = {
  getPlatform: async () => ({ platformKid: async () => 'kid', platformPrivateKey: async () => privateKey.export({ type: 'pkcs8', format: 'pem' }) }),
} as unknown as LtijsProvider;

/** The platform's answers, as the filtering client hands them over: a token, then one roster page. */
const rosterOf = (members: Array<Record<string, unknown>>) => {
  const outbound = {
    json: async () => ({ access_token: 'token', token_type: 'Bearer', expires_in: 3600 }),
    request: async () => ({ status: 200, headers: new Headers(), text: JSON.stringify({ id: 'https://lms.example/nrps', members }) }),
  } as unknown as OutboundClient;
  return new PlatformServices(ltijs, outbound).courseRoster(account, 'https://lms.example/nrps');
};

describe('the course roster fits the columns a picked collaborator is stored in', () => {
  it('cuts long names, drops over-long addresses and leaves out members whose id cannot be stored', async () => {
    const roster = await rosterOf([
      { user_id: 'u1', name: `${'N'.repeat(300)}`, email: `${'e'.repeat(320)}@x.edu`, roles: ['Learner'] },
      { user_id: 'u2', name: 'Na\u0000me', email: 'ok@x.edu', roles: [] },
      { user_id: 'u'.repeat(256), name: 'Too long an id', roles: [] },
      { user_id: 'u\u0000', name: 'NUL in the id', roles: [] },
    ]);
    expect(roster).toEqual([
      { ltiSub: 'u1', name: 'N'.repeat(255), email: null, roles: ['Learner'], status: 'Active' },
      { ltiSub: 'u2', name: 'Name', email: 'ok@x.edu', roles: [], status: 'Active' },
    ]);
  });
});
