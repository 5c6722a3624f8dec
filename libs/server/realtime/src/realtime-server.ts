import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import {
  admitBodySchema, cameraBodySchema, ClientToServerEvents, lockBodySchema, enterBodySchema, jitsiJoinedBodySchema, ServerToClientEvents, sessionRefSchema, SOCKET_PATH, stageCommandBodySchema,
  stageSnapshotBodySchema,
} from '@lti-rooms/contracts';
import type { LaunchContext, LaunchRepository, ParticipantRepository } from '@lti-rooms/server-persistence';
import type { Metrics, Viewer } from '@lti-rooms/server-http';
import type { LaunchTokens } from '@lti-rooms/server-lti';
import { callerOf, parseBody, resolveLaunch, SESSION_COOKIE } from '@lti-rooms/server-http';
import type { Logger } from '@lti-rooms/server-core';
import { channels, MeetingPublisher, MeetingService, MeetingTransport } from '@lti-rooms/server-meetings';
import type { StageService } from '@lti-rooms/server-stage';
import type { HandshakeLimits } from './handshake-limits';
import { HeadcountBroadcaster } from './headcount-broadcaster';
import { LaunchGuard, MeetingSocket, SocketData } from './launch-guard';
import { LocalPresence } from './local-presence';
import { AdapterOptions, InstalledAdapter, installAdapter } from './socket-adapter';
import { ackErrorOf, answer, connectRefusal, parseCookieHeader } from './socket-acks';


export interface RealtimeDeps {
  tokens: LaunchTokens;
  launches: LaunchRepository;
  meetings: MeetingService;
  stage: StageService;
  participants: ParticipantRepository;
  publisher: MeetingPublisher;
  adapter: Omit<AdapterOptions, 'logger'>;
  logger: Logger;
  metrics: Metrics;
  clock: () => Date;
  /** Rate limits of new connections (README "Rate limits"). */
  handshakeLimits?: HandshakeLimits;
}

/** Most IN lists databases take comfortably in one statement. */
const HEARTBEAT_BATCH = 500;

/**
 * Socket.IO on the tool's own HTTP server (SPEC "Meetings" in real time). A connection is
 * authenticated like an API call: the launch token in the handshake, the session cookie
 * of the browser it was issued to.
 */
export class RealtimeServer {
  readonly io: Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
  private readonly presence = new LocalPresence();
  private readonly headcounts: HeadcountBroadcaster;
  private readonly guard: LaunchGuard;
  private adapter: InstalledAdapter | null = null;

  constructor(private readonly deps: RealtimeDeps) {
    this.io = new Server({ path: SOCKET_PATH, serveClient: false, maxHttpBufferSize: 64 * 1024 });
    this.guard = new LaunchGuard(deps.tokens, deps.launches, deps.logger);
    this.headcounts = new HeadcountBroadcaster(
      deps.meetings,
      (roomId, waiting, presence) => {
        this.io.to(channels.room(roomId)).emit('session:waiting', waiting);
        this.io.to(channels.room(roomId)).emit('session:presence', presence);
      },
      (error) => deps.logger.error({ err: error }, 'could not send a head count'),
    );
    const transport: MeetingTransport = {
      emit: (channel, event, payload) => {
        (this.io.to(channel).emit as (e: string, p: unknown) => boolean)(event, payload);
      },
      headcountChanged: (accountId, roomId, sessionId) => this.headcounts.changed(accountId, roomId, sessionId),
      sessionClosed: (_roomId, sessionId) => this.presence.closeSession(sessionId),
    };
    deps.publisher.attach(transport);
    if (deps.handshakeLimits) this.io.use(deps.handshakeLimits.byAddress);
    this.io.use((socket, next) => this.authenticate(socket, next));
    if (deps.handshakeLimits) this.io.use(deps.handshakeLimits.byAccount);
    this.io.on('connection', (socket) => this.serve(socket));
  }

  /** Connects to the other processes. Its jobs (heartbeat, revalidate) are run by the composition root. */
  async start(): Promise<void> {
    this.adapter = await installAdapter(this.io, { ...this.deps.adapter, logger: this.deps.logger });
  }

  /** How events reach the other processes: 'memory' when there are none to reach. */
  get adapterKind(): InstalledAdapter['kind'] | null {
    return this.adapter?.kind ?? null;
  }

  attach(server: HttpServer): void {
    this.io.attach(server);
  }

  async close(): Promise<void> {
    this.headcounts.close();
    // Not io.close(): that also closes the HTTP server, which the tool closes itself.
    this.io.disconnectSockets(true);
    this.io.engine?.close();
    // The adapter releases its LISTEN connection and heartbeat timers only when closed.
    await this.io.of('/').adapter.close();
    await this.adapter?.close().catch(() => undefined);
  }

  /** Refreshes the heartbeat of everyone this process holds a connection for. */
  async heartbeat(): Promise<void> {
    const ids = this.presence.participantIds();
    for (let i = 0; i < ids.length; i += HEARTBEAT_BATCH) await this.deps.participants.heartbeat(ids.slice(i, i + HEARTBEAT_BATCH), this.deps.clock());
  }

  /** See LaunchGuard.revalidate: closes this process's connections whose launch was revoked. */
  async revalidate(): Promise<void> {
    await this.guard.revalidate(this.io.of('/').sockets.values());
  }

  /** One client request, run for the launch as it stands now (LaunchGuard.current). */
  private command<T>(socket: MeetingSocket, event: string, ack: unknown, work: (launch: LaunchContext, viewer: Viewer) => Promise<T>): void {
    const { userId, accountId } = socket.data.launch;
    answer(ack, this.deps.logger, { event, userId, accountId }, async () => {
      const launch = await this.guard.current(socket);
      return work(launch, callerOf(launch));
    });
  }

  private authenticate(socket: MeetingSocket, next: (error?: Error) => void): void {
    const token = typeof socket.handshake.auth?.token === 'string' ? socket.handshake.auth.token : undefined;
    const cookie = parseCookieHeader(socket.handshake.headers.cookie)[SESSION_COOKIE];
    resolveLaunch(this.deps.tokens, this.deps.launches, token, cookie).then(
      (launch) => {
        socket.data.launch = launch;
        // Both were present, or resolveLaunch would have refused.
        socket.data.credentials = { token: token!, sessionCookie: cookie! };
        next();
      },
      (error: unknown) => {
        // The same codes as every answer: an outage says so, internals stay in the log.
        next(connectRefusal(ackErrorOf(error, this.deps.logger, { event: 'connect' })));
      },
    );
  }

  private serve(socket: MeetingSocket): void {
    const { meetings, stage } = this.deps;
    this.deps.metrics.realtimeConnections.inc();

    socket.on('session:enter', (body, ack) =>
      this.command(socket, 'session:enter', ack, async (launch, viewer) => {
        const { roomId, sessionId } = parseBody(enterBodySchema, body);
        const subscribe = async () => socket.join([channels.room(roomId), channels.person(roomId, launch.userId)]);
        const result = await meetings.enter({ ...viewer, isObserver: launch.isObserver }, roomId, subscribe, sessionId);
        if (result.sessionId && result.participantId) this.presence.track(socket.id, result.sessionId, result.participantId);
        this.deps.metrics.meetingEntries.inc({ outcome: result.outcome.kind });
        return result.outcome;
      }),
    );
    socket.on('session:leave', (body, ack) =>
      this.command(socket, 'session:leave', ack, async (_launch, viewer) => {
        const { sessionId } = parseBody(sessionRefSchema, body);
        this.presence.untrack(socket.id, sessionId);
        await meetings.leave(viewer, sessionId);
        return null;
      }),
    );
    socket.on('session:end', (body, ack) =>
      this.command(socket, 'session:end', ack, async (_launch, viewer) => {
        await meetings.end(viewer, parseBody(sessionRefSchema, body).sessionId);
        return null;
      }),
    );
    socket.on('session:lock', (body, ack) =>
      this.command(socket, 'session:lock', ack, async (_launch, viewer) => {
        const { sessionId, locked } = parseBody(lockBodySchema, body);
        await meetings.setLocked(viewer, sessionId, locked);
        return null;
      }),
    );
    socket.on('session:admit', (body, ack) =>
      this.command(socket, 'session:admit', ack, async (_launch, viewer) => {
        const { sessionId, participantId } = parseBody(admitBodySchema, body);
        await meetings.admit(viewer, sessionId, participantId);
        return null;
      }),
    );
    socket.on('session:waiting-list', (body, ack) =>
      this.command(socket, 'session:waiting-list', ack, async (_launch, viewer) => meetings.waitingList(viewer, parseBody(sessionRefSchema, body).sessionId)),
    );
    socket.on('camera:set', (body, ack) =>
      this.command(socket, 'camera:set', ack, async (_launch, viewer) => {
        const { sessionId, on } = parseBody(cameraBodySchema, body);
        return meetings.setCamera(viewer, sessionId, on);
      }),
    );
    socket.on('session:token', (body, ack) =>
      this.command(socket, 'session:token', ack, async (_launch, viewer) => meetings.renewJitsiToken(viewer, parseBody(sessionRefSchema, body).sessionId)),
    );
    socket.on('stage:command', (body, ack) =>
      this.command(socket, 'stage:command', ack, async (_launch, viewer) => {
        const { sessionId, command } = parseBody(stageCommandBodySchema, body);
        return stage.command(viewer, sessionId, command);
      }),
    );
    socket.on('stage:snapshot', (body, ack) =>
      this.command(socket, 'stage:snapshot', ack, async (_launch, viewer) => stage.snapshot(viewer, parseBody(stageSnapshotBodySchema, body).sessionId)),
    );
    socket.on('jitsi:joined', (body, ack) =>
      this.command(socket, 'jitsi:joined', ack, async (_launch, viewer) => {
        const { sessionId, jitsiParticipantId } = parseBody(jitsiJoinedBodySchema, body);
        await stage.jitsiJoined(viewer, sessionId, jitsiParticipantId);
        return null;
      }),
    );
    // A dropped connection is not a leave: the person has the heartbeat timeout to come back as themselves.
    socket.on('disconnect', () => {
      this.presence.untrack(socket.id);
      this.deps.metrics.realtimeConnections.dec();
    });
  }
}
