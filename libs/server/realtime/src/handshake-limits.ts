import type { Socket } from 'socket.io';
import type { Logger } from '@lti-rooms/server-core';
import { ackErrorOf, connectRefusal } from './socket-acks';
import { addressKey, handshakeAddress, RateLimitRule, RateLimits } from '@lti-rooms/server-edge';

type Next = (error?: Error) => void;
type SocketMiddleware = (socket: Socket, next: Next) => void;

/** Socket.IO middlewares that count each new connection: by address before authentication, by account after it. */
export interface HandshakeLimits {
  byAddress: SocketMiddleware;
  byAccount: SocketMiddleware;
}

export function handshakeLimits(limits: RateLimits, trustProxy: boolean, logger: Logger): HandshakeLimits {
  const count = (rule: RateLimitRule, key: string, next: Next) => {
    limits.consume(rule, key).then(
      () => next(),
      (error: unknown) => {
        // The client sees a connect error carrying the refusal's code and data, as for every refused connection.
        next(connectRefusal(ackErrorOf(error, logger, { event: 'connect' })));
      },
    );
  };
  return {
    byAddress: (socket, next) => {
      const { address, headers } = socket.handshake;
      count('socket-ip', addressKey(handshakeAddress(address, headers['x-forwarded-for'], trustProxy)), next);
    },
    byAccount: (socket, next) => count('socket-account', (socket.data as { launch: { accountId: string } }).launch.accountId, next),
  };
}
