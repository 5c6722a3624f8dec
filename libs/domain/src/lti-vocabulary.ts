/** Claim names, scopes and fixed values from LTI 1.3 Core, Deep Linking 2.0, NRPS 2.0 and AGS 2.0. */

const LTI = 'https://purl.imsglobal.org/spec/lti/claim';
const DL = 'https://purl.imsglobal.org/spec/lti-dl/claim';

export const CLAIM = {
  messageType: `${LTI}/message_type`,
  version: `${LTI}/version`,
  deploymentId: `${LTI}/deployment_id`,
  targetLinkUri: `${LTI}/target_link_uri`,
  resourceLink: `${LTI}/resource_link`,
  roles: `${LTI}/roles`,
  roleScopeMentor: `${LTI}/role_scope_mentor`,
  context: `${LTI}/context`,
  toolPlatform: `${LTI}/tool_platform`,
  launchPresentation: `${LTI}/launch_presentation`,
  custom: `${LTI}/custom`,
  nrps: 'https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice',
  ags: 'https://purl.imsglobal.org/spec/lti-ags/claim/endpoint',
  deepLinkingSettings: `${DL}/deep_linking_settings`,
  deepLinkingContentItems: `${DL}/content_items`,
  deepLinkingData: `${DL}/data`,
  deepLinkingMessage: `${DL}/msg`,
  deepLinkingErrorMessage: `${DL}/errormsg`,
} as const;

export const SCOPE = {
  nrpsMembershipReadonly: 'https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly',
  agsLineItem: 'https://purl.imsglobal.org/spec/lti-ags/scope/lineitem',
  agsLineItemReadonly: 'https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly',
  agsResultReadonly: 'https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly',
  agsScore: 'https://purl.imsglobal.org/spec/lti-ags/scope/score',
} as const;

export const SUPPORTED_SCOPES: readonly string[] = Object.values(SCOPE);

export const MESSAGE_TYPE = {
  resourceLink: 'LtiResourceLinkRequest',
  deepLinkingRequest: 'LtiDeepLinkingRequest',
  deepLinkingResponse: 'LtiDeepLinkingResponse',
} as const;

export const LTI_VERSION = '1.3.0';
export const COURSE_OFFERING_TYPE = 'http://purl.imsglobal.org/vocab/lis/v2/course#CourseOffering';
export const TOOL_CONFIGURATION_KEY = 'https://purl.imsglobal.org/spec/lti-tool-configuration';
export const PLATFORM_CONFIGURATION_KEY = 'https://purl.imsglobal.org/spec/lti-platform-configuration';
export const NRPS_MEDIA_TYPE = 'application/vnd.ims.lti-nrps.v2.membershipcontainer+json';
/** AGS 2.0 media types: line items (one and a container), scores, results. */
export const AGS_MEDIA_TYPE = {
  lineItem: 'application/vnd.ims.lis.v2.lineitem+json',
  lineItemContainer: 'application/vnd.ims.lis.v2.lineitemcontainer+json',
  score: 'application/vnd.ims.lis.v1.score+json',
  resultContainer: 'application/vnd.ims.lis.v2.resultcontainer+json',
} as const;
/** The tag of the gradebook columns the tool makes, so it finds its own again. */
export const ATTENDANCE_LINE_ITEM_TAG = 'lti-rooms-attendance';
export const CLIENT_ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
