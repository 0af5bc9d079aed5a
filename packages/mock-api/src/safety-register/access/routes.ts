/**
 * SR — who is calling (`GET safety-register/me`) and the sites' synthesis (`POST safety-register/synthesis`),
 * the one action a suspended account keeps (SR-INVOICE), for users holding `synthese:generer`.
 */
import { HttpResponse } from 'msw';
import { SR_PROBLEM_TYPES, SYNTHESIS_RIGHT, formatDateFr, type CurrentUser } from '@vigie/core';
import { problem, type RouteDefinition } from '../../http.js';
import { makePdf } from '../../shared/pdf.js';
import { SR_ACCESS_ROUTES } from '@vigie/core';
import { routesFromTable, plainRoute } from '../../contract.js';

export function registerAccessRoutes(): RouteDefinition[] {
  return routesFromTable(
    SR_ACCESS_ROUTES,
    {
      currentUser: {
        ok: ({ register }) => {
          const u = register.currentUser();
          return HttpResponse.json<CurrentUser>({ id: u.id, firstName: u.firstName, lastName: u.lastName, rights: [...u.rights] });
        },
        malformed: () => ({ id: 42, rights: 'toutes' }),
      },
      synthesis: {
        ok: ({ register, store, instance }) => {
          const u = register.currentUser();
          if (!u.rights.includes(SYNTHESIS_RIGHT)) {
            return problem(
              403,
              SR_PROBLEM_TYPES.forbidden.slice('/problems/'.length),
              'Forbidden',
              `Generating the synthesis needs the right ${SYNTHESIS_RIGHT}.`,
              {
                instance,
                extensions: { right: SYNTHESIS_RIGHT },
              },
            );
          }
          const today = register.today();
          const unpaid = store.list().filter((i) => i.status === 'unpaid').length;
          const pdf = makePdf(
            [
              { text: 'Synthèse des sites', size: 18 },
              { text: `Au ${formatDateFr(today)} — établie pour ${u.firstName} ${u.lastName}` },
              { text: 'Résidence Les Tilleuls — 14 rue des Acacias, 44000 Nantes', size: 13 },
              { text: 'Établissement recevant du public : type J, 4e catégorie' },
              { text: 'Dernière commission de sécurité : avis favorable' },
              { text: 'Vérifications périodiques : alarme incendie, désenfumage, extincteurs, ascenseurs' },
              { text: 'Registre de sécurité tenu à jour et consultable à tout moment' },
              { text: `Factures en attente de règlement : ${unpaid}` },
            ],
            'Synthèse des sites',
          );
          return new HttpResponse(pdf, {
            headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': `inline; filename="synthese-des-sites-${today}.pdf"` },
          });
        },
        malformed: () => ({ synthesis: 'ok' }),
      },
    },
    plainRoute,
  );
}
