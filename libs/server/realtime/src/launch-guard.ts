import type { Socket } from 'socket.io';
import type { ClientToServerEvents, ServerToClientEvents } from '@lti-rooms/contracts';
import type { LaunchContext, LaunchRepository } from '@lti-rooms/server-persistence';
import type { LaunchTokens } from '@lti-rooms/server-lti';
import { ApiFailure, resolveLaunch } from '@lti-rooms/server-http';
import type { Logger } from '@lti-rooms/server-core';

/** Who a connection belongs to: all a socket keeps of its launch between commands. */
export type SocketLaunch = Pick<LaunchContext, 'launchId' | 'accountId' | 'userId'>;

export interface SocketData {
  /**
   * Who the launch was at the last check (the handshake or the latest command). Only its
   * identity: each command reads the whole launch again, and 300 waiting sockets each
   * holding its roles, custom claims and course would be heap for nothing.
   */
  launch: SocketLaunch;
  /** What the handshake presented, checked again before every command. */
  credentials: { token: string; sessionCookie: string };
}
export type MeetingSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

export const socketLaunchOf = ({ launchId, accountId, userId }: LaunchContext): SocketLaunch => ({ launchId, accountId, userId });

/** Most IN lists databases take comfortably in one statement. */
const BATCH = 500;

/**
 * Revocation reaches open connections (SPEC "Security of the edge"): a launch whose token
 * expired, whose platform was deactivated (by an administrator, the command line or another
 * process) or that is gone no longer acts through a connection opened before.
 */
export class LaunchGuard {
  constructor(
    private readonly tokens: LaunchTokens,
    private readonly launches: LaunchRepository,
    private readonly logger: Logger,
  ) {}

  /**
   * The socket's launch as it stands now, before each command: the token verified again
   * (expiry, by the tool's clock) and the launch read again with its platform's state and
   * the current membership and role — one query by primary key. A revoked launch throws
   * its ApiFailure (the command is refused with that code) and the connection is closed
   * right after the answer; a database outage only refuses.
   */
  async current(socket: MeetingSocket): Promise<LaunchContext> {
    const { token, sessionCookie } = socket.data.credentials;
    try {
      const launch = await resolveLaunch(this.tokens, this.launches, token, sessionCookie);
      socket.data.launch = socketLaunchOf(launch);
      return launch;
    } catch (error) {
      // setImmediate: the refusal's acknowledgement is written before the disconnect.
      if (error instanceof ApiFailure) setImmediate(() => this.revoke(socket, error.code));
      throw error;
    }
  }

  /**
   * Closes the connections (of this process) whose launch no longer holds, also idle ones
   * that send no command, so pushed news stops reaching them too. Run on every process
   * every heartbeat interval: one query per batch of launches.
   */
  async revalidate(sockets: Iterable<MeetingSocket>): Promise<void> {
    const byLaunch = new Map<string, MeetingSocket[]>();
    for (const socket of sockets) {
      if (!(await this.tokens.verify(socket.data.credentials.token))) {
        this.revoke(socket, 'INVALID_LAUNCH_TOKEN');
        continue;
      }
      const launchId = socket.data.launch.launchId;
      byLaunch.set(launchId, [...(byLaunch.get(launchId) ?? []), socket]);
    }
    const launchIds = [...byLaunch.keys()];
    for (let i = 0; i < launchIds.length; i += BATCH) {
      const batch = launchIds.slice(i, i + BATCH);
      const active = await this.launches.stillActive(batch);
      for (const launchId of batch) {
        if (!active.has(launchId)) for (const socket of byLaunch.get(launchId)!) this.revoke(socket, 'PLATFORM_INACTIVE');
      }
    }
  }

  /** The page's Socket.IO client connects again by itself and hears the reason from the refused handshake. */
  private revoke(socket: MeetingSocket, code: string): void {
    if (socket.disconnected) return;
    const { userId, accountId } = socket.data.launch;
    this.logger.info({ code, userId, accountId }, 'real-time connection closed: its launch no longer holds');
    socket.disconnect(true);
  }
}
