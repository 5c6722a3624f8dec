import type { RoomBody, RoomFormOptions } from '@lti-rooms/contracts';
import { useMemo } from 'react';
import { createRoom } from '../rooms-api';
import { emptyRoomFormValues, toCreateBody } from '../room-form-body';
import { browserZone } from '../time-frame';
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

  if (channelId !== null && !options.canCreateInChannel) {
    return (
      <Alert tone="warning" title="You cannot create rooms in this course">
        <p>Only the course's instructors can add rooms here. You can still create a room in My Rooms.</p>
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
      submitLabel="Create"
      headingLevel={headingLevel}
      onCancel={onCancel}
      onSubmit={async ({ values, modeChoice }) => {
        const room = await createRoom(toCreateBody(values, modeChoice, zone, channelId));
        await onCreated(room);
      }}
    />
  );
}
