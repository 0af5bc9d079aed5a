/** SR-OBS — the contract of extraction from PDF reports (zod/mini): the source (a report or a document) and what is extracted from it. */
import * as z from 'zod/mini';
import {
  DOCUMENT_KINDS,
  EXTRACTION_REASONS,
  EXTRACTION_TARGETS,
  REPORT_INTERVENTION_TYPES,
  MAX_EXTRACT_LENGTH,
  EXTRACTION_REPORT_FORMATS,
} from './rules.js';

export const ExtractionReportMetaSchema = z.object({
  id: z.string().check(z.minLength(1)),
  format: z.enum(EXTRACTION_REPORT_FORMATS),
  fileName: z.string(),
});

/**
 * What a text is extracted from: an intervention's report (`target: observation`) or a building
 * document (`anomaly`: an audit report; `prescription`: a commission's procès-verbal), with the
 * server's verdict on whether text can be extracted (core's `extractionEligibility`).
 */
export const ExtractionSource = z.object({
  target: z.enum(EXTRACTION_TARGETS),
  /** The intervention's id, or the document's. */
  id: z.string().check(z.minLength(1)),
  title: z.string(),
  /** For an intervention. */
  interventionType: z.optional(z.enum(REPORT_INTERVENTION_TYPES)),
  closed: z.optional(z.boolean()),
  /** For a document. */
  documentKind: z.optional(z.enum(DOCUMENT_KINDS)),
  /** The day the intervention was closed or the document issued. */
  date: z.optional(z.iso.date()),
  report: z.nullable(ExtractionReportMetaSchema),
  eligible: z.boolean(),
  reason: z.optional(z.enum(EXTRACTION_REASONS)),
});
export type ExtractionSource = z.infer<typeof ExtractionSource>;

/** One observation, anomaly or prescription created from a selected text. */
export const Extract = z.object({
  id: z.string().check(z.minLength(1)),
  text: z.string().check(z.minLength(1), z.maxLength(MAX_EXTRACT_LENGTH)),
  /** The page of the PDF the text came from (1-based), or null when typed. */
  page: z.nullable(z.number().check(z.int(), z.minimum(1))),
  createdAt: z.iso.datetime({ offset: true }),
  createdBy: z.string(),
});
export type Extract = z.infer<typeof Extract>;

export const ExtractList = z.object({ items: z.array(Extract) });
export type ExtractList = z.infer<typeof ExtractList>;

/** The body of a creation: the text (normalised by the server too) and its page. */
export const ExtractInput = z.object({
  text: z.string(),
  page: z.optional(z.nullable(z.number().check(z.int(), z.minimum(1)))),
});
export type ExtractInput = z.infer<typeof ExtractInput>;
