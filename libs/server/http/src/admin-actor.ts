import type { LaunchContext } from '@lti-rooms/server-persistence';
import { forbidden, mapLtiRoles } from '@lti-rooms/domain';

/** An administrator of one account: a user who launched with an institution or system Administrator role. */
export interface AdminActor {
  accountId: string;
  userId: string;
  name: string;
}

export function adminActorOf(launch: LaunchContext): AdminActor {
  if (!mapLtiRoles(launch.launchRoles.length ? launch.launchRoles : launch.ltiRoles).isAdministrator) throw forbidden('NOT_AN_ADMINISTRATOR');
  return { accountId: launch.accountId, userId: launch.userId, name: launch.userName };
}
