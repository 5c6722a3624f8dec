/**
 * A map whose entries vanish after a time to live. Used for values the LMS hands out and
 * must recognise later (access tokens, registration tokens, deep linking data); keeping them
 * in memory is fine because a restart only forces the tool to ask again.
 */
export class ExpiringMap<V> {
  private readonly entries = new Map<string, { value: V; expiresAt: number }>();

  constructor(private readonly timeToLiveMs: number) {}

  set(key: string, value: V): void {
    this.prune();
    this.entries.set(key, { value, expiresAt: Date.now() + this.timeToLiveMs });
  }

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= Date.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  delete(key: string): boolean {
    return this.entries.delete(key);
  }

  private prune(): void {
    const now = Date.now();
    for (const [key, entry] of this.entries) if (entry.expiresAt <= now) this.entries.delete(key);
  }
}
