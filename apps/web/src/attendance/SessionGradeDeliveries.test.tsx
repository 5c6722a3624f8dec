import '@testing-library/jest-dom/jest-globals';
import { afterEach, describe, expect, it } from '@jest/globals';
import type { GradeDelivery } from '@lti-rooms/contracts';
import { GRADE_REFUSALS, type GradeRefusal } from '@lti-rooms/domain';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { answeringFetch } from '../test-support/answering-fetch';
import { SessionGradeDeliveries } from './SessionGradeDeliveries';

const delivery = (fields: Partial<GradeDelivery>): GradeDelivery => ({
  sessionId: 's-1', channelId: 'bio', channelTitle: 'Biology 101', state: 'done', total: 28, sent: 28, pending: 0, refused: 0, retryAt: null, refusal: null, ...fields,
});

let network: ReturnType<typeof answeringFetch> | null = null;
afterEach(() => network?.restore());

function show(deliveries: GradeDelivery[], canResend = true) {
  render(<SessionGradeDeliveries roomId="room-1" sessionId="s-1" period="Fri, Nov 27" deliveries={deliveries} canResend={canResend} zone="UTC" />);
}
const statusOf = () => screen.getByTestId('grade-delivery');

describe("a session's grades on their way to the gradebook", () => {
  it.each([
    ['all sent', delivery({}), 'Grades sent to the gradebook: 28 of 28.'],
    ['one pending, retrying', delivery({ state: 'sending', sent: 27, pending: 1, retryAt: '2026-11-27T10:31:00Z' }), 'Grades sent to the gradebook: 27 of 28 · 1 pending — retrying.'],
    ['two being sent', delivery({ state: 'sending', sent: 26, pending: 2 }), 'Grades sent to the gradebook: 26 of 28 · 2 being sent.'],
    ['being prepared', delivery({ state: 'preparing', sent: 0, total: 0 }), 'Preparing the grades for the gradebook…'],
    ['one refused', delivery({ state: 'refused', sent: 27, refused: 1, refusal: 'REJECTED' }), 'Grades sent to the gradebook: 27 of 28.The gradebook refused 1 grade.'],
  ])('%s', (_case, status, text) => {
    show([status]);
    expect(statusOf()).toHaveTextContent(`Biology 101:${text}`);
  });

  it('says when the next try is due, in the viewer’s zone', () => {
    show([delivery({ state: 'sending', sent: 27, pending: 1, retryAt: '2026-11-27T10:31:00Z' })]);
    expect(statusOf().textContent?.replace(/\s/g, ' ')).toContain('Next try at 10:31 AM.');
  });

  const ADVICE: Record<GradeRefusal, string> = {
    SCOPE_MISSING: 'Ask your LMS administrator to allow the tool’s “IMS LTI Assignment and Grade Services” (AGS) scopes, then select Resend.',
    LINE_ITEM_GONE: 'The gradebook column was deleted in the LMS. Resend creates it again.',
    REJECTED: 'The LMS rejected the grades.',
    NO_GRADE_SERVICE: 'The course did not offer grade sync in its launches.',
    GAVE_UP: 'Select Resend to try again.',
  };
  it.each(GRADE_REFUSALS.map((code) => [code, ADVICE[code]] as const))('explains the refusal %s with what to do', (code, advice) => {
    show([delivery({ state: 'refused', sent: 0, refused: 0, total: 0, refusal: code })]);
    expect(statusOf()).toHaveTextContent('The grades were not sent to the gradebook.');
    expect(statusOf()).toHaveTextContent(advice);
  });

  it("shows only this session's deliveries, one per course", () => {
    show([delivery({}), delivery({ channelId: 'chem', channelTitle: 'Chemistry', sent: 3, total: 3 }), delivery({ sessionId: 's-2', channelTitle: 'Other session' })]);
    expect(screen.getAllByTestId('grade-delivery').map((element) => element.dataset.channelId)).toEqual(['bio', 'chem']);
    expect(screen.queryByText(/Other session/)).toBeNull();
  });

  it('resends the session and shows what the server answers', async () => {
    network = answeringFetch(() => ({ deliveries: [delivery({ state: 'preparing', sent: 0, total: 0 })] }));
    show([delivery({ state: 'refused', sent: 0, total: 0, refusal: 'LINE_ITEM_GONE' })]);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Resend grades of the session Fri, Nov 27' }));

    expect(await screen.findByText('Preparing the grades for the gradebook…')).toBeVisible();
    expect(network.sent).toEqual([{ method: 'POST', path: '/api/rooms/room-1/sessions/s-1/grades/resend', body: undefined }]);
  });

  it('offers no resend to those who may only read the register', () => {
    show([delivery({ state: 'refused', refusal: 'GAVE_UP' })], false);
    expect(screen.queryByRole('button', { name: /Resend/ })).toBeNull();
  });
});
