import { frameOriginBodySchema, type FrameOriginBody } from '@lti-rooms/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { addFrameOrigin, removeFrameOrigin, useFrameOrigins, type FrameOrigin, type FrameOriginList } from './admin-api';
import { useAsyncAction } from '../api/use-async-action';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { Button, Field, StatusMessage, VisuallyHidden } from '../ui';
import { AdminResourceView } from './AdminResourceView';
import { WORDED_ISSUES } from '../text/field-error-text';

const SOURCE_LABELS: Record<FrameOrigin['source'], string> = {
  registration: 'From the registration (login endpoint)',
  launch: 'Learned from a launch',
  admin: 'Added by an administrator',
  operator: 'Added on the server',
};

/** The origins whose pages may show LTI Rooms in a frame (the Content-Security-Policy's frame-ancestors). */
export function FrameOriginsSection() {
  const origins = useFrameOrigins();
  return (
    <section aria-labelledby="frame-origins-heading" className="admin-section">
      <h3 id="frame-origins-heading">Pages that may show LTI Rooms</h3>
      <p className="small muted">
        Browsers show LTI Rooms only inside pages of these origins. They come from the registration and from launches; add the
        addresses your LMS is also reached by (a vanity domain) if LTI Rooms stays blank there.
      </p>
      <AdminResourceView resource={origins} loadingLabel="Loading the origins…" errorTitle="The origins could not be loaded">
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
    setMessage(`${origin} may now show LTI Rooms.`);
  });

  async function onRemove(origin: string) {
    setMessage('');
    const result = await remove.run(origin);
    if (!result) return;
    setList(result);
    setMessage(`${origin} was removed.`);
  }

  return (
    <>
      <StatusMessage message={message} />
      {remove.error && <ApiErrorAlert error={remove.error} title="The origin could not be removed" />}
      <ul className="plain-list" data-testid="frame-origins">
        {list.origins.map((entry) => (
          <li key={entry.origin} className="admin-card">
            <code>{entry.origin}</code> <span className="small muted">{SOURCE_LABELS[entry.source]}</span>
            {entry.source !== 'registration' && (
              <Button variant="secondary" disabled={remove.pending} onClick={() => onRemove(entry.origin)}>
                Remove<VisuallyHidden> {entry.origin}</VisuallyHidden>
              </Button>
            )}
          </li>
        ))}
      </ul>
      <form noValidate onSubmit={submit}>
        {add.error && <ApiErrorAlert error={add.error} title="The origin could not be added" />}
        <Field id="frame-origin" label="Origin" required hint="For example https://learn.example.edu" error={formState.errors.origin?.message}>
          {(control) => <input type="url" autoComplete="off" spellCheck={false} {...control} {...register('origin')} />}
        </Field>
        <div className="form-actions">
          <Button type="submit" disabled={formState.isSubmitting || add.pending}>
            Allow this origin
          </Button>
        </div>
      </form>
    </>
  );
}
