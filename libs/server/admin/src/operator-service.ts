import type { OperatorRegistrationList } from '@lti-rooms/contracts';
import { notFound } from '@lti-rooms/domain';
import type { Account, AccountRepository, AdminRepository } from '@lti-rooms/server-persistence';
import type { RegistrationService } from '@lti-rooms/server-lti';

/** Who activated it, in the activated account's audit log: the operator has no user in any LMS. */
export const OPERATOR_ACTOR_NAME = 'Operator (operator page)';

const present = (account: Account) => ({
  id: account.id, name: account.name, issuer: account.issuer, clientId: account.clientId, deploymentIds: account.deploymentIds,
  registrationMethod: account.registrationMethod, registeredAt: account.createdAt.toISOString(), pendingSince: account.pendingSince?.toISOString() ?? null,
});

/** What the operator page does: list the registrations that cannot launch, and activate one. */
export class OperatorService {
  constructor(private readonly deps: {
    accounts: AccountRepository; registration: RegistrationService; admin: AdminRepository;
    /** Called when the active platforms (and so the Content-Security-Policy) changed. */
    edgeSourcesChanged?: () => void;
  }) {}

  async inactiveRegistrations(): Promise<OperatorRegistrationList> {
    return { registrations: (await this.deps.accounts.list()).filter((a) => !a.active).map(present) };
  }

  async activate(id: string): Promise<OperatorRegistrationList> {
    const account = await this.deps.accounts.findById(id);
    if (!account) throw notFound('PLATFORM_NOT_FOUND');
    if (!account.active) {
      await this.deps.registration.setActive(account, true);
      this.deps.edgeSourcesChanged?.();
      await this.deps.admin.audit(account.id, {
        actorId: null, actorName: OPERATOR_ACTOR_NAME, action: 'platform.activate', target: account.id, changes: { active: { from: false, to: true } },
      });
    }
    return this.inactiveRegistrations();
  }
}
