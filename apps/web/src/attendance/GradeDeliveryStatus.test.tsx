import '@testing-library/jest-dom/jest-globals';
import { afterEach, describe, expect, it } from '@jest/globals';
import type { GradeDelivery } from '@lti-rooms/contracts';
import { GRADE_REFUSALS, type GradeRefusal } from '@lti-rooms/domain';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { answeringFetch } from '../test-support/answering-fetch';
import { GradeDeliveryStatus } from './GradeDeliveryStatus';

const delivery = (fields: Partial<GradeDelivery>): GradeDelivery => ({
  sessionId: 's-1', channelId: 'bio', channelTitle: 'Biology 101', state: 'done', total: 28, sent: 28, pending: 0, refused: 0, retryAt: null, refusal: null, ...fields,
});

let network: ReturnType<typeof answeringFetch> | null = null;
afterEach(() => network?.restore());

function show(deliveries: GradeDelivery[], canResend = true) {
  render(<GradeDeliveryStatus roomId="room-1" sessionId={deliveries[0]?.sessionId ?? 'session-1'} sessionEnded gradingEnabled period="Fri, Nov 27" deliveries={deliveries} canResend={canResend} zone="UTC" />);
}
/** Intl puts a narrow no-break space before AM/PM: compare plain spaces. */
const textOf = (element: HTMLElement) => (element.textContent ?? '').replace(/\s/g, ' ');

describe("a session's grades on their way to the gradebook", () => {
  it.each([
    ['all sent', delivery({}), 'Grades sent to the gradebook of Biology 101: 28 of 28'],
    ['one pending, retrying', delivery({ state: 'sending', sent: 27, pending: 1, retryAt: '2026-11-27T10:31:00Z' }), 'Grades sent to the gradebook of Biology 101: 27 of 28 · 1 pending — retrying at 10:31 AM'],
    ['being prepared', delivery({ state: 'preparing', sent: 0, total: 0 }), 'Grades for Biology 101 are being prepared…'],
  ])('%s', (_case, status, text) => {
    show([status]);
    expect(textOf(screen.getByTestId('grade-delivery'))).toContain(text);
  });

  const ADVICE: Record<GradeRefusal, string> = {
    SCOPE_MISSING: 'Ask the LMS administrator to allow “IMS LTI Assignment and Grade Services” for the tool',
    LINE_ITEM_GONE: 'The gradebook column in Biology 101 was deleted. Resend to create it again.',
    REJECTED: 'Biology 101 refused the grades.',
    NO_GRADE_SERVICE: 'Biology 101 offers no grade service in its launches.',
    GAVE_UP: 'Biology 101 did not take the grades for a day. Resend to try again.',
  };
  it.each(GRADE_REFUSALS.map((code) => [code, ADVICE[code]] as const))('explains the refusal %s with what to do', (code, advice) => {
    show([delivery({ state: 'refused', sent: 0, refused: 28, refusal: code })]);
    expect(screen.getByTestId('grade-delivery')).toHaveTextContent(advice);
  });

  it('names each course the session’s grades go to, under one test id for the session', () => {
    show([delivery({}), delivery({ channelId: 'chem', channelTitle: 'Chemistry', sent: 3, total: 3 })]);
    const status = screen.getByTestId('grade-delivery');
    expect(status).toHaveAttribute('data-session-id', 's-1');
    expect(status).toHaveTextContent('Grades sent to the gradebook of Chemistry: 3 of 3');
  });

  it('resends the session’s grades', async () => {
    network = answeringFetch(() => ({ deliveries: [delivery({ state: 'preparing', sent: 0, total: 0 })], gradingEnabled: true }));
    show([delivery({ state: 'refused', sent: 0, refused: 28, refusal: 'LINE_ITEM_GONE' })]);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Resend grades of the session Fri, Nov 27' }));
    expect(network.sent).toEqual([{ method: 'POST', path: '/api/rooms/room-1/sessions/s-1/grades/resend', body: undefined }]);
  });

  it('offers to send the grades of a session that ended before grading was turned on, to those who may', async () => {
    network = answeringFetch(() => ({ deliveries: [delivery({ state: 'preparing', sent: 0, total: 0 })], gradingEnabled: true }));
    const { rerender } = render(<GradeDeliveryStatus roomId="room-1" sessionId="s-1" sessionEnded gradingEnabled period="Fri, Nov 27" deliveries={[]} canResend zone="UTC" />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Send grades of the session Fri, Nov 27' }));
    expect(network.sent).toEqual([{ method: 'POST', path: '/api/rooms/room-1/sessions/s-1/grades/resend', body: undefined }]);
    for (const props of [{ gradingEnabled: false, sessionEnded: true, canResend: true }, { gradingEnabled: true, sessionEnded: false, canResend: true }, { gradingEnabled: true, sessionEnded: true, canResend: false }]) {
      rerender(<GradeDeliveryStatus roomId="room-1" sessionId="s-1" period="Fri, Nov 27" deliveries={[]} zone="UTC" {...props} />);
      expect(screen.queryByRole('button', { name: /Send grades/ })).toBeNull();
    }
  });

  it('offers no resend to those who may only read the register, nor while grades are still on their way', () => {
    show([delivery({ state: 'refused', refusal: 'GAVE_UP' })], false);
    expect(screen.queryByRole('button', { name: /Resend/ })).toBeNull();
    show([delivery({ channelId: 'x', state: 'sending', sent: 1, pending: 27 })]);
    expect(screen.queryByRole('button', { name: /Resend/ })).toBeNull();
  });
});
