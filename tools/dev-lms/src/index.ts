/**
 * Dev LMS: a small but real LTI 1.3 platform for local trials and automated tests of
 * LTI Rooms. Never part of the production server.
 */
export { startDevLms } from './start-dev-lms';
export { LIS } from './lis';
export { DEMO_USERS } from './demo-users';
export { DEMO_COURSE, DEFAULT_RESOURCE_LINK_ID } from './demo-course';
export type { AgsRequest, GradebookLineItem, GradebookResult, ScoreReceived } from './ags-gradebook';
export type {
  DemoUser,
  DevLms,
  DevLmsLogger,
  DevLmsOptions,
  LaunchOptions,
  Registration,
  ResourceLink,
} from './types';
