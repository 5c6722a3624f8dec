import type { MeResponse, ModeChoiceOption, RoomBody, RoomFormOptions } from '@lti-rooms/contracts';
import { useMemo, useState } from 'react';
import { updateRoom, useRoomFormOptions } from '../rooms-api';
import { ResourceView } from '../../components/ResourceView';
import { modeOptionOf, type ModeOption } from '../room-form/ModeField';
import { RoomForm } from '../room-form/RoomForm';
import { modeChoiceKey, roomToFormValues, toUpdateBody } from '../room-form-body';
import { browserZone } from '../time-frame';
import { retiredModeNotice, roomModeLabel } from '../../text/mode-text';
import { t } from '../../i18n';
import { StatusMessage } from '../../ui';

interface DetailsTabProps {
  me: MeResponse;
  room: RoomBody;
  onSaved: (room: RoomBody) => void;
}

/** The Create a Room fields, filled from the room; Save sends only what changed. */
export function DetailsTab({ me, room, onSaved }: DetailsTabProps) {
  const options = useRoomFormOptions(me.channel?.id ?? null);
  return (
    <>
      <h2>{t('roomForms.edit.tab.details')}</h2>
      <ResourceView resource={options} loadingLabel={t('roomForms.details.loading')} errorTitle={t('roomForms.details.loadError')}>
        {(formOptions) => <DetailsForm room={room} options={formOptions} onSaved={onSaved} />}
      </ResourceView>
    </>
  );
}

function DetailsForm({ room, options, onSaved }: { room: RoomBody; options: RoomFormOptions; onSaved: (room: RoomBody) => void }) {
  const zone = useMemo(browserZone, []);
  const [saved, setSaved] = useState<{ version: number; message: string }>({ version: 0, message: '' });
  const modeOptions = useMemo(() => withCurrentChoice(options.modeChoices, room), [options.modeChoices, room]);
  const defaultValues = useMemo(() => roomToFormValues(room, zone), [room, zone]);

  return (
    <>
      <StatusMessage message={saved.message} />
      <RoomForm
        // A fresh form after each save, so "changed" is measured against what is saved now.
        key={saved.version}
        idPrefix="details"
        modeOptions={modeOptions}
        singleMode={options.singleMode && modeOptions.length === 1}
        maxTimeFrameHours={options.maxTimeFrameHours}
        zone={zone}
        defaultValues={defaultValues}
        savedStart={room.availability.kind === 'scheduled' ? room.availability.start : null}
        submitLabel={t('roomForms.form.save')}
        headingLevel={3}
        onSubmit={async ({ values, dirty, modeChoice }) => {
          const body = toUpdateBody(values, dirty, modeChoice, zone);
          if (Object.keys(body).length === 0) {
            setSaved((s) => ({ version: s.version, message: t('roomForms.details.noChanges') }));
            return;
          }
          const updated = await updateRoom(room.id, body);
          onSaved(updated);
          setSaved((s) => ({ version: s.version + 1, message: t('roomForms.details.saved') }));
        }}
      />
    </>
  );
}

/** A room keeps a mode the account no longer offers; the form must still show it as chosen. */
function withCurrentChoice(offered: readonly ModeChoiceOption[], room: RoomBody): ModeOption[] {
  const choices = offered.map(modeOptionOf);
  const current = modeChoiceKey(room.modeChoice);
  if (choices.some((option) => modeChoiceKey(option.choice) === current)) return choices;
  return [{ choice: room.modeChoice, label: roomModeLabel(room), description: retiredModeNotice() }, ...choices];
}
