/** X-I18N — the passport's texts: one per rule outcome, fr and en alike, the seed's sentences where it gives them. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { en } from '../i18n/en.js';
import { fr } from '../i18n/fr.js';
import { loadLocale, registerMessages, translate } from '../i18n/index.js';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../shared/password-policy.js';
import { MAX_FAILURES_PER_MODULE } from './blocking.js';
import { COMPANY_WARNINGS, companyWarningMessageKey } from './company.js';
import { PASSPORT_FIELD_ISSUES, fieldIssueMessageKey } from './forms.js';
import { passportMessages } from './messages.js';
import { passportEn } from './messages.en.js';
import { passportFr } from './messages.fr.js';
import { UNPG_MODULE_IDS, moduleMessageKey } from './modules.js';
import { PROFILE_IDS } from './profile.js';
import { REGION_CODES, regionMessageKey } from './regions.js';
import { SNBPE_COMMON_MODULES, SNBPE_PASSPORT_VALID_YEARS, SNBPE_REFUSAL_REASONS } from './snbpe.js';
import { HANDOVER_PASSWORD_MODES, SPACE_KINDS, SPACES_REFUSAL_REASONS, spaceMessageKey, spacesRefusalMessageKey } from './spaces.js';
import { EMPLOYEE_STATES } from './blocking.js';

registerMessages(...passportMessages);
await loadLocale('en');

const norm = (s: string) =>
  s
    .replace(/[’']/g, "'")
    .replace(/[\u00a0\u202f\s]+/g, ' ')
    .trim();

describe('X-I18N passport catalog', () => {
  test('X-I18N the bundles are « passport » (core texts) and one per widget; their messages are in both composed catalogs, en has exactly the keys of fr', async () => {
    assert.deepEqual(
      passportMessages.map((b) => b.id),
      [
        'passport',
        'passport.registration',
        'passport.login',
        'passport.company',
        'passport.spaces',
        'passport.enrollment',
        'passport.roster',
        'passport.view',
      ],
    );
    // Each bundle's English has exactly its French keys, and no key is in two bundles.
    const seen = new Set<string>();
    for (const bundle of passportMessages) {
      const english = await bundle.en();
      assert.deepEqual(Object.keys(english).sort(), Object.keys(bundle.fr).sort(), bundle.id);
      for (const key of Object.keys(bundle.fr)) {
        assert.ok(!seen.has(key), `${key} is in two bundles`);
        seen.add(key);
      }
    }
    assert.equal(seen.size, Object.keys(passportFr).length);
    assert.deepEqual(Object.keys(passportEn).sort(), Object.keys(passportFr).sort());
    for (const key of Object.keys(passportFr)) {
      assert.ok(key.startsWith('passport.'), key);
      assert.ok(key in fr && key in en, key);
    }
  });

  test('X-I18N every rule outcome has its text: field issues, regions, profiles, states, modules, SNBPE reasons, spaces, refusals, warnings, handover modes', () => {
    const keys = [
      ...PASSPORT_FIELD_ISSUES.map(fieldIssueMessageKey),
      ...REGION_CODES.map(regionMessageKey),
      ...PROFILE_IDS.map((p) => `passport.profile.${p}`),
      ...EMPLOYEE_STATES.map((s) => `passport.state.${s}`),
      ...UNPG_MODULE_IDS.map(moduleMessageKey),
      ...SNBPE_REFUSAL_REASONS.map((r) => `passport.snbpe.reason.${r}`),
      ...SPACE_KINDS.map(spaceMessageKey),
      ...SPACES_REFUSAL_REASONS.map(spacesRefusalMessageKey),
      ...COMPANY_WARNINGS.map(companyWarningMessageKey),
      ...HANDOVER_PASSWORD_MODES.map((m) => `passport.handover.mode.${m}`),
    ];
    for (const key of keys) assert.ok(key in passportFr, key);
  });

  test('PP-REGISTER the SIRET messages of the brief, verbatim', () => {
    assert.equal(passportFr['passport.field.siret-format'], 'Le numéro de SIRET doit comporter 14 chiffres.');
    assert.equal(norm(passportFr['passport.field.siret-checksum']), norm('Ce numéro de SIRET n’est pas valide : vérifiez-le.'));
  });

  test('PP-COMPANY the seed’s « IMPORTANT » on the referent e-mail, verbatim (« mail » written « e-mail »)', () => {
    assert.equal(
      norm(passportFr['passport.company.warning.login-change']),
      norm(
        'Vérifiez que l’adresse e-mail a été correctement saisie : celle-ci deviendra le nouvel identifiant de connexion au compte de l’entreprise et notre nouveau contact privilégié.',
      ),
    );
  });

  test('PP-ENROLL the seed’s warning: an SNBPE passport only at creation', () => {
    assert.match(
      norm(passportFr['passport.snbpe.createOnly']),
      /^Attention, il n'est plus possible de lier un passeport SNBPE après avoir finalisé la création d'un compte\./,
    );
  });

  test('PP-ROSTER states as the seed shows them: « Actif », « Bloqué », « — »', () => {
    assert.equal(passportFr['passport.state.active'], 'Actif');
    assert.equal(passportFr['passport.state.blocked'], 'Bloqué');
    assert.equal(passportFr['passport.state.none'], '—');
  });

  test('X-I18N the numbers written in the texts are the rules’ constants', () => {
    assert.match(passportFr['passport.field.password-too-short'], new RegExp(`au moins ${PASSWORD_MIN_LENGTH} caractères`));
    assert.match(passportFr['passport.field.password-too-long'], new RegExp(`${PASSWORD_MAX_LENGTH} caractères`));
    assert.match(passportEn['passport.field.password-too-short'], new RegExp(`at least ${PASSWORD_MIN_LENGTH} characters`));
    assert.match(passportFr['passport.field.snbpe-expired'], new RegExp(`\\(${SNBPE_PASSPORT_VALID_YEARS} ans\\)`));
    assert.match(passportFr['passport.blocked.employee'], new RegExp(`plus de ${MAX_FAILURES_PER_MODULE} fois`));
    assert.match(passportFr['passport.blocked.alert'], new RegExp(`plus de ${MAX_FAILURES_PER_MODULE} échecs`));
  });

  test('PP-BLOCK the employee is told to see their manager; the referent how to unblock', () => {
    assert.equal(
      norm(translate('fr', 'passport.blocked.employee', { module: 'Tirs de mines' })),
      norm('Votre compte est bloqué : vous avez échoué plus de 3 fois au module « Tirs de mines ». Rapprochez-vous de votre responsable.'),
    );
    assert.match(
      translate('en', 'passport.blocked.alert', { name: 'John WEST', module: 'Blasting' }),
      /^The account of John WEST is blocked/,
    );
    assert.equal(
      translate('fr', 'passport.snbpe.validated', { count: SNBPE_COMMON_MODULES.length }),
      'Les 7 modules communs avec le passeport SNBPE seront validés immédiatement.',
    );
  });

  test('X-I18N French typography: typographic apostrophes, a no-break space before « : » and inside « »', () => {
    for (const [key, text] of Object.entries(passportFr)) {
      assert.doesNotMatch(text, /'/, key);
      assert.doesNotMatch(text, / :|« | »/, key);
    }
  });
});
