import type { Socket } from 'socket.io-client';
import type { ServerProcess } from '../shared/server-process';

export type SideKind = 'ours' | 'baseline';

/**
 * One deployment holding many sessions at once: its server processes and the clients this
 * process keeps connected to them. Rooms open in order and stay open until disconnect().
 */
export interface SessionsSide {
  kind: SideKind;
  label: string;
  servers: ServerProcess[];
  /** Rooms from..to−1 fill: every one of their people connected and in (ours: admitted into a started session). */
  openRooms(from: number, to: number): Promise<void>;
  /** Connections the server closed: any fails the run. */
  dropped: string[];
  disconnect(): void;
}

/** Clients spread over the processes in turn, as a load balancer would: the n-th connection goes to process n mod processes. */
export class ClientPool {
  readonly sockets: Socket[] = [];
  readonly dropped: string[] = [];
  private placed = 0;

  constructor(private readonly servers: ServerProcess[]) {}

  /** The next process's URL, in turn. */
  nextUrl(): string {
    return this.servers[this.placed++ % this.servers.length].url;
  }

  keep(socket: Socket, who: string): Socket {
    this.sockets.push(socket);
    socket.on('disconnect', (reason) => {
      if (reason !== 'io client disconnect') this.dropped.push(`${who} was disconnected (${reason})`);
    });
    return socket;
  }

  closeAll(): void {
    for (const socket of this.sockets) socket.close();
    this.sockets.length = 0;
  }
}
