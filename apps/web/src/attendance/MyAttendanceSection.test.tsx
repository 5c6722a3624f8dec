import '@testing-library/jest-dom/jest-globals';
import { afterEach, describe, expect, it } from '@jest/globals';
import type { MyAttendance } from '@lti-rooms/contracts';
import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { queryClient } from '../api/query-client';
import { answeringFetch } from '../test-support/answering-fetch';
import { MyAttendanceSection } from './MyAttendanceSection';

const plain = (text: string | null) => (text ?? '').replace(/\s/g, ' ');

const mine = (fields: Partial<MyAttendance>): MyAttendance => ({
  grading: { enabled: true, maxScore: 10, aggregation: 'average' },
  sessions: [
    { id: 's-2', startedAt: '2026-11-28T10:00:00Z', endedAt: '2026-11-28T11:00:00Z', minutesPresent: 0, percentOfSession: 0, lateMinutes: null, score: 0 },
    { id: 's-1', startedAt: '2026-11-27T10:00:00Z', endedAt: '2026-11-27T11:00:00Z', minutesPresent: 45, percentOfSession: 75, lateMinutes: 15, score: 10 },
  ],
  roomScore: 5,
  ...fields,
});

let network: ReturnType<typeof answeringFetch> | null = null;
afterEach(() => {
  network?.restore();
  queryClient.clear();
});

function show(answer: MyAttendance) {
  network = answeringFetch(() => answer);
  render(
    <QueryClientProvider client={queryClient}>
      <MyAttendanceSection roomId="room-1" />
    </QueryClientProvider>,
  );
}

describe("a participant's own attendance", () => {
  it('asks for their own record and shows exactly the sessions it holds, with scores and the room grade', async () => {
    show(mine({}));
    const rows = await screen.findAllByTestId('my-attendance-row');
    expect(network?.sent.map((request) => request.path)).toEqual(['/api/rooms/room-1/attendance/mine']);
    expect(rows).toHaveLength(2);
    expect(within(rows[1]).getAllByRole('cell').map((cell) => plain(cell.textContent))).toEqual(['45', '75%', '15 minutes late', '10 / 10']);
    expect(screen.getByTestId('my-room-score')).toHaveTextContent('Your grade for this room: 5 / 10');
  });

  it('leaves scores out when the room is not graded', async () => {
    show(mine({ grading: { enabled: false, maxScore: 100, aggregation: 'perSession' }, roomScore: null, sessions: mine({}).sessions.map((s) => ({ ...s, score: null })) }));
    await screen.findAllByTestId('my-attendance-row');
    expect(screen.queryByRole('columnheader', { name: 'Score' })).toBeNull();
    expect(screen.queryByTestId('my-room-score')).toBeNull();
  });

  it('says so when no session has ended yet', async () => {
    show(mine({ sessions: [], roomScore: null }));
    expect(await screen.findByText('No sessions of this room have ended yet.')).toBeVisible();
  });
});
