import '@testing-library/jest-dom/jest-globals';
import { describe, expect, it } from '@jest/globals';
import type { AttendanceRow, SessionAttendance } from '@lti-rooms/contracts';
import { render, screen, within } from '@testing-library/react';
import { AbsentList, SessionRegister } from './SessionRegister';

const plain = (text: string | null) => (text ?? '').replace(/\s/g, ' ');

const row = (fields: Partial<AttendanceRow>): AttendanceRow => ({
  userId: 'u-1', name: 'Ada', email: null, firstJoinAt: '2026-11-27T10:02:00Z', lastLeaveAt: '2026-11-27T10:58:00Z',
  segments: [{ from: '2026-11-27T10:02:00Z', to: '2026-11-27T10:31:00Z' }, { from: '2026-11-27T10:33:00Z', to: '2026-11-27T10:58:00Z' }],
  minutesPresent: 54, percentOfSession: 90, onStageMinutes: null, cameraOnMinutes: 12, lateMinutes: 2, ...fields,
});
const session = (fields: Partial<SessionAttendance>): SessionAttendance => ({
  id: 's-1', status: 'ended', mode: 'interactive', startedAt: '2026-11-27T10:00:00Z', endedAt: '2026-11-27T11:00:00Z', endReason: null,
  scheduledStartAt: '2026-11-27T10:00:00Z', durationMinutes: 60, rows: [row({})], absentees: null, ...fields,
});

function showRegister(fields: Partial<SessionAttendance>) {
  render(<SessionRegister session={session(fields)} zone="UTC" caption="Attendance" />);
  return { headers: screen.getAllByRole('columnheader').map((cell) => cell.textContent), rows: screen.getAllByTestId('attendance-row') };
}

describe('a session’s register', () => {
  it('shows arrival and departure, each stretch present, minutes, share, camera minutes and lateness', () => {
    const { rows } = showRegister({});
    expect(within(rows[0]).getAllByRole('cell').map((cell) => plain(cell.textContent))).toEqual([
      '10:02 AM', '10:58 AM', '10:02 AM–10:31 AM and 10:33 AM–10:58 AM', '54', '90%', '12 min', '2 minutes late',
    ]);
  });

  it('says "on time", and who is still there in a live session', () => {
    const { rows } = showRegister({ status: 'live', endedAt: null, rows: [row({ lateMinutes: 0, lastLeaveAt: null, segments: [{ from: '2026-11-27T10:00:00Z', to: null }] })] });
    expect(plain(rows[0].textContent)).toContain('on time');
    expect(plain(rows[0].textContent)).toContain('still in the session');
    expect(plain(rows[0].textContent)).toContain('since 10:00 AM');
  });

  it.each([
    ['an interactive session without schedule: no stage, no arrival column', { mode: 'interactive' as const, scheduledStartAt: null }, false, false],
    ['a scheduled panel session: both', { mode: 'panel' as const }, true, true],
  ])('%s', (_case, fields, stage, arrival) => {
    const { headers } = showRegister(fields);
    expect(headers.includes('On stage')).toBe(stage);
    expect(headers.includes('Arrival')).toBe(arrival);
  });
});

describe('the absent', () => {
  it('lists the students who never came', () => {
    render(<AbsentList absentees={[{ ltiUserId: 'b', name: 'Babbage' }, { ltiUserId: 'c', name: 'Curie' }]} />);
    expect(screen.getByRole('heading', { name: 'Absent: 2 students' })).toBeVisible();
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Babbage', 'Curie']);
  });

  it('says everyone came when nobody on the roster is missing', () => {
    render(<AbsentList absentees={[]} />);
    expect(screen.getByText('Every student on the course roster came.')).toBeVisible();
    expect(screen.queryByTestId('absentees')).toBeNull();
  });
});
