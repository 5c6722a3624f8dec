import { randomBytes } from 'node:crypto';
import { DEFAULT_RESOURCE_LINK_ID, DEFAULT_RESOURCE_LINK_TITLE } from './demo-course';
import { AgsGradebook } from './ags-gradebook';
import { ExpiringMap } from './expiring-map';
import type { PlatformKeys } from './platform-keys';
import type { StateStore, StoredRegistration } from './state-store';
import { ToolKeyResolver } from './tool-keys';
import type { DevLmsLogger, ResourceLink } from './types';

const ONE_HOUR_MS = 60 * 60 * 1000;

export interface PlatformUrls {
  issuer: string;
  /** Where the course pages live (return_url, the platform's home URL): the issuer's origin unless told otherwise. */
  site: string;
  openidConfiguration: string;
  authorization: string;
  token: string;
  jwks: string;
  registration: string;
  deepLinkingReturn: string;
  coursePage(courseId: string): string;
  memberships(courseId: string): string;
  lineItems(courseId: string): string;
  gradebook(courseId: string): string;
}

export function platformUrls(issuer: string, site = issuer): PlatformUrls {
  return {
    issuer,
    site,
    openidConfiguration: `${issuer}/.well-known/openid-configuration`,
    authorization: `${issuer}/auth`,
    token: `${issuer}/token`,
    jwks: `${issuer}/jwks`,
    registration: `${issuer}/register`,
    deepLinkingReturn: `${issuer}/deep-linking/return`,
    coursePage: (courseId) => `${site}/courses/${encodeURIComponent(courseId)}`,
    memberships: (courseId) => `${issuer}/nrps/contexts/${encodeURIComponent(courseId)}/memberships`,
    lineItems: (courseId) => `${issuer}/ags/contexts/${encodeURIComponent(courseId)}/lineitems`,
    gradebook: (courseId) => `${site}/courses/${encodeURIComponent(courseId)}/gradebook`,
  };
}

export interface AccessTokenGrant {
  clientId: string;
  scopes: string[];
}

/** Where an issued deep linking `data` value came from, so the return lands in the right course. */
export interface DeepLinkingGrant {
  courseId: string;
  userId: string;
}

export function randomToken(bytes = 24): string {
  return randomBytes(bytes).toString('base64url');
}

/** Everything the routes share: URLs, keys, the stored state and short-lived grants. */
export class Platform {
  readonly accessTokens = new ExpiringMap<AccessTokenGrant>(ONE_HOUR_MS);
  /** Registration tokens this LMS issued and not yet used. */
  readonly registrationTokens = new ExpiringMap<true>(ONE_HOUR_MS);
  /** Which registration token produced which client id, so the initiator knows it worked. */
  /** Registrations the tool posted, by registration token, until its registration page has answered. */
  readonly pendingRegistrations = new ExpiringMap<StoredRegistration>(ONE_HOUR_MS);
  readonly deepLinkingData = new ExpiringMap<DeepLinkingGrant>(ONE_HOUR_MS);
  readonly toolKeys = new ToolKeyResolver();
  /** Line items, results and scores the tool sent (AGS). */
  readonly gradebook = new AgsGradebook();
  /** Why the last Dynamic Registration failed; shown on the home page and in errors. */
  lastRegistrationError: string | null = null;

  constructor(
    readonly urls: PlatformUrls,
    readonly toolUrl: string,
    readonly store: StateStore,
    readonly keys: PlatformKeys,
    readonly logger: DevLmsLogger,
  ) {}

  get issuer(): string {
    return this.urls.issuer;
  }

  /** The tool's fixed launch endpoint; the default link and deep linking requests go there. */
  get toolLaunchUrl(): string {
    return `${this.toolUrl}/lti/launch`;
  }

  get toolLoginUrl(): string {
    return `${this.toolUrl}/lti/login`;
  }

  registration(): StoredRegistration | null {
    return this.store.registration;
  }

  requireRegistration(): StoredRegistration {
    const registration = this.store.registration;
    if (registration) return registration;
    const reason = this.lastRegistrationError ? ` Last attempt: ${this.lastRegistrationError}` : '';
    throw new Error(`The Dev LMS is not registered with the tool yet (run Dynamic Registration first).${reason}`);
  }

  defaultResourceLink(): ResourceLink {
    return { id: DEFAULT_RESOURCE_LINK_ID, title: DEFAULT_RESOURCE_LINK_TITLE, url: this.toolLaunchUrl };
  }

  resourceLinks(): ResourceLink[] {
    return [this.defaultResourceLink(), ...this.store.addedResourceLinks].map((link) => ({
      ...link,
      ...(link.custom ? { custom: { ...link.custom } } : {}),
    }));
  }

  findResourceLink(linkId: string | undefined): ResourceLink | undefined {
    return this.resourceLinks().find((link) => link.id === (linkId ?? DEFAULT_RESOURCE_LINK_ID));
  }

  addResourceLink(input: Omit<ResourceLink, 'id'> & { id?: string }): ResourceLink {
    const id = input.id ?? `link-${randomToken(6)}`;
    if (this.findResourceLink(id)) throw new Error(`A resource link with id "${id}" already exists`);
    const link: ResourceLink = { ...input, id };
    // The in-memory list changes now; the file write follows and only logs on failure.
    this.store.addResourceLink(link).catch((error: unknown) => this.logger.error('Dev LMS: saving a link failed', error));
    return { ...link };
  }
}
