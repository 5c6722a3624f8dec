import type { JitsiKind } from '@lti-rooms/server-persistence';

export const PUBLIC_JITSI_DOMAIN = 'meet.jit.si';
export const JAAS_DOMAIN = '8x8.vc';
/**
 * The Jitsi domain an account's meetings use: its own deployment once one is complete
 * (with its secret), public Jitsi otherwise. The meeting page and the CSP both follow it.
 */
export function jitsiDomainOf(stored: { kind: JitsiKind; domain: string | null; sealed: boolean } | null): string {
  if (!stored || stored.kind === 'none' || !stored.sealed) return PUBLIC_JITSI_DOMAIN;
  return stored.kind === 'jaas' ? JAAS_DOMAIN : stored.domain ?? PUBLIC_JITSI_DOMAIN;
}
