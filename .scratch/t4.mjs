import sharp from 'sharp';
const [text, font, file, out] = process.argv.slice(2);
const r = await sharp({text:{text, font, fontfile:file, dpi:72, rgba:true}}).png().toFile(out);
console.log(r.width, r.height);
