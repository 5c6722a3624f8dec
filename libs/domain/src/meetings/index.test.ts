import * as domain from '../index';

describe('the meeting and stage rules are part of the domain library', () => {
  it.each([
    'applySessionCommand', 'entryDecision', 'sweepSession', 'sessionRoleFor', 'isPresent', 'hostAbsenceExpired',
    'admissionDecision', 'admitFromWaitingRoom', 'cameraSlotDecision', 'computeAttendance', 'attendanceCsv',
    'applyStageCommand', 'initialStageState', 'stageLists',
  ])('%s', (name) => {
    expect(typeof (domain as Record<string, unknown>)[name]).toBe('function');
  });
});
