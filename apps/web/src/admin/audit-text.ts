import type { AuditEntry, Template } from './admin-api';

const ACTION_LABELS: Record<string, string> = {
  'settings.update': 'Changed the account settings',
  'template.create': 'Created a template',
  'template.update': 'Changed a template',
  'template.retire': 'Retired a template',
  'template.reinstate': 'Reinstated a template',
  'role-mapping.update': 'Changed the role mapping',
  'jitsi.update': 'Changed the Jitsi deployment',
  'platform.activate': 'Activated a platform',
  'platform.deactivate': 'Deactivated a platform',
  'frame-origin.add': 'Allowed an address to show LTI Rooms',
  'frame-origin.remove': 'Stopped an address from showing LTI Rooms',
  'room.delete': 'Deleted a room',
  'room.restore': 'Restored a room',
};

/** A person's words for an audit action; one this page does not know reads as "Changed something (code)". */
export function actionLabel(action: string): string {
  return ACTION_LABELS[action] ?? `Changed something (${action})`;
}

const FIELD_LABELS: Record<string, string> = {
  enabledModes: 'Enabled modes',
  defaultMode: 'Default mode',
  caps: 'Caps',
  licence: 'Licence',
  earlyEntryMinutesDefault: 'Early entry (minutes)',
  hostAbsenceTimeoutMinutes: 'Host absence timeout (minutes)',
  maxTimeFrameHours: 'Longest time frame (hours)',
  kind: 'Deployment',
  selfHostedDomain: 'Self-hosted domain',
  appId: 'App id',
  keyId: 'Key id',
  secret: 'Secret',
  name: 'Name',
  baseMode: 'Base mode',
  features: 'Features',
  origin: 'Address',
  active: 'Active',
};

/** One change as a line: what changed, and from what to what (or the value it was given). */
export interface AuditChangeLine {
  field: string;
  value: string;
}

/** The entry's details as lines a person reads; no JSON. Room entries name the room in their target instead. */
export function auditChangeLines(entry: Pick<AuditEntry, 'action' | 'changes'>): AuditChangeLine[] {
  if (entry.action.startsWith('room.') || entry.action.startsWith('frame-origin.')) return [];
  return Object.entries(entry.changes).map(([key, change]) => ({ field: fieldLabel(key), value: changeText(change) }));
}

/** What the entry acted on, in words; null when it acted on the account as a whole. */
export function auditTargetText(entry: Pick<AuditEntry, 'action' | 'target' | 'changes'>, templates: readonly Template[]): string | null {
  if (entry.target === null) return null;
  if (entry.action.startsWith('template.')) {
    const template = templates.find((candidate) => candidate.id === entry.target);
    return template ? `Template “${template.name}”` : 'A template that no longer exists';
  }
  if (entry.action.startsWith('room.')) {
    const name = entry.changes.name;
    return typeof name === 'string' ? `Room “${name}”` : 'A room';
  }
  if (entry.action.startsWith('platform.')) return 'The LMS registration';
  return entry.target;
}

function fieldLabel(key: string): string {
  if (FIELD_LABELS[key]) return FIELD_LABELS[key];
  // camelCase names read as words; anything else (an LTI role URI in the role mapping) as it is.
  if (/^[a-z][A-Za-z]*$/.test(key)) {
    const words = key.replace(/([A-Z])/g, ' $1').toLowerCase();
    return words.charAt(0).toUpperCase() + words.slice(1);
  }
  return key;
}

function changeText(change: unknown): string {
  if (isFromTo(change)) return `${valueText(change.from)} → ${valueText(change.to)}`;
  return valueText(change);
}

function isFromTo(value: unknown): value is { from: unknown; to: unknown } {
  return typeof value === 'object' && value !== null && 'from' in value && 'to' in value && Object.keys(value).length === 2;
}

function valueText(value: unknown): string {
  if (value === null || value === undefined || value === '') return 'none';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.length ? value.map(valueText).join(', ') : 'none';
  if (typeof value === 'object') {
    const parts = Object.entries(value as Record<string, unknown>).map(([key, inner]) => `${fieldLabel(key).toLowerCase()} ${valueText(inner)}`);
    return parts.length ? parts.join(', ') : 'none';
  }
  return String(value);
}
