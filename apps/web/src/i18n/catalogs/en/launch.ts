/** English messages of the launch area (ICU MessageFormat); the source every other catalog translates. */
export const launch = {
  // The launch steps the web app runs before the room opens.
  'launch.opening.title': 'Opening LTI Rooms',
  'launch.login.status': 'Connecting to your course…',
  'launch.check.status': 'Checking your launch from the course…',
  'launch.storageAccess.title': 'Allow LTI Rooms in this course page',
  'launch.storageAccess.heading': 'One more step',
  'launch.storageAccess.explanation':
    'Your browser keeps LTI Rooms from recognising you inside the course page. Allow it to use its cookies here and the room opens. Your browser may ask you to confirm.',
  'launch.storageAccess.allow': 'Allow and continue',
  'launch.storageAccess.openInNewWindow': 'Open in a new window instead',

  // The page of a refused launch.
  'launch.error.newWindow.heading': 'Open LTI Rooms in its own window',
  'launch.error.newWindow.explanation':
    'Your browser stopped LTI Rooms from working inside the course page. Opening it in a new window usually solves this.',
  'launch.error.newWindow.button': 'Open in a new window',
  'launch.error.adminHeading': 'For your LMS administrator',
  'launch.error.serverDetails': 'Details: <code>{details}</code>',
  'launch.error.code': 'Error code: <code>{errorCode}</code>',

  // Every refusal of a login or launch, by its code: a title, what happened, and what the LMS administrator can do.
  'launch.refusal.launchFailed.title': 'This room could not be opened',
  'launch.refusal.launchFailed.detail': 'Your course could not start LTI Rooms. Open the room again from your course.',
  'launch.refusal.launchFailed.adminHint':
    'The LTI launch was rejected. The LTI Rooms server log names the reason; check that the platform is registered and active.',
  'launch.refusal.launchCheckFailed.title': 'This room could not be opened',
  'launch.refusal.launchCheckFailed.detail': 'LTI Rooms could not be reached to check your launch. Check your connection, then open the room again from your course.',
  'launch.refusal.launchCheckFailed.adminHint':
    'The page could not confirm the launch with the LTI Rooms server (no answer, or an answer it could not read). The LTI Rooms server log names the reason.',
  'launch.refusal.loginParameterTooLong.title': 'The LMS sent an oversized login request',
  'launch.refusal.loginParameterTooLong.detail': 'A login parameter is longer than LTI Rooms accepts, so the login was not started.',
  'launch.refusal.loginParameterTooLong.adminHint':
    'LTI Rooms keeps at most these many characters of each login parameter: {limits}. Check what the platform sends to /lti/login.',
  'launch.refusal.rateLimited.title': 'Too many launches right now',
  'launch.refusal.rateLimited.detail':
    'LTI Rooms is receiving more requests from your network or your LMS than it accepts at once. Wait a moment, then open the tool again.',
  'launch.refusal.rateLimited.adminHint':
    'The limits are set by RATE_LIMIT_LTI_PER_IP, RATE_LIMIT_LTI_PER_ACCOUNT and RATE_LIMIT_REGISTER_PER_IP (see the README); raise them if a whole class behind one address is refused.',
  'launch.refusal.loginMissingParameters.title': 'The LMS sent an incomplete login request',
  'launch.refusal.loginMissingParameters.detail': 'The login request lacks iss, login_hint or target_link_uri.',
  'launch.refusal.loginMissingParameters.adminHint':
    'Check that the platform initiates the OIDC login at /lti/login with iss, login_hint and target_link_uri (LTI 1.3 Core, section 4.1).',
  'launch.refusal.unknownPlatform.title': 'This LMS is not registered with LTI Rooms',
  'launch.refusal.unknownPlatform.detail': 'The launch came from a platform (issuer and client id) that LTI Rooms does not know.',
  'launch.refusal.unknownPlatform.adminHint':
    'Register the platform with Dynamic Registration or `npm run platforms -- add`, and check that its issuer and client id match exactly.',
  'launch.refusal.platformAmbiguous.title': 'LTI Rooms cannot tell which registration of this LMS to use',
  'launch.refusal.platformAmbiguous.detail': 'The LMS started the launch without a client id, and several active registrations share its issuer.',
  'launch.refusal.platformAmbiguous.adminHint':
    'Configure the LMS to send client_id in the login request (LTI 1.3 Core, section 4.1), or deactivate the registrations that are no longer used (`npm run platforms -- list`).',
  'launch.refusal.targetLinkForeign.title': 'The launch points outside LTI Rooms',
  'launch.refusal.targetLinkForeign.detail': 'The login request’s target_link_uri is not an address of this tool.',
  'launch.refusal.targetLinkForeign.adminHint':
    'The target link URI in the LMS must start with the tool’s public address (PUBLIC_URL), followed by /lti/launch.',
  'launch.refusal.platformInactive.title': 'LTI Rooms is not activated for this LMS yet',
  'launch.refusal.platformInactive.detail': 'This platform is registered but an administrator has not activated it.',
  'launch.refusal.platformInactive.adminHint':
    'An operator of LTI Rooms must activate this registration (`npm run platforms -- list` and `activate`, or the operator page). An LMS administrator who opens the tool is shown which registration it is.',
  'launch.refusal.deploymentMissing.title': 'The launch names no deployment',
  'launch.refusal.deploymentMissing.detail': 'The id_token carries no deployment_id claim.',
  'launch.refusal.deploymentMissing.adminHint': 'The platform must send https://purl.imsglobal.org/spec/lti/claim/deployment_id in every launch.',
  'launch.refusal.deploymentUnknown.title': 'This deployment of LTI Rooms is not registered',
  'launch.refusal.deploymentUnknown.detail': 'The launch came from a deployment id that was never registered for this platform.',
  'launch.refusal.deploymentUnknown.adminHint':
    'Add the deployment id to the platform registration (`npm run platforms -- add-deployment`) or register the tool again with Dynamic Registration.',
  'launch.refusal.missingIdToken.title': 'This launch carried no LTI message',
  'launch.refusal.missingIdToken.detail': 'The request to /lti/launch has no id_token.',
  'launch.refusal.missingIdToken.adminHint': 'The platform must POST the id_token and state form fields to /lti/launch (form_post response mode).',
  'launch.refusal.malformedIdToken.title': 'The LTI message could not be read',
  'launch.refusal.malformedIdToken.detail': 'The id_token is not a well-formed signed JWT.',
  'launch.refusal.malformedIdToken.adminHint': 'Check the platform’s LTI 1.3 configuration; the id_token must be an RS256-signed JWT.',
  'launch.refusal.missingState.title': 'The launch lost its login state',
  'launch.refusal.missingState.detail': 'The request to /lti/launch has no state field.',
  'launch.refusal.missingState.adminHint': 'The platform must return the state it received at its authorization endpoint unchanged.',
  'launch.refusal.stateCookieMissing.title': 'Your browser blocked LTI Rooms inside the course page',
  'launch.refusal.stateCookieMissing.detail':
    'The launch could not be tied to this browser because its cookie was not sent. This happens when third-party cookies are blocked.',
  'launch.refusal.stateCookieMissing.adminHint':
    'Ask users to open the tool in a new window, or allow third-party cookies for this site. The tool must be served over https so its cookies are SameSite=None; Secure.',
  'launch.refusal.stateMismatch.title': 'This launch belongs to another browser window',
  'launch.refusal.stateMismatch.detail': 'The login state in the launch does not match this browser’s login cookie.',
  'launch.refusal.stateMismatch.adminHint': 'This usually means a launch was replayed or forwarded. Launch again from the course.',
  'launch.refusal.stateUnknown.title': 'This launch has expired',
  'launch.refusal.stateUnknown.detail': 'The login that started this launch is unknown or older than ten minutes.',
  'launch.refusal.stateUnknown.adminHint': 'Launch again from the course. If it keeps happening, check the tool server’s clock.',
  'launch.refusal.launchReplayed.title': 'This launch was already used',
  'launch.refusal.launchReplayed.detail': 'The same login was presented twice. Each launch can be used once.',
  'launch.refusal.launchReplayed.adminHint': 'Launch again from the course. Repeated replays may indicate an attack or a proxy resending requests.',
  'launch.refusal.badSignature.title': 'The LTI message signature is not valid',
  'launch.refusal.badSignature.detail': 'The id_token was not signed by a key of the registered platform.',
  'launch.refusal.badSignature.adminHint':
    'Check the platform’s public keyset URL (JWKS) in the registration and that the platform signs with a key listed there.',
  'launch.refusal.wrongIssuer.title': 'The LTI message came from the wrong platform',
  'launch.refusal.wrongIssuer.detail': 'The id_token’s issuer is not the platform the login started with.',
  'launch.refusal.wrongIssuer.adminHint': 'Check that the platform’s issuer in the registration matches the iss claim it sends.',
  'launch.refusal.wrongAudience.title': 'The LTI message was meant for another tool',
  'launch.refusal.wrongAudience.detail': 'The id_token’s audience does not include this tool’s client id.',
  'launch.refusal.wrongAudience.adminHint': 'Check the client id in the registration against the aud and azp claims the platform sends.',
  'launch.refusal.tokenExpired.title': 'The LTI message has expired',
  'launch.refusal.tokenExpired.detail': 'The id_token’s expiry time has passed.',
  'launch.refusal.tokenExpired.adminHint': 'Launch again. If it keeps happening, compare the clocks of the LMS and the tool server.',
  'launch.refusal.tokenTooOld.title': 'The LTI message is too old',
  'launch.refusal.tokenTooOld.detail': 'The id_token was issued more than five minutes ago.',
  'launch.refusal.tokenTooOld.adminHint': 'Launch again. If it keeps happening, compare the clocks of the LMS and the tool server.',
  'launch.refusal.tokenNotYetValid.title': 'The LTI message is dated in the future',
  'launch.refusal.tokenNotYetValid.detail': 'The id_token’s issue time lies in the future.',
  'launch.refusal.tokenNotYetValid.adminHint': 'Compare the clocks of the LMS and the tool server (NTP).',
  'launch.refusal.platformKeysUnavailable.title': 'The LMS could not be reached to check this launch',
  'launch.refusal.platformKeysUnavailable.detail': 'LTI Rooms could not fetch the platform’s public keys to verify the launch.',
  'launch.refusal.platformKeysUnavailable.adminHint': 'Check that the keyset URL (JWKS) in the registration is reachable from the tool server.',
  'launch.refusal.nonceMismatch.title': 'The LTI message does not answer this login',
  'launch.refusal.nonceMismatch.detail': 'The id_token’s nonce is not the one LTI Rooms sent for this login.',
  'launch.refusal.nonceMismatch.adminHint': 'The platform must copy the nonce from the authorization request into the id_token.',
  'launch.refusal.nonceReplayed.title': 'This LTI message was already used',
  'launch.refusal.nonceReplayed.detail': 'The id_token’s nonce was accepted before; each message can be used once.',
  'launch.refusal.nonceReplayed.adminHint': 'A replayed id_token may indicate an attack or a misbehaving proxy.',
  'launch.refusal.claimTooLong.title': 'The LTI message carries an identifier LTI Rooms cannot store',
  'launch.refusal.claimTooLong.detail': 'An identifier in the id_token (the user, course, link or deployment id) is longer than 255 characters.',
  'launch.refusal.claimTooLong.adminHint':
    'LTI 1.3 limits these identifiers to 255 characters (LTI 1.3 Core, sections 5.1.2, 5.3.1 and 5.4.1). Check what the platform sends in the claim named in the details.',
  'launch.refusal.invalidClaims.title': 'The LTI message is incomplete',
  'launch.refusal.invalidClaims.detail': 'The id_token lacks claims LTI 1.3 requires.',
  'launch.refusal.invalidClaims.adminHint': 'Check the claim named in the details against LTI 1.3 Core, section 5.',
  'launch.refusal.roomNotInCourse.title': 'This room is not part of this course',
  'launch.refusal.roomNotInCourse.detail': 'The link names a room that is not published in this course, and you may not publish it here.',
  'launch.refusal.roomNotInCourse.adminHint':
    'A link to a room opens only in a course the room is published in, or for someone who may publish it there (its owner or a co-publisher who is a teacher of the course). Publish the room into this course from its Edit page, or place the link again with Deep Linking; links whose room reference was edited or copied from another platform are refused.',
  'launch.refusal.unsupportedMessage.title': 'LTI Rooms cannot handle this kind of launch',
  'launch.refusal.unsupportedMessage.detail': 'Only resource link and deep linking launches are supported.',
  'launch.refusal.unsupportedMessage.adminHint': 'Place LTI Rooms as an external tool link or through the content selection (Deep Linking) flow.',

  // An LMS administrator's view of a registration that waits for activation.
  'launch.inactiveRegistration.heading': 'This registration waits for activation',
  'launch.inactiveRegistration.explanation':
    'You are an administrator of this LMS, so you see which registration of LTI Rooms it is. LTI Rooms refuses every launch through it until an operator of LTI Rooms (whoever runs the LTI Rooms server) activates it. Send them these details.',
  'launch.inactiveRegistration.commandIntro': 'The operator activates it on the server with:',
  'launch.inactiveRegistration.operatorPage': 'or on the operator page of LTI Rooms (<code>{path}</code>), when the server has an operator secret configured.',
  'launch.inactiveRegistration.removedIfPending':
    'A registration nobody activates is removed after {days, plural, one {# day} other {# days}}; register again then.',

  // The facts of a registration, on the launch error page and the operator page.
  'launch.registration.lms': 'LMS',
  'launch.registration.issuer': 'Issuer',
  'launch.registration.clientId': 'Client id',
  'launch.registration.deploymentId': 'Deployment id',
  'launch.registration.deploymentIds': 'Deployment ids',
  'launch.registration.noDeploymentYet': 'None yet',
  'launch.registration.id': 'Registration id',
  'launch.registration.registered': 'Registered',
  'launch.registration.status': 'Status',
  'launch.registration.pendingSince': 'Waiting for approval since {when}',
  'launch.registration.inactive': 'Deactivated, or added inactive by hand',

  // /operator: whoever runs the server activates registrations.
  'launch.operator.title': 'Operator: activate registrations',
  'launch.operator.intro':
    'For whoever runs this LTI Rooms server. A registration an LMS made by Dynamic Registration stays inactive until it is activated here or with <code>{command}</code>; until then its launches are refused.',
  'launch.operator.signInForm': 'Operator sign-in',
  'launch.operator.secret': 'Operator secret',
  'launch.operator.secretHint': 'The value of OPERATOR_SECRET in the server’s configuration.',
  'launch.operator.showRegistrations': 'Show registrations',
  'launch.operator.inactiveHeading': 'Inactive registrations',
  'launch.operator.pendingRemoval':
    'A registration waiting for approval is removed after {days, plural, one {# day} other {# days}} unless it is activated.',
  'launch.operator.noneWaiting': 'No registration is waiting: every registered LMS can launch LTI Rooms.',
  'launch.operator.activate': 'Activate<hidden> {name} ({clientId})</hidden>',
  'launch.operator.activated': '{name} ({issuer}, client id {clientId}) is now active. Its users can launch LTI Rooms.',
  'launch.operator.failed': 'Something went wrong. Please try again.',
  'launch.operator.unreachable': 'LTI Rooms could not be reached. Check your connection and try again.',
  'launch.operator.httpFailure': 'The request failed (HTTP {status}).',
  'launch.operator.unreadableAnswer': 'The server sent an answer this page does not understand. Reload the page.',

  // A tab without a session the server accepts.
  'launch.noSession.expiredTitle': 'Your session has expired',
  'launch.noSession.roomTitle': 'Open this room from your course',
  'launch.noSession.title': 'Open LTI Rooms from your course',
  'launch.noSession.expired': 'For your security, a visit to LTI Rooms lasts a limited time after you open it from your course.',
  'launch.noSession.howItOpens':
    'LTI Rooms opens from your course in your learning platform (Moodle, Canvas, Brightspace, Sakai…): that is how it knows who you are and which rooms are yours.',
  'launch.noSession.goBack': 'Go back to your course and select LTI Rooms there.',
  'launch.noSession.lookingUpRoom': 'Looking up the room…',
  'launch.noSession.roomGone':
    'This link does not lead to a room any more: it may have been deleted. Ask whoever shared it, or go back to your course.',
  'launch.noSession.roomLookupFailed': 'Go back to your course and select the room there.',
  'launch.noSession.roomInNoCourse': '“{name}” is not in any course yet. Ask whoever shared it to publish it in your course, then open it from there.',
  'launch.noSession.roomCourses':
    '“{name}” is in {count, plural, one {this course} other {these courses}}. Open the course, then select the room there:',

  // Any address the app does not know.
  'launch.notFound.title': 'Page not found',
  'launch.notFound.explanation': 'There is nothing at this address. The link may be old or mistyped.',
  'launch.notFound.myRooms': 'Go to My Rooms',
  'launch.notFound.openFromCourse': 'Open LTI Rooms from your course in your learning platform.',
};
