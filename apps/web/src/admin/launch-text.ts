import type { RecentLaunches } from '@lti-rooms/contracts';
import { t } from '../i18n/translate';

type LoggedLaunch = RecentLaunches['launches'][number];

/** How the launch was tied to the browser that started it (README "Launches inside the LMS frame"). */
const MECHANISM_LABELS: Record<LoggedLaunch['mechanism'], () => string> = {
  cookie: () => t('admin.launches.mechanism.cookie'),
  'platform-storage': () => t('admin.launches.mechanism.platformStorage'),
  'storage-access': () => t('admin.launches.mechanism.storageAccess'),
  'new-window': () => t('admin.launches.mechanism.newWindow'),
  none: () => t('admin.launches.mechanism.none'),
};

const MESSAGE_TYPE_LABELS: Record<string, () => string> = {
  LtiResourceLinkRequest: () => t('admin.launches.messageType.resourceLink'),
  LtiDeepLinkingRequest: () => t('admin.launches.messageType.deepLinking'),
};

export function launchMechanismLabel(mechanism: LoggedLaunch['mechanism']): string {
  return MECHANISM_LABELS[mechanism]();
}

/** A message type this page does not know is shown as its LTI name. */
export function launchMessageTypeLabel(messageType: string | null): string | null {
  if (!messageType) return null;
  return MESSAGE_TYPE_LABELS[messageType]?.() ?? messageType;
}

/** "Opened" or "Refused", the refusal's code quoted beside it: the code is what support and the README name. */
export function launchOutcomeLabel(outcome: string): { text: string; refused: boolean } {
  return outcome === 'accepted' ? { text: t('admin.launches.opened'), refused: false } : { text: t('admin.launches.refused'), refused: true };
}
