/**
 * X-I18N — every catalog of every service, French and English, walked for the typography of
 * issue 8, point 19. The files are found on disk (every `*.fr.ts` / `*.en.ts` under a package's
 * `src/`), so a new service, widget or bundle is checked without being listed here.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isWellFormed } from './message-format.js';

const root = fileURLToPath(new URL('../../../../', import.meta.url));

function catalogFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...catalogFiles(path));
    else if (/\.(fr|en)\.ts$/.test(entry.name) && !/\.test\./.test(entry.name)) out.push(path);
  }
  return out;
}

const files = readdirSync(join(root, 'packages'))
  .map((p) => join(root, 'packages', p, 'src'))
  .flatMap((src) => {
    try {
      return catalogFiles(src);
    } catch {
      return [];
    }
  });

interface Text {
  readonly where: string;
  readonly lang: 'fr' | 'en';
  readonly text: string;
}

const texts: Text[] = [];
const seen = new Set<string>();
for (const file of files) {
  const lang = file.endsWith('.fr.ts') ? 'fr' : 'en';
  const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  for (const [name, value] of Object.entries(mod)) {
    if (!value || typeof value !== 'object') continue;
    for (const [key, text] of Object.entries(value)) {
      // A composed catalog (`passportFr = { ...a, ...b }`) repeats its parts' texts: check each once.
      if (typeof text !== 'string' || seen.has(`${lang} ${key} ${text}`)) continue;
      seen.add(`${lang} ${key} ${text}`);
      texts.push({ where: `${relative(root, file)} ${name} ${key}`, lang, text });
    }
  }
}
const fr = texts.filter((t) => t.lang === 'fr');

/** Placeholders whose values are numbers, dates or times (never a word that could start with a vowel). */
const NUMERIC = new Set([
  'count',
  'min',
  'max',
  'length',
  'days',
  'minutes',
  'seconds',
  'step',
  'total',
  'year',
  'status',
  'size',
  'time',
  'date',
  'digits',
  'n',
  'index',
  'page',
  'pages',
  'loaded',
  'percent',
  'rows',
  'issuedOn',
  'linkedOn',
  'since',
  'until',
]);

/** The text without what typography does not apply to: addresses, times (14:05), placeholders' insides. */
const prose = (s: string) =>
  s
    .replace(/\b(?:https?|mailto|tel):\S*/g, '')
    .replace(/\d:\d/g, '0')
    .replace(/\{\w+, plural,/g, '{');

const failures = (check: (t: Text) => string | undefined, among: readonly Text[] = texts): string[] =>
  among.flatMap((t) => {
    const problem = check(t);
    return problem ? [`${t.where}: ${problem}\n    ${JSON.stringify(t.text)}`] : [];
  });

const report = (found: string[]) => assert.deepEqual(found, [], `\n${found.join('\n')}\n`);

describe('X-I18N typography of every catalog (fr and en)', () => {
  test('X-I18N the walk finds the catalogs of every service (common, forms, safety register, vault, passport)', () => {
    const names = files.map((f) => relative(root, f));
    for (const expected of [
      'packages/core/src/i18n/common.fr.ts',
      'packages/core/src/shared/messages.fr.ts',
      'packages/core/src/safety-register/messages.en.ts',
      'packages/core/src/vault/messages.fr.ts',
      'packages/core/src/passport/messages/roster.en.ts',
    ]) {
      assert.ok(names.includes(expected), expected);
    }
    assert.ok(fr.length > 500, `${fr.length} French texts`);
  });

  test('X-I18N fr: a narrow no-break space (U+202F) before « ? », « ! », « : », « ; », never an ordinary one or none', () => {
    report(
      failures((t) => {
        const s = prose(t.text);
        const bad = [...s.matchAll(/(.)([?!:;])/gu)].find((m) => m[1] !== '\u202f');
        return bad ? `« ${bad[2]} » after ${JSON.stringify(bad[1])} (want U+202F)` : /^[?!:;]/.test(s) ? 'punctuation first' : undefined;
      }, fr),
    );
  });

  test('X-I18N fr: a narrow no-break space (U+202F) inside « », never an ordinary one or none', () => {
    report(
      failures((t) => {
        if (/«(?!\u202f)/.test(t.text)) return 'after «';
        if (/(?<!\u202f)»/.test(t.text)) return 'before »';
        return undefined;
      }, fr),
    );
  });

  test('X-I18N fr and en: no « (s) », « (e) », « ·e » hacks: plurals go through Intl.PluralRules ({count, plural, …}), roles are worded for anyone', () => {
    report(
      failures((t) =>
        /\((?:s|e|es|x|le|ne|ère)\)|\w[·.](?:e|es|s)\b(?!\.)|\/vos\b/u.test(prose(t.text).replace(/\S+@\S+|\S+\.(?:fr|com)\b/g, ''))
          ? 'plural or gender hack'
          : undefined,
      ),
    );
  });

  test('X-I18N fr: what is said to the reader does not agree in one gender (« Vous serez la seule personne… », not « le seul »)', () => {
    report(
      failures((t) => {
        const m =
          /\b(?:vous (?:êtes|serez|étiez) (?:le seul|la seule(?! personne)|seule?s?|sûre?|certaine?|connectée?)|êtes-vous (?:sûre?|certaine?))\b/iu.exec(
            prose(t.text),
          );
        return m ? `« ${m[0]} » agrees with one gender: reword it for anyone` : undefined;
      }, fr),
    );
  });

  test('X-I18N fr: no « de » (que, le, la) before a placeholder that may start with a vowel: {de name} elides', () => {
    report(
      failures((t) => {
        const m = [...t.text.matchAll(/(?:^|[\s’'(])(de|que|le|la|du) \{(\w+)\}/g)].find((x) => !NUMERIC.has(x[2]!));
        return m ? `« ${m[1]} {${m[2]}} »: write {de ${m[2]}}` : undefined;
      }, fr),
    );
  });

  test('X-I18N en: one word per action: employees are enrolled (« Enrol a new employee »), companies registered', () => {
    report(
      failures((t) =>
        t.lang === 'en' &&
        /\bregist\w*\s+(?:(?:a|an|the|another|new|your)\s+)*employees?\b|\bregistered employees?\b|\bregister or edit an employee/i.test(
          t.text,
        )
          ? '« register » an employee: write « enrol »'
          : undefined,
      ),
    );
  });

  test('X-I18N en: no French elision placeholder, and every placeholder of either language is well formed', () => {
    report(
      failures((t) =>
        t.lang === 'en' && /\{(de|que|le|la) \w+\}/.test(t.text)
          ? 'French elision in English'
          : !isWellFormed(t.text)
            ? 'unbalanced or unknown placeholder'
            : undefined,
      ),
    );
  });
});
