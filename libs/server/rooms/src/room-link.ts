import { createHash } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import { deepLinkingResponseBodySchema } from '@lti-rooms/contracts';

/** The custom parameter a Deep Linking response sets: a signed reference to one room in one course. */
export const ROOM_LINK_PARAMETER = 'room_link';
/** What links placed before signed references carried: a bare room id, honoured only under the room-link rule. */
export const LEGACY_ROOM_ID_PARAMETER = 'room_id';

/** A room placed by Deep Linking: which account and room, and the course (channel) it was placed in. */
export interface RoomLinkClaims {
  accountId: string;
  roomId: string;
  /** Null when the Deep Linking launch came from outside any course. */
  channelId: string | null;
}

/** What a launch's custom parameters say about a room. */
export type RoomReference =
  | { kind: 'none' }
  /** A room link signed by this tool for this account. */
  | { kind: 'signed'; roomId: string; placedInChannelId: string | null }
  /** A room id of a link placed before links were signed. */
  | { kind: 'legacy'; roomId: string }
  /** A room link that is edited, signed by someone else, or meant for another account. */
  | { kind: 'invalid'; reason: string };

const TOKEN_TYPE = 'room-link';

/**
 * Signs and checks room links (compact JWS, HS256 with a key derived from the server's LTI
 * key). The LMS stores the link and its editors can copy or change it: the signature makes
 * an edited link worthless, the account binding keeps it inside its platform, and the
 * course it was placed in is recorded so a launch can tell "placed here" from "copied here".
 * No expiry: a link lives in the course as long as the LMS keeps it.
 */
export class RoomLinks {
  private readonly key: Uint8Array;

  constructor(secret: string) {
    this.key = createHash('sha256').update(`room-link:${secret}`).digest();
  }

  async sign(claims: RoomLinkClaims): Promise<string> {
    return new SignJWT({ acc: claims.accountId, ctx: claims.channelId })
      .setProtectedHeader({ alg: 'HS256', typ: TOKEN_TYPE })
      .setSubject(claims.roomId)
      .setIssuedAt()
      .sign(this.key);
  }

  /** Null when the value is not a room link this server signed, unaltered. */
  async verify(token: string): Promise<RoomLinkClaims | null> {
    try {
      const { payload } = await jwtVerify(token, this.key, { algorithms: ['HS256'], typ: TOKEN_TYPE });
      const { acc, ctx, sub } = payload;
      if (typeof acc !== 'string' || typeof sub !== 'string' || (ctx !== null && typeof ctx !== 'string')) return null;
      return { accountId: acc, roomId: sub, channelId: ctx };
    } catch {
      return null;
    }
  }

  /** Reads a launch's custom parameters; a signed link wins over a legacy room id sent beside it. */
  async referenceIn(custom: Record<string, unknown>, accountId: string): Promise<RoomReference> {
    const signed = custom[ROOM_LINK_PARAMETER];
    if (signed !== undefined) {
      const claims = typeof signed === 'string' ? await this.verify(signed) : null;
      if (!claims) return { kind: 'invalid', reason: 'the room link is not one LTI Rooms signed, or it was changed' };
      if (claims.accountId !== accountId) return { kind: 'invalid', reason: 'the room link belongs to another platform' };
      return { kind: 'signed', roomId: claims.roomId, placedInChannelId: claims.channelId };
    }
    const legacy = custom[LEGACY_ROOM_ID_PARAMETER];
    if (legacy === undefined) return { kind: 'none' };
    // Room ids are what a Deep Linking response may name; anything else names no room of ours.
    const parsed = deepLinkingResponseBodySchema.shape.roomId.safeParse(legacy);
    return parsed.success ? { kind: 'legacy', roomId: parsed.data } : { kind: 'invalid', reason: 'the room id is not one of a room' };
  }
}
