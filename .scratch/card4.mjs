import sharp from 'sharp';
const W=1200,H=630,PAD=80, BG=250, FG=24;
const esc=(s)=>s.replace(/&/g,'&amp;').replace(/</g,'&lt;').replace(/>/g,'&gt;');
const FAM='Noto Sans, Noto Sans Arabic, Noto Sans Hebrew, Noto Sans SC';
async function card(title, date, site, rtl, lvl, out) {
  const t0=performance.now();
  const mark = rtl ? '\u200f' : '\u200e';
  const markup = `<span font_weight="bold" size="30pt" alpha="70%">${mark}${esc(site)}</span>\n<span size="14pt">\n</span><span font_weight="bold" size="60pt">${mark}${esc(title)}</span>\n<span size="14pt">\n</span><span size="30pt" alpha="62%">${mark}${esc(date)}</span>`;
  const {data, info} = await sharp({text:{text:markup, font:`${FAM} 30pt`, width:W-2*PAD, dpi:72, align:'left', wrap:'word'}}).linear(-(BG-FG)/255, BG).raw().toBuffer({resolveWithObject:true});
  const t1=performance.now();
  const side = W-2*PAD-info.width;
  let p = sharp(data,{raw:{width:info.width,height:info.height,channels:info.channels}}).extend({top:PAD, bottom:Math.max(0,H-PAD-info.height), left: rtl? PAD+side:PAD, right: rtl?PAD:PAD+side, background:{r:BG,g:BG,b:BG}}).png({compressionLevel:lvl});
  const buf = await p.toBuffer({resolveWithObject:true});
  const t2=performance.now();
  if (out) await (await import('node:fs/promises')).writeFile(out, buf.data);
  return [t1-t0,t2-t1,buf.data.length, buf.info];
}
console.log(await card('أمواج تتجاوز سور البحر مع وصول العاصفة إلى الساحل', '٢٥ نوفمبر ٢٠٢٦', 'Dateline', true, 6, '/tmp/card4-ar.png'));
for (const lvl of [1,6]) {
let a=0,b=0,s=0; const N=40;
for (let i=0;i<N;i++){const [x,y,z]=await card(`Waves top sea wall as storm hits the coast number ${i} forcing hundreds to leave`, '25 November 2026','Dateline',false, lvl, i==0?`/tmp/card4-${lvl}.png`:undefined); a+=x;b+=y;s+=z}
console.log(lvl, 'text',a/N,'extend+enc',b/N, 'bytes', s/N);
}
