import type { RoomBody, RoomFormOptions } from '@lti-rooms/contracts';
import { useMemo } from 'react';
import { createRoom } from '../rooms-api';
import { emptyRoomFormValues, toCreateBody } from '../room-form-body';
import { browserZone } from '../time-frame';
import { Link } from 'react-router-dom';
import { formatList, t, tRich } from '../../i18n';
import { Alert } from '../../ui';
import { modeOptionOf } from './ModeField';
import { RoomForm } from './RoomForm';

interface CreateRoomFormProps {
  options: RoomFormOptions;
  /** The channel the room is published into; null from My Rooms. */
  channelId: string | null;
  onCreated: (room: RoomBody) => void | Promise<void>;
  onCancel?: () => void;
  idPrefix?: string;
  headingLevel?: 2 | 3;
}

/** Create a Room: the form preset from the account's options, POST /api/rooms on submit. */
export function CreateRoomForm({ options, channelId, onCreated, onCancel, idPrefix, headingLevel }: CreateRoomFormProps) {
  const zone = useMemo(browserZone, []);
  const defaultValues = useMemo(() => emptyRoomFormValues(options, zone), [options, zone]);

  if (options.creatableIn.length === 0) {
    return (
      <Alert tone="warning" title={t('roomForms.create.cannotTitle')}>
        <p>{t('roomForms.create.cannotText')}</p>
      </Alert>
    );
  }
  if (channelId !== null && !options.canCreateInChannel) {
    return (
      <Alert tone="warning" title={t('roomForms.create.notInCourseTitle')}>
        <p>{t('roomForms.create.notInCourseText')}</p>
        <p>
          {tRich('roomForms.create.elsewhere', {
            link: (chunks) => <Link to="/my-rooms/new">{chunks}</Link>,
            courses: formatList(options.creatableIn.map((course) => course.title)),
          })}
        </p>
      </Alert>
    );
  }

  return (
    <RoomForm
      idPrefix={idPrefix}
      modeOptions={options.modeChoices.map(modeOptionOf)}
      singleMode={options.singleMode}
      maxTimeFrameHours={options.maxTimeFrameHours}
      zone={zone}
      defaultValues={defaultValues}
      submitLabel={t('roomForms.form.create')}
      headingLevel={headingLevel}
      onCancel={onCancel}
      onSubmit={async ({ values, modeChoice }) => {
        const room = await createRoom(toCreateBody(values, modeChoice, zone, channelId));
        await onCreated(room);
      }}
    />
  );
}
