import '@testing-library/jest-dom/jest-globals';
import { afterEach, describe, expect, it } from '@jest/globals';
import type { GradingSettingsBody, GradingView } from '@lti-rooms/contracts';
import { DEFAULT_GRADING_SETTINGS, GRADING_LIMITS } from '@lti-rooms/domain';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { answeringFetch, type SentRequest } from '../test-support/answering-fetch';
import { GradingForm } from './GradingForm';

const channels: GradingView['channels'] = [
  { channelId: 'bio', title: 'Biology 101', gradeService: 'ready' },
  { channelId: 'chem', title: 'Chemistry', gradeService: 'missing' },
  { channelId: 'phys', title: 'Physics', gradeService: 'scopeMissing' },
];

let network: ReturnType<typeof answeringFetch> | null = null;
afterEach(() => network?.restore());

/** The server saves what it is sent and answers the view with it. */
function show(settings: GradingSettingsBody = DEFAULT_GRADING_SETTINGS) {
  network = answeringFetch((request: SentRequest) => ({ settings: request.body, channels }));
  render(<GradingForm roomId="room-1" initial={{ settings, channels }} />);
  return { user: userEvent.setup(), sent: network.sent };
}

async function replaceNumber(user: ReturnType<typeof userEvent.setup>, name: RegExp, value: string) {
  const field = screen.getByRole('spinbutton', { name });
  await user.clear(field);
  if (value !== '') await user.type(field, value);
  return field;
}

describe('the Grading tab', () => {
  it.each([
    ['below the minimum', /^Minimum minutes present/, 'minimumMinutes', String(GRADING_LIMITS.minutes.min - 1), `Must be at least ${GRADING_LIMITS.minutes.min}`],
    ['above the maximum', /^Minimum minutes present/, 'minimumMinutes', String(GRADING_LIMITS.minutes.max + 1), `Must be at most ${GRADING_LIMITS.minutes.max}`],
    ['a share above 100 %', /^Minimum share of the session/, 'minimumPercent', String(GRADING_LIMITS.percent.max + 1), `Must be at most ${GRADING_LIMITS.percent.max}`],
    ['an empty maximum score', /^Maximum score/, 'minimumPercent', '', 'Required'],
  ] as const)('refuses %s on the field, sending nothing', async (_case, field, rule, value, message) => {
    const { user, sent } = show();
    await user.click(screen.getByRole('radio', { name: rule === 'minimumMinutes' ? /at least a number of minutes/ : /at least a share of the session/ }));
    const input = await replaceNumber(user, field, value);
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(input).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(sent).toEqual([]);
  });

  it('shows only the chosen rule’s number, and its range from the domain’s limits', async () => {
    const { user } = show();
    expect(screen.getByRole('spinbutton', { name: /^Minimum share of the session/ })).toHaveValue(75);
    expect(screen.queryByRole('spinbutton', { name: /^Minimum minutes present/ })).toBeNull();
    await user.click(screen.getByRole('radio', { name: 'Proportional to the minutes present' }));
    expect(screen.queryByRole('spinbutton', { name: /^Minimum share of the session/ })).toBeNull();
    await user.click(screen.getByRole('radio', { name: /at least a number of minutes/ }));
    expect(screen.getByRole('spinbutton', { name: /^Minimum minutes present/ })).toHaveAccessibleDescription(
      expect.stringContaining(`From ${GRADING_LIMITS.minutes.min} to ${GRADING_LIMITS.minutes.max} minutes.`),
    );
  });

  it("saves the chosen rule alone (another rule's number is not sent) and says it was saved", async () => {
    const { user, sent } = show();
    await user.click(screen.getByRole('switch', { name: 'Send attendance grades to the gradebook' }));
    await user.click(screen.getByRole('radio', { name: /at least a number of minutes/ }));
    await replaceNumber(user, /^Minimum minutes present/, '45');
    await user.click(screen.getByRole('radio', { name: 'One column with the average over the room’s sessions' }));
    await replaceNumber(user, /^Maximum score/, '10');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Grading settings saved.')).toBeVisible();
    expect(sent).toEqual([
      { method: 'PUT', path: '/api/rooms/room-1/grading', body: { enabled: true, rule: { kind: 'minimumMinutes', minutes: 45 }, aggregation: 'average', maxScore: 10 } },
    ]);
  });

  it('says per course whether grades can reach its gradebook, and what to ask for when not', () => {
    show();
    const course = (id: string) => screen.getAllByTestId('grading-channel').find((item) => item.dataset.channelId === id)!;
    expect(course('bio')).toHaveTextContent('Grade sync is available.');
    expect(course('chem')).toHaveTextContent('This course’s launches carry no grade service: enable “IMS LTI Assignment and Grade Services” for the tool in the LMS.');
    expect(course('phys')).toHaveTextContent('ask your LMS administrator to allow the tool’s “IMS LTI Assignment and Grade Services” scopes');
  });
});
