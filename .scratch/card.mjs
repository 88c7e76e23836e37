import sharp from 'sharp';
const W=1200,H=630;
const esc=(s)=>s.replace(/&/g,'&amp;').replace(/</g,'&lt;').replace(/>/g,'&gt;');
const FAM='Noto Sans, Noto Sans Arabic, Noto Sans Hebrew, Noto Sans SC';
const base = await sharp({create:{width:W,height:H,channels:3,background:'#fbfaf7'}}).composite([{input:{create:{width:W,height:12,channels:3,background:'#9b1c1c'}},top:0,left:0}]).raw().toBuffer();
async function card(title, date, site, rtl, out) {
  const align = rtl ? 'right':'left';
  const t0=performance.now();
  const head = await sharp({text:{text:`<span foreground="#1a1a1a">${esc(title)}</span>`, font:`${FAM} Bold 60px`, width:1040, height: 380, align, rgba:true, wrap:'word', spacing: 8}}).png({compressionLevel:0}).toBuffer({resolveWithObject:true});
  const foot = await sharp({text:{text:`<span foreground="#555">${esc(site)} · ${esc(date)}</span>`, font:`${FAM} 30px`, width:1040, align, rgba:true}}).png({compressionLevel:0}).toBuffer({resolveWithObject:true});
  const t1=performance.now();
  const left = (w)=> rtl ? W-80-w : 80;
  const buf = await sharp(base,{raw:{width:W,height:H,channels:3}}).composite([
    {input:head.data, top:90, left:left(head.info.width)},
    {input:foot.data, top:H-80-foot.info.height, left:left(foot.info.width)},
  ]).png({compressionLevel:6, adaptiveFiltering:false}).toBuffer();
  const t2=performance.now();
  if (out) await (await import('node:fs/promises')).writeFile(out, buf);
  return [t1-t0,t2-t1,buf.length, head.info];
}
console.log(await card('Waves top sea wall as storm hits the coast, forcing hundreds to leave their homes overnight', '25 November 2026', 'Dateline', false, '/tmp/card-en.png'));
console.log(await card('أمواج تتجاوز سور البحر مع وصول العاصفة إلى الساحل', '٢٥ نوفمبر ٢٠٢٦', 'Dateline', true, '/tmp/card-ar.png'));
console.log(await card('海浪越过海堤 日本語のかな 한국어 חומת ים', '2026年11月25日', 'Dateline', false, '/tmp/card-cjk.png'));
let a=0,b=0; const N=50;
for (let i=0;i<N;i++){const [x,y]=await card(`Waves top sea wall as storm hits the coast number ${i} forcing hundreds to leave`, '25 November 2026','Dateline',false); a+=x;b+=y;}
console.log('text',a/N,'compose+png',b/N);
