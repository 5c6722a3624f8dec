import type { AdminSettings, AdminSettingsBody, TemplateBody } from '@lti-rooms/contracts';
import {
  CHANNEL_ROLES, invalid, notFound, RoleMappingOverrides, toFieldErrors, validateAccountSettings, withDefaults,
} from '@lti-rooms/domain';
import type { AdminRepository, Database, SettingsRepository } from '@lti-rooms/server-persistence';
import { AdminActor } from '@lti-rooms/server-http';

/** Account settings, custom templates and role mapping; each change is audited in the same transaction. */
export class SettingsAdminService {
  constructor(private readonly deps: { db: Database; settings: SettingsRepository; admin: AdminRepository }) {}

  async settings(accountId: string): Promise<AdminSettings> {
    const s = withDefaults(await this.deps.settings.load(accountId));
    return { enabledModes: s.enabledModes, defaultMode: s.defaultMode, caps: s.caps, licence: s.licence, earlyEntryMinutesDefault: s.earlyEntryMinutesDefault, hostAbsenceTimeoutMinutes: s.hostAbsenceTimeoutMinutes, maxTimeFrameHours: s.maxTimeFrameHours };
  }

  async saveSettings(actor: AdminActor, body: AdminSettingsBody): Promise<AdminSettings> {
    const stored = await this.deps.settings.load(actor.accountId);
    const current = withDefaults(stored);
    const next = { ...current, ...body, templates: current.templates };
    const problems = validateAccountSettings(next).filter((p) => !p.field.startsWith('templates.'));
    if (problems.length) throw invalid(toFieldErrors(problems));
    const before = await this.settings(actor.accountId);
    await this.deps.db.transaction(async (t) => {
      // The licence is the operator's, not the administrator's: keep what is stored.
      await this.deps.settings.save(actor.accountId, { ...body, licence: stored.licence }, t);
      await this.deps.admin.audit(actor.accountId, { actorId: actor.userId, actorName: actor.name, action: 'settings.update', target: null, changes: diff(before, { ...before, ...body }) }, t);
    });
    return this.settings(actor.accountId);
  }

  async templates(accountId: string) {
    const settings = withDefaults(await this.deps.settings.load(accountId));
    const counts = await this.deps.db.select<{ template_id: string; n: number | string }>(
      'SELECT template_id, COUNT(*) AS n FROM rooms WHERE account_id = :accountId AND template_id IS NOT NULL GROUP BY template_id',
      { accountId },
    );
    return settings.templates.map((t) => ({
      id: t.id, name: t.name, baseMode: t.baseMode, features: t.features, retiredAt: t.retiredAt?.toISOString() ?? null,
      roomCount: Number(counts.find((c) => c.template_id === t.id)?.n ?? 0),
    }));
  }

  async saveTemplate(actor: AdminActor, templateId: string | null, body: TemplateBody) {
    const current = withDefaults(await this.deps.settings.load(actor.accountId));
    const probeId = templateId ?? 'new-template';
    const others = current.templates.filter((t) => t.id !== probeId);
    const problems = validateAccountSettings({ ...current, templates: [...others, { id: probeId, retiredAt: null, ...body }] })
      .filter((p) => p.field.startsWith(`templates.${others.length}.`))
      .map((p) => ({ ...p, field: p.field.replace(`templates.${others.length}.`, '') }));
    if (problems.length) throw invalid(toFieldErrors(problems));
    if (templateId && !current.templates.some((t) => t.id === templateId)) throw notFound('TEMPLATE_NOT_FOUND');
    return this.deps.db.transaction(async (t) => {
      const id = templateId ?? (await this.deps.settings.createTemplate(actor.accountId, body, t));
      if (templateId) await this.deps.settings.updateTemplate(actor.accountId, templateId, body, t);
      await this.deps.admin.audit(actor.accountId, { actorId: actor.userId, actorName: actor.name, action: templateId ? 'template.update' : 'template.create', target: id, changes: { ...body } }, t);
      return id;
    });
  }

  async retireTemplate(actor: AdminActor, templateId: string, retired: boolean, now: Date): Promise<void> {
    await this.deps.db.transaction(async (t) => {
      if (!(await this.deps.settings.retireTemplate(actor.accountId, templateId, retired ? now : null, t))) throw notFound('TEMPLATE_NOT_FOUND');
      await this.deps.admin.audit(actor.accountId, { actorId: actor.userId, actorName: actor.name, action: retired ? 'template.retire' : 'template.reinstate', target: templateId, changes: {} }, t);
    });
  }

  async auditLog(accountId: string) {
    return this.deps.admin.auditLog(accountId);
  }

  async roleMapping(accountId: string): Promise<RoleMappingOverrides> {
    return this.deps.admin.roleMappings(accountId);
  }

  async saveRoleMapping(actor: AdminActor, overrides: Array<{ ltiRole: string; channelRole: (typeof CHANNEL_ROLES)[number] }>): Promise<RoleMappingOverrides> {
    const seen = new Set<string>();
    const duplicates = overrides.map((o, i) => ({ o, i })).filter(({ o }) => seen.has(o.ltiRole) || !seen.add(o.ltiRole));
    if (duplicates.length) throw invalid(duplicates.map(({ i }) => ({ path: `overrides.${i}.ltiRole`, code: 'ROLE_MAPPED_TWICE' })));
    const before = await this.roleMapping(actor.accountId);
    const next = Object.fromEntries(overrides.map((o) => [o.ltiRole, o.channelRole]));
    await this.deps.db.transaction(async (t) => {
      await this.deps.admin.replaceRoleMappings(actor.accountId, next, t);
      await this.deps.admin.audit(actor.accountId, { actorId: actor.userId, actorName: actor.name, action: 'role-mapping.update', target: null, changes: diff(before, next) }, t);
    });
    return next;
  }
}

/** The audit's "what changed": each key whose value differs, before and after. */
export function diff(before: object, after: object): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
    if (JSON.stringify(b[key]) !== JSON.stringify(a[key])) changes[key] = { from: b[key] ?? null, to: a[key] ?? null };
  }
  return changes;
}
