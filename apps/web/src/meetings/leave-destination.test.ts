import { describe, expect, it } from '@jest/globals';
import { leaveDestination } from './leave-destination';

/** Stands in for toSafeHttpUrl: only http(s) URLs pass. */
const safe = (url: string | null) => (url && /^https?:\/\//.test(url) ? url : null);
const channel = { id: 'c 1', title: 'Biology', label: null };

describe('where leaving goes', () => {
  it('goes back to the channel the room was opened from', () => {
    expect(leaveDestination({ channel, returnUrl: 'https://lms.example/course' }, safe)).toEqual({ kind: 'route', path: '/channels/c%201' });
  });

  it('goes to the LMS return URL when the launch had no channel', () => {
    expect(leaveDestination({ channel: null, returnUrl: 'https://lms.example/home' }, safe)).toEqual({ kind: 'external', url: 'https://lms.example/home' });
  });

  it('refuses an unsafe return URL and falls back to My Rooms', () => {
    expect(leaveDestination({ channel: null, returnUrl: 'javascript:alert(1)' }, safe)).toEqual({ kind: 'route', path: '/my-rooms' });
    expect(leaveDestination({ channel: null, returnUrl: null }, safe)).toEqual({ kind: 'route', path: '/my-rooms' });
  });

  it('falls back to My Rooms before the launch is known', () => {
    expect(leaveDestination(null, safe)).toEqual({ kind: 'route', path: '/my-rooms' });
  });
});
