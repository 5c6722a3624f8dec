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
import { channels, MeetingPublisher, MeetingService, MeetingTransport, SharedAdmission } from '@lti-rooms/server-meetings';
import type { StageService } from '@lti-rooms/server-stage';
import type { HandshakeLimits } from './handshake-limits';
import { HeadcountBroadcaster } from './headcount-broadcaster';
import { LaunchGuard, MeetingSocket, SocketData, socketLaunchOf } from './launch-guard';
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

/** What the server processes tell each other beside the events they fan out (Socket.IO's serverSideEmit). */
export interface ServerSideEvents {
  'meetings:admitted': (admission: SharedAdmission) => void;
}

/**
 * Socket.IO on the tool's own HTTP server (SPEC "Meetings" in real time). A connection is
 * authenticated like an API call: the launch token in the handshake, the session cookie
 * of the browser it was issued to.
 */
export class RealtimeServer {
  readonly io: Server<ClientToServerEvents, ServerToClientEvents, ServerSideEvents, SocketData>;
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
      emitHere: (channel, event, payload) => {
        (this.io.local.to(channel).emit as (e: string, p: unknown) => boolean)(event, payload);
      },
      listensHere: (channel) => this.io.of('/').adapter.rooms.has(channel),
      shareAdmission: (admission) => {
        // A single process (the in-memory adapter, or the only one the adapter has heard from) has nobody to tell.
        if (!this.adapter || this.adapter.kind === 'memory') return;
        this.io.of('/').adapter.serverCount().then(
          (servers) => {
            if (servers > 1) this.io.serverSideEmit('meetings:admitted', admission);
          },
          (error: unknown) => deps.logger.error({ err: error }, 'could not share an admission'),
        );
      },
      headcountChanged: (accountId, roomId, sessionId) => this.headcounts.changed(accountId, roomId, sessionId),
      sessionClosed: (_roomId, sessionId) => this.presence.closeSession(sessionId),
    };
    deps.publisher.attach(transport);
    this.io.on('meetings:admitted', (admission) => void deps.publisher.deliverShared(admission));
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
        socket.data.launch = socketLaunchOf(launch);
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

  /**
   * One dispatcher and one disconnect handler shared by every connection (`this` is the
   * socket, as Socket.IO calls its listeners): no closures per socket, which a class of 300
   * waiting would otherwise hold a dozen of each. An event nobody handles is ignored, as before.
   */
  private serve(socket: MeetingSocket): void {
    this.deps.metrics.realtimeConnections.inc();
    socket.onAny(this.dispatch);
    // A dropped connection is not a leave: the person has the heartbeat timeout to come back as themselves.
    socket.on('disconnect', this.disconnected);
  }

  private readonly dispatch = ((server: RealtimeServer) =>
    function dispatch(this: MeetingSocket, event: string, body: unknown, ack?: unknown): void {
      const handler = Object.hasOwn(server.handlers, event) ? server.handlers[event] : undefined;
      if (handler) server.command(this, event, ack, (launch, viewer) => handler(this, body, launch, viewer));
    })(this);

  private readonly disconnected = ((server: RealtimeServer) =>
    function disconnected(this: MeetingSocket): void {
      server.presence.untrack(this.id);
      server.deps.metrics.realtimeConnections.dec();
    })(this);

  /** What each client request does, by event name; each answers through the request's acknowledgement. */
  private readonly handlers: Record<string, (socket: MeetingSocket, body: unknown, launch: LaunchContext, viewer: Viewer) => Promise<unknown>> = {
    'session:enter': async (socket, body, launch, viewer) => {
      const { roomId, sessionId } = parseBody(enterBodySchema, body);
      const subscribe = async () => socket.join([channels.room(roomId), channels.person(roomId, launch.userId)]);
      const result = await this.deps.meetings.enter({ ...viewer, isObserver: launch.isObserver }, roomId, subscribe, sessionId);
      if (result.sessionId && result.participantId) this.presence.track(socket.id, result.sessionId, result.participantId);
      this.deps.metrics.meetingEntries.inc({ outcome: result.outcome.kind });
      return result.outcome;
    },
    'session:leave': async (socket, body, _launch, viewer) => {
      const { sessionId } = parseBody(sessionRefSchema, body);
      this.presence.untrack(socket.id, sessionId);
      await this.deps.meetings.leave(viewer, sessionId);
      return null;
    },
    'session:end': async (_socket, body, _launch, viewer) => {
      await this.deps.meetings.end(viewer, parseBody(sessionRefSchema, body).sessionId);
      return null;
    },
    'session:lock': async (_socket, body, _launch, viewer) => {
      const { sessionId, locked } = parseBody(lockBodySchema, body);
      await this.deps.meetings.setLocked(viewer, sessionId, locked);
      return null;
    },
    'session:admit': async (_socket, body, _launch, viewer) => {
      const { sessionId, participantId } = parseBody(admitBodySchema, body);
      await this.deps.meetings.admit(viewer, sessionId, participantId);
      return null;
    },
    'session:waiting-list': async (_socket, body, _launch, viewer) => this.deps.meetings.waitingList(viewer, parseBody(sessionRefSchema, body).sessionId),
    'camera:set': async (_socket, body, _launch, viewer) => {
      const { sessionId, on } = parseBody(cameraBodySchema, body);
      return this.deps.meetings.setCamera(viewer, sessionId, on);
    },
    'session:token': async (_socket, body, _launch, viewer) => this.deps.meetings.renewJitsiToken(viewer, parseBody(sessionRefSchema, body).sessionId),
    'stage:command': async (_socket, body, _launch, viewer) => {
      const { sessionId, command } = parseBody(stageCommandBodySchema, body);
      return this.deps.stage.command(viewer, sessionId, command);
    },
    'stage:snapshot': async (_socket, body, _launch, viewer) => this.deps.stage.snapshot(viewer, parseBody(stageSnapshotBodySchema, body).sessionId),
    'jitsi:joined': async (_socket, body, _launch, viewer) => {
      const { sessionId, jitsiParticipantId } = parseBody(jitsiJoinedBodySchema, body);
      await this.deps.stage.jitsiJoined(viewer, sessionId, jitsiParticipantId);
      return null;
    },
  };
}
