import { z } from 'zod';
import { LAUNCH_MECHANISMS } from '@lti-rooms/domain';
import { launchErrorSchema } from './errors';

/**
 * Pages of a launch that the server answers with the web app and a step for it to run
 * (`<script type="application/json" id="launch-step">`), where a redirect cannot do:
 * keeping the login in the platform's storage, and proving a launch whose cookie did not
 * come back.
 */
export const LAUNCH_STEP_ELEMENT_ID = 'launch-step';

/** Custom header of the launch check's requests: a page of another site cannot send it without the tool's consent (CORS). */
export const LAUNCH_CHECK_HEADER = 'x-lti-rooms-launch-check';

/** The login page: keep state and nonce in the platform's storage, then go to `authUrl`. */
export const loginStepSchema = z.object({
  step: z.literal('login'),
  authUrl: z.string(),
  platformOrigin: z.string(),
  storageTarget: z.string(),
  state: z.string(),
  nonce: z.string(),
});

/** The launch page when the login cookie did not come back: prove the launch another way. */
export const checkStepSchema = z.object({
  step: z.literal('check'),
  idToken: z.string(),
  state: z.string(),
  nonce: z.string(),
  platformOrigin: z.string(),
  /** The platform's storage frame, when it offers one. */
  storageTarget: z.string().nullable(),
  /** Starts the login again (JSON answer) once the browser lets the tool use its cookies. */
  restartUrl: z.string(),
  /** This launch comes from a login already started again after storage access: do not start it a third time. */
  afterStorageAccess: z.boolean(),
  /** Shown when nothing else works: the refusal, with its "Open in a new window" link. */
  cookieRefusal: launchErrorSchema,
});

export const launchStepSchema = z.discriminatedUnion('step', [loginStepSchema, checkStepSchema]);
export type LoginStep = z.infer<typeof loginStepSchema>;
export type CheckStep = z.infer<typeof checkStepSchema>;
export type LaunchStep = z.infer<typeof launchStepSchema>;

/** POST /lti/launch/confirm: the launch again, with how the page proved it belongs to this browser. */
export const launchConfirmationSchema = z.object({
  id_token: z.string().max(65_536),
  state: z.string().max(512),
  mechanism: z.enum(LAUNCH_MECHANISMS).extract(['platform-storage', 'storage-access']),
  /** What the platform's storage held (mechanism `platform-storage`). */
  stored: z.object({ state: z.string().max(512), nonce: z.string().max(512) }).optional(),
});
export type LaunchConfirmation = z.infer<typeof launchConfirmationSchema>;

/** Its answer: where the launch lands (with the launch token in the fragment), or why it was refused. */
export const launchConfirmedSchema = z.object({ location: z.string() });
export const launchConfirmRefusedSchema = z.object({ launchError: launchErrorSchema });
export type LaunchConfirmed = z.infer<typeof launchConfirmedSchema>;
export type LaunchConfirmRefused = z.infer<typeof launchConfirmRefusedSchema>;

/** The login started again (GET /lti/login with the check header): where to send the browser. */
export const loginRestartedSchema = z.object({ redirectUrl: z.string() });
export type LoginRestarted = z.infer<typeof loginRestartedSchema>;
