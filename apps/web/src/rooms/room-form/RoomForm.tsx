import type { ModeChoiceBody } from '@lti-rooms/contracts';
import { DESCRIPTION_MAX_LENGTH, ROOM_NAME_MAX_LENGTH } from '@lti-rooms/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import { lazy, Suspense, useMemo, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { toApiRequestError } from '../../api/use-async-action';
import type { ApiRequestError } from '../../api/client';
import { changedFields, formFieldForServerPath, modeChoiceFromKey } from '../room-form-body';
import { roomFormSchema, type RoomFormValues } from '../room-form-schema';
import type { DirtyFields } from '../room-form-body';
import { Button, CharacterCount, Field, fieldLabelId, Loading } from '../../ui';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { AvailabilityFields } from './AvailabilityFields';
import { FormErrorSummary } from '../../components/FormErrorSummary';
import { placeServerFieldErrors, summaryItems } from '../../components/form-errors';
import { roomFieldIds, roomFieldLabel, roomSummaryFields } from './field-ids';
import { t } from '../../i18n';
import { ModeField, type ModeOption } from './ModeField';
import { fieldErrorText, WORDED_ISSUES } from '../../text/field-error-text';

// Its own chunk: the editor (ProseMirror) loads only where a room is written.
const RichTextEditor = lazy(() => import('../../ui/RichTextEditor'));

export interface RoomFormSubmission {
  values: RoomFormValues;
  /** Fields whose value differs from the form's starting values. */
  dirty: DirtyFields;
  modeChoice: ModeChoiceBody;
}

interface RoomFormProps {
  idPrefix?: string;
  modeOptions: readonly ModeOption[];
  singleMode: boolean;
  maxTimeFrameHours: number;
  zone: string;
  defaultValues: RoomFormValues;
  /** The saved start when editing: it may stay in the past while other fields change. */
  savedStart?: string | null;
  submitLabel: string;
  /** Throws ApiRequestError on failure; 400 field errors land on their fields. */
  onSubmit: (submission: RoomFormSubmission) => Promise<void>;
  onCancel?: () => void;
  headingLevel?: 2 | 3;
}

/** The Create a Room form, also the Details tab and the deep-linking "create" option. */
export function RoomForm(props: RoomFormProps) {
  const { idPrefix = 'room', modeOptions, zone, defaultValues, submitLabel, onCancel } = props;
  const ids = roomFieldIds(idPrefix);
  const summaryFields = roomSummaryFields(ids);
  const schema = useMemo(
    () => roomFormSchema({ zone, maxTimeFrameHours: props.maxTimeFrameHours, savedStart: props.savedStart ?? null }),
    [zone, props.maxTimeFrameHours, props.savedStart],
  );
  const form = useForm<RoomFormValues>({ resolver: zodResolver(schema, WORDED_ISSUES), defaultValues });
  const { register, handleSubmit, formState, setError, control } = form;
  const { errors, isSubmitting } = formState;
  const [name, description] = useWatch({ control, name: ['name', 'description'] });
  const [failure, setFailure] = useState<ApiRequestError | null>(null);

  const submit = handleSubmit(async (values) => {
    setFailure(null);
    const modeChoice = modeChoiceFromKey(values.modeKey, modeOptions);
    if (!modeChoice) {
      setError('modeKey', { type: 'validate', message: fieldErrorText({ code: 'MODE_REQUIRED' }) }, { shouldFocus: true });
      return;
    }
    try {
      await props.onSubmit({ values, dirty: changedFields(values, defaultValues), modeChoice });
    } catch (caught) {
      const error = toApiRequestError(caught);
      const unplaced = placeServerFieldErrors(
        error,
        (path) => formFieldForServerPath(path) !== null,
        (path, message, first) => setError(formFieldForServerPath(path)!, { type: 'server', message }, { shouldFocus: first }),
      );
      if (unplaced) setFailure(error);
    }
  });

  return (
    <form className="room-form" noValidate onSubmit={submit}>
      <FormErrorSummary items={summaryItems(errors, summaryFields)} />
      {failure && <ApiErrorAlert error={failure} title={t('roomForms.form.saveError')} />}

      <Field id={ids.name} label={roomFieldLabel('name')} required error={errors.name?.message} hint={<>{t('roomForms.form.nameHint')} <CharacterCount value={name} max={ROOM_NAME_MAX_LENGTH} /></>}>
        {/* No maxLength: a pasted name longer than the limit is shown whole and said to be too long, not cut. */}
        {(control) => <input type="text" autoComplete="off" {...control} {...register('name')} />}
      </Field>
      <Field id={ids.description} label={roomFieldLabel('description')} error={errors.description?.message} hint={<>{t('roomForms.form.descriptionHint')} <CharacterCount value={description} max={DESCRIPTION_MAX_LENGTH} /></>}>
        {(fieldControl) => (
          <Suspense fallback={<Loading label={t('roomForms.form.loadingEditor')} />}>
            <Controller
              control={control}
              name="description"
              render={({ field }) => (
                <RichTextEditor control={fieldControl} labelId={fieldLabelId(ids.description)} value={field.value} onChange={field.onChange} onBlur={field.onBlur} />
              )}
            />
          </Suspense>
        )}
      </Field>
      <Field id={ids.tags} label={roomFieldLabel('tags')} error={errors.tags?.message} hint={t('roomForms.form.tagsHint')}>
        {(control) => <input type="text" autoComplete="off" {...control} {...register('tags')} />}
      </Field>

      <ModeField
        idPrefix={ids.modeKey}
        options={modeOptions}
        fixed={props.singleMode}
        register={register}
        error={errors.modeKey?.message}
        headingLevel={props.headingLevel ?? 2}
      />
      <AvailabilityFields ids={ids} zone={zone} control={control} register={register} errors={errors} />

      <div className="form-actions">
        {onCancel && (
          <Button variant="secondary" onClick={onCancel} disabled={isSubmitting}>
            {t('roomForms.form.cancel')}
          </Button>
        )}
        <Button type="submit" disabled={isSubmitting} aria-describedby={isSubmitting ? `${idPrefix}-saving` : undefined}>
          {submitLabel}
        </Button>
        {isSubmitting && (
          <span id={`${idPrefix}-saving`} role="status" className="muted">
            {t('roomForms.form.saving')}
          </span>
        )}
      </div>
    </form>
  );
}
