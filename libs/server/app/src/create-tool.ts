import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import cookieParser from 'cookie-parser';
import express, { Express } from 'express';
import {
  AccountRepository, createDatabase, Database, FrameOriginRepository, LaunchRepository, LoginStateRepository, MeetingSessionRepository, migrateDatabase,
  ParticipantRepository, RoomFactsRepository, CollaboratorRepository, LikeRepository, PublicationRepository, RoomRepository, SettingsRepository, StageRepository, AdminRepository, LaunchLogRepository,
  GradeOutboxRepository, GradingRepository,
} from '@lti-rooms/server-persistence';
import { HEARTBEAT_INTERVAL_SECONDS, presenceCutoff } from '@lti-rooms/domain';
import {
  AgsClient, createLtijsProvider, LaunchService, LaunchTokens, LaunchVerifier, LoginService, LtijsProvider, OutboundClient, OutboundPolicy, PlatformKeys,
  PlatformServices, RegistrationService,
} from '@lti-rooms/server-lti';
import { createLogger, Logger, ResolvedConfig } from '@lti-rooms/server-core';
import { apiRouter } from './http/api-router';
import { createMetrics, createMetricsServer, errorHandler, forwardAsyncErrors, inputGuard, Metrics, notFoundHandler, requestLogging, route } from '@lti-rooms/server-http';
import { LaunchJournal } from './http/launch-journal';
import { ltiRouter } from './http/lti-router';
import { opsRouter } from './http/ops-router';
import { WebApp } from './http/web-app';
import { CollaborationService, deepLinkingRouter, landingForRoomLink, RoomLinks, publicRoomsRouter, RoomService, roomsRouter } from '@lti-rooms/server-rooms';
import { adminRouter, OperatorService, operatorRouter, PlatformAdminService, SecretBox, SettingsAdminService } from '@lti-rooms/server-admin';
import { MeetingPresenter, MeetingPublisher, MeetingService, MeetingSweeper, SessionWrites, StageWrites } from '@lti-rooms/server-meetings';
import { AttendanceService, attendanceRouter, CourseDirectory, GradeWorker, GradingService, RoomAttendanceReader } from '@lti-rooms/server-attendance';
import { handshakeLimits, RealtimeServer } from '@lti-rooms/server-realtime';
import { StageService } from '@lti-rooms/server-stage';
import { cspSourceListOf, CspSources, FrameOriginService, RateLimits, securityHeaders } from '@lti-rooms/server-edge';
import { JobRunner } from './jobs/job-runner';
import { LOGIN_STATE_PRUNE_INTERVAL_MS, pruneLoginStates } from './jobs/login-state-pruning';
import { purgeDeletedRooms, ROOM_PURGE_INTERVAL_MS } from './jobs/room-purge';

/** How often each process sweeps meetings (host absence, scheduled opening and end, stale presence). */
export const MEETING_SWEEP_INTERVAL_MS = 5_000;
/** How often each process removes registrations that waited too long for approval. */
export const PENDING_REGISTRATION_SWEEP_INTERVAL_MS = 60 * 60_000;

export const TOOL_NAME = 'LTI Rooms';

export interface Tool {
  config: ResolvedConfig;
  app: Express;
  db: Database;
  ltijs: LtijsProvider;
  accounts: AccountRepository;
  registration: RegistrationService;
  outbound: OutboundClient;
  logger: Logger;
  metrics: Metrics;
  settings: SettingsRepository;
  platformAdmin: PlatformAdminService;
  rooms: RoomService;
  meetings: MeetingService;
  sweeper: MeetingSweeper;
  /** The grade outbox's worker (every process runs it). */
  grades: GradeWorker;
  realtime: RealtimeServer;
  limits: RateLimits;
  frameOrigins: FrameOriginService;
  /** The purge sweep's run (every hour on every process): rooms deleted longer ago than they can be restored. */
  purgeDeletedRooms(): Promise<number>;
  /** Starts listening (and the metrics listener, when METRICS_PORT is set); resolves with the bound addresses. */
  listen(port?: number, host?: string): Promise<{ url: string; server: Server; metricsUrl?: string }>;
  close(): Promise<void>;
}

export interface StorageOptions {
  clock?: () => Date;
  /** Extra certificate authority trusted for outbound https (tests that run their own https servers). */
  outboundCa?: string;
  /** Names the outbound client answers itself, before DNS (tests give their https servers host names). */
  outboundHosts?: Readonly<Record<string, string>>;
}

/** Everything the tool's services need, assembled once: storage, ltijs, services. */
export async function createStorageAndServices(config: ResolvedConfig, logger: Logger, options: StorageOptions = {}) {
  const db = createDatabase({
    databaseUrl: config.DATABASE_URL,
    dataDir: config.dataDir,
    poolMax: config.DB_POOL_MAX,
    logSql: config.LOG_LEVEL === 'trace' ? (sql) => logger.trace({ sql }, 'sql') : undefined,
  });
  try {
    await migrateDatabase(db, config.DATABASE_URL);
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
  const ltijs = createLtijsProvider({ key: config.ltiKey, plugin: db.ltiPlugin, secureCookies: config.cookiePolicy !== 'same-site' });
  const accounts = new AccountRepository(db);
  // The one address filter for every request to a URL that came from outside.
  const outbound = new OutboundClient(new OutboundPolicy(config.LTI_REGISTRATION_ALLOWED_HOSTS), { ca: options.outboundCa, hosts: options.outboundHosts });
  const registration = new RegistrationService(
    accounts, ltijs, outbound, { publicUrl: config.PUBLIC_URL, autoActivate: config.LTI_AUTO_ACTIVATE, name: TOOL_NAME }, options.clock,
  );
  return { db, ltijs, accounts, registration, outbound };
}

export interface ToolOptions extends StorageOptions {
  logger?: Logger;
  clock?: () => Date;
  /** null: this process never sweeps by itself (tests drive tool.sweeper by hand). */
  sweepIntervalMs?: number | null;
  /** How often the grade outbox is delivered; null: never by itself (tests drive tool.grades by hand). */
  gradeDeliveryIntervalMs?: number | null;
  /** How often expired logins and nonces are deleted; null: never by itself. */
  pruneIntervalMs?: number | null;
}

export async function createTool(config: ResolvedConfig, options: ToolOptions = {}): Promise<Tool> {
  const clock = options.clock ?? (() => new Date());
  const logger = options.logger ?? createLogger(config.LOG_LEVEL);
  const { db, ltijs, accounts, registration, outbound } = await createStorageAndServices(config, logger, { clock, outboundCa: options.outboundCa, outboundHosts: options.outboundHosts });
  const loginStates = new LoginStateRepository(db, clock);
  const launches = new LaunchRepository(db);
  const tokens = new LaunchTokens(config.ltiKey, config.LAUNCH_TOKEN_TTL_HOURS * 3600, clock);
  const metrics = createMetrics();
  const web = new WebApp(config.WEB_DIST_DIR);
  const roomRepository = new RoomRepository(db);
  const [publications, collaborators, likes] = [new PublicationRepository(db), new CollaboratorRepository(db), new LikeRepository(db)];
  const settings = new SettingsRepository(db);
  const platform = new PlatformServices(ltijs, outbound);
  const roomLinks = new RoomLinks(config.ltiKey);
  const sessions = new MeetingSessionRepository(db);
  const participants = new ParticipantRepository(db);
  const adminRepository = new AdminRepository(db);
  const launchLog = new LaunchLogRepository(db, clock);
  const rooms = new RoomService({
    db, rooms: roomRepository, publications, likes, facts: new RoomFactsRepository(db), settings, clock, audit: (accountId, entry, t) => adminRepository.audit(accountId, entry, t),
    liveSessions: (accountId, roomIds, now) => participants.liveCounts(accountId, roomIds, presenceCutoff(now)),
    waitingCounts: (accountId, roomIds, now) => participants.waitingCounts(accountId, roomIds, presenceCutoff(now)),
  });
  const collaboration = new CollaborationService({ db, rooms, publications, collaborators, accounts, platform });
  const settingsAdmin = new SettingsAdminService({ db, settings, admin: adminRepository });
  const frameOriginRepository = new FrameOriginRepository(db);
  const cspSources = new CspSources(async () => cspSourceListOf(await frameOriginRepository.activeSources()), logger);
  await cspSources.refresh();
  const platformAdmin = new PlatformAdminService({
    db, accounts, registration, outbound, admin: adminRepository, secrets: new SecretBox(config.ltiKey), edgeSourcesChanged: () => cspSources.invalidate(),
  });
  const presenter = new MeetingPresenter((accountId) => platformAdmin.deployment(accountId), clock);
  const publisher = new MeetingPublisher(presenter, logger);
  const stageRepository = new StageRepository(db);
  const stageWrites = new StageWrites(stageRepository);
  const [grading, gradeOutbox] = [new GradingRepository(db), new GradeOutboxRepository(db)];
  const writes = new SessionWrites({ sessions, participants, stage: stageWrites, grades: gradeOutbox });
  const meetings = new MeetingService({ db, rooms, sessions, participants, writes, presenter, publisher, clock });
  const sweeper = new MeetingSweeper({ db, rooms, roomRepository, sessions, participants, writes, publisher, clock, logger });
  const courses = new CourseDirectory({ db, accounts, platform });
  const attendanceReader = new RoomAttendanceReader({ sessions, participants, clock });
  const attendance = new AttendanceService({ rooms, reader: attendanceReader, courses, grading });
  const gradingService = new GradingService({ db, rooms, grading, outbox: gradeOutbox, sessions, courses, clock });
  const grades = new GradeWorker({
    outbox: gradeOutbox, grading, accounts, rooms: roomRepository, courses, attendance: attendanceReader, ags: new AgsClient(platform, outbound),
    userLocales: (accountId, userIds) => grading.readerLocalesOf(accountId, userIds), clock, logger,
  });
  const stage = new StageService({ db, sessions, participants, stage: stageRepository, writes: stageWrites, publisher, clock });
  const limits = await RateLimits.open(config, logger);
  const frameOrigins = new FrameOriginService({ db, origins: frameOriginRepository, accounts, admin: adminRepository, sources: cspSources, logger });
  const realtime = new RealtimeServer({
    tokens, launches, meetings, stage, participants, publisher, logger, metrics, clock,
    adapter: { redisUrl: config.REDIS_URL, databaseUrl: config.DATABASE_URL },
    handshakeLimits: handshakeLimits(limits, config.TRUST_PROXY, logger),
  });
  try {
    await realtime.start();
  } catch (error) {
    await limits.close().catch(() => undefined);
    await db.close().catch(() => undefined);
    throw error;
  }
  const jobs = new JobRunner(logger, (job, seconds) => metrics.jobDuration.observe({ job }, seconds));
  // Presence: this process vouches for the people it holds connections for; revocations reach open sockets.
  jobs.every('presence heartbeat', HEARTBEAT_INTERVAL_SECONDS * 1000, () => realtime.heartbeat());
  jobs.every('revalidate connections', HEARTBEAT_INTERVAL_SECONDS * 1000, () => realtime.revalidate());
  const sweepIntervalMs = options.sweepIntervalMs === undefined ? MEETING_SWEEP_INTERVAL_MS : options.sweepIntervalMs;
  if (sweepIntervalMs !== null) jobs.every('sweep meetings', sweepIntervalMs, () => sweeper.sweep());
  const gradeIntervalMs = options.gradeDeliveryIntervalMs === undefined ? config.GRADE_DELIVERY_INTERVAL_SECONDS * 1000 : options.gradeDeliveryIntervalMs;
  if (gradeIntervalMs !== null) jobs.every('deliver grades', gradeIntervalMs, () => grades.tick());
  const pruneIntervalMs = options.pruneIntervalMs === undefined ? LOGIN_STATE_PRUNE_INTERVAL_MS : options.pruneIntervalMs;
  if (pruneIntervalMs !== null) jobs.every('prune login states', pruneIntervalMs, pruneLoginStates(loginStates, clock, logger));
  const purgeRooms = purgeDeletedRooms(roomRepository, clock, logger);
  if (pruneIntervalMs !== null) jobs.every('purge deleted rooms', ROOM_PURGE_INTERVAL_MS, purgeRooms);
  if (options.sweepIntervalMs !== null) {
    jobs.every('remove expired registrations', PENDING_REGISTRATION_SWEEP_INTERVAL_MS, async () => {
      const removed = await registration.removeExpiredPending();
      removed.forEach((a) => logger.info({ accountId: a.id, issuer: a.issuer, clientId: a.clientId }, 'unapproved registration expired and removed'));
    });
  }

  forwardAsyncErrors();
  const app = express();
  app.disable('x-powered-by');
  const headers = securityHeaders(cspSources, config.PUBLIC_URL);
  app.use(headers.baseline);
  if (config.TRUST_PROXY) app.set('trust proxy', true);
  app.use(requestLogging(logger));
  app.use((req, res, next) => {
    const end = metrics.httpDuration.startTimer({ method: req.method });
    res.on('finish', () => end({ route: req.route?.path ?? req.baseUrl ?? 'other', status: String(res.statusCode) }));
    next();
  });
  app.use(inputGuard);
  app.use(opsRouter(db, metrics, { token: config.METRICS_TOKEN }));
  // After the operations endpoints: /health must answer without the database the policy is read from.
  app.use(headers.policy);
  app.use(cookieParser());
  app.use('/lti', ltiRouter({
    login: new LoginService(accounts, loginStates, `${config.PUBLIC_URL}/lti/launch`),
    verifier: new LaunchVerifier(accounts, loginStates, new PlatformKeys(outbound)),
    launches: new LaunchService(db, loginStates, launches, (accountId) => adminRepository.roleMappings(accountId)),
    tokens, registration, web, logger,
    journal: new LaunchJournal(logger, metrics, launchLog),
    cookiePolicy: config.cookiePolicy,
    sessionTtlMs: config.LAUNCH_TOKEN_TTL_HOURS * 3600_000,
    landingFor: (launch) => landingForRoomLink({ rooms: roomRepository, publications, collaborators, links: roomLinks, logger }, launch),
    limits, frameOrigins,
  }));
  // Of ltijs only the keyset is served (see createLtijsProvider).
  app.get('/lti/keys', route(async (_req, res) => res.json(await ltijs.publicKeyset())));
  // Before /api: the operator proves themselves with OPERATOR_SECRET, never with a launch.
  const operator = new OperatorService({ accounts, registration, admin: adminRepository, edgeSourcesChanged: () => cspSources.invalidate() });
  app.use('/api/operator', operatorRouter({ operator, secret: config.OPERATOR_SECRET, limits }));
  app.use('/api', apiRouter({ tokens, launches, limits, canCreateRooms: (viewer) => rooms.canCreateRooms(viewer), publicRoutes: publicRoomsRouter(publications) }, [
    roomsRouter(rooms, collaboration),
    attendanceRouter(attendance, gradingService),
    deepLinkingRouter({ rooms, publications, accounts, platform, links: roomLinks, publicUrl: config.PUBLIC_URL }),
  ], adminRouter(settingsAdmin, platformAdmin, clock, frameOrigins, (accountId) => launchLog.recent(accountId))));
  app.use(web.router());
  app.use(notFoundHandler());
  app.use(errorHandler(logger));

  const servers: Server[] = [];
  const bind = (server: Server, port: number, host: string) =>
    new Promise<string>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        servers.push(server);
        const { port: bound } = server.address() as AddressInfo;
        resolve(`http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${bound}`);
      });
    });
  return {
    config, app, db, ltijs, accounts, registration, outbound, logger, metrics, settings, platformAdmin, rooms, meetings, sweeper, realtime, limits, frameOrigins, grades,
    purgeDeletedRooms: purgeRooms,
    listen: async (port = config.PORT, host = config.HOST) => {
      const server = createServer(app);
      realtime.attach(server);
      const url = await bind(server, port, host);
      const metricsUrl = config.METRICS_PORT ? await bind(createMetricsServer(metrics, config.METRICS_TOKEN), config.METRICS_PORT, host) : undefined;
      return { url, server, metricsUrl };
    },
    close: async () => {
      jobs.stop();
      await realtime.close();
      await Promise.all(servers.map((s) => new Promise<void>((resolve) => { s.closeAllConnections?.(); s.close(() => resolve()); })));
      await limits.close();
      await outbound.close();
      await db.close();
    },
  };
}
