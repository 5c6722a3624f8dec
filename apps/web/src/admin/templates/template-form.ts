import { templateBodySchema, type AdminSettings, type TemplateBody } from '@lti-rooms/contracts';
import { defaultFeaturesFor, templateCapProblems, type RoomCaps, type RoomFeatures } from '@lti-rooms/domain';
import type { SummaryField } from '../../components/form-errors';
import { addProblemIssues } from '../../text/field-error-text';
import type { Template } from '../admin-api';

type FeatureSwitch = { [K in keyof RoomFeatures]: RoomFeatures[K] extends boolean ? K : never }[keyof RoomFeatures];

/** The on/off features, in the order the form lists them. */
export const FEATURE_SWITCHES: readonly { key: FeatureSwitch; label: string }[] = [
  { key: 'chat', label: 'Chat' },
  { key: 'privateChat', label: 'Private chat' },
  { key: 'screenSharing', label: 'Screen sharing' },
  { key: 'raiseHand', label: 'Raise hand' },
  { key: 'reactions', label: 'Reactions' },
  { key: 'polls', label: 'Polls' },
  { key: 'breakoutRooms', label: 'Breakout rooms' },
  { key: 'recording', label: 'Recording' },
  { key: 'lobby', label: 'Lobby' },
];

export const templateFieldId = (name: string) => `template-${name.replace(/\./g, '-')}`;

export const TEMPLATE_SUMMARY_FIELDS: readonly SummaryField[] = [
  { name: 'name', id: templateFieldId('name'), label: 'Template name' },
  { name: 'baseMode', id: templateFieldId('baseMode'), label: 'Base mode' },
  ...FEATURE_SWITCHES.map(({ key, label }) => ({ name: `features.${key}`, id: templateFieldId(`features.${key}`), label })),
  { name: 'features.stageAccessDefault', id: templateFieldId('features.stageAccessDefault'), label: 'Stage access default' },
  { name: 'features.cameraOnCap', id: templateFieldId('features.cameraOnCap'), label: 'Camera-on cap' },
  { name: 'features.totalCap', id: templateFieldId('features.totalCap'), label: 'Total cap' },
];

/** A new template starts from the account's default mode with that mode's usual features. */
export function newTemplateValues(settings: AdminSettings): TemplateBody {
  return { name: '', baseMode: settings.defaultMode, features: defaultFeaturesFor(settings.defaultMode, settings.caps) };
}

export function templateValues(template: Template): TemplateBody {
  return { name: template.name, baseMode: template.baseMode, features: { ...template.features } };
}

/** The shared schema plus the domain's cap rules for templates (templateCapProblems, as the server applies them). */
export function templateFormSchema(licence: RoomCaps) {
  return templateBodySchema.superRefine((values, ctx) => addProblemIssues(ctx, templateCapProblems(values, licence)));
}
