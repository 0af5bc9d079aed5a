/**
 * PP-ENROLL — the awareness profile of an employee, from the three yes/no questions of the
 * enrolment form (seed 004, « Vos réponses aux questions vont déterminer le profil de
 * sensibilisation de ce salarié »).
 *
 * The seed names two base profiles in its roster examples, « Salarié administratif » and
 * « Salarié technique », and says the answers decide the profile without giving the table.
 * ASSUMPTION (documented here, the one place to change it): the first question decides the
 * base profile (technical when the employee intervenes technically on the installations,
 * administrative otherwise); the two other questions each add a role that the UNPG programme
 * trains separately: leading awareness sessions (trainer) and checking passports with the
 * mobile app (checker). So every one of the 8 combinations has its own profile.
 */

/** The three questions, in the order the form asks them. */
export const PROFILE_QUESTIONS = ['intervenesTechnically', 'leadsAwarenessSessions', 'checksPassports'] as const;
export type ProfileQuestion = (typeof PROFILE_QUESTIONS)[number];
export type ProfileAnswers = Readonly<Record<ProfileQuestion, boolean>>;

/** Every awareness profile, ordered as the roster sorts them when no label is at hand. */
export const PROFILE_IDS = [
  'administrative',
  'administrative-trainer',
  'administrative-checker',
  'administrative-trainer-checker',
  'technical',
  'technical-trainer',
  'technical-checker',
  'technical-trainer-checker',
] as const;
export type ProfileId = (typeof PROFILE_IDS)[number];

/** The table: key `${technical}${trainer}${checker}` as 0/1 digits → profile. Every combination is listed. */
export const PROFILE_TABLE: Readonly<Record<`${0 | 1}${0 | 1}${0 | 1}`, ProfileId>> = {
  '000': 'administrative',
  '010': 'administrative-trainer',
  '001': 'administrative-checker',
  '011': 'administrative-trainer-checker',
  '100': 'technical',
  '110': 'technical-trainer',
  '101': 'technical-checker',
  '111': 'technical-trainer-checker',
};

/** PP-ENROLL: the profile the three answers give. */
export function profileFor(answers: ProfileAnswers): ProfileId {
  const bit = (b: boolean) => (b ? '1' : '0') as '0' | '1';
  return PROFILE_TABLE[`${bit(answers.intervenesTechnically)}${bit(answers.leadsAwarenessSessions)}${bit(answers.checksPassports)}`];
}

/** The answers a profile stands for (the inverse of {@link profileFor}: editing an employee pre-fills the questions). */
export function answersFor(profile: ProfileId): ProfileAnswers {
  return {
    intervenesTechnically: profile.startsWith('technical'),
    leadsAwarenessSessions: profile.includes('trainer'),
    checksPassports: profile.includes('checker'),
  };
}

export function isProfileId(value: unknown): value is ProfileId {
  return typeof value === 'string' && (PROFILE_IDS as readonly string[]).includes(value);
}
