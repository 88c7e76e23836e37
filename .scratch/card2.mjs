import sharp from 'sharp';
const W=1200,H=630;
const esc=(s)=>s.replace(/&/g,'&amp;').replace(/</g,'&lt;').replace(/>/g,'&gt;');
const FAM='Noto Sans, Noto Sans Arabic, Noto Sans Hebrew, Noto Sans SC';
const base = await sharp({create:{width:W,height:H,channels:3,background:'#fbfaf7'}}).raw().toBuffer();
async function layer(text, font, rtl) {
  const mark = rtl ? '\u200f' : '\u200e';
  const {data, info} = await sharp({text:{text:`<span foreground="#1a1a1a">${mark}${esc(text)}</span>`, font, width:1040, align:'left', rgba:true, wrap:'word', spacing: 8}}).raw().toBuffer({resolveWithObject:true});
  return {input:data, raw:{width:info.width,height:info.height,channels:4}, w: info.width, h: info.height};
}
async function card(title, date, site, rtl, fmt, out) {
  const t0=performance.now();
  const [head, foot] = await Promise.all([layer(title, `${FAM} Bold 60px`, rtl), layer(`${site} · ${date}`, `${FAM} 30px`, rtl)]);
  const t1=performance.now();
  const left = (w)=> rtl ? W-80-w : 80;
  let p = sharp(base,{raw:{width:W,height:H,channels:3}}).composite([
    {input:head.input, raw: head.raw, top:90, left:left(head.w)},
    {input:foot.input, raw: foot.raw, top:H-80-foot.h, left:left(foot.w)},
  ]);
  p = fmt==='raw' ? p.raw() : fmt==='png1' ? p.png({compressionLevel:1}) : fmt==='png3' ? p.png({compressionLevel:3}) : fmt==='png1n' ? p.png({compressionLevel:1, adaptiveFiltering:false}) : fmt==='jpeg' ? p.jpeg({quality:85}) : fmt==='png9' ? p.png({compressionLevel:9}) : fmt==='pngpal' ? p.png({palette:true}) : p.png({compressionLevel:6});
  const buf = await p.toBuffer();
  const t2=performance.now();
  if (out) await (await import('node:fs/promises')).writeFile(out, buf);
  return [t1-t0,t2-t1,buf.length];
}
await card('أمواج تتجاوز سور البحر مع وصول العاصفة إلى الساحل', '٢٥ نوفمبر ٢٠٢٦', 'Dateline', true, 'png', '/tmp/card-ar.png');
for (const fmt of ['raw','png1','png1n','png3','png']) {
let a=0,b=0,s=0; const N=40;
for (let i=0;i<N;i++){const [x,y,z]=await card(`Waves top sea wall as storm hits the coast number ${i} forcing hundreds to leave`, '25 November 2026','Dateline',false, fmt, i==0?`/tmp/card-${fmt}.${fmt==='jpeg'?'jpg':'png'}`:undefined); a+=x;b+=y;s+=z}
console.log(fmt, 'text',a/N,'compose+enc',b/N, 'bytes', s/N);
}
