import type { GradeDelivery, GradingSettingsBody, GradingView } from '@lti-rooms/contracts';
import { DEFAULT_GRADING_SETTINGS, gradeDeliveryState, gradeServiceState, notFound } from '@lti-rooms/domain';
import type { Database, GradeDeliveryRow, GradeOutboxRepository, GradingRepository, MeetingSessionRepository } from '@lti-rooms/server-persistence';
import type { Viewer } from '@lti-rooms/server-http';
import type { RoomService } from '@lti-rooms/server-rooms';
import type { CourseDirectory } from './course-services';

export interface GradingServiceDeps {
  db: Database;
  rooms: RoomService;
  grading: GradingRepository;
  outbox: GradeOutboxRepository;
  sessions: MeetingSessionRepository;
  courses: CourseDirectory;
  clock: () => Date;
}

/** How far one session's grades got in one course, as the teacher reads it. */
function deliveryOf(row: GradeDeliveryRow): GradeDelivery {
  const state = gradeDeliveryState({ jobStatus: row.jobStatus, pendingPosts: row.pending, refusedPosts: row.refused });
  const retryAt = row.jobStatus === 'pending' ? row.jobRetryAt : row.postRetryAt;
  return {
    sessionId: row.sessionId, channelId: row.channelId, channelTitle: row.channelTitle, state,
    total: row.total, sent: row.sent, pending: row.pending, refused: row.refused,
    retryAt: retryAt?.toISOString() ?? null,
    refusal: row.jobStatus === 'refused' ? row.jobRefusal : row.postRefusal,
  };
}

/** A room's grading rule and its grades' way to the gradebook, for its owners and co-editors. */
export class GradingService {
  constructor(private readonly deps: GradingServiceDeps) {}

  async view(viewer: Viewer, roomId: string): Promise<GradingView> {
    const { room } = await this.deps.rooms.authorize(viewer, roomId, 'edit');
    const [settings, courses] = await Promise.all([this.deps.grading.settingsOf(viewer.accountId, room.id), this.deps.courses.coursesOf(viewer.accountId, room.id)]);
    return {
      settings: settings ?? { ...DEFAULT_GRADING_SETTINGS },
      channels: courses.map((course) => ({ channelId: course.channelId, title: course.title, gradeService: gradeServiceState(course) })),
    };
  }

  async save(viewer: Viewer, roomId: string, settings: GradingSettingsBody): Promise<GradingView> {
    const { room } = await this.deps.rooms.authorize(viewer, roomId, 'edit');
    await this.deps.db.transaction((t) => this.deps.grading.saveSettings(viewer.accountId, room.id, settings, this.deps.clock(), t));
    return this.view(viewer, roomId);
  }

  async deliveries(viewer: Viewer, roomId: string): Promise<{ deliveries: GradeDelivery[]; gradingEnabled: boolean }> {
    const { room } = await this.deps.rooms.authorize(viewer, roomId, 'viewAttendance');
    const [rows, settings] = await Promise.all([this.deps.outbox.deliveries(viewer.accountId, room.id), this.deps.grading.settingsOf(viewer.accountId, room.id)]);
    return { deliveries: rows.map(deliveryOf), gradingEnabled: settings?.enabled ?? false };
  }

  /** Sends a session's grades again (after the teacher fixed what the LMS refused), with a later timestamp. */
  async resend(viewer: Viewer, roomId: string, sessionId: string): Promise<{ deliveries: GradeDelivery[]; gradingEnabled: boolean }> {
    const { room } = await this.deps.rooms.authorize(viewer, roomId, 'edit');
    const session = await this.deps.sessions.find(viewer.accountId, sessionId);
    if (!session || session.roomId !== room.id) throw notFound('SESSION_NOT_FOUND');
    const now = this.deps.clock();
    const reset = await this.deps.outbox.resend(viewer.accountId, room.id, session.id, now);
    // A session that ended before grading was turned on is sent for the first time.
    if (reset === 0 && session.state.status === 'ended') {
      await this.deps.db.transaction((t) => this.deps.outbox.enqueueForEndedSession(viewer.accountId, room.id, session.id, now, t));
    }
    return this.deliveries(viewer, roomId);
  }
}
