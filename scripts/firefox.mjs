// Finds Debian's Firefox ESR (or FIREFOX_PATH) and says how to install it when it is missing.
// It is driven over WebDriver BiDi by puppeteer-core, which never downloads a browser.
import { existsSync } from 'node:fs';

export function findFirefox() {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter(Boolean);
  const found = candidates.find((p) => existsSync(p));
  if (found) return found;
  const tried = candidates.join(', ');
  throw new Error(
    `Firefox was not found (looked at: ${tried}).\n` +
      `Install it with:  sudo apt-get update && sudo apt-get install -y firefox-esr\n` +
      `or point FIREFOX_PATH at a Firefox binary. (Vigie never downloads a browser.)`,
  );
}
