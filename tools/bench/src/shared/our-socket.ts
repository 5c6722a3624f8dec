import { ackSchema, entryOutcomeSchema, type EntryOutcome } from '@lti-rooms/contracts';
import type { Socket } from 'socket.io-client';
import { connectSocket, request } from './bench-socket';
import type { LaunchedUser } from './launch-flow';

/** LTI Rooms' real-time doors as the meeting page uses them. */

export type Ack<T> = { ok: true; data: T } | { ok: false; error: { code: string; reason?: string } };

const entryAck = ackSchema(entryOutcomeSchema);

/** The data of a successful acknowledgement; a refusal throws with the server's code and message. */
export function okData<T>(what: string, ack: Ack<T>): T {
  if (!ack.ok) throw new Error(`${what} was refused: ${ack.error.code} ${ack.error.reason ?? ""}`);
  return ack.data;
}

/** 'session:enter' into a room; resolves with the outcome the server answered. */
export async function enterRoom(socket: Socket, roomId: string, who: string): Promise<EntryOutcome> {
  return okData(`${who}'s session:enter`, entryAck.parse(await request(socket, 'session:enter', { roomId })));
}

/**
 * A launched user's connection to one server process (`url`; any process of the deployment):
 * launch token in the handshake, session cookie on the upgrade.
 */
export function connectAs(url: string, user: LaunchedUser): Promise<Socket> {
  return connectSocket(url, { auth: { token: user.ltik }, cookie: user.browser.cookieHeader() });
}
