import { randomUUID } from 'node:crypto';
import { Transaction } from 'sequelize';
import { gradingSettingsSchema, type GradingSettingsBody } from '@lti-rooms/contracts';
import type { GradeRefusal } from '@lti-rooms/domain';
import { Database } from '../database';
import { jsonColumn, toDate, toDateOrNull } from '../rows';

export type GradeRule = Omit<GradingSettingsBody, 'enabled'>;

/** One ended session's grades towards one course: expanded into posts once the roster is known. */
export interface GradeJob {
  id: string;
  accountId: string;
  roomId: string;
  sessionId: string;
  channelId: string;
  rule: GradeRule;
  attempts: number;
  refusal: GradeRefusal | null;
}

export interface NewGradePost {
  lineItemId: string;
  ltiUserId: string;
  userId: string | null;
  scoreGiven: number;
  scoreMaximum: number;
  secondsPresent: number;
  sessionSeconds: number;
  scoredAt: Date;
}

/** One student's score on its way to the gradebook. */
export interface GradePost extends NewGradePost {
  id: string;
  accountId: string;
  jobId: string;
  lineItemUrl: string;
  channelId: string;
  attempts: number;
}

export interface GradeDeliveryRow {
  sessionId: string;
  channelId: string;
  channelTitle: string;
  jobStatus: 'pending' | 'expanded' | 'refused';
  jobRefusal: GradeRefusal | null;
  jobRetryAt: Date | null;
  total: number;
  sent: number;
  pending: number;
  refused: number;
  postRetryAt: Date | null;
  postRefusal: GradeRefusal | null;
}

const ruleShape = gradingSettingsSchema.omit({ enabled: true });
const iso = (date: Date) => date.toISOString();
const due = `status = 'pending' AND next_attempt_at <= :now AND (lease_until IS NULL OR lease_until <= :now)`;

/**
 * The grade outbox. Every process runs the worker: a row is claimed by a conditional update
 * that only one of them can win, and held for a lease; a process killed mid-delivery leaves
 * the row to be claimed again when the lease runs out.
 */
export class GradeOutboxRepository {
  constructor(private readonly db: Database) {}

  /** In the transaction that ends the session: one job per course the room is published in, if grading is on. */
  async enqueueForEndedSession(accountId: string, roomId: string, sessionId: string, now: Date, transaction: Transaction): Promise<number> {
    const [grading] = await this.db.select<{ rule: string }>(
      'SELECT rule FROM room_grading WHERE account_id = :accountId AND room_id = :roomId AND enabled = :on', { accountId, roomId, on: true }, transaction,
    );
    if (!grading) return 0;
    const channels = await this.db.select<{ channel_id: string }>('SELECT channel_id FROM room_channels WHERE account_id = :accountId AND room_id = :roomId', { accountId, roomId }, transaction);
    for (const { channel_id: channelId } of channels) {
      await this.db.execute(
        `INSERT INTO grade_jobs (id, account_id, room_id, session_id, channel_id, rule, status, attempts, next_attempt_at, created_at, updated_at)
         VALUES (:id, :accountId, :roomId, :sessionId, :channelId, :rule, 'pending', 0, :now, :now, :now) ON CONFLICT (session_id, channel_id) DO NOTHING`,
        { id: randomUUID(), accountId, roomId, sessionId, channelId, rule: grading.rule, now: iso(now) }, transaction,
      );
    }
    return channels.length;
  }

  async claimJobs(now: Date, leaseUntil: Date, limit: number): Promise<GradeJob[]> {
    const candidates = await this.db.select<Record<string, unknown>>(`SELECT * FROM grade_jobs WHERE ${due} ORDER BY next_attempt_at LIMIT :limit`, { now: iso(now), limit });
    const claimed: GradeJob[] = [];
    for (const row of candidates) {
      const won = await this.db.execute(`UPDATE grade_jobs SET lease_until = :leaseUntil, attempts = attempts + 1 WHERE id = :id AND ${due}`, { id: row.id, now: iso(now), leaseUntil: iso(leaseUntil) });
      if (won === 1) claimed.push(toJob({ ...row, attempts: Number(row.attempts) + 1 }));
    }
    return claimed;
  }

  /** The job's posts, written at once with the job's completion: a crash leaves either all or none. */
  async expandJob(jobId: string, accountId: string, posts: NewGradePost[], now: Date): Promise<void> {
    await this.db.transaction(async (t) => {
      for (const post of posts) {
        await this.db.execute(
          `INSERT INTO grade_posts (id, account_id, job_id, line_item_id, lti_user_id, user_id, score_given, score_maximum, seconds_present, session_seconds, scored_at, status, attempts, next_attempt_at)
           VALUES (:id, :accountId, :jobId, :lineItemId, :ltiUserId, :userId, :scoreGiven, :scoreMaximum, :secondsPresent, :sessionSeconds, :scoredAt, 'pending', 0, :now)
           ON CONFLICT (job_id, lti_user_id) DO NOTHING`,
          { id: randomUUID(), accountId, jobId, ...post, scoredAt: iso(post.scoredAt), now: iso(now) }, t,
        );
      }
      await this.db.execute(`UPDATE grade_jobs SET status = 'expanded', lease_until = NULL, refusal = NULL, updated_at = :now WHERE id = :jobId`, { jobId, now: iso(now) }, t);
    });
  }

  async retryJob(jobId: string, nextAttemptAt: Date, refusal: GradeRefusal | null, now: Date): Promise<void> {
    await this.db.execute('UPDATE grade_jobs SET next_attempt_at = :next, lease_until = NULL, refusal = :refusal, updated_at = :now WHERE id = :jobId', { jobId, next: iso(nextAttemptAt), refusal, now: iso(now) });
  }

  async refuseJob(jobId: string, refusal: GradeRefusal, now: Date): Promise<void> {
    await this.db.execute(`UPDATE grade_jobs SET status = 'refused', lease_until = NULL, refusal = :refusal, updated_at = :now WHERE id = :jobId`, { jobId, refusal, now: iso(now) });
  }

  async claimPosts(now: Date, leaseUntil: Date, limit: number): Promise<GradePost[]> {
    const candidates = await this.db.select<Record<string, unknown>>(
      `SELECT p.*, l.url AS line_item_url, l.channel_id FROM grade_posts p JOIN grade_line_items l ON l.id = p.line_item_id
       WHERE p.status = 'pending' AND p.next_attempt_at <= :now AND (p.lease_until IS NULL OR p.lease_until <= :now) ORDER BY p.next_attempt_at LIMIT :limit`,
      { now: iso(now), limit },
    );
    const claimed: GradePost[] = [];
    for (const row of candidates) {
      const won = await this.db.execute(`UPDATE grade_posts SET lease_until = :leaseUntil, attempts = attempts + 1 WHERE id = :id AND ${due}`, { id: row.id, now: iso(now), leaseUntil: iso(leaseUntil) });
      if (won === 1) claimed.push(toPost({ ...row, attempts: Number(row.attempts) + 1 }));
    }
    return claimed;
  }

  async postSent(postId: string, now: Date): Promise<void> {
    await this.db.execute(`UPDATE grade_posts SET status = 'sent', sent_at = :now, lease_until = NULL, refusal = NULL WHERE id = :postId`, { postId, now: iso(now) });
  }

  async retryPost(postId: string, nextAttemptAt: Date): Promise<void> {
    await this.db.execute('UPDATE grade_posts SET next_attempt_at = :next, lease_until = NULL WHERE id = :postId', { postId, next: iso(nextAttemptAt) });
  }

  async refusePost(postId: string, refusal: GradeRefusal): Promise<void> {
    await this.db.execute(`UPDATE grade_posts SET status = 'refused', lease_until = NULL, refusal = :refusal WHERE id = :postId`, { postId, refusal });
  }

  /** Sends the session's grades again: its posts are dropped and its jobs run anew, with a later timestamp. */
  async resend(accountId: string, roomId: string, sessionId: string, now: Date): Promise<number> {
    return this.db.transaction(async (t) => {
      const params = { accountId, roomId, sessionId, now: iso(now) };
      // A column the LMS lost is made anew on the next run; the job remembers why.
      await this.db.execute(
        `UPDATE grade_jobs SET refusal = CASE WHEN EXISTS (SELECT 1 FROM grade_posts p WHERE p.job_id = grade_jobs.id AND p.refusal = 'LINE_ITEM_GONE') OR refusal = 'LINE_ITEM_GONE'
           THEN 'LINE_ITEM_GONE' ELSE NULL END WHERE account_id = :accountId AND room_id = :roomId AND session_id = :sessionId`,
        params, t,
      );
      await this.db.execute('DELETE FROM grade_posts WHERE job_id IN (SELECT id FROM grade_jobs WHERE account_id = :accountId AND room_id = :roomId AND session_id = :sessionId)', params, t);
      return this.db.execute(
        `UPDATE grade_jobs SET status = 'pending', attempts = 0, next_attempt_at = :now, lease_until = NULL, updated_at = :now
         WHERE account_id = :accountId AND room_id = :roomId AND session_id = :sessionId`,
        params, t,
      );
    });
  }

  /** Per session and course, how far its grades got (newest session first). */
  async deliveries(accountId: string, roomId: string): Promise<GradeDeliveryRow[]> {
    const rows = await this.db.select<Record<string, unknown>>(
      `SELECT j.session_id, j.channel_id, c.title AS channel_title, j.status, j.refusal, j.attempts, j.next_attempt_at, s.ended_at,
         COUNT(p.id) AS total,
         SUM(CASE WHEN p.status = 'sent' THEN 1 ELSE 0 END) AS sent,
         SUM(CASE WHEN p.status = 'pending' THEN 1 ELSE 0 END) AS pending,
         SUM(CASE WHEN p.status = 'refused' THEN 1 ELSE 0 END) AS refused,
         MIN(CASE WHEN p.status = 'pending' AND p.attempts > 0 THEN p.next_attempt_at END) AS post_retry_at,
         MIN(CASE WHEN p.status = 'refused' THEN p.refusal END) AS post_refusal
       FROM grade_jobs j JOIN channels c ON c.id = j.channel_id JOIN meeting_sessions s ON s.id = j.session_id
       LEFT JOIN grade_posts p ON p.job_id = j.id
       WHERE j.account_id = :accountId AND j.room_id = :roomId
       GROUP BY j.session_id, j.channel_id, c.title, j.status, j.refusal, j.attempts, j.next_attempt_at, s.ended_at
       ORDER BY s.ended_at DESC, c.title`,
      { accountId, roomId },
    );
    return rows.map((row) => ({
      sessionId: String(row.session_id),
      channelId: String(row.channel_id),
      channelTitle: String(row.channel_title),
      jobStatus: row.status as GradeDeliveryRow['jobStatus'],
      jobRefusal: (row.refusal as GradeRefusal | null) ?? null,
      jobRetryAt: row.status === 'pending' && Number(row.attempts) > 0 ? toDate(row.next_attempt_at) : null,
      total: Number(row.total ?? 0),
      sent: Number(row.sent ?? 0),
      pending: Number(row.pending ?? 0),
      refused: Number(row.refused ?? 0),
      postRetryAt: toDateOrNull(row.post_retry_at),
      postRefusal: (row.post_refusal as GradeRefusal | null) ?? null,
    }));
  }
}

function toJob(row: Record<string, unknown>): GradeJob {
  return {
    id: String(row.id), accountId: String(row.account_id), roomId: String(row.room_id), sessionId: String(row.session_id), channelId: String(row.channel_id),
    rule: jsonColumn(row.rule, ruleShape, `grade_jobs.rule of ${String(row.id)}`), attempts: Number(row.attempts), refusal: (row.refusal as GradeRefusal | null) ?? null,
  };
}

function toPost(row: Record<string, unknown>): GradePost {
  return {
    id: String(row.id), accountId: String(row.account_id), jobId: String(row.job_id), lineItemId: String(row.line_item_id), lineItemUrl: String(row.line_item_url),
    channelId: String(row.channel_id), ltiUserId: String(row.lti_user_id), userId: (row.user_id as string | null) ?? null, scoreGiven: Number(row.score_given), scoreMaximum: Number(row.score_maximum),
    secondsPresent: Number(row.seconds_present), sessionSeconds: Number(row.session_seconds), scoredAt: toDate(row.scored_at), attempts: Number(row.attempts),
  };
}
