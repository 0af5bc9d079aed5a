/**
 * SR-PERMIT — the fire permits in the mock API (guarded: a suspended account gets 403
 * access-restricted): the list, and a fresh signature link for a permit awaiting a signature. The
 * link is a DEMO link to the mobile app (`https://app.registre-securite.example/permis/<id>/signer?jeton=…`),
 * with a random token valid {@link SIGNATURE_LINK_MINUTES} minutes.
 */
import { HttpResponse } from 'msw';
import { awaitedSigner, type FirePermitListResponse, type SignatureLink } from '@vigie/core';
import { problem, type RouteDefinition, type RouteContext } from '../../http.js';
import { demoPermits } from './demo.js';
import { SR_PERMITS_ROUTES } from '@vigie/core';
import { routesFromTable, plainRoute } from '../../contract.js';

/** How long a signature link works. */
export const SIGNATURE_LINK_MINUTES = 15;
/** The mobile app's (demo) address. */
export const MOBILE_APP_ORIGIN = 'https://app.registre-securite.example';

const part = (ctx: RouteContext) => ctx.register.part('permits', () => demoPermits(ctx.register));

function token(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function registerPermitsRoutes(): RouteDefinition[] {
  return routesFromTable(
    SR_PERMITS_ROUTES,
    {
      firePermits: {
        ok: (ctx) => HttpResponse.json<FirePermitListResponse>({ permits: part(ctx).permits.map((p) => ({ ...p })) }),
        malformed: () => ({ permits: [{ id: 7, state: 'signé' }] }),
      },
      signatureLink: {
        ok: (ctx) => {
          const id = String(ctx.params.id);
          const permit = part(ctx).permits.find((p) => p.id === id);
          if (!permit) return problem(404, 'not-found', 'Not found', `No fire permit ${id} on this account.`, { instance: ctx.instance });
          const awaiting = awaitedSigner(permit.state);
          if (!awaiting) {
            return problem(
              409,
              'state-conflict',
              'No signature awaited',
              `Fire permit ${permit.number} is ${permit.state}: it awaits no signature.`,
              {
                instance: ctx.instance,
                extensions: { state: permit.state },
              },
            );
          }
          const link: SignatureLink = {
            url: `${MOBILE_APP_ORIGIN}/permis/${encodeURIComponent(permit.id)}/signer?jeton=${token()}`,
            expiresAt: new Date(ctx.register.now() + SIGNATURE_LINK_MINUTES * 60_000).toISOString(),
            awaiting,
          };
          return HttpResponse.json(link, { headers: { 'Cache-Control': 'no-store' } });
        },
        malformed: () => ({ url: 'javascript:alert(1)', expiresAt: 'bientôt', awaiting: 'gardien' }),
      },
    },
    plainRoute,
  );
}
