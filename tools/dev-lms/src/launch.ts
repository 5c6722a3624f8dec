import { courseFor } from './demo-course';
import { findLaunchUser, MENTORED_USER_IDS } from './demo-users';
import {
  CLAIM,
  COURSE_OFFERING_TYPE,
  LTI_VERSION,
  MESSAGE_TYPE,
  PLATFORM_NAME,
  PLATFORM_VERSION,
  PRODUCT_FAMILY_CODE,
  SCOPE,
} from './lti-vocabulary';
import { encodeMessageHint } from './message-hint';
import { randomToken, type Platform } from './platform';
import { STORAGE_FRAME_NAME } from './platform-storage';
import type { DemoUser, LaunchOptions, ResourceLink } from './types';

/** The AGS scopes the Dev LMS grants a tool by default (AGS 2.0 section 3.1). */
export const AGS_SCOPES = [SCOPE.agsLineItem, SCOPE.agsLineItemReadonly, SCOPE.agsResultReadonly, SCOPE.agsScore];

/** The id_token lives five minutes, as the brief asks; tools check exp and iat. */
const ID_TOKEN_LIFETIME_SECONDS = 5 * 60;

function requireUser(userId: string): DemoUser {
  const user = findLaunchUser(userId);
  if (!user) throw new Error(`Unknown demo user "${userId}"`);
  return user;
}

function requireLink(platform: Platform, linkId: string | undefined): ResourceLink {
  const link = platform.findResourceLink(linkId);
  if (!link) throw new Error(`Unknown resource link "${linkId}"`);
  return link;
}

function isDeepLinking(options: LaunchOptions): boolean {
  return options.messageType === MESSAGE_TYPE.deepLinkingRequest;
}

/** Where the launch lands: the link's own URL, or the tool's launch endpoint for deep linking. */
function targetLinkUri(platform: Platform, options: LaunchOptions): string {
  return isDeepLinking(options) ? platform.toolLaunchUrl : requireLink(platform, options.resourceLinkId).url;
}

/**
 * The third-party initiated login URL (LTI 1.3 Core 4.1) a "Launch as" button points at.
 * Everything the LMS needs later travels in lti_message_hint, so the LMS keeps no session.
 */
export function loginInitiationUrl(platform: Platform, userId: string, options: LaunchOptions = {}): string {
  requireUser(userId);
  const registration = platform.requireRegistration();
  const course = courseFor(options.courseId);
  const hint = encodeMessageHint({
    v: 1,
    type: isDeepLinking(options) ? 'dl' : 'rl',
    course: course.id,
    ...(isDeepLinking(options) ? {} : { link: requireLink(platform, options.resourceLinkId).id }),
    ...(options.roles ? { roles: options.roles } : {}),
    ...(options.platformStorage ? { storage: true as const } : {}),
    ...(options.locale !== undefined ? { locale: options.locale } : {}),
    ...(options.agsScopes !== undefined ? { ags: options.agsScopes } : {}),
  });
  const url = new URL(platform.toolLoginUrl);
  url.searchParams.set('iss', platform.issuer);
  url.searchParams.set('login_hint', userId);
  url.searchParams.set('target_link_uri', targetLinkUri(platform, options));
  url.searchParams.set('lti_message_hint', hint);
  url.searchParams.set('client_id', registration.clientId);
  url.searchParams.set('lti_deployment_id', registration.deploymentId);
  if (options.platformStorage) url.searchParams.set('lti_storage_target', STORAGE_FRAME_NAME);
  return url.toString();
}

/** The language of a launch whose course page chose none. */
const DEFAULT_LAUNCH_LOCALE = 'en-US';

/** The claims of an id_token for this user and launch (LTI 1.3 Core 5.3, Deep Linking 4.4). */
export function buildIdTokenClaims(
  platform: Platform,
  userId: string,
  nonce: string,
  options: LaunchOptions = {},
): Record<string, unknown> {
  const user = requireUser(userId);
  const registration = platform.requireRegistration();
  const course = courseFor(options.courseId);
  const now = Math.floor(Date.now() / 1000);
  const mentees = MENTORED_USER_IDS[user.id];

  const claims: Record<string, unknown> = {
    iss: platform.issuer,
    aud: registration.clientId,
    azp: registration.clientId,
    sub: user.id,
    exp: now + ID_TOKEN_LIFETIME_SECONDS,
    iat: now,
    nonce,
    name: user.name,
    given_name: user.givenName,
    family_name: user.familyName,
    email: user.email,
    // Moodle sends the user's language both as the OpenID Connect claim and in launch_presentation.
    ...(options.locale === null ? {} : { locale: options.locale ?? DEFAULT_LAUNCH_LOCALE }),
    [CLAIM.version]: LTI_VERSION,
    [CLAIM.deploymentId]: registration.deploymentId,
    [CLAIM.targetLinkUri]: targetLinkUri(platform, options),
    [CLAIM.roles]: [...(options.roles ?? user.roles)],
    [CLAIM.context]: { id: course.id, label: course.label, title: course.title, type: [COURSE_OFFERING_TYPE] },
    [CLAIM.toolPlatform]: {
      guid: platform.store.platformGuid,
      name: PLATFORM_NAME,
      version: PLATFORM_VERSION,
      product_family_code: PRODUCT_FAMILY_CODE,
      url: `${platform.urls.site}/`,
    },
    [CLAIM.launchPresentation]: {
      document_target: 'iframe',
      return_url: platform.urls.coursePage(course.id),
      ...(options.locale === null ? {} : { locale: options.locale ?? DEFAULT_LAUNCH_LOCALE }),
    },
    [CLAIM.nrps]: { context_memberships_url: platform.urls.memberships(course.id), service_versions: ['2.0'] },
    // Like Moodle with "IMS LTI Assignment and Grade Services" on: the course's line items container and the scopes granted.
    ...(options.agsScopes === null ? {} : { [CLAIM.ags]: { scope: [...(options.agsScopes ?? AGS_SCOPES)], lineitems: platform.urls.lineItems(course.id) } }),
    ...(mentees && !options.roles ? { [CLAIM.roleScopeMentor]: [...mentees] } : {}),
  };

  if (isDeepLinking(options)) {
    // `data` is opaque to the tool; the return must echo it, which proves it answers this request.
    const data = `dl-${randomToken(12)}`;
    platform.deepLinkingData.set(data, { courseId: course.id, userId: user.id });
    claims[CLAIM.messageType] = MESSAGE_TYPE.deepLinkingRequest;
    claims[CLAIM.deepLinkingSettings] = {
      deep_link_return_url: platform.urls.deepLinkingReturn,
      accept_types: ['ltiResourceLink'],
      accept_presentation_document_targets: ['iframe', 'window'],
      accept_multiple: false,
      auto_create: true,
      data,
    };
    claims[CLAIM.custom] = {};
  } else {
    const link = requireLink(platform, options.resourceLinkId);
    claims[CLAIM.messageType] = MESSAGE_TYPE.resourceLink;
    claims[CLAIM.resourceLink] = { id: link.id, title: link.title, ...(link.text ? { description: link.text } : {}) };
    claims[CLAIM.custom] = { ...(link.custom ?? {}) };
  }
  return claims;
}
