/** Text compared the way a French reader does: case and accents ignored (« Dépôt » = « depot »), œ/æ spelled out. */
export const foldText = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae');
