import { SCOPE, TOOL_CONFIGURATION_KEY } from '@lti-rooms/domain';

/** What the tool asks an LMS to register (LTI Dynamic Registration 3.5.2): its fixed endpoints and messages. */
export function toolRegistrationRequest(tool: { publicUrl: string; name: string }): Record<string, unknown> {
  const url = tool.publicUrl;
  return {
    application_type: 'web',
    response_types: ['id_token'],
    grant_types: ['implicit', 'client_credentials'],
    initiate_login_uri: `${url}/lti/login`,
    redirect_uris: [`${url}/lti/launch`],
    client_name: tool.name,
    jwks_uri: `${url}/lti/keys`,
    token_endpoint_auth_method: 'private_key_jwt',
    // The roster (NRPS) and grade passback (AGS): gradebook columns, scores, and reading results back.
    scope: [SCOPE.nrpsMembershipReadonly, SCOPE.agsLineItem, SCOPE.agsResultReadonly, SCOPE.agsScore].join(' '),
    [TOOL_CONFIGURATION_KEY]: {
      domain: new URL(url).host,
      description: 'Live meeting rooms for your course, with video.',
      target_link_uri: `${url}/lti/launch`,
      claims: ['iss', 'sub', 'name', 'given_name', 'family_name', 'email', 'picture', 'locale'],
      messages: [
        { type: 'LtiResourceLinkRequest', target_link_uri: `${url}/lti/launch`, label: tool.name },
        { type: 'LtiDeepLinkingRequest', target_link_uri: `${url}/lti/launch`, label: `Add a room (${tool.name})` },
      ],
    },
  };
}
