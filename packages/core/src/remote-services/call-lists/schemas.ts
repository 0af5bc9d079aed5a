/**
 * RS-CALL — the contract of the call lists: a site's lists with the contacts that may be put in
 * them, the saved order, and the 412 problem that carries the list as someone else saved it.
 */
import * as z from 'zod/mini';
import { CallList, Contact, RemoteId } from '../schemas.js';
import { CALL_LIST_ISSUES, CALL_LIST_MAX_CONTACTS } from './ops.js';

/** `GET …/call-lists`: the site's lists (the normal one first, then the specific ones) and the site's contacts. */
export const CallListsResponse = z.object({
  lists: z.array(CallList),
  /** Every contact of the site: the only people a list may hold (RS-CALL). */
  contacts: z.array(Contact),
});
export type CallListsResponse = z.infer<typeof CallListsResponse>;

/** `PUT …/call-lists/{listId}` with `If-Match: "<version>"`: the whole new order. */
export const CallListSaveRequest = z.object({
  contactIds: z.array(RemoteId).check(z.maxLength(CALL_LIST_MAX_CONTACTS)),
});
export type CallListSaveRequest = z.infer<typeof CallListSaveRequest>;

export const CallListValidationProblem = z.looseObject({
  type: z.literal('/problems/validation'),
  status: z.literal(422),
  title: z.string(),
  errors: z.array(z.object({ contactId: z.nullable(RemoteId), issue: z.enum(CALL_LIST_ISSUES) })),
});

/**
 * 412 `/problems/precondition-failed`: the list moved since it was read. `current` is the list as it
 * is now (its version, who saved it and when), so the client rebases without another read.
 */
export const CallListConflictProblem = z.looseObject({
  type: z.literal('/problems/precondition-failed'),
  status: z.literal(412),
  title: z.string(),
  current: CallList,
});
export type CallListConflictProblem = z.infer<typeof CallListConflictProblem>;
