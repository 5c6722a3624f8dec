import { ChannelRole, higherChannelRole } from './channel-role';
import { parseLtiRole, ParsedLtiRole } from './lti-roles';

/** An administrator's per-platform override: an LTI role URI or short name → channel role. */
export type RoleMappingOverrides = Readonly<Record<string, ChannelRole>>;

export interface MappedRoles {
  channelRole: ChannelRole;
  /** Institution or system Administrator: administers the platform's account. */
  isAdministrator: boolean;
  /** Mentor, Observer or an unknown role: never on stage by default in panel rooms. */
  isObserver: boolean;
}

const MANAGER_CONTEXT_ROLES = new Set(['Instructor', 'ContentDeveloper', 'Administrator']);
const PARTICIPANT_CONTEXT_ROLES = new Set(['Learner', 'Member']);

function isAdministrator(role: ParsedLtiRole): boolean {
  return (role.scope === 'institution' || role.scope === 'system') && role.name === 'Administrator' && !role.subRole;
}

function isTeachingAssistant(role: ParsedLtiRole): boolean {
  return role.scope === 'context' && (role.subRole === 'TeachingAssistant' || role.name === 'TeachingAssistant');
}

/** The SPEC's default table for one role, or null when the role grants nothing by itself. */
function defaultRoleFor(role: ParsedLtiRole): ChannelRole | null {
  if (isAdministrator(role)) return 'manager';
  if (isTeachingAssistant(role)) return 'moderator';
  if (role.scope === 'context' && MANAGER_CONTEXT_ROLES.has(role.name)) return 'manager';
  if (role.scope === 'context' && PARTICIPANT_CONTEXT_ROLES.has(role.name)) return 'participant';
  return null;
}

function overrideFor(raw: string, role: ParsedLtiRole, overrides: RoleMappingOverrides): ChannelRole | undefined {
  const shortName = role.subRole ? `${role.name}#${role.subRole}` : role.name;
  return overrides[raw.trim()] ?? overrides[shortName];
}

/**
 * Maps the LTI roles of one launch onto a channel role (SPEC "Role mapping").
 * The highest role wins, except that a teaching assistant's plain Instructor role
 * (Canvas sends both) does not lift them to manager. Overrides replace the default
 * for the roles they name.
 */
export function mapLtiRoles(rawRoles: readonly string[], overrides: RoleMappingOverrides = {}): MappedRoles {
  const parsed = rawRoles.map((raw) => ({ raw, role: parseLtiRole(raw) }));
  const isTa = parsed.some(({ role }) => isTeachingAssistant(role));
  let channelRole: ChannelRole = 'participant';
  let grantsSomething = false;
  for (const { raw, role } of parsed) {
    const overridden = overrideFor(raw, role, overrides);
    const plainInstructorBesideTa = isTa && role.scope === 'context' && role.name === 'Instructor' && !role.subRole;
    const mapped = overridden ?? (plainInstructorBesideTa ? null : defaultRoleFor(role));
    if (mapped === null) continue;
    grantsSomething = grantsSomething || mapped !== 'participant' || PARTICIPANT_CONTEXT_ROLES.has(role.name);
    channelRole = higherChannelRole(channelRole, mapped);
  }
  return {
    channelRole,
    isAdministrator: parsed.some(({ role }) => isAdministrator(role)),
    isObserver: channelRole === 'participant' && !grantsSomething,
  };
}
