import type { RoomBody, RoomFormOptions } from '@lti-rooms/contracts';
import { useMemo } from 'react';
import { createRoom } from '../rooms-api';
import { emptyRoomFormValues, toCreateBody } from '../room-form-body';
import { browserZone } from '../time-frame';
import { Link } from 'react-router-dom';
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
      <Alert tone="warning" title="You cannot create rooms">
        <p>Rooms are created by a course's instructors. Rooms an instructor adds you to as co-editor appear in My Rooms.</p>
      </Alert>
    );
  }
  if (channelId !== null && !options.canCreateInChannel) {
    return (
      <Alert tone="warning" title="You cannot create rooms in this course">
        <p>Only the course's instructors can add rooms here.</p>
        <p>
          You can create rooms in <Link to="/my-rooms/new">My Rooms</Link> and publish them in {courseList(options.creatableIn)}.
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

/** "A", "A and B", "A, B and C": the courses where the viewer may publish. */
function courseList(courses: ReadonlyArray<{ title: string }>): string {
  return new Intl.ListFormat('en', { type: 'conjunction' }).format(courses.map((course) => course.title));
}
