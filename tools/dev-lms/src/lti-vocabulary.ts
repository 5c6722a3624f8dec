/** The LTI vocabulary is shared with the tool (libs/domain); the Dev LMS adds its own identity. */
export {
  CLAIM, SCOPE, SUPPORTED_SCOPES, MESSAGE_TYPE, LTI_VERSION, COURSE_OFFERING_TYPE, TOOL_CONFIGURATION_KEY, PLATFORM_CONFIGURATION_KEY,
  NRPS_MEDIA_TYPE, CLIENT_ASSERTION_TYPE, AGS_MEDIA_TYPE,
} from '@lti-rooms/domain';

export const PRODUCT_FAMILY_CODE = 'lti-rooms-dev-lms';
export const PLATFORM_NAME = 'LTI Rooms Dev LMS';
export const PLATFORM_VERSION = '1.0';
