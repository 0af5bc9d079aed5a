/** X-I18N — the English texts of RS-CALL after a 412: exactly the keys of `call-lists-merge.fr.ts`. */
import type { CatalogOf } from '../../i18n/fr.js';
import type { remoteCallListsMergeFr } from './call-lists-merge.fr.js';

export const remoteCallListsMergeEn: CatalogOf<typeof remoteCallListsMergeFr> = {
  'rs.call-lists.choose-first': 'First choose which version to keep for each contact in conflict.',
  'rs.call-lists.rebased.title': '{name} saved this list while you were editing it',
  'rs.call-lists.rebased.when': 'Saved on {date} at {time}. Your changes were applied to their version: check the list, then save.',
  'rs.call-lists.rebased.spoken': 'The list was changed by {name}. Your changes were applied to their version: check, then save.',
  'rs.call-lists.their-changes': 'Changes by {name}:',
  'rs.call-lists.change.added': '{name} added',
  'rs.call-lists.change.removed': '{name} removed',
  'rs.call-lists.change.moved': '{name} moved',
  'rs.call-lists.notice.close': 'Got it',
  'rs.call-lists.conflict.title': '{count, plural, one {# contact changed on both sides} other {# contacts changed on both sides}}',
  'rs.call-lists.conflict.intro': 'Choose which version to keep for each. Nothing is saved before “Save”.',
  'rs.call-lists.conflict.spoken':
    'Conflict: {name} changed {count, plural, one {a contact} other {# contacts}} you had changed too. Choose which version to keep.',
  'rs.call-lists.conflict.mine.added': 'You added them in position {position}',
  'rs.call-lists.conflict.mine.moved': 'You moved them to position {position}',
  'rs.call-lists.conflict.mine.removed': 'You removed them from the list',
  'rs.call-lists.conflict.theirs.added': '{name} added them in position {position}',
  'rs.call-lists.conflict.theirs.moved': '{name} moved them to position {position}',
  'rs.call-lists.conflict.theirs.removed': '{name} removed them from the list',
  'rs.call-lists.conflict.keep-mine': 'Keep my version',
  'rs.call-lists.conflict.keep-theirs': 'Keep their version',
};
