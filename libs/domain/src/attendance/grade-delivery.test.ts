import { classifyPlatformAnswer, GRADE_MAX_ATTEMPTS, gradeDeliveryState, gradeRetryDelaySeconds, PlatformAnswer } from './grade-delivery';

describe('classifyPlatformAnswer', () => {
  it.each<[PlatformAnswer, ReturnType<typeof classifyPlatformAnswer>]>([
    [200, { outcome: 'delivered' }],
    [204, { outcome: 'delivered' }],
    [503, { outcome: 'retry' }],
    [500, { outcome: 'retry' }],
    [429, { outcome: 'retry' }],
    [408, { outcome: 'retry' }],
    ['timeout', { outcome: 'retry' }],
    ['network', { outcome: 'retry' }],
    [401, { outcome: 'refused', code: 'SCOPE_MISSING' }],
    [403, { outcome: 'refused', code: 'SCOPE_MISSING' }],
    [404, { outcome: 'refused', code: 'LINE_ITEM_GONE' }],
    [410, { outcome: 'refused', code: 'LINE_ITEM_GONE' }],
    [400, { outcome: 'refused', code: 'REJECTED' }],
    [422, { outcome: 'refused', code: 'REJECTED' }],
  ])('%s → %o', (answer, verdict) => {
    expect(classifyPlatformAnswer(answer)).toEqual(verdict);
  });

  it.each<[PlatformAnswer, ReturnType<typeof classifyPlatformAnswer>]>([
    [400, { outcome: 'refused', code: 'SCOPE_MISSING' }],
    [401, { outcome: 'refused', code: 'SCOPE_MISSING' }],
    [404, { outcome: 'refused', code: 'SCOPE_MISSING' }],
    [429, { outcome: 'retry' }],
    [503, { outcome: 'retry' }],
    ['timeout', { outcome: 'retry' }],
  ])('the token request answering %s → %o', (answer, verdict) => {
    expect(classifyPlatformAnswer(answer, 'token')).toEqual(verdict);
  });
});

describe('gradeDeliveryState', () => {
  it.each([
    [{ jobStatus: 'pending', pendingPosts: 0, refusedPosts: 0 }, 'preparing'],
    [{ jobStatus: 'refused', pendingPosts: 3, refusedPosts: 0 }, 'refused'],
    [{ jobStatus: 'expanded', pendingPosts: 2, refusedPosts: 1 }, 'sending'],
    [{ jobStatus: 'expanded', pendingPosts: 0, refusedPosts: 1 }, 'refused'],
    [{ jobStatus: 'expanded', pendingPosts: 0, refusedPosts: 0 }, 'done'],
  ] as const)('%o → %s', (delivery, state) => {
    expect(gradeDeliveryState(delivery)).toBe(state);
  });
});

describe('gradeRetryDelaySeconds', () => {
  it('doubles from 30 s and stops at an hour', () => {
    expect([1, 2, 3, 4, 7, 8, 12].map(gradeRetryDelaySeconds)).toEqual([30, 60, 120, 240, 1920, 3600, 3600]);
  });

  it('all attempts together span most of a day', () => {
    const total = Array.from({ length: GRADE_MAX_ATTEMPTS - 1 }, (_, i) => gradeRetryDelaySeconds(i + 1)).reduce((a, b) => a + b, 0);
    expect(total / 3600).toBeGreaterThan(5);
  });
});
