import { templateBodySchema, type AdminSettings, type TemplateBody } from '@lti-rooms/contracts';
import { defaultFeaturesFor, templateCapProblems, type RoomCaps, type RoomFeatures } from '@lti-rooms/domain';
import type { SummaryField } from '../../components/form-errors';
import type { MessageId } from '../../i18n/catalogs/translation';
import { t } from '../../i18n/translate';
import { addProblemIssues } from '../../text/field-error-text';
import type { Template } from '../admin-api';

type FeatureSwitch = { [K in keyof RoomFeatures]: RoomFeatures[K] extends boolean ? K : never }[keyof RoomFeatures];

/** The on/off features, in the order the form lists them, with the message that names each. */
const FEATURE_MESSAGES: Readonly<Record<FeatureSwitch, MessageId>> = {
  chat: 'admin.templateForm.feature.chat',
  privateChat: 'admin.templateForm.feature.privateChat',
  screenSharing: 'admin.templateForm.feature.screenSharing',
  raiseHand: 'admin.templateForm.feature.raiseHand',
  reactions: 'admin.templateForm.feature.reactions',
  polls: 'admin.templateForm.feature.polls',
  breakoutRooms: 'admin.templateForm.feature.breakoutRooms',
  recording: 'admin.templateForm.feature.recording',
  lobby: 'admin.templateForm.feature.lobby',
};

export const FEATURE_SWITCHES = Object.keys(FEATURE_MESSAGES) as readonly FeatureSwitch[];

export function featureLabel(key: FeatureSwitch): string {
  return t(FEATURE_MESSAGES[key]);
}

export const templateFieldId = (name: string) => `template-${name.replace(/\./g, '-')}`;

/** Fields in page order, for the error summary and for placing the server's field errors. */
export function templateSummaryFields(): SummaryField[] {
  return [
    { name: 'name', id: templateFieldId('name'), label: t('admin.templateForm.name') },
    { name: 'baseMode', id: templateFieldId('baseMode'), label: t('admin.templateForm.baseMode') },
    ...FEATURE_SWITCHES.map((key) => ({ name: `features.${key}`, id: templateFieldId(`features.${key}`), label: featureLabel(key) })),
    { name: 'features.stageAccessDefault', id: templateFieldId('features.stageAccessDefault'), label: t('admin.templateForm.stageAccessDefault') },
    { name: 'features.cameraOnCap', id: templateFieldId('features.cameraOnCap'), label: t('admin.templateForm.cameraOnCap') },
    { name: 'features.totalCap', id: templateFieldId('features.totalCap'), label: t('admin.templateForm.totalCap') },
  ];
}

/** The form's field paths, for placing the server's field errors. */
export const TEMPLATE_FORM_PATHS: ReadonlySet<string> = new Set([
  'name',
  'baseMode',
  ...FEATURE_SWITCHES.map((key) => `features.${key}`),
  'features.stageAccessDefault',
  'features.cameraOnCap',
  'features.totalCap',
]);

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
