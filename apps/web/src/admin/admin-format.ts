import type { RoomMode, StageAccessMode } from '@lti-rooms/domain';
import { DateTime } from 'luxon';
import { MODE_NAMES } from '../text/mode-text';

/** The admin tables' short mode names, from the one vocabulary. */
export const MODE_LABELS: Record<RoomMode, string> = { interactive: MODE_NAMES.interactive.short, panel: MODE_NAMES.panel.short };

export const STAGE_ACCESS_LABELS: Record<StageAccessMode, string> = {
  invite: 'Invite only',
  request: 'Join by request',
  everyone: 'Everyone on stage',
};

const REGISTRATION_LABELS: Record<'dynamic' | 'manual', string> = {
  dynamic: 'by LTI Dynamic Registration',
  manual: 'by hand',
};

/** "27 Nov 2026, 13:07" on the viewer's wall clock. */
export function formatWhen(iso: string, zone: string): string {
  const when = DateTime.fromISO(iso, { zone });
  return when.isValid ? when.toFormat('d LLL yyyy, HH:mm') : iso;
}

export function formatRegistered(platform: { registeredAt: string; registrationMethod: 'dynamic' | 'manual' }, zone: string): string {
  return `${formatWhen(platform.registeredAt, zone)}, ${REGISTRATION_LABELS[platform.registrationMethod]}`;
}
