/**
 * Every way a Dynamic Registration is refused, with the one message its page shows. The
 * page never says more (no remote body, no address, no status): what went wrong in detail
 * is logged, so an unauthenticated caller cannot use the answers to map the network.
 */
export const REGISTRATION_ERRORS = {
  MISSING_CONFIGURATION_URL: [400, 'The request lacks the openid_configuration parameter.'],
  INVALID_CONFIGURATION_URL: [400, 'The openid_configuration parameter is not an http(s) address.'],
  CONFIGURATION_UNREADABLE: [502, 'The LMS configuration could not be read.'],
  CONFIGURATION_INVALID: [502, 'The LMS configuration does not meet the LTI Dynamic Registration rules (issuer, https endpoints).'],
  REGISTRATION_REFUSED: [502, 'The LMS refused the registration.'],
  ALREADY_REGISTERED: [409, 'LTI Rooms is already registered with this LMS under this client id.'],
  TOO_MANY_PENDING: [429, 'Too many registrations are waiting for approval. Ask the operator of LTI Rooms to approve or remove them.'],
} as const satisfies Record<string, readonly [number, string]>;

/** The registration page's success text, from the same catalog as its refusals. */
export const REGISTRATION_SUCCESS = {
  title: 'LTI Rooms is registered',
  pendingTitle: 'LTI Rooms is registered, but not active yet',
  detail: (issuer: string, active: boolean) =>
    `Registered with ${issuer}. ${active ? 'It is active and ready to use.' : 'An operator of LTI Rooms must activate it before the first launch.'}`,
  /** What happens next, told before the LMS closes the window: an operator activates this registration. */
  pendingSteps: (id: string) => [
    `An operator of LTI Rooms must activate registration ${id}, for example with \`npm run platforms -- activate ${id}\` or on the operator page.`,
    'Until then, every launch of LTI Rooms from this LMS is refused (even when the LMS shows the tool as active). An LMS administrator who opens the tool is shown this registration again.',
    'Send the registration id above to the operator, then close this window.',
  ],
  closeButton: 'Close',
  autoCloseNote: 'This window closes in a few seconds.',
  failedTitle: 'Registration failed',
} as const;

export type RegistrationErrorCode = keyof typeof REGISTRATION_ERRORS;

export class RegistrationError extends Error {
  readonly status: number;
  /** What the registration page shows. */
  readonly publicMessage: string;

  constructor(
    readonly code: RegistrationErrorCode,
    /** For the log only. */
    readonly detail?: string,
  ) {
    super(`${code}${detail ? `: ${detail}` : ''}`);
    [this.status, this.publicMessage] = REGISTRATION_ERRORS[code];
  }
}
