import '@testing-library/jest-dom/jest-globals';
import { describe, expect, it } from '@jest/globals';
import type { RoomBody } from '@lti-rooms/contracts';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { DeleteTab } from './DeleteTab';

const roomWith = (status: RoomBody['status']) => ({ id: 'room-1', name: 'Weekly seminar', status }) as unknown as RoomBody;

function show(room: RoomBody) {
  // jsdom has no fetch: a delete sent without confirmation would land here and fail the test.
  const sent: string[] = [];
  Object.assign(globalThis, { fetch: async (path: string) => { sent.push(path); throw new Error('no request may be sent'); } });
  render(<MemoryRouter><DeleteTab room={room} /></MemoryRouter>);
  return { user: userEvent.setup(), sent };
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
