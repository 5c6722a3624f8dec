import {
  ATTENDANCE_LINE_ITEM_TAG, classifyPlatformAnswer, gradeServiceState, GRADE_MAX_ATTEMPTS, gradeComment, gradeRetryDelaySeconds, type GradeRefusal,
} from '@lti-rooms/domain';
import type { Account, AccountRepository, GradeJob, GradeOutboxRepository, GradePost, GradingRepository, RoomRepository } from '@lti-rooms/server-persistence';
import type { AgsAnswer, AgsClient } from '@lti-rooms/server-lti';
import type { Logger } from 'pino';
import type { CourseDirectory } from './course-services';
import { scoresForSession } from './grade-scores';
import type { RoomAttendanceReader } from './room-attendance';

/** How long a claimed row is this process's: a process killed mid-delivery gives it up after this. */
const LEASE_MS = 2 * 60_000;
const BATCH = 25;
/** Bounds one round (1,000 scores); the rest wait for the next. */
const MAX_POST_BATCHES_PER_TICK = 40;

export interface GradeWorkerDeps {
  outbox: GradeOutboxRepository;
  grading: GradingRepository;
  accounts: AccountRepository;
  rooms: RoomRepository;
  courses: CourseDirectory;
  attendance: RoomAttendanceReader;
  ags: AgsClient;
  userLocales: (accountId: string, userIds: string[]) => Promise<Map<string, string | null>>;
  clock: () => Date;
  logger: Logger;
}

type Outcome = { kind: 'done' } | { kind: 'retry' } | { kind: 'refused'; refusal: GradeRefusal };

/** A token refused for lack of scope answers 400 (invalid_scope): for grades that is the missing scope, not a bad request. */
function outcomeOf(answer: Extract<AgsAnswer<unknown>, { ok: false }>): Outcome {
  const verdict = classifyPlatformAnswer(answer.status, answer.stage);
  if (verdict.outcome === 'refused') return { kind: 'refused', refusal: verdict.code };
  return verdict.outcome === 'retry' ? { kind: 'retry' } : { kind: 'done' };
}

/**
 * Delivers the grade outbox; every process runs it. A job (one ended session, one course)
 * becomes one post per student once the line item exists and the roster is read; each post
 * is retried with backoff on 5xx, 429 and timeouts, and stops at a refusal the teacher sees.
 */
export class GradeWorker {
  constructor(private readonly deps: GradeWorkerDeps) {}

  /** One round: jobs first, then posts, the fresh ones of this round included (hence the clock read again). */
  async tick(): Promise<void> {
    const lease = () => {
      const now = this.deps.clock();
      return [now, new Date(now.getTime() + LEASE_MS)] as const;
    };
    for (const job of await this.deps.outbox.claimJobs(...lease(), BATCH)) await this.guard(() => this.expand(job), { jobId: job.id });
    // A class's scores in one round, in batches: a batch is claimed (leased) just before it is sent.
    for (let round = 0; round < MAX_POST_BATCHES_PER_TICK; round++) {
      const posts = await this.deps.outbox.claimPosts(...lease(), BATCH);
      for (const post of posts) await this.guard(() => this.deliver(post), { postId: post.id });
      if (posts.length < BATCH) break;
    }
  }

  private async guard(work: () => Promise<void>, context: Record<string, string>): Promise<void> {
    try {
      await work();
    } catch (error) {
      // The lease runs out and another tick tries again; one bad row must not stop the others.
      this.deps.logger.error({ err: error, ...context }, 'grade delivery step failed');
    }
  }

  private async expand(job: GradeJob): Promise<void> {
    const { outbox, grading, accounts, rooms, courses, attendance, clock } = this.deps;
    const [account, room, course] = await Promise.all([
      accounts.findById(job.accountId), rooms.find(job.accountId, job.roomId), courses.coursesOf(job.accountId, job.roomId).then((all) => all.find((c) => c.channelId === job.channelId)),
    ]);
    if (!account || !room) return outbox.refuseJob(job.id, 'REJECTED', clock());
    if (!course || !course.lineItemsUrl) return outbox.refuseJob(job.id, 'NO_GRADE_SERVICE', clock());
    if (gradeServiceState(course) !== 'ready') return outbox.refuseJob(job.id, 'SCOPE_MISSING', clock());
    const roster = await courses.roster(job.accountId, course);
    if (roster === 'unreadable') return this.retryJob(job);
    const scopeKey = job.rule.aggregation === 'perSession' ? job.sessionId : 'room';
    // A per-session grade needs that session's register only; an average needs every session's.
    const { sessions, people } = await attendance.read(room, scopeKey === 'room' ? undefined : job.sessionId);
    const graded = sessions.find((s) => s.session.id === job.sessionId);
    if (!graded) return outbox.refuseJob(job.id, 'REJECTED', clock());
    let lineItem = await grading.lineItemOf(job.accountId, job.roomId, job.channelId, scopeKey);
    if (!lineItem || job.refusal === 'LINE_ITEM_GONE') {
      const label = scopeKey === 'room' ? room.name : `${room.name} · ${graded.startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
      const resourceId = scopeKey === 'room' ? room.id : `${room.id}:${job.sessionId}`;
      const made = await this.lineItemFor(account, course.lineItemsUrl, { label, scoreMaximum: job.rule.maxScore, resourceId, tag: ATTENDANCE_LINE_ITEM_TAG }, job.refusal === 'LINE_ITEM_GONE');
      if (made.kind === 'refused') return outbox.refuseJob(job.id, made.refusal, clock());
      if (made.kind !== 'made') return this.retryJob(job);
      if (lineItem) await grading.moveLineItem(job.accountId, lineItem.id, made.url);
      lineItem = await grading.bindLineItem(job.accountId, job.roomId, job.channelId, scopeKey, made.url, clock());
    }
    const scores = scoresForSession({ rule: job.rule, sessionId: job.sessionId, sessions, people, roster: roster === 'notOffered' ? null : roster });
    // The timestamp is fixed now: a retry resends the same score, which the platform reads as the same submission.
    const scoredAt = clock();
    await outbox.expandJob(job.id, job.accountId, scores.map((score) => ({
      lineItemId: lineItem.id, ltiUserId: score.ltiUserId, scoreGiven: score.scoreGiven, scoreMaximum: job.rule.maxScore,
      secondsPresent: score.secondsPresent, sessionSeconds: score.sessionSeconds, userId: score.userId, scoredAt,
    })), clock());
  }

  private async lineItemFor(account: Account, lineItemsUrl: string, item: Parameters<AgsClient['createLineItem']>[2], forceNew: boolean): Promise<Outcome | { kind: 'made'; url: string }> {
    if (!forceNew) {
      const found = await this.deps.ags.findLineItem(account, lineItemsUrl, { resourceId: item.resourceId, tag: item.tag });
      if (!found.ok) return outcomeOf(found);
      if (found.value) return { kind: 'made', url: found.value };
    }
    const created = await this.deps.ags.createLineItem(account, lineItemsUrl, item);
    return created.ok ? { kind: 'made', url: created.value } : outcomeOf(created);
  }

  /**
   * A retry after an answer that never came (a timeout, a killed process) sends the same
   * timestamp again. A platform that refuses a timestamp not later than its own (Canvas) then
   * answers 4xx although the grade is there: the result it holds says so.
   */
  private async arrivedBefore(account: Account, post: GradePost, answer: Extract<AgsAnswer<null>, { ok: false }>): Promise<boolean> {
    if (post.attempts < 2 || answer.stage !== 'request' || typeof answer.status !== 'number' || answer.status < 400 || answer.status >= 500) return false;
    const result = await this.deps.ags.resultOf(account, post.lineItemUrl, post.ltiUserId);
    return result.ok && result.value !== null && result.value.resultScore === post.scoreGiven;
  }

  private async retryJob(job: GradeJob): Promise<void> {
    const now = this.deps.clock();
    if (job.attempts >= GRADE_MAX_ATTEMPTS) return this.deps.outbox.refuseJob(job.id, 'GAVE_UP', now);
    await this.deps.outbox.retryJob(job.id, new Date(now.getTime() + gradeRetryDelaySeconds(job.attempts) * 1000), job.refusal, now);
  }

  private async deliver(post: GradePost): Promise<void> {
    const { outbox, accounts, ags, clock } = this.deps;
    const account = await accounts.findById(post.accountId);
    if (!account) return outbox.refusePost(post.id, 'REJECTED');
    const locale = post.userId ? (await this.deps.userLocales(post.accountId, [post.userId])).get(post.userId) ?? null : null;
    const answer = await ags.postScore(account, post.lineItemUrl, {
      userId: post.ltiUserId, scoreGiven: post.scoreGiven, scoreMaximum: post.scoreMaximum,
      comment: gradeComment(locale, { secondsPresent: post.secondsPresent, sessionSeconds: post.sessionSeconds }),
      timestamp: post.scoredAt.toISOString(), activityProgress: 'Completed', gradingProgress: 'FullyGraded',
    });
    if (answer.ok || (await this.arrivedBefore(account, post, answer))) return outbox.postSent(post.id, clock());
    const outcome = outcomeOf(answer);
    if (outcome.kind === 'refused') return outbox.refusePost(post.id, outcome.refusal);
    if (post.attempts >= GRADE_MAX_ATTEMPTS) return outbox.refusePost(post.id, 'GAVE_UP');
    await outbox.retryPost(post.id, new Date(clock().getTime() + gradeRetryDelaySeconds(post.attempts) * 1000));
  }
}
