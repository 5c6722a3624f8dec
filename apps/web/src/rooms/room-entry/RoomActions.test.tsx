import '@testing-library/jest-dom/jest-globals';
import { describe, expect, it } from '@jest/globals';
import type { RoomBody } from '@lti-rooms/contracts';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { RoomActions } from './RoomActions';

const permissions = { edit: true, delete: true, restore: false, start: true, join: true, publish: true, like: true, manageCollaborators: true, viewAttendance: true };
const roomWith = (status: RoomBody['status'], granted: Partial<RoomBody['permissions']> = {}) =>
  ({ id: 'room-1', status, permissions: { ...permissions, ...granted } }) as unknown as RoomBody;
const show = (room: RoomBody) => render(<MemoryRouter><RoomActions room={room} /></MemoryRouter>);

describe('the entry page actions', () => {
  it('offers a host Start Meeting while the room is open', () => {
    show(roomWith({ kind: 'open', endsAt: '2026-11-20T12:00:00Z' }));
    expect(screen.getByRole('button', { name: 'Start Meeting' })).toBeVisible();
  });

  it('offers nobody a way in once the time frame has ended, and tells an editor how to meet again', () => {
    show(roomWith({ kind: 'ended', endedAt: '2026-11-20T12:00:00Z' }));
    expect(screen.queryByRole('button', { name: 'Start Meeting' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Join' })).toBeNull();
    expect(screen.getByText("This room's time frame has ended. Edit it to set a new one.")).toBeVisible();
    expect(screen.getByRole('button', { name: 'Edit' })).toBeVisible();
  });

  it('tells a student the same without the editing hint', () => {
    show(roomWith({ kind: 'ended', endedAt: '2026-11-20T12:00:00Z' }, { start: false, edit: false }));
    expect(screen.queryByRole('button', { name: 'Join' })).toBeNull();
    expect(screen.getByText("This room's time frame has ended.")).toBeVisible();
  });
});
