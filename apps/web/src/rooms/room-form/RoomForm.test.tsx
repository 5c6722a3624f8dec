import '@testing-library/jest-dom/jest-globals';
import { describe, expect, it, jest } from '@jest/globals';
import type { RoomFormOptions } from '@lti-rooms/contracts';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DateTime } from 'luxon';
import { ApiRequestError } from '../../api/client';
import { emptyRoomFormValues } from '../room-form-body';
import { fieldErrorText } from '../../text/field-error-text';
import { modeOptionOf } from './ModeField';
import { RoomForm, type RoomFormSubmission } from './RoomForm';

const zone = 'Europe/Berlin';
const options: RoomFormOptions = {
  modeChoices: [
    { choice: { kind: 'mode', mode: 'interactive' }, mode: 'interactive', templateName: null, limits: { cameraOn: 25, total: 100 } },
    { choice: { kind: 'mode', mode: 'panel' }, mode: 'panel', templateName: null, limits: { cameraOn: 10, total: 300 } },
  ],
  singleMode: false,
  defaultChoice: { kind: 'mode', mode: 'interactive' },
  earlyEntryMinutesDefault: 15,
  maxTimeFrameHours: 12,
  canCreateInChannel: true,
  creatableIn: [{ id: 'course-1', title: 'Biology 101' }],
};

function renderForm(onSubmit: (submission: RoomFormSubmission) => Promise<void>) {
  render(
    <RoomForm
      modeOptions={options.modeChoices.map(modeOptionOf)}
      singleMode={false}
      maxTimeFrameHours={12}
      zone={zone}
      defaultValues={emptyRoomFormValues(options, zone, DateTime.now())}
      submitLabel="Create"
      onSubmit={onSubmit}
    />,
  );
  return { user: userEvent.setup() };
}

describe('the room form, as a person fills it in', () => {
  it('names a missing name at the field and in the summary, moves focus there, and sends nothing', async () => {
    const onSubmit = jest.fn(async (_submission: RoomFormSubmission) => undefined);
    const { user } = renderForm(onSubmit);

    await user.click(screen.getByRole('button', { name: 'Create' }));

    const name = screen.getByRole('textbox', { name: /^Name/ });
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription(expect.stringContaining('Name is required'));
    expect(within(screen.getByRole('alert')).getByRole('link', { name: 'Name: Name is required' })).toBeVisible();
    expect(name).toHaveFocus();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('takes a tag of sixteen emoji: characters are counted as people count them, as the server does', async () => {
    const onSubmit = jest.fn(async (_submission: RoomFormSubmission) => undefined);
    const { user } = renderForm(onSubmit);

    await user.type(screen.getByRole('textbox', { name: /^Name/ }), 'Office hours');
    await user.type(screen.getByRole('textbox', { name: /^Tags/ }), '🎓'.repeat(16));
    await user.click(screen.getByRole('button', { name: 'Create' }));

    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onSubmit.mock.calls[0][0].values).toMatchObject({ name: 'Office hours', tags: '🎓'.repeat(16) });
  });

  it('refuses a tag of thirty-one characters before any round trip, in the words the server would use', async () => {
    const onSubmit = jest.fn(async (_submission: RoomFormSubmission) => undefined);
    const { user } = renderForm(onSubmit);

    await user.type(screen.getByRole('textbox', { name: /^Name/ }), 'Office hours');
    await user.type(screen.getByRole('textbox', { name: /^Tags/ }), 'x'.repeat(31));
    await user.click(screen.getByRole('button', { name: 'Create' }));

    expect(screen.getByRole('textbox', { name: /^Tags/ })).toHaveAccessibleDescription(expect.stringContaining('Tags must be at most 30 characters'));
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('shows a pasted name that is too long whole, says so as it is pasted, and names the limit on submit', async () => {
    const onSubmit = jest.fn(async (_submission: RoomFormSubmission) => undefined);
    const { user } = renderForm(onSubmit);
    const name = screen.getByRole('textbox', { name: /^Name/ });
    expect(name).toHaveAccessibleDescription(expect.stringContaining('0 of 120 characters'));

    await user.click(name);
    await user.paste('x'.repeat(125));
    // Nothing is cut: the whole name stays, and the hint counts what is too much.
    expect(name).toHaveValue('x'.repeat(125));
    expect(name).toHaveAccessibleDescription(expect.stringContaining('5 characters over the limit of 120'));

    await user.click(screen.getByRole('button', { name: 'Create' }));
    expect(name).toHaveAccessibleDescription(expect.stringContaining('Name must be at most 120 characters'));
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it("puts the server's field errors on their fields, worded by the page", async () => {
    const refusal = new ApiRequestError({
      status: 400,
      code: 'VALIDATION_FAILED',
      message: 'Please correct the fields named below.',
      fields: [{ path: 'name', message: fieldErrorText({ code: 'NAME_HAS_CONTROL_CHARACTERS' }) }],
    });
    const { user } = renderForm(async () => {
      throw refusal;
    });

    await user.type(screen.getByRole('textbox', { name: /^Name/ }), 'Office hours');
    await user.click(screen.getByRole('button', { name: 'Create' }));

    const name = screen.getByRole('textbox', { name: /^Name/ });
    expect(name).toHaveAccessibleDescription(expect.stringContaining('Name must not contain control characters'));
    expect(name).toHaveFocus();
    // Placed on its field, so no general alert repeats it.
    expect(screen.queryByText('The room could not be saved')).toBeNull();
  });
});
