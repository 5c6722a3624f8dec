/**
 * Full LIS v2 role URIs. Platforms are required to send the full URIs (LTI 1.3 Core A.2),
 * and tools must not rely on short names, so the Dev LMS only ever emits these.
 */
const LIS_V2 = 'http://purl.imsglobal.org/vocab/lis/v2';

export const LIS = {
  instructor: `${LIS_V2}/membership#Instructor`,
  teachingAssistant: `${LIS_V2}/membership/Instructor#TeachingAssistant`,
  learner: `${LIS_V2}/membership#Learner`,
  mentor: `${LIS_V2}/membership#Mentor`,
  contentDeveloper: `${LIS_V2}/membership#ContentDeveloper`,
  contextAdministrator: `${LIS_V2}/membership#Administrator`,
  member: `${LIS_V2}/membership#Member`,
  institutionAdministrator: `${LIS_V2}/institution/person#Administrator`,
  systemAdministrator: `${LIS_V2}/system/person#Administrator`,
  institutionFaculty: `${LIS_V2}/institution/person#Faculty`,
  institutionStudent: `${LIS_V2}/institution/person#Student`,
} as const;

/** Context (course) roles are the membership ones; NRPS only reports those. */
export function isContextRole(role: string): boolean {
  return role.startsWith(`${LIS_V2}/membership`);
}
