import { describe, expect, it } from '@jest/globals';
import { invitationText, invitationToShow, inviterName, refusalClosesInvitation } from './stage-invitation';
import { person } from './stage-test-fixtures';

describe('the invitation dialog', () => {
  const invited = person('sam', { position: 'invited', since: '2026-11-27T10:03:00.000Z', invitedBy: { userId: 'ada', name: 'Ada Instructor' } });

  it('shows a pending invitation until I answer that one', () => {
    expect(invitationToShow(invited, null)).toBe(invited);
    expect(invitationToShow(invited, invited.since)).toBeNull();
    expect(invitationToShow({ ...invited, since: '2026-11-27T10:09:00.000Z' }, invited.since)).not.toBeNull();
    expect(invitationToShow(person('sam'), null)).toBeNull();
    expect(invitationToShow(null, null)).toBeNull();
  });

  it('names who sent it', () => {
    expect(invitationText(inviterName(invited))).toBe('Ada Instructor invites you to the stage.');
    expect(invitationText(inviterName({ ...invited, invitedBy: null }))).toBe('A host invites you to the stage.');
  });

  it.each([
    ['INVITATION_REVOKED', true],
    ['INVITATION_WITHDRAWN', true],
    ['NO_INVITATION', true],
    ['STAGE_FULL', false],
    ['NO_HOST_PRESENT', false],
    ['NOT_CONNECTED', false],
  ])('a refusal %s closes it: %s', (code, closes) => {
    expect(refusalClosesInvitation(code)).toBe(closes);
  });
});
