import { chromium } from 'playwright-core';
const [url, out, w = '1280', h = '900', extra = ''] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const page = await browser.newPage({ viewport: { width: +w, height: +h }, colorScheme: extra.includes('dark') ? 'dark' : 'light' });
const logs = [];
page.on('console', (m) => logs.push(`${m.type()}: ${m.text()}`));
page.on('pageerror', (e) => logs.push(`pageerror: ${e.message}`));
await page.goto(url);
await page.waitForTimeout(1500);
if (extra.includes('open')) {
  await page.locator('invoice-banner').locator('button').first().click();
  await page.waitForTimeout(800);
}
await page.screenshot({ path: out, fullPage: !extra.includes('open') });
console.log(logs.join('\n'));
await browser.close();
