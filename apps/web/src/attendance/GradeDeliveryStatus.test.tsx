import '@testing-library/jest-dom/jest-globals';
import { describe, expect, it } from '@jest/globals';
import type { GradeDelivery, SessionAttendance } from '@lti-rooms/contracts';
import { render, screen } from '@testing-library/react';
import { GradeDeliveryStatus } from './GradeDeliveryStatus';
import { AbsentList } from './SessionRegister';

const delivery = (fields: Partial<GradeDelivery>): GradeDelivery => ({
  sessionId: 's1', channelId: 'c1', channelTitle: 'Biology 101', state: 'done', total: 28, sent: 28, pending: 0, refused: 0, retryAt: null, refusal: null, ...fields,
});
const show = (deliveries: GradeDelivery[]) => render(<GradeDeliveryStatus roomId="r1" deliveries={deliveries} period="Fri 4 Dec, 10:00 – 11:00" zone="Europe/Berlin" />);

describe('where a session\'s grades are', () => {
  it('counts what reached the gradebook and what is pending, with the next retry in the viewer\'s zone', () => {
    show([delivery({ state: 'sending', sent: 27, pending: 1, retryAt: '2026-12-04T09:42:00Z' })]);
    expect(screen.getByTestId('grade-delivery')).toHaveTextContent('Grades sent to the gradebook of Biology 101: 27 of 28 · 1 pending — retrying at 10:42');
    expect(screen.queryByRole('button', { name: /Resend/ })).toBeNull();
  });

  it('explains a refusal with what to do, and offers Resend', () => {
    show([delivery({ state: 'refused', sent: 0, refused: 28, refusal: 'LINE_ITEM_GONE' })]);
    expect(screen.getByRole('status')).toHaveTextContent('The gradebook column in Biology 101 was deleted. Resend to create it again.');
    expect(screen.getByRole('button', { name: 'Resend grades of the session Fri 4 Dec, 10:00 – 11:00' })).toBeVisible();
  });

  it('says grades are being prepared before the roster is read', () => {
    show([delivery({ state: 'preparing', total: 0, sent: 0 })]);
    expect(screen.getByTestId('grade-delivery')).toHaveTextContent('Grades for Biology 101 are being prepared…');
  });

  it('shows nothing for a session that was never graded', () => {
    show([]);
    expect(screen.queryByTestId('grade-delivery')).toBeNull();
  });
});

describe('the absent', () => {
  const absentees: NonNullable<SessionAttendance['absentees']> = [{ ltiUserId: 'a', name: 'Ana Lima' }, { ltiUserId: 'b', name: 'Bo Chen' }];
  it('lists the roster\'s students who never came, or says everyone came', () => {
    const { rerender } = render(<AbsentList absentees={absentees} />);
    expect(screen.getByRole('heading', { name: 'Absent: 2 students' })).toBeVisible();
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Ana Lima', 'Bo Chen']);
    rerender(<AbsentList absentees={[]} />);
    expect(screen.getByText('Every student on the course roster came.')).toBeVisible();
  });
});
