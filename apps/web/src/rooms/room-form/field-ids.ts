import type { RoomFormField } from '../room-form-schema';
import type { SummaryField } from '../../components/form-errors';

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

export const ROOM_FORM_FIELD_LABELS: Record<RoomFormField, string> = {
  name: 'Name',
  description: 'Description',
  tags: 'Tags',
  modeKey: 'Room mode',
  availabilityKind: 'Room availability',
  start: 'Start',
  end: 'End',
  earlyEntryMinutes: 'Early entry',
};

/**
 * The summary's fields in order, each focusing its control: the first radio of a group
 * (mode, availability), since a fieldset cannot take focus.
 */
export function roomSummaryFields(ids: RoomFieldIds): SummaryField[] {
  const focusTargets: Partial<Record<RoomFormField, string>> = { modeKey: `${ids.modeKey}-0`, availabilityKind: `${ids.availabilityKind}-always` };
  return ROOM_FORM_FIELD_ORDER.map((field) => ({ name: field, id: focusTargets[field] ?? ids[field], label: ROOM_FORM_FIELD_LABELS[field] }));
}
