import type { ModeChoiceOption } from '@lti-rooms/contracts';
import type { RoomMode } from '@lti-rooms/domain';

/**
 * The one vocabulary for room modes: each mode's names, in the forms the pages need ("Panel"
 * in the admin tables, "Panel room" on a room, "Panel mode" in the form's description).
 */
export const MODE_NAMES: Record<RoomMode, { short: string; room: string; mode: string }> = {
  interactive: { short: 'Interactive', room: 'Interactive room', mode: 'Interactive mode' },
  panel: { short: 'Panel', room: 'Panel room', mode: 'Panel mode' },
};

const BEST_FOR: Record<RoomMode, string> = {
  interactive: 'Best for workshops and collaboration.',
  panel: 'Best for webinars, lectures and large events.',
};

type Limits = ModeChoiceOption['limits'];

function capacitySentence(mode: RoomMode, { cameraOn, total }: Limits): string {
  return mode === 'interactive' ? `up to ${cameraOn} participants with camera on, ${total} total.` : `up to ${cameraOn} on stage and ${total} viewers.`;
}

/** What a room is called by its mode: its template's name, or its base mode's room name. */
export function roomModeLabel({ mode, templateName }: { mode: RoomMode; templateName: string | null }): string {
  return templateName ?? MODE_NAMES[mode].room;
}

/** The room form's line for a choice, with the account's own numbers (SPEC "Rooms"). */
export function describeModeOption({ mode, templateName, limits }: Pick<ModeChoiceOption, 'mode' | 'templateName' | 'limits'>): string {
  return templateName === null
    ? `${MODE_NAMES[mode].mode} — ${capacitySentence(mode, limits)} ${BEST_FOR[mode]}`
    : `${templateName} — based on ${MODE_NAMES[mode].mode}: ${capacitySentence(mode, limits)}`;
}

/** Told to editors of a room whose mode the account no longer offers. */
export const RETIRED_MODE_NOTICE = 'Your institution no longer offers this room mode for new rooms. This room keeps working as before.';
