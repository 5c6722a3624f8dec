import { z } from 'zod';

/** A count per window; 0 turns that limit off (load tests from one address). */
const perWindow = (fallback: number) => z.coerce.number().int().min(0).max(10_000_000).default(fallback);

/**
 * The rate limits (README "Rate limits"). Per client address they must let a whole class
 * behind one campus NAT through (300 students launching within a minute: one login and one
 * launch each, a dozen API calls, a real-time connection or two) and stop one machine
 * hammering; per account they bound what one LMS can send together.
 */
export const rateLimitVariables = {
  RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  /** /lti/login and /lti/launch, each. */
  RATE_LIMIT_LTI_PER_IP: perWindow(600),
  RATE_LIMIT_LTI_PER_ACCOUNT: perWindow(6000),
  /** /lti/register: an administrator registers once. */
  RATE_LIMIT_REGISTER_PER_IP: perWindow(10),
  /** /api/operator: an operator activates a registration now and then; guessing the secret must be slow. */
  RATE_LIMIT_OPERATOR_PER_IP: perWindow(20),
  RATE_LIMIT_API_PER_IP: perWindow(6000),
  RATE_LIMIT_API_PER_ACCOUNT: perWindow(60_000),
  /** Real-time (Socket.IO) connections opened. */
  RATE_LIMIT_SOCKET_PER_IP: perWindow(1200),
  RATE_LIMIT_SOCKET_PER_ACCOUNT: perWindow(12_000),
};
