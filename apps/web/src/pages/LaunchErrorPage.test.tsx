import '@testing-library/jest-dom/jest-globals';
import { describe, expect, it } from '@jest/globals';
import type { LaunchError } from '@lti-rooms/contracts';
import { render, screen } from '@testing-library/react';
import { LaunchErrorPage } from './LaunchErrorPage';

const inactive: LaunchError = {
  status: 403, code: 'PLATFORM_INACTIVE', title: 'LTI Rooms is not activated for this LMS yet',
  detail: 'This platform is registered but an administrator has not activated it.', adminHint: 'An operator of LTI Rooms must activate this registration.',
};
const registration = {
  id: '5b0c1c38-1111-4c4c-9d9d-0123456789ab', platformName: 'moodle', issuer: 'https://moodle.example.edu', clientId: 'kX9p2',
  deploymentId: '7', deploymentIds: ['7'], registeredAt: '2026-12-04T10:00:00.000Z', pending: true,
};

describe('the launch error page of an inactive registration', () => {
  it('shows an LMS administrator the registration and the command with its real id', () => {
    render(<LaunchErrorPage error={{ ...inactive, registration }} />);
    const section = screen.getByRole('region', { name: 'This registration waits for activation' });
    for (const value of ['moodle', 'https://moodle.example.edu', 'kX9p2', registration.id]) expect(section).toHaveTextContent(value);
    expect(screen.getByTestId('activate-command')).toHaveTextContent(`npm run platforms -- activate ${registration.id}`);
    expect(section).toHaveTextContent('removed after 7 days');
  });

  it('shows anyone else the general page, without a registration or command', () => {
    render(<LaunchErrorPage error={inactive} />);
    expect(screen.queryByTestId('inactive-registration')).toBeNull();
    expect(document.body).not.toHaveTextContent('npm run platforms -- activate');
    expect(screen.getByText(inactive.adminHint)).toBeVisible();
  });
});
