/** English messages of the stage area (ICU MessageFormat); the source every other catalog translates. */
export const stage = {
  // The participants panel (hosts and moderators).
  'stage.panel.title': 'Participants',
  'stage.panel.onStageTitle': 'On stage ({taken} of {cap})',
  'stage.panel.requestsTitle': 'Requests',
  'stage.panel.requestsEmpty': 'Nobody has asked to join the stage.',
  'stage.panel.viewersTitle': 'Viewers',
  'stage.panel.viewersEmpty': 'Nobody is watching yet.',
  'stage.panel.viewersNoMatch': 'No viewer’s name contains “{search}”.',
  'stage.panel.searchViewers': 'Search viewers',
  'stage.panel.removeFromStageQuestion': '{named, select, yes {Remove {name} from the stage?} other {Remove this person from the stage?}}',
  'stage.panel.removeFromStageDetail': 'Their camera and microphone are turned off; they keep watching as a viewer.',
  'stage.panel.removeFromStageConfirm': 'Remove from stage',
  // Straight apostrophe before "s": literal in ICU, and the wording the end-to-end tests expect.
  'stage.panel.removeModeratorQuestion': "{named, select, yes {Remove {name}'s moderator rights?} other {Remove this person's moderator rights?}}",
  'stage.panel.removeModeratorDetail': 'They stay in the session as a participant; their video reconnects without the rights.',
  'stage.panel.removeModeratorConfirm': 'Remove moderator rights',
  'stage.access.legend': 'Stage access',
  'stage.access.mode': '{mode, select, invite {Invite only} request {Join by request} other {Everyone on stage}}',

  // One person in the panel, and what a host may do about them.
  'stage.person.you': '(you)',
  'stage.person.host': 'Host',
  'stage.person.moderator': 'Moderator',
  'stage.person.invited': 'Invited',
  'stage.person.observer': 'Observer',
  'stage.action.invite': 'Invite to stage',
  'stage.action.inviteName': 'Invite {name} to stage',
  'stage.action.revokeInvite': 'Revoke invite',
  'stage.action.revokeInviteName': 'Revoke invite for {name}',
  'stage.action.bringToStage': 'Bring to stage',
  'stage.action.bringToStageName': 'Bring {name} to stage',
  'stage.action.declineRequest': 'Decline',
  'stage.action.declineRequestName': 'Decline request from {name}',
  'stage.action.removeFromStage': 'Remove from stage',
  'stage.action.removeFromStageName': 'Remove {name} from stage',
  'stage.action.makeModerator': 'Make moderator',
  'stage.action.makeModeratorName': 'Make {name} moderator',
  'stage.action.removeModerator': 'Remove moderator',
  'stage.action.removeModeratorName': 'Remove moderator rights from {name}',

  // Who is on stage, for everyone.
  'stage.strip.title': 'On stage',
  'stage.nobodyOnStage': 'Nobody is on stage.',

  // My own way on and off the stage.
  'stage.self.requestStage': 'Ask to join stage',
  'stage.self.withdrawRequest': 'Withdraw request',
  'stage.self.joinStage': 'Join stage',
  'stage.self.leaveStage': 'Leave stage',
  'stage.self.requested': 'You asked to join the stage: a host will answer.',
  'stage.self.stageFull': 'The stage is full: you can join once a seat frees up.',
  'stage.viewerHint.invite': 'You are watching as a viewer. A host may invite you to the stage.',
  'stage.viewerHint.request': 'You are watching as a viewer. To speak, ask to join the stage.',
  'stage.viewerHint.everyone': 'You are watching as a viewer. To speak, join the stage.',

  // The invitation dialog.
  'stage.invitation.title': 'Join the stage?',
  'stage.invitation.text': '{named, select, yes {{inviter} invites you to the stage.} other {A host invites you to the stage.}}',
  'stage.invitation.cameraPreview': 'Your camera preview',
  'stage.invitation.join': 'Join stage',
  'stage.invitation.decline': 'Decline',

  // Notices about my place on the stage.
  'stage.notice.requestDeclined': 'The host declined your request to join the stage.',
  'stage.notice.removedFromStage': 'A host moved you back to the audience.',
  'stage.notice.invitationRevoked': 'The host withdrew the invitation.',
  'stage.notice.noHost': 'No host is in the session any more, so the stage is closed for now.',
  'stage.notice.requestsClosed': 'The stage no longer takes requests.',
  'stage.notice.onStage': 'You are on stage: your camera and microphone are on.',
  'stage.notice.promoted': 'A host made you a moderator of this session.',
  'stage.notice.promotedOnStage': 'A host made you a moderator: you are on stage.',
  'stage.notice.demoted': 'Your moderator rights were removed: reconnecting the video…',
  'stage.notice.invitationDeclined': '{named, select, yes {{name} declined the invitation to the stage.} other {A participant declined the invitation to the stage.}}',
};
