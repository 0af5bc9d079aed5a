/**
 * RS-IDPIN — the bodies of the ID & PIN routes (zod/mini). A PIN travels only in request bodies and
 * never comes back in an answer.
 */
import * as z from 'zod/mini';
import { RemoteAddress, RemoteId, RemoteInstant, RemoteText } from '../schemas.js';
import { HOLDER_NAME_MAX_LENGTH } from './holder.js';
import { ID_PIN_ID_DIGITS, PIN_MAX_DIGITS, PIN_MIN_DIGITS } from './id-pin-format.js';
import { NICKNAME_MAX_LENGTH } from './nickname.js';

/** The ID on the wire: exactly the normalised form. */
export const IdPinIdentifier = z.string().check(z.regex(new RegExp(`^\\d{${ID_PIN_ID_DIGITS}}$`)));
/** A PIN on the wire (request bodies only; never in an answer). */
export const Pin = z.string().check(z.regex(new RegExp(`^[0-9]{${PIN_MIN_DIGITS},${PIN_MAX_DIGITS}}$`)));

/** RS-IDPIN: the user's personal information for one link (who Securitas calls about its sites). */
export const IdPinHolder = z.object({
  firstName: RemoteText(HOLDER_NAME_MAX_LENGTH),
  lastName: RemoteText(HOLDER_NAME_MAX_LENGTH),
  phone: z.nullable(RemoteText(32)),
  email: z.string().check(z.minLength(3), z.maxLength(254)),
});
export type IdPinHolder = z.infer<typeof IdPinHolder>;

/** A site as the links show it. */
export const IdPinSite = z.object({
  id: RemoteId,
  name: RemoteText(),
  nickname: z.nullable(RemoteText(NICKNAME_MAX_LENGTH)),
  address: RemoteAddress,
});
export type IdPinSite = z.infer<typeof IdPinSite>;

/** RS-IDPIN: one ID & PIN link with its sites and the user's information for it. */
export const IdPinLinkDetails = z.object({
  id: RemoteId,
  identifier: IdPinIdentifier,
  linkedAt: RemoteInstant,
  /** When the PIN was last changed, or null. */
  pinChangedAt: z.nullable(RemoteInstant),
  holder: IdPinHolder,
  sites: z.array(IdPinSite),
});
export type IdPinLinkDetails = z.infer<typeof IdPinLinkDetails>;

export const IdPinLinksResponse = z.object({ links: z.array(IdPinLinkDetails) });
export type IdPinLinksResponse = z.infer<typeof IdPinLinksResponse>;

/** RS-IDPIN: « Ajouter un ID & PIN ». */
export const IdPinAddRequest = z.object({ identifier: IdPinIdentifier, pin: Pin });
export type IdPinAddRequest = z.infer<typeof IdPinAddRequest>;

/** The new link, and which of its sites the user did not reach before. */
export const IdPinAddResponse = z.object({ link: IdPinLinkDetails, newSiteIds: z.array(RemoteId) });
export type IdPinAddResponse = z.infer<typeof IdPinAddResponse>;

/** RS-IDPIN: a PIN change (the new PIN is checked twice in the form, sent once). */
export const PinChangeRequest = z.object({ currentPin: Pin, newPin: Pin });
export type PinChangeRequest = z.infer<typeof PinChangeRequest>;

export const PinChangeResponse = z.object({ linkId: RemoteId, pinChangedAt: RemoteInstant });
export type PinChangeResponse = z.infer<typeof PinChangeResponse>;

/** RS-IDPIN: a nickname (null or empty clears it; the server applies `checkNickname`). */
export const NicknameRequest = z.object({ nickname: z.nullable(z.string().check(z.maxLength(200))) });
export type NicknameRequest = z.infer<typeof NicknameRequest>;

export const NicknameResponse = z.object({ siteId: RemoteId, nickname: z.nullable(RemoteText(NICKNAME_MAX_LENGTH)) });
export type NicknameResponse = z.infer<typeof NicknameResponse>;

export const HolderUpdateRequest = IdPinHolder;
export type HolderUpdateRequest = IdPinHolder;

/** After a removal: the link's sites the user no longer reaches (the others come through another link). */
export const IdPinRemoveResponse = z.object({ linkId: RemoteId, removedSiteIds: z.array(RemoteId) });
export type IdPinRemoveResponse = z.infer<typeof IdPinRemoveResponse>;
