import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { runAt } from './run-at';

describe('runAt', () => {
  beforeEach(() => {
    jest.useFakeTimers({ now: 0 });
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  it('runs at the time, not before', () => {
    const job = jest.fn();
    runAt(5000, job);
    jest.advanceTimersByTime(4999);
    expect(job).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    expect(job).toHaveBeenCalledTimes(1);
  });

  it('runs a time already past on the next tick', () => {
    const job = jest.fn();
    runAt(-1, job);
    expect(job).not.toHaveBeenCalled();
    jest.advanceTimersByTime(0);
    expect(job).toHaveBeenCalledTimes(1);
  });

  it('waits weeks without overflowing the browser timer', () => {
    const job = jest.fn();
    const fourWeeks = 28 * 24 * 3600 * 1000;
    runAt(fourWeeks, job);
    jest.advanceTimersByTime(fourWeeks - 1);
    expect(job).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    expect(job).toHaveBeenCalledTimes(1);
  });

  it('can be cancelled', () => {
    const job = jest.fn();
    const cancel = runAt(1000, job);
    cancel();
    jest.advanceTimersByTime(2000);
    expect(job).not.toHaveBeenCalled();
  });
});
