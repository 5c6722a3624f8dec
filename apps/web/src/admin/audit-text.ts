import { CHANNEL_ROLES, ROOM_MODES, STAGE_ACCESS_MODES, type ChannelRole, type RoomMode, type StageAccessMode } from '@lti-rooms/domain';
import type { MessageId } from '../i18n/catalogs/translation';
import { formatList, t } from '../i18n/translate';
import { channelRoleLabel } from '../rooms/channel-role-label';
import { modeName } from '../text/mode-text';
import type { AuditEntry, Template } from './admin-api';
import { stageAccessLabel } from './admin-format';

/** The message that names each action the server records. */
const ACTION_MESSAGES: Record<string, MessageId> = {
  'settings.update': 'admin.audit.action.settingsUpdate',
  'template.create': 'admin.audit.action.templateCreate',
  'template.update': 'admin.audit.action.templateUpdate',
  'template.retire': 'admin.audit.action.templateRetire',
  'template.reinstate': 'admin.audit.action.templateReinstate',
  'role-mapping.update': 'admin.audit.action.roleMappingUpdate',
  'jitsi.update': 'admin.audit.action.jitsiUpdate',
  'platform.activate': 'admin.audit.action.platformActivate',
  'platform.deactivate': 'admin.audit.action.platformDeactivate',
  'frame-origin.add': 'admin.audit.action.frameOriginAdd',
  'frame-origin.remove': 'admin.audit.action.frameOriginRemove',
  'room.delete': 'admin.audit.action.roomDelete',
  'room.restore': 'admin.audit.action.roomRestore',
};

/** A person's words for an audit action; one this page does not know reads as "Changed something (code)". */
export function actionLabel(action: string): string {
  const id = ACTION_MESSAGES[action];
  return id ? t(id) : t('admin.audit.action.unknown', { action });
}

/** The changed settings' names, as a line's heading. */
const FIELD_MESSAGES: Record<string, MessageId> = {
  enabledModes: 'admin.audit.field.enabledModes',
  defaultMode: 'admin.audit.field.defaultMode',
  caps: 'admin.audit.field.caps',
  licence: 'admin.audit.field.licence',
  earlyEntryMinutesDefault: 'admin.audit.field.earlyEntryMinutesDefault',
  hostAbsenceTimeoutMinutes: 'admin.audit.field.hostAbsenceTimeoutMinutes',
  maxTimeFrameHours: 'admin.audit.field.maxTimeFrameHours',
  kind: 'admin.audit.field.kind',
  selfHostedDomain: 'admin.audit.field.selfHostedDomain',
  appId: 'admin.audit.field.appId',
  keyId: 'admin.audit.field.keyId',
  secret: 'admin.audit.field.secret',
  name: 'admin.audit.field.name',
  baseMode: 'admin.audit.field.baseMode',
  features: 'admin.audit.field.features',
  origin: 'admin.audit.field.origin',
  active: 'admin.audit.field.active',
};

/** The parts of a caps or features value, named inside running text ("panel stage 8"). */
const PART_MESSAGES: Record<string, MessageId> = {
  interactiveTotal: 'admin.audit.part.interactiveTotal',
  interactiveCameraOn: 'admin.audit.part.interactiveCameraOn',
  panelTotal: 'admin.audit.part.panelTotal',
  panelStage: 'admin.audit.part.panelStage',
  chat: 'admin.audit.part.chat',
  privateChat: 'admin.audit.part.privateChat',
  screenSharing: 'admin.audit.part.screenSharing',
  raiseHand: 'admin.audit.part.raiseHand',
  reactions: 'admin.audit.part.reactions',
  polls: 'admin.audit.part.polls',
  breakoutRooms: 'admin.audit.part.breakoutRooms',
  recording: 'admin.audit.part.recording',
  lobby: 'admin.audit.part.lobby',
  stageAccessDefault: 'admin.audit.part.stageAccessDefault',
  cameraOnCap: 'admin.audit.part.cameraOnCap',
  totalCap: 'admin.audit.part.totalCap',
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
    return template ? t('admin.audit.target.template', { name: template.name }) : t('admin.audit.target.templateGone');
  }
  if (entry.action.startsWith('room.')) {
    const name = entry.changes.name;
    return typeof name === 'string' ? t('admin.audit.target.room', { name }) : t('admin.audit.target.someRoom');
  }
  if (entry.action.startsWith('platform.')) return t('admin.audit.target.platform');
  return entry.target;
}

function fieldLabel(key: string): string {
  const id = FIELD_MESSAGES[key];
  return id ? t(id) : keyAsWords(key);
}

function partLabel(key: string): string {
  const id = PART_MESSAGES[key];
  return id ? t(id) : keyAsWords(key).toLowerCase();
}

/**
 * A key no message names (one a newer server records) as the words of its camelCase name;
 * anything else (an LTI role URI in the role mapping) as it is.
 */
function keyAsWords(key: string): string {
  if (!/^[a-z][A-Za-z]*$/.test(key)) return key;
  const words = key.replace(/([A-Z])/g, ' $1').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function changeText(change: unknown): string {
  if (isFromTo(change)) return t('admin.audit.fromTo', { from: valueText(change.from), to: valueText(change.to) });
  return valueText(change);
}

function isFromTo(value: unknown): value is { from: unknown; to: unknown } {
  return typeof value === 'object' && value !== null && 'from' in value && 'to' in value && Object.keys(value).length === 2;
}

const isOneOf = <T extends string>(values: readonly T[], value: string): value is T => (values as readonly string[]).includes(value);

/** A code the tool itself stores (a mode, a course role, a stage access) by its name on the page; other values as they are. */
function codeText(value: string): string {
  if (isOneOf<RoomMode>(ROOM_MODES, value)) return modeName(value, 'short');
  if (isOneOf<ChannelRole>(CHANNEL_ROLES, value)) return channelRoleLabel(value);
  if (isOneOf<StageAccessMode>(STAGE_ACCESS_MODES, value)) return stageAccessLabel(value);
  return value;
}

/** Stored values in words: the tool's codes by name, yes/no and "none", lists in the page's language. */
function valueText(value: unknown): string {
  if (value === null || value === undefined || value === '') return t('admin.audit.none');
  if (typeof value === 'boolean') return value ? t('admin.audit.yes') : t('admin.audit.no');
  if (typeof value === 'string') return codeText(value);
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.length ? formatList(value.map(valueText)) : t('admin.audit.none');
  if (typeof value === 'object') {
    const parts = Object.entries(value as Record<string, unknown>).map(([key, inner]) => t('admin.audit.namedValue', { name: partLabel(key), value: valueText(inner) }));
    return parts.length ? parts.join(', ') : t('admin.audit.none');
  }
  return String(value);
}
