/**
 * The people this process holds a live connection for. Presence is stored as a heartbeat
 * per person that every process refreshes for its own connections in one statement
 * (ParticipantRepository.heartbeat): a process that dies simply stops vouching, and after
 * the timeout its people count as gone without anyone having to notice the crash.
 */
export class LocalPresence {
  /** socket id -> session id -> participant id */
  private readonly bySocket = new Map<string, Map<string, string>>();

  track(socketId: string, sessionId: string, participantId: string): void {
    const sessions = this.bySocket.get(socketId) ?? new Map<string, string>();
    sessions.set(sessionId, participantId);
    this.bySocket.set(socketId, sessions);
  }

  untrack(socketId: string, sessionId?: string): void {
    if (sessionId === undefined) {
      this.bySocket.delete(socketId);
      return;
    }
    const sessions = this.bySocket.get(socketId);
    sessions?.delete(sessionId);
    if (sessions?.size === 0) this.bySocket.delete(socketId);
  }

  closeSession(sessionId: string): void {
    for (const socketId of [...this.bySocket.keys()]) this.untrack(socketId, sessionId);
  }

  participantIds(): string[] {
    const ids = new Set<string>();
    for (const sessions of this.bySocket.values()) for (const id of sessions.values()) ids.add(id);
    return [...ids];
  }
}
