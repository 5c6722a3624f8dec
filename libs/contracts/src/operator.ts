import { z } from 'zod';

/** A registration that cannot launch yet, as the operator page lists it. */
export const operatorRegistrationSchema = z.object({
  id: z.string(),
  name: z.string(),
  issuer: z.string(),
  clientId: z.string(),
  deploymentIds: z.array(z.string()),
  registrationMethod: z.enum(['dynamic', 'manual']),
  registeredAt: z.string(),
  /** When it started waiting for approval; null for one an operator added inactive or deactivated. */
  pendingSince: z.string().nullable(),
});
export type OperatorRegistration = z.infer<typeof operatorRegistrationSchema>;

/** GET /api/operator/registrations, and the answer to activating one (what still waits). */
export const operatorRegistrationListSchema = z.object({ registrations: z.array(operatorRegistrationSchema) });
export type OperatorRegistrationList = z.infer<typeof operatorRegistrationListSchema>;
