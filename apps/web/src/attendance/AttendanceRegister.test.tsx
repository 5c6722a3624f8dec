import '@testing-library/jest-dom/jest-globals';
import { describe, expect, it } from '@jest/globals';
import type { AttendanceRow, MyAttendance, SessionAttendance } from '@lti-rooms/contracts';
import { render, screen, within } from '@testing-library/react';
import { AbsentList } from './AbsentList';
import { AttendanceTable } from './AttendanceTable';
import { MyAttendanceView } from './MyAttendanceView';

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

function showTable(fields: Partial<SessionAttendance>) {
  render(<AttendanceTable session={session(fields)} period="the period" zone="UTC" />);
  return { headers: screen.getAllByRole('columnheader').map((cell) => cell.textContent), rows: screen.getAllByTestId('attendance-row') };
}

describe('a session’s register', () => {
  it('shows minutes, share of the session, camera minutes, lateness and each stretch present', () => {
    const { rows } = showTable({});
    const cells = within(rows[0]).getAllByRole('cell').map((cell) => plain(cell.textContent));
    expect(cells).toEqual(['10:02 AM', '10:58 AM', '54', '90%', '12', '2 min late', '10:02 – 10:31 AM, 10:33 – 10:58 AM']);
  });

  it('says "on time", and a stretch still going, in a live session', () => {
    const { rows } = showTable({ status: 'live', endedAt: null, rows: [row({ lateMinutes: 0, lastLeaveAt: null, segments: [{ from: '2026-11-27T10:00:00Z', to: null }] })] });
    expect(plain(rows[0].textContent)).toContain('on time');
    expect(plain(rows[0].textContent)).toContain('since 10:00 AM');
  });

  it.each([
    ['an interactive session without schedule has no stage or lateness column', {}, { scheduledStartAt: null }, false, false],
    ['a scheduled panel session has both', { onStageMinutes: 20 }, { mode: 'panel' as const }, true, true],
  ])('%s', (_case, rowFields, sessionFields, stage, late) => {
    const { headers } = showTable({ ...sessionFields, rows: [row({ ...rowFields, lateMinutes: late ? 2 : null })] });
    expect(headers.includes('Minutes on stage')).toBe(stage);
    expect(headers.includes('Late')).toBe(late);
  });
});

describe('the absent', () => {
  it('lists the students who never came', () => {
    render(<AbsentList sessionId="s-1" absentees={[{ ltiUserId: 'b', name: 'Babbage' }, { ltiUserId: 'c', name: 'Curie' }]} />);
    expect(screen.getByRole('heading', { name: 'Absent (2)' })).toBeVisible();
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Babbage', 'Curie']);
  });

  it('says everyone came when nobody is missing', () => {
    render(<AbsentList sessionId="s-1" absentees={[]} />);
    expect(screen.getByTestId('absentees')).toHaveTextContent('Everyone came.');
  });

  it('says nothing when the server cannot tell (no schedule or no roster)', () => {
    render(<AbsentList sessionId="s-1" absentees={null} />);
    expect(screen.queryByTestId('absentees')).toBeNull();
  });
});

describe("a participant's own attendance", () => {
  const mine = (fields: Partial<MyAttendance>): MyAttendance => ({
    grading: { enabled: true, maxScore: 10, aggregation: 'average' },
    sessions: [
      { id: 's-2', startedAt: '2026-11-28T10:00:00Z', endedAt: '2026-11-28T11:00:00Z', minutesPresent: 0, percentOfSession: 0, lateMinutes: null, score: 0 },
      { id: 's-1', startedAt: '2026-11-27T10:00:00Z', endedAt: '2026-11-27T11:00:00Z', minutesPresent: 45, percentOfSession: 75, lateMinutes: 15, score: 10 },
    ],
    roomScore: 5,
    ...fields,
  });

  it('shows exactly the sessions the server gave, with scores and the room score', () => {
    render(<MyAttendanceView mine={mine({})} zone="UTC" />);
    const rows = screen.getAllByTestId('my-attendance-session');
    expect(rows.map((element) => element.dataset.sessionId)).toEqual(['s-2', 's-1']);
    expect(within(rows[1]).getAllByRole('cell').map((cell) => plain(cell.textContent))).toEqual(['45', '75%', '15 min late', '10 of 10']);
    expect(screen.getByTestId('my-room-score')).toHaveTextContent('Your score for this room (the average over its sessions): 5 of 10');
    expect(screen.queryByText('Ada')).toBeNull();
  });

  it('leaves scores out when grading is off', () => {
    render(<MyAttendanceView mine={mine({ grading: { enabled: false, maxScore: 100, aggregation: 'perSession' }, roomScore: null, sessions: mine({}).sessions.map((s) => ({ ...s, score: null })) })} zone="UTC" />);
    expect(screen.queryByRole('columnheader', { name: 'Score' })).toBeNull();
    expect(screen.queryByTestId('my-room-score')).toBeNull();
  });
});
