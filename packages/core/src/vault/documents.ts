/**
 * VA-DOCS — the documents of the vault (seed 002, question 6; seed 003, « Étape 4 »): folders
 * with « Bulletins de paie » always first, then the others by name (French collation); in a
 * folder, documents grouped by year, newest year first, newest document first; archive; file
 * into another folder. Pure functions over the lists the API returns.
 */
import type { VaultDocument, VaultFolder } from './schemas.js';

/** VA-DOCS: the name of the payslips folder, always listed first. */
export const PAYSLIPS_FOLDER_NAME = 'Bulletins de paie';

let collator: Intl.Collator | undefined;
/** French collation: accents and case are secondary, numbers compare as numbers (« Dossier 2 » < « Dossier 10 »). */
const fr = () => (collator ??= new Intl.Collator('fr', { sensitivity: 'base', numeric: true }));

/** Whether a folder is the payslips one: its kind, or its name (as the seed names it, case and accents aside). */
export function isPayslipsFolder(folder: Pick<VaultFolder, 'kind' | 'name'>): boolean {
  return folder.kind === 'payslips' || fr().compare(folder.name.trim(), PAYSLIPS_FOLDER_NAME) === 0;
}

/** VA-DOCS: « Bulletins de paie » first, then every other folder by name (fr), then by id (stable). */
export function sortFolders<F extends Pick<VaultFolder, 'id' | 'kind' | 'name'>>(folders: readonly F[]): F[] {
  return [...folders].sort((a, b) => {
    const pa = isPayslipsFolder(a) ? 0 : 1;
    const pb = isPayslipsFolder(b) ? 0 : 1;
    return pa - pb || fr().compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  });
}

/** The folder to open first: the payslips folder, else the first by name. */
export function defaultFolder<F extends Pick<VaultFolder, 'id' | 'kind' | 'name'>>(folders: readonly F[]): F | undefined {
  return sortFolders(folders)[0];
}

/** Newest first: by date, then by pay period, then by title (fr), then by id. */
export function compareDocuments(a: VaultDocument, b: VaultDocument): number {
  return cmp(b.date, a.date) || cmp(b.period ?? '', a.period ?? '') || fr().compare(a.title, b.title) || cmp(a.id, b.id);
}
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export interface DocumentFilter {
  /** Only this folder's documents (default: every folder). */
  readonly folderId?: string;
  /** `false` (default): the current documents; `true`: the archived ones; `'all'`: both. */
  readonly archived?: boolean | 'all';
}

/** The documents that pass the filter, newest first. */
export function filterDocuments(documents: readonly VaultDocument[], filter: DocumentFilter = {}): VaultDocument[] {
  const archived = filter.archived ?? false;
  return documents
    .filter((d) => (filter.folderId === undefined || d.folderId === filter.folderId) && (archived === 'all' || d.archived === archived))
    .sort(compareDocuments);
}

export interface YearGroup {
  readonly year: number;
  /** Newest first. */
  readonly documents: readonly VaultDocument[];
}

/** VA-DOCS: the documents that pass the filter by year, newest year first, newest document first. */
export function documentsByYear(documents: readonly VaultDocument[], filter: DocumentFilter = {}): YearGroup[] {
  const years = new Map<number, VaultDocument[]>();
  for (const d of filterDocuments(documents, filter)) {
    let list = years.get(d.year);
    if (!list) years.set(d.year, (list = []));
    list.push(d);
  }
  return [...years.entries()].sort(([a], [b]) => b - a).map(([year, docs]) => ({ year, documents: docs }));
}

/** Current (not archived) documents per folder id; every folder given has an entry. */
export function folderCounts(folders: readonly Pick<VaultFolder, 'id'>[], documents: readonly VaultDocument[]): Map<string, number> {
  const counts = new Map(folders.map((f) => [f.id, 0]));
  for (const d of documents) if (!d.archived && counts.has(d.folderId)) counts.set(d.folderId, counts.get(d.folderId)! + 1);
  return counts;
}

/**
 * The latest payslip (seed 002, question 6: « sélectionner le dossier bulletins de paie, l'année en
 * cours puis le dernier bulletin »): the newest current document of the payslips folder(s).
 */
export function latestPayslip(folders: readonly VaultFolder[], documents: readonly VaultDocument[]): VaultDocument | undefined {
  const ids = new Set(folders.filter(isPayslipsFolder).map((f) => f.id));
  return filterDocuments(documents).find((d) => ids.has(d.folderId));
}

/** VA-DOCS empty states: why there is nothing to show (seed 002, questions 5 and 6). */
export type DocumentsEmptyReason =
  /** No payslip at all yet: the employer has not deposited one (question 5). */
  | 'no-payslip-yet'
  /** This folder is empty but the vault is not. */
  | 'empty-folder'
  /** Nothing archived. */
  | 'no-archive';

/** Why the view of `filter` is empty, or undefined when it is not. */
export function emptyReason(
  folders: readonly VaultFolder[],
  documents: readonly VaultDocument[],
  filter: DocumentFilter = {},
): DocumentsEmptyReason | undefined {
  if (filterDocuments(documents, filter).length > 0) return undefined;
  if (filter.archived === true) return 'no-archive';
  const payslipIds = new Set(folders.filter(isPayslipsFolder).map((f) => f.id));
  const anyPayslip = documents.some((d) => payslipIds.has(d.folderId));
  const viewingPayslips = filter.folderId === undefined || payslipIds.has(filter.folderId);
  return viewingPayslips && !anyPayslip ? 'no-payslip-yet' : 'empty-folder';
}

export type DocumentChange =
  | { readonly kind: 'changed'; readonly documents: VaultDocument[]; readonly document: VaultDocument }
  | { readonly kind: 'unchanged'; readonly documents: readonly VaultDocument[]; readonly document: VaultDocument }
  | { readonly kind: 'unknown-document' }
  | { readonly kind: 'unknown-folder' };

function update(documents: readonly VaultDocument[], id: string, patch: Partial<VaultDocument>): DocumentChange {
  const found = documents.find((d) => d.id === id);
  if (!found) return { kind: 'unknown-document' };
  if (Object.entries(patch).every(([k, v]) => found[k as keyof VaultDocument] === v))
    return { kind: 'unchanged', documents, document: found };
  const document = { ...found, ...patch };
  return { kind: 'changed', documents: documents.map((d) => (d.id === id ? document : d)), document };
}

/** VA-DOCS: archives a document (still kept, shown among the archives). Archiving twice changes nothing. */
export function archiveDocument(documents: readonly VaultDocument[], id: string): DocumentChange {
  return update(documents, id, { archived: true });
}

/** VA-DOCS: brings an archived document back. */
export function restoreDocument(documents: readonly VaultDocument[], id: string): DocumentChange {
  return update(documents, id, { archived: false });
}

/** VA-DOCS: files a document into another folder (which must exist). Moving it where it is changes nothing. */
export function moveDocument(
  documents: readonly VaultDocument[],
  folders: readonly Pick<VaultFolder, 'id'>[],
  id: string,
  folderId: string,
): DocumentChange {
  if (!folders.some((f) => f.id === folderId))
    return documents.some((d) => d.id === id) ? { kind: 'unknown-folder' } : { kind: 'unknown-document' };
  return update(documents, id, { folderId });
}

/** A file name for the download from the title: « Bulletin de paie — mars 2026 » → `bulletin-de-paie-mars-2026.pdf` (ASCII). */
export function documentFileName(document: Pick<VaultDocument, 'title' | 'id'>): string {
  const base = document.title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${base || document.id.replace(/[^A-Za-z0-9_-]+/g, '-') || 'document'}.pdf`;
}

/** `1 234 octets`, `12 Ko`, `1,2 Mo` (fr) / `1,234 bytes`, `12 kB`, `1.2 MB` (en): decimal units. */
export function formatFileSize(locale: 'fr' | 'en', bytes: number): string {
  const tag = locale === 'fr' ? 'fr-FR' : 'en-GB';
  const units = locale === 'fr' ? ['octets', 'Ko', 'Mo', 'Go'] : ['bytes', 'kB', 'MB', 'GB'];
  let value = bytes;
  let u = 0;
  while (value >= 1000 && u < units.length - 1) {
    value /= 1000;
    u++;
  }
  const n = new Intl.NumberFormat(tag, { maximumFractionDigits: u === 0 || value >= 10 ? 0 : 1 }).format(value);
  return `${n}\u00a0${units[u]}`;
}
