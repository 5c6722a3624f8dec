import { z } from 'zod';
import { CHANNEL_ROLES } from '@lti-rooms/domain';

/** GET /api/me: who the launch token speaks for, in which course. */
export const meResponseSchema = z.object({
  user: z.object({ id: z.string(), name: z.string(), email: z.string().nullable() }),
  account: z.object({ id: z.string(), name: z.string() }),
  channel: z.object({ id: z.string(), title: z.string(), label: z.string().nullable() }).nullable(),
  role: z.enum(CHANNEL_ROLES),
  ltiRoles: z.array(z.string()),
  isAdministrator: z.boolean(),
  returnUrl: z.string().nullable(),
  locale: z.string().nullable(),
  /** The viewer manages some course, so may create rooms (My Rooms offers "Create a room"). */
  canCreateRooms: z.boolean(),
});
export type MeResponse = z.infer<typeof meResponseSchema>;
