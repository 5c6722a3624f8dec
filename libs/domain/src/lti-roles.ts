/** LIS v2 role vocabularies as LTI 1.3 platforms send them. */
export const LIS_MEMBERSHIP = 'http://purl.imsglobal.org/vocab/lis/v2/membership';
export const LIS_INSTITUTION = 'http://purl.imsglobal.org/vocab/lis/v2/institution/person';
export const LIS_SYSTEM = 'http://purl.imsglobal.org/vocab/lis/v2/system/person';

/** A role URI split into its parts; short names ("Instructor") count as context roles. */
export interface ParsedLtiRole {
  scope: 'context' | 'institution' | 'system' | 'unknown';
  /** Principal role name, e.g. "Instructor" for both membership#Instructor and membership/Instructor#TeachingAssistant. */
  name: string;
  /** Sub-role, e.g. "TeachingAssistant", when the URI names one. */
  subRole: string | null;
}

const SCOPES: Array<[string, ParsedLtiRole['scope']]> = [
  [LIS_MEMBERSHIP, 'context'],
  [LIS_INSTITUTION, 'institution'],
  [LIS_SYSTEM, 'system'],
];

export function parseLtiRole(raw: string): ParsedLtiRole {
  const role = raw.trim();
  for (const [prefix, scope] of SCOPES) {
    if (role.startsWith(`${prefix}#`)) {
      return { scope, name: role.slice(prefix.length + 1), subRole: null };
    }
    if (role.startsWith(`${prefix}/`)) {
      const [name, subRole = null] = role.slice(prefix.length + 1).split('#');
      return { scope, name, subRole };
    }
  }
  // LTI 1.3 still allows the simple names of context roles ("Instructor", "Learner").
  if (/^[A-Za-z]+$/.test(role)) return { scope: 'context', name: role, subRole: null };
  // Older LIS prefixes Canvas and Moodle occasionally send.
  const legacy = /^urn:lti:(role|instrole|sysrole):ims\/lis\/(\w+)(?:\/(\w+))?$/.exec(role);
  if (legacy) {
    const scope = legacy[1] === 'role' ? 'context' : legacy[1] === 'instrole' ? 'institution' : 'system';
    return { scope, name: legacy[2], subRole: legacy[3] ?? null };
  }
  return { scope: 'unknown', name: role, subRole: null };
}
