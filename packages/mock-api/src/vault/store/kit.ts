/** VA — helpers of the vault mock's store: time, masks, opaque ids, the demo documents. */
import { addDays, type VaultDocument, type VaultFolder } from '@vigie/core';
import { makePdf } from '../../shared/pdf.js';
import type { Account } from './data.js';

// ── Helpers ──────────────────────────────────────────────────────────────────

export const MIN = 60_000;
export const DAY = 86_400_000;
export const iso = (t: number) => new Date(t).toISOString();

/** `06 75 82 45 32` → `06 •• •• •• 32`. */
export function maskPhone(phone: string): string {
  const d = phone.replace(/\D/g, '');
  const national = d.startsWith('33') && d.length === 11 ? `0${d.slice(2)}` : d;
  return national.length === 10 ? `${national.slice(0, 2)} •• •• •• ${national.slice(8)}` : `•• ${national.slice(-2)}`;
}

/** `camille.martin@example.fr` → `c•••@example.fr`. */
export function maskEmail(email: string): string {
  const [local = '', domain = ''] = email.split('@');
  return `${local.slice(0, 1)}•••@${domain}`;
}

export const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];

/** A random opaque value (crypto where available: the browser worker and Node both have it). */
export function opaque(prefix: string): string {
  const c = globalThis.crypto;
  const id =
    typeof c?.randomUUID === 'function'
      ? c.randomUUID().replace(/-/g, '')
      : `${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;
  return `${prefix}_${id}`;
}

export const sameText = (a: string, b: string) =>
  a
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .toLowerCase() ===
  b
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .toLowerCase();

export const FOLDERS: readonly VaultFolder[] = [
  { id: 'bulletins', name: 'Bulletins de paie', kind: 'payslips' },
  { id: 'documents-rh', name: 'Documents RH', kind: 'other' },
  { id: 'personnel', name: 'Personnel', kind: 'other' },
];

export interface StoredDocument {
  readonly meta: VaultDocument;
  readonly lines: readonly string[];
}

/** The demo documents of an account, dated from today: 14 monthly payslips, two HR documents, one archived payslip. */
export function demoDocuments(account: Account, today: string): StoredDocument[] {
  const docs: StoredDocument[] = [];
  const [y, m] = today.split('-').map(Number) as [number, number];
  const name = `${account.firstName} ${account.lastName}`;
  const add = (
    id: string,
    folderId: string,
    title: string,
    date: string,
    year: number,
    lines: string[],
    extra: Partial<VaultDocument> = {},
  ) => {
    const bytes = makePdf(
      lines.map((text, i) => ({ text, size: i === 0 ? 18 : 11 })),
      title,
    );
    docs.push({
      meta: { id, folderId, title, year, date, sizeBytes: bytes.length, pdfUrl: `vault/documents/${id}/pdf`, archived: false, ...extra },
      lines,
    });
  };
  // Payslips of the 14 months before this one, each deposited on the 28th of its month; the oldest archived.
  for (let i = 1; i <= 15; i++) {
    const month0 = (((m - 1 - i) % 12) + 12) % 12;
    const year = y + Math.floor((m - 1 - i) / 12);
    const period = `${year}-${String(month0 + 1).padStart(2, '0')}`;
    const title = `Bulletin de paie — ${MONTHS[month0]} ${year}`;
    add(
      `bulletin-${period}`,
      'bulletins',
      title,
      `${period}-28`,
      year,
      [
        title,
        `Salarié : ${name}`,
        `Employeur : ${account.employer}`,
        `Période : ${MONTHS[month0]} ${year}`,
        'Document de démonstration Vigie — sans valeur.',
      ],
      { period, archived: i === 15 },
    );
  }
  const hired = addDays(today, -400);
  add('attestation-employeur', 'documents-rh', 'Attestation employeur', addDays(today, -45), Number(addDays(today, -45).slice(0, 4)), [
    'Attestation employeur',
    `Nous attestons que ${name} fait partie de nos effectifs.`,
    `Employeur : ${account.employer}`,
    'Document de démonstration Vigie — sans valeur.',
  ]);
  add('contrat-avenant', 'documents-rh', 'Avenant au contrat de travail', hired, Number(hired.slice(0, 4)), [
    'Avenant au contrat de travail',
    `Salarié : ${name}`,
    'Document de démonstration Vigie — sans valeur.',
  ]);
  return docs;
}

// ── The store ────────────────────────────────────────────────────────────────
