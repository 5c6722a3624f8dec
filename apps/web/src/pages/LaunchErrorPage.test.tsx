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
    expect(screen.getByText(/^An operator of LTI Rooms must activate this registration/)).toBeVisible();
  });
});

describe('the words of a refused launch', () => {
  const claims: LaunchError = {
    status: 400, code: 'INVALID_CLAIMS', title: 'Server title', detail: 'Server detail (nonce is required)', adminHint: 'Server hint',
  };

  it('come from the page for a code it knows, with what the server added about the launch as data', () => {
    render(<LaunchErrorPage error={claims} />);
    expect(screen.getByRole('heading', { level: 1, name: 'The LTI message is incomplete' })).toBeVisible();
    expect(screen.getByText('The id_token lacks claims LTI 1.3 requires.')).toBeVisible();
    expect(screen.getByText('nonce is required')).toBeVisible();
    expect(document.body).not.toHaveTextContent('Server detail');
    expect(screen.getByText('INVALID_CLAIMS')).toBeVisible();
  });

  it('keep the server’s sentences for a code the page does not know', () => {
    render(<LaunchErrorPage error={{ ...claims, code: 'SOMETHING_NEWER' }} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Server title' })).toBeVisible();
    expect(screen.getByText('Server detail (nonce is required)')).toBeVisible();
  });

  it('are general on a page reached by a link, whatever its code', () => {
    render(<LaunchErrorPage error={{ ...claims, code: 'STATE_UNKNOWN' }} general />);
    expect(screen.getByRole('heading', { level: 1, name: 'This room could not be opened' })).toBeVisible();
    expect(screen.getByText('STATE_UNKNOWN')).toBeVisible();
  });
});
