import { randomUUID } from 'node:crypto';
import { Transaction } from 'sequelize';
import type { ChannelRole } from '@lti-rooms/domain';
import { Database } from '../database';
import { GradingRepository } from './grading-repository';
import { isoNow, jsonColumn, storedShapes, toBool } from '../rows';

export interface LaunchRecordInput {
  accountId: string;
  user: { sub: string; name: string; givenName: string | null; familyName: string | null; email: string | null; picture: string | null; locale: string | null };
  channel: { contextId: string; title: string; label: string | null; nrpsUrl: string | null } | null;
  ltiRoles: string[];
  channelRole: ChannelRole;
  isObserver: boolean;
  messageType: string;
  deploymentId: string;
  resourceLinkId: string | null;
  targetLinkUri: string | null;
  custom: Record<string, unknown>;
  returnUrl: string | null;
  deepLinking: Record<string, unknown> | null;
  /** The launch's AGS claim (Assignment and Grade Services), kept per resource link; null without one. */
  ags: { lineItemsUrl: string | null; lineItemUrl: string | null; scopes: string[] } | null;
}

export interface RecordedLaunch {
  launchId: string;
  userId: string;
  channelId: string | null;
}

/** What one launch token gives access to; read on every API request. */
export interface LaunchContext {
  launchId: string;
  accountId: string;
  accountName: string;
  accountActive: boolean;
  userId: string;
  userName: string;
  userEmail: string | null;
  channelId: string | null;
  channelTitle: string | null;
  channelLabel: string | null;
  channelRole: ChannelRole;
  isObserver: boolean;
  ltiRoles: string[];
  /** The roles sent with this very launch (also for launches without a course). */
  launchRoles: string[];
  messageType: string;
  deploymentId: string;
  resourceLinkId: string | null;
  custom: Record<string, unknown>;
  returnUrl: string | null;
  /** The locale this launch came with (launch_presentation.locale, else the locale claim), as sent. */
  locale: string | null;
  /** The language the user picked in the tool (users.chosen_locale); null: follow the LMS. */
  chosenLocale: string | null;
  deepLinking: Record<string, unknown> | null;
}

export class LaunchRepository {
  constructor(private readonly db: Database) {}

  /** Upserts user, channel and membership and records the launch, inside the caller's transaction. */
  async record(input: LaunchRecordInput, transaction: Transaction): Promise<RecordedLaunch> {
    const now = isoNow();
    // RETURNING: the id of the row inserted or, for a user seen before, of the one updated.
    const [user] = await this.db.writeReturning<{ id: string }>(
      `INSERT INTO users (id, account_id, lti_sub, name, given_name, family_name, email, picture, locale, created_at, updated_at)
       VALUES (:id, :accountId, :sub, :name, :givenName, :familyName, :email, :picture, :locale, :now, :now)
       ON CONFLICT (account_id, lti_sub) DO UPDATE SET name = excluded.name, given_name = excluded.given_name,
         family_name = excluded.family_name, email = excluded.email, picture = excluded.picture,
         locale = excluded.locale, updated_at = excluded.updated_at
       RETURNING id`,
      { id: randomUUID(), accountId: input.accountId, ...input.user, now },
      transaction,
    );
    const channelId = input.channel ? await this.upsertChannel(input, now, transaction) : null;
    if (channelId) {
      await this.db.execute(
        `INSERT INTO memberships (id, account_id, user_id, channel_id, lti_roles, channel_role, is_observer, created_at, updated_at)
         VALUES (:id, :accountId, :userId, :channelId, :ltiRoles, :channelRole, :isObserver, :now, :now)
         ON CONFLICT (user_id, channel_id) DO UPDATE SET lti_roles = excluded.lti_roles,
           channel_role = excluded.channel_role, is_observer = excluded.is_observer, updated_at = excluded.updated_at`,
        { id: randomUUID(), accountId: input.accountId, userId: user.id, channelId, ltiRoles: JSON.stringify(input.ltiRoles), channelRole: input.channelRole, isObserver: input.isObserver, now },
        transaction,
      );
      if (input.resourceLinkId) {
        // A link launched without the claim no longer offers grades (the LMS turned the service off).
        const grading = new GradingRepository(this.db);
        if (input.ags) await grading.recordAgsEndpoint(input.accountId, { channelId, resourceLinkId: input.resourceLinkId, ...input.ags }, new Date(now), transaction);
        else await grading.forgetAgsEndpoint(input.accountId, channelId, input.resourceLinkId, transaction);
      }
    }
    const launchId = randomUUID();
    await this.db.execute(
      `INSERT INTO launches (id, account_id, user_id, channel_id, message_type, deployment_id, resource_link_id, target_link_uri,
         custom, return_url, locale, deep_linking, lti_roles, created_at)
       VALUES (:launchId, :accountId, :userId, :channelId, :messageType, :deploymentId, :resourceLinkId, :targetLinkUri,
         :custom, :returnUrl, :locale, :deepLinking, :launchRoles, :now)`,
      {
        launchId, accountId: input.accountId, userId: user.id, channelId, messageType: input.messageType,
        deploymentId: input.deploymentId, resourceLinkId: input.resourceLinkId, targetLinkUri: input.targetLinkUri,
        custom: JSON.stringify(input.custom), returnUrl: input.returnUrl, locale: input.user.locale,
        deepLinking: input.deepLinking ? JSON.stringify(input.deepLinking) : null, launchRoles: JSON.stringify(input.ltiRoles), now,
      },
      transaction,
    );
    return { launchId, userId: user.id, channelId };
  }

  private async upsertChannel(input: LaunchRecordInput, now: string, transaction: Transaction): Promise<string> {
    const channel = input.channel!;
    const [row] = await this.db.writeReturning<{ id: string }>(
      `INSERT INTO channels (id, account_id, context_id, title, label, nrps_url, return_url, created_at, updated_at)
       VALUES (:id, :accountId, :contextId, :title, :label, :nrpsUrl, :returnUrl, :now, :now)
       ON CONFLICT (account_id, context_id) DO UPDATE SET title = excluded.title, label = excluded.label,
         nrps_url = COALESCE(excluded.nrps_url, channels.nrps_url), return_url = COALESCE(excluded.return_url, channels.return_url),
         updated_at = excluded.updated_at
       RETURNING id`,
      { id: randomUUID(), accountId: input.accountId, ...channel, returnUrl: input.returnUrl, now },
      transaction,
    );
    return row.id;
  }

  /** Of these launches, those that still exist on an active platform: one query for a whole batch of connections. */
  async stillActive(launchIds: readonly string[]): Promise<Set<string>> {
    if (launchIds.length === 0) return new Set();
    const rows = await this.db.select<{ id: string; active: unknown }>(
      'SELECT l.id, a.active FROM launches l JOIN accounts a ON a.id = l.account_id WHERE l.id IN (:launchIds)',
      { launchIds: [...launchIds] },
    );
    return new Set(rows.filter((row) => toBool(row.active)).map((row) => String(row.id)));
  }

  /** Keeps the user's own language (null: follow the LMS again); false when no such user is in the account. */
  async setChosenLocale(accountId: string, userId: string, locale: string | null): Promise<boolean> {
    const changed = await this.db.execute(
      'UPDATE users SET chosen_locale = :locale, updated_at = :now WHERE id = :userId AND account_id = :accountId',
      { accountId, userId, locale, now: isoNow() },
    );
    return changed > 0;
  }

  async findContext(accountId: string, launchId: string): Promise<LaunchContext | null> {
    const [row] = await this.db.select<Record<string, unknown>>(
      `SELECT l.id AS launch_id, l.account_id, a.name AS account_name, a.active AS account_active,
              l.user_id, u.name AS user_name, u.email AS user_email, l.channel_id, c.title AS channel_title,
              c.label AS channel_label, m.channel_role, m.is_observer, COALESCE(m.lti_roles, l.lti_roles) AS lti_roles, l.lti_roles AS launch_roles, l.message_type, l.deployment_id, l.resource_link_id,
              l.custom, l.return_url, l.locale, u.chosen_locale, l.deep_linking
       FROM launches l
       JOIN accounts a ON a.id = l.account_id
       JOIN users u ON u.id = l.user_id AND u.account_id = l.account_id
       LEFT JOIN channels c ON c.id = l.channel_id AND c.account_id = l.account_id
       LEFT JOIN memberships m ON m.user_id = l.user_id AND m.channel_id = l.channel_id
       WHERE l.id = :launchId AND l.account_id = :accountId`,
      { accountId, launchId },
    );
    if (!row) return null;
    return {
      launchId: String(row.launch_id),
      accountId: String(row.account_id),
      accountName: String(row.account_name),
      accountActive: toBool(row.account_active),
      userId: String(row.user_id),
      userName: String(row.user_name),
      userEmail: (row.user_email as string | null) ?? null,
      channelId: (row.channel_id as string | null) ?? null,
      channelTitle: (row.channel_title as string | null) ?? null,
      channelLabel: (row.channel_label as string | null) ?? null,
      channelRole: ((row.channel_role as ChannelRole | null) ?? 'participant'),
      isObserver: toBool(row.is_observer),
      ltiRoles: jsonColumn(row.lti_roles, storedShapes.strings, `launches.lti_roles of ${String(row.id)}`, []),
      launchRoles: jsonColumn(row.launch_roles, storedShapes.strings, `launches.launch_roles of ${String(row.id)}`, []),
      messageType: String(row.message_type),
      deploymentId: String(row.deployment_id),
      resourceLinkId: (row.resource_link_id as string | null) ?? null,
      custom: jsonColumn(row.custom, storedShapes.record, `launches.custom of ${String(row.id)}`, {}),
      returnUrl: (row.return_url as string | null) ?? null,
      locale: (row.locale as string | null) ?? null,
      chosenLocale: (row.chosen_locale as string | null) ?? null,
      deepLinking: row.deep_linking === null || row.deep_linking === undefined ? null : jsonColumn(row.deep_linking, storedShapes.record, `launches.deep_linking of ${String(row.id)}`),
    };
  }
}
