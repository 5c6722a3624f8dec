/**
 * Child-process entry: the floor of a stage transition's fan-out. A bare Socket.IO server on
 * the same path and transport as our tool, with no database, no LTI and no state: clients
 * `enter` and join one room; on a `command` it emits one 'stage:changed' of our event's shape
 * (one changed entry, one move, the version the client asked for) to the room, then
 * acknowledges. Started several times on one PostgreSQL database, its processes share events
 * through Socket.IO's own PostgreSQL adapter (LISTEN/NOTIFY), as ours do.
 */
import { createAdapter } from '@socket.io/postgres-adapter';
import { Pool } from 'pg';
import { bareSocketServer } from '../shared/bare-socket-server';
import { serveFromChild } from '../shared/server-child';

type Ack = (answer: unknown) => void;

const ROOM = 'stage';
/** The adapter keeps payloads over 8 kB in this table; ours creates it too. */
const CREATE_ATTACHMENTS_TABLE = 'CREATE TABLE IF NOT EXISTS socket_io_attachments (id bigserial UNIQUE, created_at timestamptz DEFAULT NOW(), payload bytea)';

interface CommandBody {
  version: number;
  type: string;
  targetUserId: string;
  to: string;
}

/** What our tool broadcasts for one move, give or take the names. */
function changedEvent({ version, type, targetUserId, to }: CommandBody) {
  const since = new Date().toISOString();
  return {
    sessionId: 'baseline-session',
    version,
    accessMode: 'invitation',
    cap: 10,
    changed: [{ userId: targetUserId, name: `Baseline ${targetUserId}`, role: 'participant', promoted: false, position: to, since, invitedBy: to === 'invited' ? { userId: 'host', name: 'Baseline Host' } : null, jitsiParticipantId: null }],
    left: [],
    moves: [{ userId: targetUserId, from: 'viewer', to, cause: type, by: type === 'acceptInvite' ? null : 'host' }],
    roleChanges: [],
  };
}

serveFromChild(async (env) => {
  const { io, listen } = bareSocketServer();
  let pool: Pool | null = null;
  if (env.databaseUrl) {
    pool = new Pool({ connectionString: env.databaseUrl, max: 8, connectionTimeoutMillis: 5_000 });
    await pool.query(CREATE_ATTACHMENTS_TABLE);
    io.adapter(createAdapter(pool));
  }

  io.on('connection', (socket) => {
    socket.on('enter', async (_body: unknown, ack: Ack) => {
      await socket.join(ROOM);
      ack({ ok: true });
    });
    socket.on('command', (body: CommandBody, ack: Ack) => {
      io.to(ROOM).emit('stage:changed', changedEvent(body));
      ack({ version: body.version, changed: true });
    });
  });

  return listen(env.port, async () => {
    await pool?.end();
  });
});
