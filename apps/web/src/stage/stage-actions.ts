import type { StageCommandBody, StageParticipantBody } from '@lti-rooms/contracts';
import { t } from '../i18n/translate';
import { stageHasRoom } from './stage-people';
import type { StageView } from './stage-state';

/**
 * Which stage buttons a person sees (SPEC "Panel mode"). The server decides every action
 * again; these rules only keep people from being offered what would be refused.
 */

export type SelfStageCommand = Extract<StageCommandBody, { type: 'requestStage' | 'withdrawRequest' | 'joinStage' | 'leaveStage' }>;

/** The text of one of my own stage buttons. */
export function selfStageLabel(type: SelfStageCommand['type']): string {
  switch (type) {
    case 'requestStage':
      return t('stage.self.requestStage');
    case 'withdrawRequest':
      return t('stage.self.withdrawRequest');
    case 'joinStage':
      return t('stage.self.joinStage');
    case 'leaveStage':
      return t('stage.self.leaveStage');
  }
}

/**
 * The person's own stage buttons. An invitation is answered in its dialog, not here.
 * Mentors and observers step on stage only when invited. Hosts take a free seat in any mode
 * (a host who arrived to a full stage waits for one).
 */
export function selfStageCommands(me: StageParticipantBody, stage: StageView): SelfStageCommand[] {
  switch (me.position) {
    case 'on-stage':
      return [{ type: 'leaveStage' }];
    case 'invited':
      return [];
    case 'requested':
      return [{ type: 'withdrawRequest' }];
    case 'viewer':
      if (me.role === 'host') return stageHasRoom(stage) ? [{ type: 'joinStage' }] : [];
      if (me.role === 'observer') return [];
      if (stage.accessMode === 'request') return [{ type: 'requestStage' }];
      if (stage.accessMode === 'everyone' && stageHasRoom(stage)) return [{ type: 'joinStage' }];
      return [];
  }
}

/**
 * What a viewer of a panel room is told once: that they watch, and the way onto the stage the
 * access mode gives them. Null for hosts and for anyone not a plain viewer.
 */
export function viewerHint(me: StageParticipantBody, stage: StageView): string | null {
  if (me.position !== 'viewer' || me.role === 'host') return null;
  if (me.role === 'observer' || stage.accessMode === 'invite') return t('stage.viewerHint.invite');
  if (stage.accessMode === 'request') return t('stage.viewerHint.request');
  return t('stage.viewerHint.everyone');
}

/** "Everyone on stage" with every seat taken: say why there is no Join stage button. */
export function stageFullForMe(me: StageParticipantBody, stage: StageView): boolean {
  return me.position === 'viewer' && me.role !== 'observer' && (stage.accessMode === 'everyone' || me.role === 'host') && !stageHasRoom(stage);
}

export interface HostStageAction {
  command: StageCommandBody;
  /** The button's text. */
  label: string;
  /** Its accessible name, naming the person: a list of identical "Invite to stage" buttons says nothing. */
  name: string;
}

/**
 * What a host or moderator may do about one person in the participants panel. Hosts by role
 * are on stage by role: they are neither invited nor removed, and only the LMS or the room
 * changes their role; those a host made moderator for this session can be made participants again.
 */
export function hostStageActions(person: StageParticipantBody, myUserId: string): HostStageAction[] {
  if (person.userId === myUserId) return [];
  const target = { targetUserId: person.userId };
  const { name } = person;
  const actions: HostStageAction[] = [];
  if (person.role !== 'host') {
    switch (person.position) {
      case 'viewer':
        actions.push({ command: { type: 'invite', ...target }, label: t('stage.action.invite'), name: t('stage.action.inviteName', { name }) });
        break;
      case 'invited':
        actions.push({ command: { type: 'revokeInvite', ...target }, label: t('stage.action.revokeInvite'), name: t('stage.action.revokeInviteName', { name }) });
        break;
      case 'requested':
        actions.push({ command: { type: 'bringToStage', ...target }, label: t('stage.action.bringToStage'), name: t('stage.action.bringToStageName', { name }) });
        actions.push({ command: { type: 'declineRequest', ...target }, label: t('stage.action.declineRequest'), name: t('stage.action.declineRequestName', { name }) });
        break;
      case 'on-stage':
        actions.push({ command: { type: 'removeFromStage', ...target }, label: t('stage.action.removeFromStage'), name: t('stage.action.removeFromStageName', { name }) });
        break;
    }
    actions.push({ command: { type: 'setModerator', ...target, moderator: true }, label: t('stage.action.makeModerator'), name: t('stage.action.makeModeratorName', { name }) });
  } else if (person.promoted) {
    actions.push({ command: { type: 'setModerator', ...target, moderator: false }, label: t('stage.action.removeModerator'), name: t('stage.action.removeModeratorName', { name }) });
  }
  return actions;
}
