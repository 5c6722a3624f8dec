import type { RecentLaunches } from '@lti-rooms/contracts';

type LoggedLaunch = RecentLaunches['launches'][number];

/** How the launch was tied to the browser that started it (README "Launches inside the LMS frame"). */
const MECHANISM_LABELS: Record<LoggedLaunch['mechanism'], string> = {
  cookie: 'by its cookie',
  'platform-storage': 'through the LMS’s platform storage',
  'storage-access': 'after storage access was allowed',
  'new-window': 'in a new window',
  none: 'before the browser was checked',
};

const MESSAGE_TYPE_LABELS: Record<string, string> = {
  LtiResourceLinkRequest: 'Course link',
  LtiDeepLinkingRequest: 'Adding content (Deep Linking)',
};

export function launchMechanismLabel(mechanism: LoggedLaunch['mechanism']): string {
  return MECHANISM_LABELS[mechanism];
}

export function launchMessageTypeLabel(messageType: string | null): string | null {
  return messageType ? (MESSAGE_TYPE_LABELS[messageType] ?? messageType) : null;
}

/** "Opened" or "Refused", the refusal's code quoted beside it: the code is what support and the README name. */
export function launchOutcomeLabel(outcome: string): { text: string; refused: boolean } {
  return outcome === 'accepted' ? { text: 'Opened', refused: false } : { text: 'Refused', refused: true };
}
