import { fieldErrorOfIssue, fieldIssue, gradingSettingsSchema, type GradingSettingsBody } from '@lti-rooms/contracts';
import { DEFAULT_GRADING_SETTINGS, GRADING_LIMITS, type GradingRule } from '@lti-rooms/domain';
import { z } from 'zod';
import type { Path } from 'react-hook-form';
import type { SummaryField } from '../components/form-errors';
import type { MessageId } from '../i18n';
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

/** The number fields: their form path, element id, label and the domain's range. */
export const GRADING_NUMBER_FIELDS = {
  minutes: { name: 'rule.minutes', id: 'grading-minutes', label: 'attendance.grading.minutes', limits: GRADING_LIMITS.minutes },
  percent: { name: 'rule.percent', id: 'grading-percent', label: 'attendance.grading.percent', limits: GRADING_LIMITS.percent },
  maxScore: { name: 'maxScore', id: 'grading-max-score', label: 'attendance.grading.maxScore', limits: GRADING_LIMITS.maxScore },
} as const satisfies Record<string, { name: Path<GradingFormValues>; id: string; label: MessageId; limits: { min: number; max: number } }>;

/** The paths the server's field errors may name that the form shows. */
export const GRADING_FORM_PATHS: ReadonlySet<string> = new Set(['enabled', 'rule.kind', 'aggregation', ...Object.values(GRADING_NUMBER_FIELDS).map((field) => field.name)]);

/** Fields in page order, for the error summary. */
export function gradingSummaryFields(): SummaryField[] {
  return Object.values(GRADING_NUMBER_FIELDS).map(({ name, id, label }) => ({ name, id, label: t(label) }));
}
