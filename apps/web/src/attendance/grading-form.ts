import { fieldErrorOfIssue, fieldIssue, gradingSettingsSchema, type GradingSettingsBody } from '@lti-rooms/contracts';
import { DEFAULT_GRADING_SETTINGS, GRADING_LIMITS, type GradingRule } from '@lti-rooms/domain';
import { z } from 'zod';
import type { SummaryField } from '../components/form-errors';
import { t } from '../i18n/translate';

export type GradingRuleKind = GradingRule['kind'];
export type GradingAggregation = GradingSettingsBody['aggregation'];

/** Every rule's number at once (the form shows the chosen rule's); a number not yet given is ''. */
export interface GradingFormValues {
  enabled: boolean;
  rule: { kind: GradingRuleKind; minutes: number | ''; percent: number | '' };
  aggregation: GradingAggregation;
  maxScore: number | '';
}

export const GRADING_RULE_KINDS: readonly GradingRuleKind[] = ['minimumMinutes', 'minimumPercent', 'proportional'];
export const GRADING_AGGREGATIONS: readonly GradingAggregation[] = ['perSession', 'average'];

export const gradingFieldId = (name: string) => `grading-${name.replace(/\./g, '-')}`;

/** The rule's number as saved; for another rule the domain's default when it has one, else empty. */
function ruleNumber(rule: GradingRule, kind: 'minimumMinutes' | 'minimumPercent'): number | '' {
  const fallback = DEFAULT_GRADING_SETTINGS.rule;
  const from = rule.kind === kind ? rule : fallback.kind === kind ? fallback : null;
  if (from?.kind === 'minimumMinutes') return from.minutes;
  if (from?.kind === 'minimumPercent') return from.percent;
  return '';
}

export function gradingFormValues(settings: GradingSettingsBody): GradingFormValues {
  return {
    enabled: settings.enabled,
    rule: { kind: settings.rule.kind, minutes: ruleNumber(settings.rule, 'minimumMinutes'), percent: ruleNumber(settings.rule, 'minimumPercent') },
    aggregation: settings.aggregation,
    maxScore: settings.maxScore,
  };
}

/**
 * The form's values checked by the shared contract, so the form says exactly what the server
 * would: only the chosen rule's number counts (the contract's rule drops the others).
 */
export const gradingFormSchema = z.custom<GradingFormValues>().transform((values, ctx) => {
  const parsed = gradingSettingsSchema.safeParse(values);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) ctx.addIssue({ ...fieldIssue(fieldErrorOfIssue(issue)), path: issue.path.map(String) });
  return z.NEVER;
});

/** The paths the server's field errors may name that the form shows. */
export const GRADING_FORM_PATHS: ReadonlySet<string> = new Set(['enabled', 'rule.kind', 'rule.minutes', 'rule.percent', 'aggregation', 'maxScore']);

export function ruleLabel(kind: GradingRuleKind): string {
  switch (kind) {
    case 'minimumMinutes':
      return t('attendance.grading.rule.minimumMinutes');
    case 'minimumPercent':
      return t('attendance.grading.rule.minimumPercent');
    case 'proportional':
      return t('attendance.grading.rule.proportional');
  }
}

export function aggregationLabel(aggregation: GradingAggregation): string {
  return aggregation === 'perSession' ? t('attendance.grading.aggregation.perSession') : t('attendance.grading.aggregation.average');
}

/** The number fields with their ranges from the domain's limits. */
export function numberFieldHint(name: 'rule.minutes' | 'rule.percent' | 'maxScore'): string {
  switch (name) {
    case 'rule.minutes':
      return t('attendance.grading.minutesHint', { ...GRADING_LIMITS.minutes });
    case 'rule.percent':
      return t('attendance.grading.percentHint', { ...GRADING_LIMITS.percent });
    case 'maxScore':
      return t('attendance.grading.maxScoreHint', { ...GRADING_LIMITS.maxScore });
  }
}

/** Fields in page order, for the error summary. */
export function gradingSummaryFields(): SummaryField[] {
  return [
    { name: 'rule.minutes', id: gradingFieldId('rule.minutes'), label: t('attendance.grading.minutes') },
    { name: 'rule.percent', id: gradingFieldId('rule.percent'), label: t('attendance.grading.percent') },
    { name: 'maxScore', id: gradingFieldId('maxScore'), label: t('attendance.grading.maxScore') },
  ];
}
