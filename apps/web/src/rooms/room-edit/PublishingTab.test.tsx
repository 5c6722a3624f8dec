import '@testing-library/jest-dom/jest-globals';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { refusingFetch } from '../../test-support/refusing-fetch';
import { ChannelChecklist } from './PublishingTab';

let network: ReturnType<typeof refusingFetch>;
beforeEach(() => {
  network = refusingFetch();
});
afterEach(() => network.restore());

function show(channels: Array<{ id: string; title: string; published: boolean }>) {
  render(<ChannelChecklist roomId="room-1" initial={{ channels }} />);
  // A change sent without confirmation would be recorded here.
  return { user: userEvent.setup(), sent: network.sent };
}

describe('removing a room from a course', () => {
  it('asks first, says when it is the last course, and Cancel keeps it published', async () => {
    const { user, sent } = show([{ id: 'bio', title: 'Biology 101', published: true }]);
    const box = screen.getByRole('checkbox', { name: 'Biology 101' });
    await user.click(box);

    const dialog = screen.getByRole('dialog', { name: 'Remove the room from Biology 101?' });
    expect(dialog).toHaveTextContent('Members of Biology 101 will no longer find it on the course page.');
    expect(screen.getByTestId('last-course-warning')).toHaveTextContent('This is the last course it is in');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(box).toBeChecked();
    expect(sent).toEqual([]);
  });

  it('does not call one of several courses the last', async () => {
    const { user } = show([{ id: 'bio', title: 'Biology 101', published: true }, { id: 'chem', title: 'Chemistry', published: true }]);
    await user.click(screen.getByRole('checkbox', { name: 'Chemistry' }));
    expect(screen.getByRole('dialog', { name: 'Remove the room from Chemistry?' })).toBeVisible();
    expect(screen.queryByTestId('last-course-warning')).toBeNull();
  });
});
