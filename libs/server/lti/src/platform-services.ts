import { characterLength, TEXT_LIMITS, truncateText } from '@lti-rooms/domain';
import type { Account } from '@lti-rooms/server-persistence';
import { LtijsProvider } from './ltijs-provider';

export interface RosterMember {
  ltiSub: string;
  name: string;
  email: string | null;
  roles: string[];
  status: string;
}

export interface ResourceLinkItem {
  title: string;
  text?: string;
  url: string;
  custom: Record<string, string>;
}

export class PlatformServiceError extends Error {}

/**
 * LTI Advantage services through ltijs: it holds the tool's private key per platform and
 * the OAuth2 access tokens. ltijs expects the id_token it stored at launch; we launch
 * ourselves, so we hand it the few fields its services read.
 */
export class PlatformServices {
  constructor(private readonly ltijs: LtijsProvider) {}

  async courseRoster(account: Account, membershipsUrl: string): Promise<RosterMember[]> {
    const idtoken = { iss: account.issuer, clientId: account.clientId, platformContext: { namesRoles: { context_memberships_url: membershipsUrl } } };
    let result: { members?: Array<Record<string, unknown>> };
    try {
      result = (await this.ltijs.NamesAndRoles.getMembers(idtoken, { pages: false })) as typeof result;
    } catch (error) {
      throw new PlatformServiceError(`The course roster could not be read from the LMS: ${(error as Error).message}`);
    }
    return (result.members ?? [])
      .filter((member) => member.status === undefined || member.status === 'Active')
      .filter((member) => storableId(String(member.user_id)))
      .map((member) => ({
        ltiSub: String(member.user_id),
        name: storableName(String(member.name ?? ([member.given_name, member.family_name].filter(Boolean).join(' ') || member.user_id))),
        email: typeof member.email === 'string' && characterLength(member.email) <= TEXT_LIMITS.email && !member.email.includes('\u0000') ? member.email : null,
        roles: Array.isArray(member.roles) ? member.roles.map(String) : [],
        status: String(member.status ?? 'Active'),
      }));
  }

  /** The signed LtiDeepLinkingResponse and where the browser must post it. */
  async deepLinkingResponse(account: Account, deploymentId: string, settings: Record<string, unknown>, item: ResourceLinkItem): Promise<{ action: string; jwt: string }> {
    const idtoken = { iss: account.issuer, clientId: account.clientId, deploymentId, platformContext: { deepLinkingSettings: settings } };
    const contentItem = { type: 'ltiResourceLink', title: item.title, text: item.text, url: item.url, custom: item.custom };
    const jwt = await this.ltijs.DeepLinking.createDeepLinkingMessage(idtoken, [contentItem], { message: `Added ${item.title}` });
    return { action: String(settings.deep_link_return_url), jwt };
  }
}

/** A roster entry becomes a user row when picked as a collaborator: it must fit the columns a launch fills. */
const storableId = (id: string) => id.length > 0 && characterLength(id) <= TEXT_LIMITS.ltiId && !id.includes('\u0000');
const storableName = (name: string) => truncateText(name.replaceAll('\u0000', ''), TEXT_LIMITS.personName);
