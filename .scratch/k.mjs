import { cardDrawer, fontDirs, FONT_PACKAGES } from '../src/content/socialCards.ts';
const root = process.cwd();
const spec = { title: '파도가 방파제를 넘다 海浪越过海堤 かな', date: '2025-04-18', site: 'Dateline', lang: 'ko', dir: 'ltr' };
console.log(await cardDrawer({ root, dir: '/tmp/kc/all' }).file('k', spec));
console.log(await cardDrawer({ root, dir: '/tmp/kc/none', fonts: fontDirs(root, FONT_PACKAGES.slice(0,3)) }).file('k', spec));
