import type { ParticipantRecord, SessionRecord } from '@lti-rooms/server-persistence';
import { admissionFromShared, sharedAdmissionOf } from './shared-admission';

const at = (iso: string) => new Date(iso);

describe('an admission shared with the other processes', () => {
  const session = {
    id: 's1', accountId: 'a1', roomId: 'r1', jitsiRoom: 'rooms-x', mode: 'panel', chat: {}, stageAccessMode: 'invitation', locked: false,
    features: { totalCap: 300, cameraOnCap: 10 },
    state: { status: 'live', openedAt: at('2026-01-01T10:00:00Z'), startedAt: at('2026-01-01T10:05:00Z'), startedBy: 'host' },
  } as unknown as SessionRecord;
  const participant = {
    id: 'p1', accountId: 'a1', sessionId: 's1', userId: 'u1', userName: 'Ana', userEmail: null, userPicture: null, role: 'participant',
    arrivedAt: at('2026-01-01T09:59:00Z'), admittedAt: at('2026-01-01T10:05:00Z'), leftAt: null, leftReason: null, lastSeenAt: at('2026-01-01T10:05:00Z'),
    cameraOn: false, stagePosition: 'viewer', promotedFrom: null, jitsiParticipantId: null,
  } as ParticipantRecord;

  it('comes back as the session and people it left as, through JSON', () => {
    const wire = JSON.parse(JSON.stringify(sharedAdmissionOf({ kind: 'admitted', session, roomName: 'Physics', participants: [participant] })));
    const { session: back, roomName, people } = admissionFromShared(wire);
    expect(back).toEqual(session);
    expect(roomName).toBe('Physics');
    expect(people).toEqual([{ id: 'p1', userId: 'u1', userName: 'Ana', userEmail: null, userPicture: null, role: 'participant', stagePosition: 'viewer' }]);
  });
});
