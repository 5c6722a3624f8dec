import { z } from 'zod';
import { CHANNEL_ROLES, SUPPORTED_LOCALES } from '@lti-rooms/domain';

/** The viewer's language: the one the page uses, and what it was chosen from. */
export const meLocaleSchema = z.object({
  /** The language to show, never null (chooseLocale: own choice, launch, Accept-Language, English). */
  locale: z.enum(SUPPORTED_LOCALES),
  /** The locale the LMS sent with this launch, as sent (it may name a language the tool does not speak). */
  launchLocale: z.string().nullable(),
  /** The language the user picked in the tool; null: follow the LMS. */
  chosenLocale: z.enum(SUPPORTED_LOCALES).nullable(),
});
export type MeLocale = z.infer<typeof meLocaleSchema>;

/** GET /api/me: who the launch token speaks for, in which course. */
export const meResponseSchema = z.object({
  user: z.object({ id: z.string(), name: z.string(), email: z.string().nullable() }),
  account: z.object({ id: z.string(), name: z.string() }),
  channel: z.object({ id: z.string(), title: z.string(), label: z.string().nullable() }).nullable(),
  role: z.enum(CHANNEL_ROLES),
  ltiRoles: z.array(z.string()),
  isAdministrator: z.boolean(),
  returnUrl: z.string().nullable(),
  ...meLocaleSchema.shape,
  /** The viewer manages some course, so may create rooms (My Rooms offers "Create a room"). */
  canCreateRooms: z.boolean(),
});
export type MeResponse = z.infer<typeof meResponseSchema>;

/** PUT /api/me/locale: the user's own language, kept for their next launches; null follows the LMS again. Answers MeLocale. */
export const setLocaleBodySchema = z.object({ locale: z.enum(SUPPORTED_LOCALES).nullable() });
export type SetLocaleBody = z.infer<typeof setLocaleBodySchema>;
