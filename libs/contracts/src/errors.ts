import { z } from 'zod';

/** Every API error body has this shape; `fields` names each bad input field. */
export const apiErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    retryAfterSeconds: z.number().optional(),
  }),
});
export type ApiError = z.infer<typeof apiErrorSchema>;

/**
 * A failed LTI launch, embedded by the server into the error page it returns
 * (`<script type="application/json" id="launch-error">`), rendered by the web app.
 */
export const launchErrorSchema = z.object({
  status: z.number(),
  code: z.string(),
  title: z.string(),
  detail: z.string(),
  adminHint: z.string(),
  /** When set, the browser blocked the tool's cookies inside the LMS frame: offer a new window. */
  retryInNewWindowUrl: z.string().optional(),
});
export type LaunchError = z.infer<typeof launchErrorSchema>;
