/** Where meetings run: public meet.jit.si (the trial), a self-hosted Jitsi with tokens, or 8x8 JaaS. */
export type JitsiDeploymentKind = 'none' | 'self-hosted' | 'jaas';
export type JitsiCredentialsKind = Exclude<JitsiDeploymentKind, 'none'>;

/** The stored deployment as far as this rule needs it. */
export interface StoredJitsiCredentials {
  kind: JitsiDeploymentKind;
  /** Set for a self-hosted deployment only. */
  domain: string | null;
  /** Set for JaaS only. */
  keyId: string | null;
}

/**
 * Which deployment the stored credentials belong to. Going back to the trial keeps them
 * (an administrator trying something must not have to find the secret again), so while
 * the trial runs they still say which deployment they were for.
 */
export function jitsiCredentialsKind(stored: StoredJitsiCredentials | null): JitsiCredentialsKind | null {
  if (!stored) return null;
  if (stored.kind !== 'none') return stored.kind;
  if (stored.keyId) return 'jaas';
  return stored.domain ? 'self-hosted' : null;
}

/** Saving `kind` without a new secret keeps the stored one when it belongs to that kind. */
export function keepsStoredJitsiSecret(credentialsKind: JitsiCredentialsKind | null, secretSet: boolean, kind: JitsiDeploymentKind): boolean {
  return kind !== 'none' && credentialsKind === kind && secretSet;
}
