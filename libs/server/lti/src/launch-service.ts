import { ChannelRole, mapLtiRoles, RoleMappingOverrides, TEXT_LIMITS, truncateText } from '@lti-rooms/domain';
import type { Database, LaunchRepository, LoginStateRepository, RecordedLaunch } from '@lti-rooms/server-persistence';
import { LaunchRefused } from './launch-errors';
import { CLAIM } from './lti-claims';
import { VerifiedLaunch } from './launch-verifier';

export interface CompletedLaunch extends RecordedLaunch {
  accountId: string;
  messageType: VerifiedLaunch['messageType'];
  custom: Record<string, unknown>;
  /** The role the LMS's roles map onto in the course (for the launch's log line). */
  channelRole: ChannelRole;
  userName: string;
}

/** Records a verified launch: one transaction, so a launch that fails half-way leaves nothing behind. */
export class LaunchService {
  constructor(
    private readonly db: Database,
    private readonly loginStates: LoginStateRepository,
    private readonly launches: LaunchRepository,
    private readonly roleOverrides: (accountId: string) => Promise<RoleMappingOverrides> = async () => ({}),
  ) {}

  async complete(launch: VerifiedLaunch): Promise<CompletedLaunch> {
    const { claims, account } = launch;
    const roles = claims[CLAIM.roles];
    const mapped = mapLtiRoles(roles, await this.roleOverrides(account.id));
    const context = claims[CLAIM.context];
    const presentation = claims[CLAIM.launchPresentation];
    const fullName = truncateText(claims.name ?? ([claims.given_name, claims.family_name].filter(Boolean).join(' ') || 'LMS user'), TEXT_LIMITS.personName);
    const custom = claims[CLAIM.custom] ?? {};
    const recorded = await this.db.transaction(async (transaction) => {
      // Both guard against the same launch arriving twice at the same moment.
      if (!(await this.loginStates.consume(launch.loginState.state, transaction))) throw new LaunchRefused('LAUNCH_REPLAYED');
      if (!(await this.loginStates.recordNonce(account.id, launch.loginState.nonce, transaction))) throw new LaunchRefused('NONCE_REPLAYED');
      return this.launches.record(
        {
          accountId: account.id,
          user: {
            sub: claims.sub,
            name: fullName,
            givenName: claims.given_name,
            familyName: claims.family_name,
            email: claims.email,
            picture: claims.picture,
            locale: presentation?.locale ?? claims.locale,
          },
          channel: context
            ? { contextId: context.id, title: context.title ?? context.label ?? 'Untitled course', label: context.label, nrpsUrl: claims[CLAIM.nrps]?.context_memberships_url ?? null }
            : null,
          ltiRoles: roles,
          channelRole: mapped.channelRole,
          isObserver: mapped.isObserver,
          messageType: launch.messageType,
          deploymentId: launch.deploymentId,
          resourceLinkId: claims[CLAIM.resourceLink]?.id ?? null,
          targetLinkUri: claims[CLAIM.targetLinkUri],
          custom,
          returnUrl: presentation?.return_url ?? null,
          deepLinking: claims[CLAIM.deepLinkingSettings] ?? null,
          ags: agsOf(claims[CLAIM.ags]),
        },
        transaction,
      );
    });
    return { ...recorded, accountId: account.id, messageType: launch.messageType, custom, channelRole: mapped.channelRole, userName: fullName };
  }
}

/** The grade service's endpoints as the repository keeps them. */
function agsOf(claim: { scope: string[]; lineitems: string | null; lineitem: string | null } | undefined) {
  return claim ? { lineItemsUrl: claim.lineitems, lineItemUrl: claim.lineitem, scopes: claim.scope } : null;
}
