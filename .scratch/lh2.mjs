import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new', '--no-sandbox', '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost'] });
const r = await lighthouse(process.argv[2], { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['seo','best-practices','performance','accessibility'] });
for (const [id, c] of Object.entries(r.lhr.categories)) console.log(id, c.score);
for (const a of Object.values(r.lhr.audits)) if (a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative') console.log(a.id, a.score, a.explanation);

await chrome.kill();
