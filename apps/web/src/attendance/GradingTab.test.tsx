import '@testing-library/jest-dom/jest-globals';
import { describe, expect, it, jest } from '@jest/globals';
import type { GradingSettingsBody, GradingView } from '@lti-rooms/contracts';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GradingForm } from './GradingTab';

const view = (settings: Partial<GradingSettingsBody> = {}, gradeService: GradingView['channels'][number]['gradeService'] = 'ready'): GradingView => ({
  settings: { enabled: false, rule: { kind: 'minimumPercent', percent: 75 }, aggregation: 'perSession', maxScore: 100, ...settings },
  channels: [{ channelId: 'c1', title: 'Biology 101', gradeService }],
});

describe('the Grading tab', () => {
  it('turns grading on with a minutes rule, one column with the average, and a maximum: the body it saves', async () => {
    const user = userEvent.setup();
    const onSave = jest.fn(async (settings: GradingSettingsBody) => ({ ...view(), settings }));
    render(<GradingForm view={view()} onSave={onSave} />);
    expect(screen.getByRole('radio', { name: 'being present at least a number of minutes' })).toBeDisabled();
    await user.click(screen.getByRole('switch', { name: 'Grade attendance' }));
    await user.click(screen.getByRole('radio', { name: 'being present at least a number of minutes' }));
    const minutes = screen.getByLabelText('Minutes present');
    expect(minutes).toHaveAccessibleDescription('From 1 to 600. A session shorter than this asks for all of it.');
    await user.clear(minutes);
    await user.type(minutes, '45');
    await user.click(screen.getByRole('radio', { name: /^One column: the average/ }));
    const max = screen.getByLabelText('Maximum score');
    await user.clear(max);
    await user.type(max, '20');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).toHaveBeenCalledWith({ enabled: true, rule: { kind: 'minimumMinutes', minutes: 45 }, aggregation: 'average', maxScore: 20 });
    expect(await screen.findByRole('status')).toHaveTextContent('Grading saved. It applies to sessions that end from now on.');
  });

  it.each([
    ['ready', 'Biology 101: grades can be sent.'],
    ['missing', 'Biology 101: its launches carry no grade service. Turn on “IMS LTI Assignment and Grade Services” for the tool in the LMS.'],
    ['scopeMissing', 'Biology 101: the LMS does not let the tool create gradebook columns and post scores. Ask its administrator to allow them.'],
  ] as const)('says per course whether grades can be sent (%s)', (service, text) => {
    render(<GradingForm view={view({}, service)} onSave={jest.fn(async () => view())} />);
    expect(screen.getByTestId('grade-services')).toHaveTextContent(text);
  });
});
