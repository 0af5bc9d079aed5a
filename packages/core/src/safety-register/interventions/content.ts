/** SR-SIGN — what a signature proves: the canonical content signed, and its hash. */
import { canonicalJson, sha256Hex, type SignatureMethod, type SignerRole } from './rules.js';
import type { Intervention } from './schemas.js';

/**
 * What one signer signs: the intervention (id, version, its details) and the signer (role, printed
 * name, the authenticated user) with the method. Its canonical JSON is hashed (SHA-256) and kept
 * beside the signature; anyone holding the same data can recompute it.
 */
export function signedContent(
  i: Intervention,
  signer: { readonly role: SignerRole; readonly name: string; readonly userId: string },
  method: SignatureMethod,
) {
  return {
    intervention: {
      id: i.id,
      version: i.version,
      details: {
        type: i.type,
        title: i.title,
        date: i.date,
        dueDate: i.dueDate,
        location: i.location,
        work: i.work,
        provider: i.provider,
        operator: i.operator,
        contact: i.contact,
      },
    },
    signer: { role: signer.role, name: signer.name, userId: signer.userId },
    method,
  };
}

export function signatureHash(
  i: Intervention,
  signer: { readonly role: SignerRole; readonly name: string; readonly userId: string },
  method: SignatureMethod,
): Promise<string> {
  return sha256Hex(canonicalJson(signedContent(i, signer, method)));
}
