import * as foundation from './0001-foundation';
import * as rooms from './0002-rooms';
import * as administration from './0003-administration';
import * as meetings from './0004-meetings';
import * as stage from './0005-stage';
import * as pendingRegistrations from './0006-pending-registrations';
import * as edgeLimits from './0007-edge-limits';
import * as channelReturnUrl from './0008-channel-return-url';
import * as sessionLock from './0009-session-lock';
import * as launchLog from './0010-launch-log';
import * as userLocale from './0012-user-locale';
import * as grades from './0013-grades';

/** Every migration, in order. A new one is appended here; applied ones never change. */
export const MIGRATIONS = [
  { name: '0001-foundation', ...foundation },
  { name: '0002-rooms', ...rooms },
  { name: '0003-administration', ...administration },
  { name: '0004-meetings', ...meetings },
  { name: '0005-stage', ...stage },
  { name: '0006-pending-registrations', ...pendingRegistrations },
  { name: '0007-edge-limits', ...edgeLimits },
  { name: '0008-channel-return-url', ...channelReturnUrl },
  { name: '0009-session-lock', ...sessionLock },
  { name: '0010-launch-log', ...launchLog },
  { name: '0012-user-locale', ...userLocale },
  { name: '0013-grades', ...grades },
];
