import { frameOriginBodySchema, type FrameOriginBody } from '@lti-rooms/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { addFrameOrigin, removeFrameOrigin, useFrameOrigins, type FrameOrigin, type FrameOriginList } from './admin-api';
import { useAsyncAction } from '../api/use-async-action';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { t } from '../i18n';
import { Button, Field, StatusMessage } from '../ui';
import { AdminResourceView } from './AdminResourceView';
import { WORDED_ISSUES } from '../text/field-error-text';

function sourceLabel(source: FrameOrigin['source']): string {
  return t('admin.frameOrigins.source', { source });
}

/** The origins whose pages may show LTI Rooms in a frame (the Content-Security-Policy's frame-ancestors). */
export function FrameOriginsSection() {
  const origins = useFrameOrigins();
  return (
    <section aria-labelledby="frame-origins-heading" className="admin-section">
      <h3 id="frame-origins-heading">{t('admin.frameOrigins.heading')}</h3>
      <p className="small muted">{t('admin.frameOrigins.intro')}</p>
      <AdminResourceView resource={origins} loadingLabel={t('admin.frameOrigins.loading')} errorTitle={t('admin.frameOrigins.loadError')}>
        {(data) => <FrameOriginsView initial={data} />}
      </AdminResourceView>
    </section>
  );
}

function FrameOriginsView({ initial }: { initial: FrameOriginList }) {
  const [list, setList] = useState(initial);
  const [message, setMessage] = useState('');
  const remove = useAsyncAction(removeFrameOrigin);
  const form = useForm<FrameOriginBody>({ resolver: zodResolver(frameOriginBodySchema, WORDED_ISSUES), defaultValues: { origin: '' } });
  const { register, handleSubmit, formState, reset } = form;
  const add = useAsyncAction(addFrameOrigin);

  const submit = handleSubmit(async ({ origin }) => {
    setMessage('');
    const result = await add.run(origin);
    if (!result) return;
    setList(result);
    reset({ origin: '' });
    setMessage(t('admin.frameOrigins.added', { origin }));
  });

  async function onRemove(origin: string) {
    setMessage('');
    const result = await remove.run(origin);
    if (!result) return;
    setList(result);
    setMessage(t('admin.frameOrigins.removed', { origin }));
  }

  return (
    <>
      <StatusMessage message={message} />
      {remove.error && <ApiErrorAlert error={remove.error} title={t('admin.frameOrigins.removeError')} />}
      <ul className="plain-list" data-testid="frame-origins">
        {list.origins.map((entry) => (
          <li key={entry.origin} className="admin-card">
            <code>{entry.origin}</code> <span className="small muted">{sourceLabel(entry.source)}</span>
            {entry.source !== 'registration' && (
              <Button
                variant="secondary"
                disabled={remove.pending}
                onClick={() => onRemove(entry.origin)}
                aria-label={t('admin.frameOrigins.removeOrigin', { origin: entry.origin })}
              >
                {t('admin.frameOrigins.remove')}
              </Button>
            )}
          </li>
        ))}
      </ul>
      <form noValidate onSubmit={submit}>
        {add.error && <ApiErrorAlert error={add.error} title={t('admin.frameOrigins.addError')} />}
        <Field id="frame-origin" label={t('admin.frameOrigins.origin')}
          required
          hint={t('admin.frameOrigins.originHint', { example: 'https://learn.example.edu' })}
          error={formState.errors.origin?.message}>
          {(control) => <input type="url" autoComplete="off" spellCheck={false} {...control} {...register('origin')} />}
        </Field>
        <div className="form-actions">
          <Button type="submit" disabled={formState.isSubmitting || add.pending}>
            {t('admin.frameOrigins.allow')}
          </Button>
        </div>
      </form>
    </>
  );
}
