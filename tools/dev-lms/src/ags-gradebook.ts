/** What the Dev LMS's gradebook holds (AGS 2.0): line items per course, each with its results and every score received. */
export interface GradebookResult {
  userId: string;
  resultScore?: number;
  resultMaximum?: number;
  comment?: string;
  timestamp: string;
  activityProgress: string;
  gradingProgress: string;
}

export interface ScoreReceived extends Omit<GradebookResult, 'resultScore' | 'resultMaximum'> {
  scoreGiven?: number;
  scoreMaximum?: number;
}

export interface GradebookLineItem {
  /** The line item's URL, as AGS names it. */
  id: string;
  label: string;
  scoreMaximum: number;
  resourceId?: string;
  resourceLinkId?: string;
  tag?: string;
  startDateTime?: string;
  endDateTime?: string;
  results: GradebookResult[];
  /** Every score POST answered with success, in arrival order (also those older than the result, which change nothing). */
  scoreHistory: ScoreReceived[];
}

/** What a tool sent to the AGS endpoints, as a conformance check reads it. */
export interface AgsRequest {
  method: string;
  path: string;
  contentType: string | null;
  accept: string | null;
  /** The scopes of the access token it carried. */
  tokenScopes: string[];
  status: number;
}

export type LineItemFields = Omit<GradebookLineItem, 'id' | 'results' | 'scoreHistory'>;

const MAX_RECORDED_REQUESTS = 5000;

/** In memory: grades live as long as the Dev LMS process, enough for trials and tests. */
export class AgsGradebook {
  private readonly items = new Map<string, GradebookLineItem[]>();
  private nextId = 1;
  private failures: { status: number; remaining: number; afterRecording: boolean } | null = null;
  /** Every request to the AGS endpoints, newest last (bounded: the Dev LMS is not a log store). */
  readonly requests: AgsRequest[] = [];

  recordRequest(request: AgsRequest): void {
    this.requests.push(request);
    if (this.requests.length > MAX_RECORDED_REQUESTS) this.requests.splice(0, this.requests.length - MAX_RECORDED_REQUESTS);
  }

  lineItems(courseId: string): GradebookLineItem[] {
    return this.items.get(courseId) ?? [];
  }

  find(courseId: string, itemId: string): GradebookLineItem | undefined {
    return this.lineItems(courseId).find((item) => item.id.endsWith(`/lineitems/${itemId}`));
  }

  create(courseId: string, containerUrl: string, fields: LineItemFields): GradebookLineItem {
    const item: GradebookLineItem = { ...fields, id: `${containerUrl}/${this.nextId++}`, results: [], scoreHistory: [] };
    this.items.set(courseId, [...this.lineItems(courseId), item]);
    return item;
  }

  update(item: GradebookLineItem, fields: LineItemFields): void {
    Object.assign(item, fields);
  }

  remove(courseId: string, item: GradebookLineItem): void {
    this.items.set(courseId, this.lineItems(courseId).filter((other) => other !== item));
  }

  /**
   * AGS 2.0 section 3.4.4: a score older than the one on record must not change the result.
   * Answered with success either way, and kept in the history.
   */
  receiveScore(item: GradebookLineItem, score: ScoreReceived): void {
    item.scoreHistory.push(score);
    const current = item.results.find((result) => result.userId === score.userId);
    if (current && Date.parse(current.timestamp) > Date.parse(score.timestamp)) return;
    const result: GradebookResult = {
      userId: score.userId, timestamp: score.timestamp, activityProgress: score.activityProgress, gradingProgress: score.gradingProgress,
      ...(score.scoreGiven === undefined ? {} : { resultScore: score.scoreGiven, resultMaximum: score.scoreMaximum }),
      ...(score.comment === undefined ? {} : { comment: score.comment }),
    };
    item.results = [...item.results.filter((other) => other.userId !== score.userId), result];
  }

  /**
   * Like Canvas: a score whose timestamp is not later than the one on record is refused
   * (400) instead of ignored. AGS allows either; a tool must cope with both.
   */
  strictTimestamps = false;

  /**
   * Test hook: the next `count` score posts fail with `status` (a platform in trouble); with
   * `afterRecording`, the score is kept first and only the answer is lost (a timeout the tool
   * cannot tell from a failure).
   */
  failNextScorePosts(status: number, count: number, afterRecording = false): void {
    this.failures = count > 0 ? { status, remaining: count, afterRecording } : null;
  }

  /** Whether the score cannot be taken because a newer or equal one is on record (strict platforms only). */
  staleForStrictPlatform(item: GradebookLineItem, score: ScoreReceived): boolean {
    const current = item.results.find((result) => result.userId === score.userId);
    return this.strictTimestamps && current !== undefined && Date.parse(score.timestamp) <= Date.parse(current.timestamp);
  }

  /** The failure a score post must meet now, if one is due. */
  takeScoreFailure(): { status: number; afterRecording: boolean } | null {
    if (!this.failures) return null;
    const { status, afterRecording } = this.failures;
    this.failures.remaining -= 1;
    if (this.failures.remaining <= 0) this.failures = null;
    return { status, afterRecording };
  }
}
