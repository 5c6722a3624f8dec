import type { AgsRequest, GradebookLineItem } from './ags-gradebook';

/** Public types of the Dev LMS. Other code (tests, benchmarks, start script) depends on these shapes. */

export interface DevLmsLogger {
  info(...a: unknown[]): void;
  warn(...a: unknown[]): void;
  error(...a: unknown[]): void;
}

export interface DevLmsOptions {
  port: number; // 0 = random free port
  toolUrl: string; // e.g. http://127.0.0.1:3000
  host?: string; // default 127.0.0.1
  publicUrl?: string; // issuer/base url; default http://<host>:<port>
  /**
   * Serve course pages (and name them in return_url and the platform URL) under this host
   * name, same port, instead of the issuer's: an LMS whose pages are not on its issuer's
   * origin, as with Canvas (e.g. 'localhost' while the issuer is http://127.0.0.1:<port>).
   */
  coursePagesHost?: string;
  dataDir?: string; // persist keys + registration; default in memory
  autoRegister?: boolean; // on start, if not yet registered, run Dynamic Registration against toolUrl
  logger?: DevLmsLogger;
}

export interface DemoUser {
  id: string;
  name: string;
  givenName: string;
  familyName: string;
  email: string;
  roles: string[];
}

export interface ResourceLink {
  id: string;
  title: string;
  text?: string;
  url: string;
  custom?: Record<string, string>;
}

export interface Registration {
  clientId: string;
  deploymentId: string;
  toolJwksUri: string;
  redirectUris: string[];
  initiateLoginUri: string;
  targetLinkUri: string;
  toolName: string;
}

export interface LaunchOptions {
  messageType?: 'LtiResourceLinkRequest' | 'LtiDeepLinkingRequest';
  resourceLinkId?: string; // default: the course's default link
  courseId?: string; // default demo course id
  roles?: string[]; // override the user's roles (tests use this for custom roles)
  /** Offer the platform's storage frame (lti_storage_target), as a course page that frames the tool does. */
  platformStorage?: boolean;
  /** The language the user reads the LMS in (BCP 47), sent as the launch's locale; en-US by default; null sends none. */
  locale?: string | null;
  /** The AGS scopes the launch's grade service claim grants; all four by default; null sends no AGS claim. */
  agsScopes?: string[] | null;
}

export interface Course {
  id: string;
  label: string;
  title: string;
}

export interface DevLms {
  url: string; // base url == issuer
  issuer: string;
  users: DemoUser[];
  course: Course;
  registration(): Registration | null;
  register(): Promise<Registration>;
  /** Full URL of the tool's /lti/login for this user and options (what a "Launch as" button points at). */
  loginInitiationUrl(userId: string, options?: LaunchOptions): string;
  /** Claims the LMS would put into an id_token for this user (tests tamper with them). */
  buildIdTokenClaims(userId: string, nonce: string, options?: LaunchOptions): Record<string, unknown>;
  /** Sign claims with the platform key (or, with `{ rogueKey: true }`, with a key not in the JWKS but the same kid). */
  signIdToken(claims: Record<string, unknown>, options?: { rogueKey?: boolean; kid?: string }): Promise<string>;
  resourceLinks(): ResourceLink[];
  addResourceLink(link: Omit<ResourceLink, 'id'> & { id?: string }): ResourceLink;
  /** The course's gradebook (AGS): line items with their results and every score received. */
  gradebook(courseId: string): { lineItems: GradebookLineItem[]; requests: AgsRequest[] };
  /** As a teacher deleting the tool's column in the gradebook: its scores answer 404 from then on. */
  deleteLineItem(courseId: string, lineItemId: string): void;
  /** Test hook: the next `count` score posts answer `status` (e.g. 503 twice); with `afterRecording` the score is kept and only the answer is lost. */
  failNextScorePosts(status: number, count: number, afterRecording?: boolean): void;
  /** Refuse (400) a score not later than the one on record, as Canvas does, instead of ignoring it. */
  setStrictScoreTimestamps(on: boolean): void;
  close(): Promise<void>;
}
