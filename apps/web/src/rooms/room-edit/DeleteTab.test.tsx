import '@testing-library/jest-dom/jest-globals';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import type { RoomBody } from '@lti-rooms/contracts';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { refusingFetch } from '../../test-support/refusing-fetch';
import { DeleteTab } from './DeleteTab';

const roomWith = (status: RoomBody['status']) => ({ id: 'room-1', name: 'Weekly seminar', status }) as unknown as RoomBody;

let network: ReturnType<typeof refusingFetch>;
beforeEach(() => {
  network = refusingFetch();
});
afterEach(() => network.restore());

function show(room: RoomBody) {
  render(<MemoryRouter><DeleteTab room={room} /></MemoryRouter>);
  // A delete sent without confirmation would be recorded here.
  return { user: userEvent.setup(), sent: network.sent };
}

describe('deleting a room', () => {
  it('asks first, and Cancel deletes nothing', async () => {
    const { user, sent } = show(roomWith({ kind: 'always-open' }));
    await user.click(screen.getByRole('button', { name: 'Delete room' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete "Weekly seminar"?' });
    expect(dialog).toHaveTextContent('It leaves every course now; you can restore it from My Rooms for 30 days.');
    expect(screen.queryByTestId('delete-live-warning')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(sent).toEqual([]);
  });

  it('says outright that a running session ends for everyone', async () => {
    const { user, sent } = show(roomWith({ kind: 'live', participantCount: 12, hostPresent: true }));
    await user.click(screen.getByRole('button', { name: 'Delete room' }));
    expect(screen.getByTestId('delete-live-warning')).toHaveTextContent('A session is running in this room with 12 people. Deleting the room ends it for everyone at once.');
    expect(screen.getByRole('button', { name: 'End the session and delete' })).toBeVisible();
    expect(sent).toEqual([]);
  });
});
