import { AccountSettings } from './account-settings';
import { defaultFeaturesFor, limitsFor, ModeLimits, ROOM_MODES, RoomFeatures, RoomMode, RoomModeChoice, RoomTemplate } from './room-mode';

/** Retiring records when; a template with any retiredAt is no longer offered. */
function isOffered(template: RoomTemplate, settings: AccountSettings): boolean {
  return template.retiredAt === null && settings.enabledModes.includes(template.baseMode);
}

/** What the room form offers: enabled base modes (in a fixed order), then live templates on an enabled base. */
export function availableModeChoices(settings: AccountSettings): RoomModeChoice[] {
  const modes = ROOM_MODES.filter((mode) => settings.enabledModes.includes(mode)).map((mode): RoomModeChoice => ({ kind: 'mode', mode }));
  const templates = settings.templates.filter((t) => isOffered(t, settings)).map((t): RoomModeChoice => ({ kind: 'template', templateId: t.id }));
  return [...modes, ...templates];
}

/** One choice only: the form shows it as fixed text with its description instead of a picker. */
export function isSingleModeAccount(settings: AccountSettings): boolean {
  return availableModeChoices(settings).length === 1;
}

export function sameModeChoice(a: RoomModeChoice, b: RoomModeChoice): boolean {
  if (a.kind === 'mode' && b.kind === 'mode') return a.mode === b.mode;
  if (a.kind === 'template' && b.kind === 'template') return a.templateId === b.templateId;
  return false;
}

/**
 * May a room newly take this choice (on create, or when its choice changes)? A room that
 * already has a retired template or a since-disabled mode keeps it while it is unchanged.
 */
export function isModeChoiceAvailable(choice: RoomModeChoice, settings: AccountSettings): boolean {
  return availableModeChoices(settings).some((offered) => sameModeChoice(offered, choice));
}

/** The form's preselection: the account's default mode, else whatever is offered first. */
export function defaultModeChoice(settings: AccountSettings): RoomModeChoice {
  const preferred: RoomModeChoice = { kind: 'mode', mode: settings.defaultMode };
  return isModeChoiceAvailable(preferred, settings) ? preferred : availableModeChoices(settings)[0];
}

function findTemplate(templateId: string, settings: AccountSettings): RoomTemplate | undefined {
  return settings.templates.find((t) => t.id === templateId);
}

/** What the form tells about a choice: its base mode, its template's name and its limits (the web words them). */
export interface ModeChoiceFacts {
  mode: RoomMode;
  templateName: string | null;
  limits: ModeLimits;
}

/** The facts of a choice; null when it names a template the account no longer has. */
export function modeChoiceFacts(choice: RoomModeChoice, settings: AccountSettings): ModeChoiceFacts | null {
  if (choice.kind === 'mode') return { mode: choice.mode, templateName: null, limits: limitsFor(choice.mode, settings.caps) };
  const template = findTemplate(choice.templateId, settings);
  if (!template) return null;
  return { mode: template.baseMode, templateName: template.name, limits: { cameraOn: template.features.cameraOnCap, total: template.features.totalCap } };
}

export interface ResolvedMode {
  mode: RoomMode;
  features: RoomFeatures;
  templateId: string | null;
}

/**
 * What a session snapshots when it starts (SPEC "Custom templates"). Retired templates
 * still resolve so existing rooms keep working; a deleted template resolves to null and
 * the caller decides (typically: fall back to the account's default mode).
 */
export function resolveModeChoice(choice: RoomModeChoice, settings: AccountSettings): ResolvedMode | null {
  if (choice.kind === 'mode') return { mode: choice.mode, features: defaultFeaturesFor(choice.mode, settings.caps), templateId: null };
  const template = findTemplate(choice.templateId, settings);
  if (!template) return null;
  return { mode: template.baseMode, features: { ...template.features }, templateId: template.id };
}

/** The choice a stored room holds: its template when it has one, its base mode otherwise. */
export function storedModeChoice(room: { mode: RoomMode; templateId: string | null }): RoomModeChoice {
  return room.templateId ? { kind: 'template', templateId: room.templateId } : { kind: 'mode', mode: room.mode };
}

/**
 * What a room is now, resolved once for every reader (its page, its lists, a session it
 * starts): its template's current definition, since an administrator may have changed the
 * template's base mode after the room chose it; its base mode when it has no template or
 * the template was deleted.
 */
export function currentRoomMode(room: { mode: RoomMode; templateId: string | null }, settings: AccountSettings): Pick<ResolvedMode, 'mode' | 'features'> {
  const resolved = resolveModeChoice(storedModeChoice(room), settings);
  return resolved ?? { mode: room.mode, features: defaultFeaturesFor(room.mode, settings.caps) };
}

/** The mode a room runs in now, without its features: what a list of rooms shows (the same rule as currentRoomMode). */
export function currentModeOf(room: { mode: RoomMode; templateId: string | null }, settings: AccountSettings): RoomMode {
  return room.templateId === null ? room.mode : (findTemplate(room.templateId, settings)?.baseMode ?? room.mode);
}

/** The chat switches a new room starts with: those of its mode or template (SPEC "Custom templates"). */
export function initialChatOf(features: Pick<RoomFeatures, 'chat' | 'privateChat' | 'polls' | 'reactions'>) {
  return { groupChat: features.chat, privateChat: features.privateChat, polls: features.polls, reactions: features.reactions };
}

/** What a mode or template lets a room's meetings have: the Jitsi configuration ANDs the room's switches with it. */
export const chatAllowedBy = initialChatOf;
