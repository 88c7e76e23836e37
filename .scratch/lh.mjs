import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--remote-debugging-port=9334', '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost'] });
const r = await lighthouse(process.argv[2], { port: 9334, output: 'json', logLevel: 'error', onlyCategories: ['seo','best-practices','performance','accessibility'] });
for (const [id, c] of Object.entries(r.lhr.categories)) console.log(id, c.score);
for (const a of Object.values(r.lhr.audits)) if (a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative') console.log(a.id, a.score, a.explanation, JSON.stringify(a.details?.items?.slice(0,3)));
await browser.close();
