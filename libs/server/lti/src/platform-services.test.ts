import type { Account } from '@lti-rooms/server-persistence';
import type { LtijsProvider } from './ltijs-provider';
import { PlatformServices } from './platform-services';

const account = { issuer: 'https://lms.example', clientId: 'client' } as Account;
const rosterOf = (members: Array<Record<string, unknown>>) =>
  new PlatformServices({ NamesAndRoles: { getMembers: async () => ({ members }) } } as unknown as LtijsProvider).courseRoster(account, 'https://lms.example/nrps');

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
