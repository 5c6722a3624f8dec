import { z } from 'zod';
import { END_REASONS, GRADE_DELIVERY_STATES, GRADE_REFUSALS, GRADE_SERVICE_STATES, GRADING_LIMITS, ROOM_MODES } from '@lti-rooms/domain';

const isoDateTime = z.iso.datetime({ offset: true });
const id = z.string().min(1);
const wholeNumber = (min: number, max: number) => z.number().int().min(min).max(max);

// Attendance (HTTP)

export const presenceSegmentSchema = z.object({ from: isoDateTime, to: isoDateTime.nullable() });

export const attendanceRowSchema = z.object({
  userId: id,
  name: z.string(),
  email: z.string().nullable(),
  firstJoinAt: isoDateTime,
  /** Null while the person is still in the live session. */
  lastLeaveAt: isoDateTime.nullable(),
  /** Reconnects within the resume window are one segment. */
  segments: z.array(presenceSegmentSchema),
  minutesPresent: z.number().int(),
  percentOfSession: z.number().int(),
  /** Panel sessions only; null in interactive ones, where everyone is on stage. */
  onStageMinutes: z.number().int().nullable(),
  cameraOnMinutes: z.number().int(),
  /** Null when the session had no scheduled start. */
  lateMinutes: z.number().int().nullable(),
});
export type AttendanceRow = z.infer<typeof attendanceRowSchema>;

export const absenteeSchema = z.object({ ltiUserId: z.string(), name: z.string() });

export const sessionAttendanceSchema = z.object({
  id,
  status: z.enum(['waiting', 'live', 'ended']),
  mode: z.enum(ROOM_MODES),
  startedAt: isoDateTime.nullable(),
  endedAt: isoDateTime.nullable(),
  endReason: z.enum(END_REASONS).nullable(),
  scheduledStartAt: isoDateTime.nullable(),
  durationMinutes: z.number().int(),
  rows: z.array(attendanceRowSchema),
  /**
   * The course roster's students who never came, for scheduled sessions; null when the
   * session was not scheduled or the LMS offers no roster.
   */
  absentees: z.array(absenteeSchema).nullable(),
});
export type SessionAttendance = z.infer<typeof sessionAttendanceSchema>;

/** GET /api/rooms/:roomId/attendance: newest session first. */
export const attendanceListSchema = z.object({ sessions: z.array(sessionAttendanceSchema) });

/** GET /api/rooms/:roomId/attendance/matrix: students × the room's sessions (oldest first), with totals. */
export const attendanceMatrixSchema = z.object({
  sessions: z.array(z.object({ id, startedAt: isoDateTime.nullable(), presentCount: z.number().int() })),
  students: z.array(z.object({
    userId: id,
    name: z.string(),
    cells: z.array(z.object({ sessionId: id, minutesPresent: z.number().int(), percentOfSession: z.number().int() })),
    totalMinutes: z.number().int(),
    sessionsAttended: z.number().int(),
  })),
});
export type AttendanceMatrix = z.infer<typeof attendanceMatrixSchema>;

// Grading

export const gradingRuleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('minimumMinutes'), minutes: wholeNumber(GRADING_LIMITS.minutes.min, GRADING_LIMITS.minutes.max) }),
  z.object({ kind: z.literal('minimumPercent'), percent: wholeNumber(GRADING_LIMITS.percent.min, GRADING_LIMITS.percent.max) }),
  z.object({ kind: z.literal('proportional') }),
]);

export const gradingSettingsSchema = z.object({
  enabled: z.boolean(),
  rule: gradingRuleSchema,
  aggregation: z.enum(['perSession', 'average']),
  maxScore: wholeNumber(GRADING_LIMITS.maxScore.min, GRADING_LIMITS.maxScore.max),
});
export type GradingSettingsBody = z.infer<typeof gradingSettingsSchema>;

/** GET and PUT /api/rooms/:roomId/grading. */
export const gradingViewSchema = z.object({
  settings: gradingSettingsSchema,
  channels: z.array(z.object({ channelId: id, title: z.string(), gradeService: z.enum(GRADE_SERVICE_STATES) })),
});
export type GradingView = z.infer<typeof gradingViewSchema>;

/** One session's grades towards one course's gradebook. */
export const gradeDeliverySchema = z.object({
  sessionId: id,
  channelId: id,
  channelTitle: z.string(),
  state: z.enum(GRADE_DELIVERY_STATES),
  total: z.number().int(),
  sent: z.number().int(),
  pending: z.number().int(),
  refused: z.number().int(),
  /** When the next retry is due, while some are pending after a failure. */
  retryAt: isoDateTime.nullable(),
  /** Why the platform refused (the whole job, or the first refused score). */
  refusal: z.enum(GRADE_REFUSALS).nullable(),
});
export type GradeDelivery = z.infer<typeof gradeDeliverySchema>;

/** GET /api/rooms/:roomId/grades (owners and co-editors); POST .../sessions/:sessionId/grades/resend answers the same. */
export const gradeDeliveriesSchema = z.object({
  deliveries: z.array(gradeDeliverySchema),
  /** Whether the room is graded now: a session that ended before can then be sent for the first time. */
  gradingEnabled: z.boolean(),
});

/** GET /api/rooms/:roomId/attendance/mine: a student's own record, never anyone else's. */
export const myAttendanceSchema = z.object({
  grading: z.object({ enabled: z.boolean(), maxScore: z.number(), aggregation: z.enum(['perSession', 'average']) }),
  sessions: z.array(z.object({
    id,
    startedAt: isoDateTime.nullable(),
    endedAt: isoDateTime.nullable(),
    minutesPresent: z.number().int(),
    percentOfSession: z.number().int(),
    lateMinutes: z.number().int().nullable(),
    /** The score this session earned under the room's rule; null when grading is off. */
    score: z.number().nullable(),
  })),
  /** The score sent to the gradebook for the room (average), or the last session's; null when grading is off. */
  roomScore: z.number().nullable(),
});
export type MyAttendance = z.infer<typeof myAttendanceSchema>;
