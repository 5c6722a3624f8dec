import '@testing-library/jest-dom/jest-globals';
import { describe, expect, it, jest } from '@jest/globals';
import type { AdminSettings } from '@lti-rooms/contracts';
import { DEFAULT_LICENCE, DEFAULT_ROOM_CAPS } from '@lti-rooms/domain';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { refusingFetch } from '../../test-support/refusing-fetch';
import { TemplateForm } from './TemplateForm';

const settings: AdminSettings = {
  enabledModes: ['interactive', 'panel'], defaultMode: 'interactive', caps: { ...DEFAULT_ROOM_CAPS }, licence: { ...DEFAULT_LICENCE },
  earlyEntryMinutesDefault: 15, hostAbsenceTimeoutMinutes: 15, maxTimeFrameHours: 12,
};

describe('the template form, as an administrator fills it in', () => {
  it("checks the caps against the base mode's licence with the domain's rule, before any round trip", async () => {
    const network = refusingFetch();
    const onSaved = jest.fn();
    render(<TemplateForm template={null} settings={settings} onSaved={onSaved} onCancel={() => undefined} />);
    const user = userEvent.setup();

    await user.type(screen.getByRole('textbox', { name: /^Template name/ }), 'Town hall');
    await user.selectOptions(screen.getByRole('combobox', { name: /^Base mode/ }), 'panel');
    const cameras = screen.getByRole('spinbutton', { name: /^Camera-on cap/ });
    await user.clear(cameras);
    await user.type(cameras, '25');
    await user.click(screen.getByRole('button', { name: /save|create/i }));

    expect(cameras).toHaveAccessibleDescription(expect.stringContaining('Must be between 1 and 10 (your licence)'));
    expect(screen.getByRole('link', { name: /Must be between 1 and 10/ })).toBeVisible();
    expect(onSaved).not.toHaveBeenCalled();
    expect(network.sent).toEqual([]);
    network.restore();
  });
});
