/**
 * Child-process entry: the floor of a join storm. A bare Socket.IO server on the same path
 * and transport as our tool, with no database and no LTI: clients `enter` and are held in
 * memory; on the host's `start` it mints one HS256 JWT per client with jose (claims shaped
 * like ours) and emits `admitted` to each. What fan-out plus token minting costs, nothing else.
 * Started several times on one PostgreSQL database, its processes share events through
 * Socket.IO's own PostgreSQL adapter: the start goes to the others in one message and each
 * admits the clients it holds, as ours do.
 */
import { randomBytes } from 'node:crypto';
import { createAdapter } from '@socket.io/postgres-adapter';
import { Pool } from 'pg';
import { SignJWT } from 'jose';
import type { Socket } from 'socket.io';
import { bareSocketServer } from '../shared/bare-socket-server';
import { serveFromChild } from '../shared/server-child';
import { BENCH_JITSI } from './bench-jitsi';

const TOKEN_TTL_SECONDS = 2 * 3600;
const secret = new TextEncoder().encode(BENCH_JITSI.appSecret);

function mintParticipantToken(name: string, room: string): Promise<string> {
  const issuedAt = Math.floor(Date.now() / 1000);
  const user = { id: name, name, email: null, avatar: null, moderator: false };
  return new SignJWT({ context: { user: { ...user, affiliation: 'member' }, features: { recording: false, livestreaming: false, transcription: false, 'outbound-call': false, 'sip-outbound-call': false } }, room, moderator: false })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuedAt(issuedAt).setNotBefore(issuedAt - 10).setExpirationTime(issuedAt + TOKEN_TTL_SECONDS)
    .setAudience('jitsi').setIssuer(BENCH_JITSI.appId).setSubject(BENCH_JITSI.domain)
    .sign(secret);
}

type Ack = (answer: unknown) => void;

/** The adapter keeps payloads over 8 kB in this table; ours creates it too. */
const CREATE_ATTACHMENTS_TABLE = 'CREATE TABLE IF NOT EXISTS socket_io_attachments (id bigserial UNIQUE, created_at timestamptz DEFAULT NOW(), payload bytea)';

serveFromChild(async (env) => {
  const { io, listen } = bareSocketServer();
  let pool: Pool | null = null;
  if (env.databaseUrl) {
    pool = new Pool({ connectionString: env.databaseUrl, max: 8, connectionTimeoutMillis: 5_000 });
    await pool.query(CREATE_ATTACHMENTS_TABLE);
    io.adapter(createAdapter(pool));
  }
  /** socket id -> the waiting person */
  const waiting = new Map<string, { socket: Socket; name: string }>();

  /** Mint the batch, then fan out: the order our tool's publisher follows. */
  const admitHere = async (room: string) => {
    const people = [...waiting.values()];
    waiting.clear();
    const jwts = await Promise.all(people.map((person) => mintParticipantToken(person.name, room)));
    people.forEach((person, i) => person.socket.emit('admitted', { jwt: jwts[i] }));
  };
  // Another process's host started: the clients held here are let in.
  io.on('start', (room: string) => void admitHere(room));

  io.on('connection', (socket) => {
    socket.on('enter', (body: { name?: unknown }, ack: Ack) => {
      waiting.set(socket.id, { socket, name: String(body?.name ?? socket.id) });
      ack({ waitingCount: waiting.size });
    });
    socket.on('start', (_body: unknown, ack: Ack) => {
      const room = `baseline-${randomBytes(15).toString('hex')}`;
      if (pool) io.serverSideEmit('start', room);
      admitHere(room).then(
        () => ack({ ok: true, room }),
        (error: unknown) => ack({ ok: false, message: String(error) }),
      );
    });
    socket.on('disconnect', () => waiting.delete(socket.id));
  });

  return listen(env.port, async () => {
    await pool?.end();
  });
});
