import { describe, expect, it } from '@jest/globals';
import { API_ERROR_CODES, CLIENT_ACK_ERROR_CODES, FIELD_ERROR_CODES, REFUSAL_REASONS } from '@lti-rooms/contracts';
import { NOT_A_PANEL_SESSION, PROMOTION_REFUSALS, ROOM_ACTIONS, STAGE_REFUSALS } from '@lti-rooms/domain';
import { fieldErrorText } from './field-error-text';
import { refusalText } from './refusal-text';

const SENTENCE = /^[A-Z].+\.$/;

describe('refusalText', () => {
  it.each([...STAGE_REFUSALS, ...PROMOTION_REFUSALS, NOT_A_PANEL_SESSION] as const)('stage refusal %s has a sentence', (code) => {
    expect(refusalText({ code })).toMatch(SENTENCE);
  });

  it.each(REFUSAL_REASONS)('reason %s has a sentence', (reason) => {
    expect(refusalText({ code: 'CONFLICT', reason, params: { action: 'edit', limitKb: 256 } })).toMatch(SENTENCE);
  });

  it.each([...API_ERROR_CODES, ...CLIENT_ACK_ERROR_CODES])('code %s has a sentence of its own', (code) => {
    expect(refusalText({ code })).toMatch(SENTENCE);
  });

  it.each(ROOM_ACTIONS)('the refusal of room action %s is a sentence of its own', (action) => {
    const text = refusalText({ code: 'FORBIDDEN', reason: 'ROOM_ACTION_NOT_ALLOWED', params: { action } });
    expect(text).toMatch(/^You may not .+ this room\.$|^You may not remove this room from a course\.$/);
  });

  it('words an action it does not know as a refusal all the same', () => {
    expect(refusalText({ code: 'FORBIDDEN', reason: 'ROOM_ACTION_NOT_ALLOWED', params: { action: 'fly' } })).toBe('You may not do this.');
    expect(refusalText({ code: 'FORBIDDEN', reason: 'ROOM_ACTION_NOT_ALLOWED' })).toBe('You may not do this.');
  });

  it('words the data a code carries', () => {
    expect(refusalText({ code: 'FORBIDDEN', reason: 'ROOM_ACTION_NOT_ALLOWED', params: { action: 'manageCollaborators' } })).toBe('You may not manage the collaborators of this room.');
    expect(refusalText({ code: 'PAYLOAD_TOO_LARGE', reason: 'BODY_TOO_LARGE', params: { limitKb: 256 } })).toBe('The request body is larger than 256 KB.');
    expect(refusalText({ code: 'RATE_LIMITED', retryAfterSeconds: 7 })).toBe('Too many requests right now. Please try again in 7 seconds.');
    expect(refusalText({ code: 'RATE_LIMITED', retryAfterSeconds: 1 })).toBe('Too many requests right now. Please try again in 1 second.');
    expect(refusalText({ code: 'INTERNAL', params: { reference: 'r-42' } })).toBe('Something went wrong. Reference: r-42');
  });
});

describe('fieldErrorText', () => {
  it.each(FIELD_ERROR_CODES)('%s has words, with its bound where it has one', (code) => {
    const text = fieldErrorText({ code, params: { limit: 7 } });
    expect(text).toMatch(/^[A-Z]/);
    expect(text).not.toMatch(/undefined/);
  });

  it('names the bound', () => {
    expect(fieldErrorText({ code: 'NAME_TOO_LONG', params: { limit: 120 } })).toBe('Name must be at most 120 characters');
    expect(fieldErrorText({ code: 'TOO_MANY_TAGS', params: { limit: 1 } })).toBe('At most 1 tag');
  });
});
