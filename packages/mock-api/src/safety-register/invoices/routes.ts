/** SR-INVOICE — the invoices, their payment (with `Idempotency-Key`) and the access state, in the mock API. */
import { HttpResponse } from 'msw';
import { SR_PROBLEM_TYPES, srProblemSlug, type AccessResponse, type Invoice } from '@vigie/core';
import { formatDateFr } from '@vigie/core';
import { formatAmount } from '@vigie/core/i18n';
import { problem, type RouteDefinition } from '../../http.js';
import { makePdf } from '../../shared/pdf.js';
import { SR_INVOICE_ROUTES } from '@vigie/core';
import { routesFromTable, plainRoute } from '../../contract.js';

/** What a careless backend would send instead of cents: a French amount string. */
function formatEuros(cents: number): string {
  return `${(cents / 100).toFixed(2).replace('.', ',')} €`;
}

export function registerInvoicesRoutes(): RouteDefinition[] {
  return routesFromTable(
    SR_INVOICE_ROUTES,
    {
      listInvoices: {
        ok: ({ store }) => HttpResponse.json({ invoices: store.list() }),
        malformed: ({ store }) => ({ invoices: store.list().map((i) => ({ ...i, amountCents: formatEuros(i.amountCents) })) }),
      },
      invoicePdf: {
        ok: ({ params, store, instance }) => {
          const invoice = store.get(String(params.id));
          if (!invoice)
            return problem(
              404,
              srProblemSlug(SR_PROBLEM_TYPES.invoiceNotFound),
              'Invoice not found',
              `No invoice ${String(params.id)} on this account.`,
              { instance },
            );
          const pdf = makePdf(
            [
              { text: `Facture ${invoice.number}`, size: 18 },
              { text: 'Vigie — registre de sécurité, abonnement et prestations' },
              { text: 'Client : Résidence Les Tilleuls — 14 rue des Acacias, 44000 Nantes' },
              ...(invoice.issueDate ? [{ text: `Date d’émission : ${formatDateFr(invoice.issueDate)}` }] : []),
              { text: `Échéance de règlement : ${formatDateFr(invoice.dueDate)}` },
              { text: `Montant TTC : ${formatAmount('fr', invoice.amountCents).replace(/\u202f/g, ' ')}`, size: 13 },
              { text: invoice.status === 'paid' ? 'État : payée' : 'État : en attente de règlement' },
            ],
            `Facture ${invoice.number}`,
          );
          return new HttpResponse(pdf, {
            headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': `inline; filename="facture-${invoice.number}.pdf"` },
          });
        },
        malformed: () => ({ pdf: 'facture' }),
      },
      payInvoice: {
        ok: ({ request, instance, params, store }) => {
          const key = request.headers.get('Idempotency-Key')?.trim();
          if (!key) {
            return problem(
              400,
              srProblemSlug(SR_PROBLEM_TYPES.idempotencyKeyRequired),
              'Idempotency-Key required',
              'A payment must carry an Idempotency-Key header so that a retry never pays twice.',
              { instance },
            );
          }
          const id = String(params.id);
          const result = store.pay(id, key);
          switch (result.kind) {
            case 'paid':
              return HttpResponse.json<Invoice>(result.invoice);
            case 'not-found':
              return problem(
                404,
                srProblemSlug(SR_PROBLEM_TYPES.invoiceNotFound),
                'Invoice not found',
                `No invoice ${id} on this account.`,
                { instance },
              );
            case 'already-paid':
              return problem(
                409,
                srProblemSlug(SR_PROBLEM_TYPES.invoiceAlreadyPaid),
                'Invoice already paid',
                `Invoice ${result.invoice.number} is already paid.`,
                { instance },
              );
            case 'key-reused':
              return problem(
                422,
                srProblemSlug(SR_PROBLEM_TYPES.idempotencyKeyReused),
                'Idempotency-Key reused',
                `This key was already used to pay invoice ${result.invoiceId}.`,
                { instance },
              );
          }
        },
        malformed: ({ params, store }) => {
          const invoice = store.get(String(params.id)) ?? store.list()[0];
          return { ...invoice, amountCents: invoice ? formatEuros(invoice.amountCents) : 'n/a', status: 'réglée' };
        },
      },
      access: {
        ok: ({ store }) => HttpResponse.json<AccessResponse>({ level: store.level(), access: store.access() }),
        malformed: () => ({ level: 'rouge', access: 'coupé' }),
      },
    },
    plainRoute,
  );
}
