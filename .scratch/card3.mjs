import sharp from 'sharp';
const W=1200,H=630,PAD=80;
const esc=(s)=>s.replace(/&/g,'&amp;').replace(/</g,'&lt;').replace(/>/g,'&gt;');
const FAM='Noto Sans, Noto Sans Arabic, Noto Sans Hebrew, Noto Sans SC';
async function card(title, date, site, rtl, fmt, out) {
  const t0=performance.now();
  const mark = rtl ? '\u200f' : '\u200e';
  const markup = `<span font_weight="bold" size="30pt" foreground="#9b1c1c">${mark}${esc(site)}</span>\n<span size="14pt">\n</span><span font_weight="bold" size="60pt" foreground="#1a1a1a">${mark}${esc(title)}</span>\n<span size="14pt">\n</span><span size="30pt" foreground="#555555">${mark}${esc(date)}</span>`;
  const {data, info} = await sharp({text:{text:markup, font:`${FAM} 30pt`, width:W-2*PAD, dpi:72, align:'left', rgba:true, wrap:'word'}}).flatten({background:'#fbfaf7'}).raw().toBuffer({resolveWithObject:true});
  const t1=performance.now();
  const side = W-2*PAD-info.width;
  let p = sharp(data,{raw:{width:info.width,height:info.height,channels:info.channels}}).extend({top:PAD, bottom:Math.max(0,H-PAD-info.height), left: rtl? PAD+side:PAD, right: rtl?PAD:PAD+side, background:'#fbfaf7'});
  p = fmt==='jpeg' ? p.jpeg({quality:85}) : p.png({compressionLevel: fmt==='png1'?1:6});
  const buf = await p.toBuffer();
  const t2=performance.now();
  if (out) await (await import('node:fs/promises')).writeFile(out, buf);
  return [t1-t0,t2-t1,buf.length];
}
await card('أمواج تتجاوز سور البحر مع وصول العاصفة إلى الساحل', '٢٥ نوفمبر ٢٠٢٦', 'Dateline', true, 'png', '/tmp/card3-ar.png');
for (const fmt of ['png1','png','jpeg']) {
let a=0,b=0,s=0; const N=40;
for (let i=0;i<N;i++){const [x,y,z]=await card(`Waves top sea wall as storm hits the coast number ${i} forcing hundreds to leave`, '25 November 2026','Dateline',false, fmt, i==0?`/tmp/card3-${fmt}.${fmt==='jpeg'?'jpg':'png'}`:undefined); a+=x;b+=y;s+=z}
console.log(fmt, 'text',a/N,'extend+enc',b/N, 'bytes', s/N);
}
