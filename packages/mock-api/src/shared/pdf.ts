/**
 * X-MOCK — small REAL PDF files made in code for the mock’s documents (payslips, invoices, reports): PDF 1.4, one A4 page,
 * lines of Helvetica text (WinAnsiEncoding, so French accents, « », — and € print), a correct
 * cross-reference table. A few hundred bytes each; any PDF viewer opens, prints and downloads them.
 */

/** Unicode → WinAnsiEncoding for the characters outside Latin-1 that French text uses. */
const WIN_ANSI: Readonly<Record<string, number>> = {
  '€': 0x80,
  '‚': 0x82,
  '„': 0x84,
  '…': 0x85,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
  Œ: 0x8c,
  œ: 0x9c,
  Ÿ: 0x9f,
  '\u202f': 0xa0,
};

/** A PDF literal string `( … )` of a text: ASCII as is, `\\ ( )` escaped, everything else as `\ooo` WinAnsi bytes. */
export function pdfString(text: string): string {
  let out = '(';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (ch === '\\' || ch === '(' || ch === ')') out += `\\${ch}`;
    else if (code >= 0x20 && code < 0x7f) out += ch;
    else {
      const byte = WIN_ANSI[ch] ?? (code >= 0xa0 && code <= 0xff ? code : 0x3f); // '?' for anything else
      out += `\\${byte.toString(8).padStart(3, '0')}`;
    }
  }
  return `${out})`;
}

export interface PdfLine {
  readonly text: string;
  /** Font size in points (default 11). */
  readonly size?: number;
}

/** A one-page A4 PDF with these lines, top-down from the top-left margin. All bytes are ASCII. */
export function makePdf(lines: readonly PdfLine[], title?: string): Uint8Array {
  return makePdfPages([lines], title);
}

/** The content stream of one page: its lines top-down from the top-left margin. */
function pageContent(lines: readonly PdfLine[]): string {
  let y = 780;
  const ops: string[] = ['BT'];
  for (const line of lines) {
    const size = line.size ?? 11;
    ops.push(`/F1 ${size} Tf 1 0 0 1 56 ${y} Tm ${pdfString(line.text)} Tj`);
    y -= Math.round(size * 1.8);
  }
  ops.push('ET');
  return ops.join('\n');
}

/** SR-OBS: an A4 PDF of several pages (one array of lines per page). One page gives exactly `makePdf`'s file. */
export function makePdfPages(pages: readonly (readonly PdfLine[])[], title?: string): Uint8Array {
  const n = pages.length;
  // 1 catalog, 2 pages, then each page and its content (3, 4; 5, 6…), the font, the info.
  const font = 3 + 2 * n;
  const kids = pages.map((_, i) => `${3 + 2 * i} 0 R`).join(' ');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${n} >>`,
    ...pages.flatMap((lines, i) => {
      const content = pageContent(lines);
      return [
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents ${4 + 2 * i} 0 R /Resources << /Font << /F1 ${font} 0 R >> >> >>`,
        `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
      ];
    }),
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    ...(title ? [`<< /Title ${pdfString(title)} /Producer (Vigie mock API) >>`] : []),
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) pdf += `${String(o).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${title ? ` /Info ${objects.length} 0 R` : ''} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}
