import '@testing-library/jest-dom/jest-globals';
import { afterEach, describe, expect, it } from '@jest/globals';
import type { GradingSettingsBody, GradingView } from '@lti-rooms/contracts';
import { DEFAULT_GRADING_SETTINGS, GRADING_LIMITS } from '@lti-rooms/domain';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { answeringFetch } from '../test-support/answering-fetch';
import { GradingForm } from './GradingTab';

const channels: GradingView['channels'] = [
  { channelId: 'bio', title: 'Biology 101', gradeService: 'ready' },
  { channelId: 'chem', title: 'Chemistry', gradeService: 'missing' },
];
/** Numbers as the English page writes them (1,000). */
const en = (n: number) => n.toLocaleString('en');
const enabled: GradingSettingsBody = { ...DEFAULT_GRADING_SETTINGS, enabled: true };

let network: ReturnType<typeof answeringFetch> | null = null;
afterEach(() => network?.restore());

/** The server saves what it is sent and answers the view with it. */
function show(settings: GradingSettingsBody) {
  network = answeringFetch((request) => ({ settings: request.body, channels }));
  render(<GradingForm roomId="room-1" view={{ settings, channels }} />);
  return { user: userEvent.setup(), sent: network.sent };
}

async function fill(user: ReturnType<typeof userEvent.setup>, label: string, value: string) {
  const field = screen.getByRole('spinbutton', { name: label });
  await user.clear(field);
  if (value !== '') await user.type(field, value);
  return field;
}

describe('the Grading tab', () => {
  it.each([
    ['minutes below the minimum', 'being present at least a number of minutes', 'Minutes present', GRADING_LIMITS.minutes.min - 1, `Must be at least ${en(GRADING_LIMITS.minutes.min)}`],
    ['minutes above the maximum', 'being present at least a number of minutes', 'Minutes present', GRADING_LIMITS.minutes.max + 1, `Must be at most ${en(GRADING_LIMITS.minutes.max)}`],
    ['a share above the whole session', 'being present at least a share of the session', 'Percent of the session', GRADING_LIMITS.percent.max + 1, `Must be at most ${en(GRADING_LIMITS.percent.max)}`],
    ['a maximum score above the limit', 'the score follows the minutes present', 'Maximum score', GRADING_LIMITS.maxScore.max + 1, `Must be at most ${en(GRADING_LIMITS.maxScore.max)}`],
  ])('refuses %s on the field and sends nothing', async (_case, rule, label, value, message) => {
    const { user, sent } = show(enabled);
    await user.click(screen.getByRole('radio', { name: new RegExp(rule) }));
    const field = await fill(user, label, String(value));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(field).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(sent).toEqual([]);
  });

  it("states each number's range from the domain's limits", async () => {
    const { user } = show(enabled);
    const { min, max } = GRADING_LIMITS.percent;
    expect(screen.getByRole('spinbutton', { name: 'Percent of the session' })).toHaveAccessibleDescription(`From ${min} to ${max}.`);
    await user.click(screen.getByRole('radio', { name: /number of minutes/ }));
    expect(screen.queryByRole('spinbutton', { name: 'Percent of the session' })).toBeNull();
    expect(screen.getByRole('spinbutton', { name: 'Minutes present' })).toHaveAccessibleDescription(expect.stringContaining(`From ${GRADING_LIMITS.minutes.min} to ${GRADING_LIMITS.minutes.max}.`));
  });

  it("saves the chosen rule alone (the other rule's number is not sent) and says so", async () => {
    const { user, sent } = show(DEFAULT_GRADING_SETTINGS);
    await user.click(screen.getByRole('switch', { name: 'Grade attendance' }));
    await user.click(screen.getByRole('radio', { name: /number of minutes/ }));
    await fill(user, 'Minutes present', '45');
    await user.click(screen.getByRole('radio', { name: /the average over the room’s sessions/ }));
    await fill(user, 'Maximum score', '10');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Grading saved. It applies to sessions that end from now on.')).toBeVisible();
    expect(sent).toEqual([
      { method: 'PUT', path: '/api/rooms/room-1/grading', body: { enabled: true, rule: { kind: 'minimumMinutes', minutes: 45 }, aggregation: 'average', maxScore: 10 } },
    ]);
  });

  it('keeps the rule while grading is off, and sends it unchanged', async () => {
    const { user, sent } = show({ enabled: true, rule: { kind: 'minimumPercent', percent: 60 }, aggregation: 'perSession', maxScore: 20 });
    await user.click(screen.getByRole('switch', { name: 'Grade attendance' }));
    expect(screen.getByRole('radio', { name: /share of the session/ })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText(/Grading saved/);
    expect(sent[0].body).toEqual({ enabled: false, rule: { kind: 'minimumPercent', percent: 60 }, aggregation: 'perSession', maxScore: 20 });
  });

  it('says per course whether grades can be sent, and what to turn on when not', () => {
    show(enabled);
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Biology 101: grades can be sent.',
      'Chemistry: its launches carry no grade service. Turn on “IMS LTI Assignment and Grade Services” for the tool in the LMS.',
    ]);
  });
});
