import { ChannelRole } from '../channel-role';
import { canPerform, canPublishRoomTo, RoomPolicyContext } from './room-policy';

/**
 * A launch that names a room (a link placed by Deep Linking, or the room id of an older
 * link) arrives through the LMS, where course editors can copy and change custom
 * parameters. Naming a room therefore grants nothing by itself (SPEC "Security of the
 * edge"): the room opens in the launching course only if it is published there already,
 * or if the launching user may publish it there — and then the launch publishes it.
 */
export type RoomLinkDecision = 'open' | 'publish-and-open' | 'refuse';

/** The launching course: whether the room is published there, and the user's role in it. */
export interface RoomLinkCourse {
  publishedThere: boolean;
  roleThere: ChannelRole | null;
}

/**
 * `course` is null for a launch from outside any course: nothing can be published, so the
 * room opens only for someone who may see it anyway (its owner or a collaborator).
 */
export function roomLinkDecision(policy: RoomPolicyContext, course: RoomLinkCourse | null): RoomLinkDecision {
  if (policy.roomDeleted) return 'refuse';
  if (course === null) return canPerform('view', policy) ? 'open' : 'refuse';
  if (course.publishedThere) return 'open';
  return canPublishRoomTo(policy, course.roleThere) ? 'publish-and-open' : 'refuse';
}
