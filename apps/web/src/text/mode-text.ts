import type { ModeChoiceOption } from '@lti-rooms/contracts';
import type { RoomMode } from '@lti-rooms/domain';
import type { MessageId } from '../i18n/catalogs/translation';
import { t } from '../i18n/translate';

/** The forms of a mode's name the pages need: "Panel" in the admin tables, "Panel room" on a room, "Panel mode" in the form. */
export type ModeNameForm = 'short' | 'room' | 'mode';

const MODE_NAME_IDS: Record<RoomMode, Record<ModeNameForm, MessageId>> = {
  interactive: { short: 'common.mode.interactive.short', room: 'common.mode.interactive.room', mode: 'common.mode.interactive.mode' },
  panel: { short: 'common.mode.panel.short', room: 'common.mode.panel.room', mode: 'common.mode.panel.mode' },
};

/** The one vocabulary for room modes: a mode's name in one of its forms, in the page's language. */
export function modeName(mode: RoomMode, form: ModeNameForm): string {
  return t(MODE_NAME_IDS[mode][form]);
}

/**
 * @deprecated Call modeName(mode, form). Kept for admin/admin-format.ts until it does: each
 * name is read in the page's language when accessed, but a copy taken at module load stays English.
 */
export const MODE_NAMES: Record<RoomMode, Readonly<Record<ModeNameForm, string>>> = {
  interactive: namesOf('interactive'),
  panel: namesOf('panel'),
};

function namesOf(mode: RoomMode): Readonly<Record<ModeNameForm, string>> {
  return {
    get short() {
      return modeName(mode, 'short');
    },
    get room() {
      return modeName(mode, 'room');
    },
    get mode() {
      return modeName(mode, 'mode');
    },
  };
}

/** What a room is called by its mode: its template's name, or its base mode's room name. */
export function roomModeLabel({ mode, templateName }: { mode: RoomMode; templateName: string | null }): string {
  return templateName ?? modeName(mode, 'room');
}

const OPTION_IDS: Record<RoomMode, { base: MessageId; template: MessageId }> = {
  interactive: { base: 'common.mode.interactive.option', template: 'common.mode.interactive.templateOption' },
  panel: { base: 'common.mode.panel.option', template: 'common.mode.panel.templateOption' },
};

/** The room form's line for a choice, with the account's own numbers (SPEC "Rooms"). */
export function describeModeOption({ mode, templateName, limits }: Pick<ModeChoiceOption, 'mode' | 'templateName' | 'limits'>): string {
  const { cameraOn, total } = limits;
  return templateName === null ? t(OPTION_IDS[mode].base, { cameraOn, total }) : t(OPTION_IDS[mode].template, { templateName, cameraOn, total });
}

/** Told to editors of a room whose mode the account no longer offers. */
export function retiredModeNotice(): string {
  return t('common.mode.retiredNotice');
}

/**
 * @deprecated Call retiredModeNotice(): this constant is English whatever the page's language.
 * Kept for rooms/room-edit/DetailsTab.tsx and rooms/room-entry/RoomEntryPage.tsx until they do.
 */
export const RETIRED_MODE_NOTICE = 'Your institution no longer offers this room mode for new rooms. This room keeps working as before.';
