import { DEFAULT_LICENCE, DEFAULT_ROOM_CAPS, ROOM_CAP_KEYS, RoomCaps } from './room-caps';
import { defaultFeaturesFor, limitsFor, ROOM_MODES, RoomFeatures, RoomMode, RoomTemplate } from './room-mode';
import { EARLY_ENTRY_MAX_MINUTES } from './schedule';

/** What an administrator sets for one platform (SPEC "Administration"). */
export interface AccountSettings {
  enabledModes: RoomMode[];
  defaultMode: RoomMode;
  caps: RoomCaps;
  /** What the account paid for; caps may not exceed it. */
  licence: RoomCaps;
  earlyEntryMinutesDefault: number;
  /** A session ends when no host or moderator has been present this long. */
  hostAbsenceTimeoutMinutes: number;
  maxTimeFrameHours: number;
  templates: RoomTemplate[];
}

/** A template as stored: feature switches added in later versions may be missing. */
export interface StoredRoomTemplate extends Omit<RoomTemplate, 'features' | 'retiredAt'> {
  features?: Partial<RoomFeatures> | null;
  retiredAt?: Date | string | null;
}

/** Settings as stored: only what an administrator changed; nulls count as unset. */
export interface StoredAccountSettings {
  enabledModes?: readonly RoomMode[] | null;
  defaultMode?: RoomMode | null;
  caps?: Partial<RoomCaps> | null;
  licence?: Partial<RoomCaps> | null;
  earlyEntryMinutesDefault?: number | null;
  hostAbsenceTimeoutMinutes?: number | null;
  maxTimeFrameHours?: number | null;
  templates?: readonly StoredRoomTemplate[] | null;
}

/** Whole-number bounds of the numeric settings, shared by reading (withDefaults) and saving (validation). */
export const SETTING_RANGES = {
  earlyEntryMinutesDefault: { min: 0, max: EARLY_ENTRY_MAX_MINUTES },
  hostAbsenceTimeoutMinutes: { min: 1, max: 240 },
  // A week: long enough for a multi-day event, short enough to catch a mistyped year.
  maxTimeFrameHours: { min: 1, max: 168 },
} as const;
export type NumericSetting = keyof typeof SETTING_RANGES;

export const DEFAULT_ACCOUNT_SETTINGS: Readonly<AccountSettings> = Object.freeze({
  enabledModes: [...ROOM_MODES],
  defaultMode: 'interactive',
  caps: { ...DEFAULT_ROOM_CAPS },
  licence: { ...DEFAULT_LICENCE },
  earlyEntryMinutesDefault: 15,
  hostAbsenceTimeoutMinutes: 15,
  maxTimeFrameHours: 12,
  templates: [],
});

export function isWholeNumberWithin(value: unknown, { min, max }: { min: number; max: number }): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

function mergeCaps(stored: Partial<RoomCaps> | null | undefined, defaults: RoomCaps, ceiling?: RoomCaps): RoomCaps {
  const merged = { ...defaults };
  for (const key of ROOM_CAP_KEYS) {
    const value = stored?.[key];
    if (isWholeNumberWithin(value, { min: 1, max: Number.MAX_SAFE_INTEGER })) merged[key] = value;
    if (ceiling) merged[key] = Math.min(merged[key], ceiling[key]);
  }
  return merged;
}

function numericSetting(stored: StoredAccountSettings, key: NumericSetting): number {
  const value = stored[key];
  return isWholeNumberWithin(value, SETTING_RANGES[key]) ? value : DEFAULT_ACCOUNT_SETTINGS[key];
}

function mergeTemplate(stored: StoredRoomTemplate, caps: RoomCaps, licence: RoomCaps): RoomTemplate {
  const features: RoomFeatures = { ...defaultFeaturesFor(stored.baseMode, caps) };
  // Only known switches: a stored blob may carry keys from an older or newer version.
  for (const key of Object.keys(features) as Array<keyof RoomFeatures>) {
    const value = stored.features?.[key];
    if (value !== null && value !== undefined) Object.assign(features, { [key]: value });
  }
  const ceiling = limitsFor(stored.baseMode, licence);
  features.cameraOnCap = Math.min(features.cameraOnCap, ceiling.cameraOn);
  features.totalCap = Math.min(features.totalCap, ceiling.total);
  const retiredAt = stored.retiredAt === null || stored.retiredAt === undefined ? null : new Date(stored.retiredAt);
  return { id: stored.id, name: stored.name, baseMode: stored.baseMode, features, retiredAt };
}

/**
 * Stored settings laid over the defaults. Reading never fails: a value that is missing,
 * out of range or no longer allowed (the licence was lowered, the default mode was
 * disabled) falls back to something usable, because a room form must always work.
 * Refusing bad values is the job of validateAccountSettings, when an administrator saves.
 */
export function withDefaults(stored: StoredAccountSettings | null | undefined): AccountSettings {
  const s = stored ?? {};
  const requested = new Set(s.enabledModes ?? []);
  const enabled = ROOM_MODES.filter((mode) => requested.has(mode));
  const enabledModes = enabled.length > 0 ? enabled : [...DEFAULT_ACCOUNT_SETTINGS.enabledModes];
  const wantedDefault = s.defaultMode ?? DEFAULT_ACCOUNT_SETTINGS.defaultMode;
  const licence = mergeCaps(s.licence, DEFAULT_LICENCE);
  const caps = mergeCaps(s.caps, DEFAULT_ROOM_CAPS, licence);
  return {
    enabledModes,
    defaultMode: enabledModes.includes(wantedDefault) ? wantedDefault : enabledModes[0],
    caps,
    licence,
    earlyEntryMinutesDefault: numericSetting(s, 'earlyEntryMinutesDefault'),
    hostAbsenceTimeoutMinutes: numericSetting(s, 'hostAbsenceTimeoutMinutes'),
    maxTimeFrameHours: numericSetting(s, 'maxTimeFrameHours'),
    templates: (s.templates ?? [])
      .filter((t) => (ROOM_MODES as readonly string[]).includes(t.baseMode))
      .map((t) => mergeTemplate(t, caps, licence)),
  };
}
