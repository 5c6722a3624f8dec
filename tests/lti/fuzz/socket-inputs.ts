import fc from 'fast-check';
import { oddJsonValue, oddText } from './odd-values';

export interface SocketInput {
  event: string;
  payload: unknown;
  /** Known events are answered; an unknown one is sent without waiting for an answer. */
  known: boolean;
}

const oddId = fc.oneof({ arbitrary: oddText, weight: 6 }, { arbitrary: fc.uuid(), weight: 2 }, { arbitrary: oddJsonValue, weight: 1 });
const COMMANDS = [
  'invite', 'revokeInvite', 'bringToStage', 'declineRequest', 'removeFromStage', 'setAccessMode', 'setModerator', 'acceptInvite', 'declineInvite',
  'requestStage', 'withdrawRequest', 'joinStage', 'leaveStage',
];
const command = fc.oneof(
  fc.record({ type: fc.oneof(fc.constantFrom(...COMMANDS), oddText), targetUserId: oddId, mode: fc.oneof(oddText, fc.constant('open')), moderator: oddJsonValue }, { requiredKeys: ['type'] }),
  oddJsonValue,
);

/** Each event with the shape its schema expects and odd values in it, or any JSON instead. */
const PAYLOADS: Record<string, fc.Arbitrary<unknown>> = {
  'session:enter': fc.record({ roomId: oddId, sessionId: oddId }, { requiredKeys: ['roomId'] }),
  'session:leave': fc.record({ sessionId: oddId }),
  'session:end': fc.record({ sessionId: oddId }),
  'camera:set': fc.record({ sessionId: oddId, on: fc.oneof(fc.boolean(), oddJsonValue) }),
  'stage:command': fc.record({ sessionId: oddId, command }),
  'stage:snapshot': fc.record({ sessionId: oddId }),
  'jitsi:joined': fc.record({ sessionId: oddId, jitsiParticipantId: oddText }),
};

const RESERVED = ['connect', 'connect_error', 'disconnect', 'disconnecting', 'newListener', 'removeListener'];

const knownInput = fc
  .constantFrom(...Object.keys(PAYLOADS))
  .chain((event) => fc.oneof({ arbitrary: PAYLOADS[event], weight: 4 }, { arbitrary: oddJsonValue, weight: 1 }).map((payload) => ({ event, payload, known: true })));
const unknownInput = fc
  .record({ event: oddText.filter((name) => !RESERVED.includes(name) && !(name in PAYLOADS)), payload: oddJsonValue })
  .map(({ event, payload }) => ({ event, payload, known: false }));

export const socketInputs: fc.Arbitrary<SocketInput> = fc.oneof({ arbitrary: knownInput, weight: 9 }, { arbitrary: unknownInput, weight: 1 });

/** What a browser could put into the handshake instead of a launch token and session cookie. */
export const handshakeInputs = fc.record({ token: fc.option(oddJsonValue, { nil: null }), cookie: fc.option(oddText.map((v) => `lti_rooms_session=${[...v].filter((c) => c >= ' ' && c <= '~').join('')}`), { nil: null }) });
