import '@testing-library/jest-dom/jest-globals';
import { describe, expect, it } from '@jest/globals';
import type { RoomBody } from '@lti-rooms/contracts';
import { render, screen } from '@testing-library/react';
import { ChatSettingsTab } from './ChatSettingsTab';

const allOn = { groupChat: true, privateChat: true, polls: true, reactions: true };
const roomWith = (fields: Partial<RoomBody>) => ({ id: 'room-1', mode: 'interactive', templateName: null, chat: allOn, chatAllowed: allOn, ...fields }) as unknown as RoomBody;

describe('the chat settings of a room', () => {
  it("shows what the template turns off as off and fixed, saying why", () => {
    render(<ChatSettingsTab room={roomWith({ templateName: 'Quiet seminar', chatAllowed: { ...allOn, groupChat: false } })} onSaved={() => undefined} />);
    const groupChat = screen.getByRole('switch', { name: 'Group chat' });
    expect(groupChat).not.toBeChecked();
    expect(groupChat).toBeDisabled();
    expect(groupChat).toHaveAccessibleDescription('Turned off by the template "Quiet seminar": an administrator can change the template.');
    expect(screen.getByRole('switch', { name: 'Polls' })).toBeEnabled();
  });

  it("names the mode when the mode itself does not offer it", () => {
    render(<ChatSettingsTab room={roomWith({ mode: 'panel', chatAllowed: { ...allOn, privateChat: false } })} onSaved={() => undefined} />);
    expect(screen.getByRole('switch', { name: 'Private chat' })).toHaveAccessibleDescription('Off in every Panel room: the mode does not offer it.');
  });
});
