import { TEXT_LIMITS, truncateText, type LaunchMechanism } from '@lti-rooms/domain';
import type { Logger } from '@lti-rooms/server-core';
import type { Metrics } from '@lti-rooms/server-http';
import type { CompletedLaunch, LaunchRefused, VerifiedLaunch } from '@lti-rooms/server-lti';
import type { LaunchLogRepository } from '@lti-rooms/server-persistence';

/** What a refusal was tried with: `none` when it was refused before any (at login, for instance). */
export type AttemptedMechanism = LaunchMechanism | 'none';

/**
 * Every launch's outcome, once: one info log line (account, issuer, client id, deployment,
 * message type, the mapped role, the mechanism; never a token), the `lti_launches_total`
 * counter by outcome and mechanism, and the account's recent launches for its
 * administrators. A refusal that names no registered account is logged and counted but not
 * stored: outsiders must not grow storage. The journal never fails a launch.
 */
export class LaunchJournal {
  constructor(
    private readonly logger: Logger,
    private readonly metrics: Metrics,
    private readonly log: LaunchLogRepository,
  ) {}

  async accepted(verified: VerifiedLaunch, launch: CompletedLaunch, mechanism: LaunchMechanism): Promise<void> {
    const { account, deploymentId, messageType } = verified;
    this.logger.info(
      { outcome: 'accepted', accountId: account.id, issuer: account.issuer, clientId: account.clientId, deploymentId, messageType, role: launch.channelRole, mechanism },
      'LTI launch accepted',
    );
    this.metrics.launches.inc({ outcome: 'ok', mechanism });
    await this.store(account.id, {
      outcome: 'accepted', mechanism, messageType, channelRole: launch.channelRole,
      userName: truncateText(launch.userName, TEXT_LIMITS.personName), deploymentId,
    });
  }

  async refused(error: LaunchRefused, mechanism: AttemptedMechanism): Promise<void> {
    const context = error.context ?? {};
    this.logger.info({ outcome: error.code, reason: error.message, ...context, mechanism }, 'LTI launch refused');
    this.metrics.launches.inc({ outcome: error.code, mechanism });
    if (!context.accountId) return;
    await this.store(context.accountId, {
      outcome: error.code, mechanism, messageType: context.messageType ?? null, channelRole: null, userName: null,
      deploymentId: context.deploymentId ? truncateText(context.deploymentId, TEXT_LIMITS.ltiId) : null,
    });
  }

  private async store(accountId: string, entry: Parameters<LaunchLogRepository['record']>[1]): Promise<void> {
    try {
      await this.log.record(accountId, entry);
    } catch (error) {
      this.logger.warn({ err: error, accountId }, 'recent launches: could not record a launch');
    }
  }
}
