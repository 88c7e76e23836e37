import sharp from 'sharp';
import { readFileSync } from 'node:fs';
const F='/tmp/fonts';
const files = [
 `${F}/fontsource-variable-noto-sans-5.3.0/package/files/noto-sans-latin-wght-normal.woff2`,
 `${F}/fontsource-variable-noto-sans-arabic-5.3.0/package/files/noto-sans-arabic-arabic-wght-normal.woff2`,
 `${F}/fontsource-variable-noto-sans-hebrew-5.3.0/package/files/noto-sans-hebrew-hebrew-wght-normal.woff2`,
];
// find SC subsets for the chars
const css = readFileSync(`${F}/fontsource-variable-noto-sans-sc-5.3.1/package/index.css`,'utf8');
const text = process.argv[2] ?? 'Sea wall 海堤 חומת ים سور البحر';
for (const m of css.matchAll(/src: url\(\.\/files\/([^)]+)\)[^;]*;\s*unicode-range: ([^;]+);/g)) {
  const ranges = m[2].split(',').map(r=>{const [a,b]=r.trim().slice(2).split('-');return [parseInt(a,16),parseInt(b??a,16)]});
  if ([...text].some(c=>{const cp=c.codePointAt(0); return cp>0x2e00 && ranges.some(([a,b])=>cp>=a&&cp<=b)})) files.push(`${F}/fontsource-variable-noto-sans-sc-5.3.1/package/files/${m[1]}`);
}
console.log(files.length);
let t=performance.now();
for (const f of files) await sharp({text:{text:'x', fontfile:f}}).png().toBuffer();
console.log('register', performance.now()-t);
const font = process.argv[3] ?? 'Noto Sans, Noto Sans Arabic, Noto Sans Hebrew, Noto Sans SC Bold 48';
t=performance.now();
const out = await sharp({text:{text: `<span foreground="#111">${text}</span>`, font, width: 1040, dpi: 72, rgba:true, wrap:'word'}}).png().toFile('/tmp/ctest.png');
console.log(out, performance.now()-t);
t=performance.now();
for (let i=0;i<20;i++) await sharp({text:{text: `<span foreground="#111">${text} ${i}</span>`, font, width: 1040, dpi: 72, rgba:true, wrap:'word'}}).png().toBuffer();
console.log('per', (performance.now()-t)/20);
