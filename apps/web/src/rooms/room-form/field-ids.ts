import type { RoomFormField } from '../room-form-schema';
import type { SummaryField } from '../../components/form-errors';
import { t } from '../../i18n';
import type { MessageId } from '../../i18n';

/** Element ids of a room form's controls; the prefix keeps two forms on one page apart. */
export function roomFieldIds(prefix: string) {
  return {
    name: `${prefix}-name`,
    description: `${prefix}-description`,
    tags: `${prefix}-tags`,
    modeKey: `${prefix}-mode`,
    availabilityKind: `${prefix}-availability`,
    start: `${prefix}-start`,
    end: `${prefix}-end`,
    earlyEntryMinutes: `${prefix}-early-entry`,
  } satisfies Record<RoomFormField, string>;
}

export type RoomFieldIds = ReturnType<typeof roomFieldIds>;

/** The order fields appear in, for the error summary. */
export const ROOM_FORM_FIELD_ORDER: readonly RoomFormField[] = [
  'name',
  'description',
  'tags',
  'modeKey',
  'availabilityKind',
  'start',
  'end',
  'earlyEntryMinutes',
];

const FIELD_LABEL_IDS: Record<RoomFormField, MessageId> = {
  name: 'roomForms.field.name',
  description: 'roomForms.field.description',
  tags: 'roomForms.field.tags',
  modeKey: 'roomForms.field.modeKey',
  availabilityKind: 'roomForms.field.availabilityKind',
  start: 'roomForms.field.start',
  end: 'roomForms.field.end',
  earlyEntryMinutes: 'roomForms.field.earlyEntryMinutes',
};

/** A field's name in the page's language, as the form and its error summary show it. */
export function roomFieldLabel(field: RoomFormField): string {
  return t(FIELD_LABEL_IDS[field]);
}

/**
 * The summary's fields in order, each focusing its control: the first radio of a group
 * (mode, availability), since a fieldset cannot take focus.
 */
export function roomSummaryFields(ids: RoomFieldIds): SummaryField[] {
  const focusTargets: Partial<Record<RoomFormField, string>> = { modeKey: `${ids.modeKey}-0`, availabilityKind: `${ids.availabilityKind}-always` };
  return ROOM_FORM_FIELD_ORDER.map((field) => ({ name: field, id: focusTargets[field] ?? ids[field], label: roomFieldLabel(field) }));
}
