import { validateArticle } from './src/content/validate.ts';
import { formatProblem } from './src/lib/problems.ts';
const cases: Record<string,string> = {
emptyAuthor: `---\ntitle: Council votes\ndate: 2025-04-08\nauthor:\n---\n\nBody.\n`,
emptyAuthorQ: `---\ntitle: Council votes\ndate: 2025-04-08\nauthor: ""\n---\n\nBody.\n`,
emptyAuthorList: `---\ntitle: Council votes\ndate: 2025-04-08\nauthor: [Jane Doe, ""]\n---\n\nBody.\n`,
emptyTag: `---\ntitle: Council votes\ndate: 2025-04-08\ntags: [Weather, ""]\n---\n\nBody.\n`,
emptyTags: `---\ntitle: Council votes\ndate: 2025-04-08\ntags:\n---\n\nBody.\n`,
update: `---\ntitle: Council votes\ndate: 2025-04-08\nupdate: 2025-04-09\n---\n\nBody.\n`,
tittle: `---\ntitle: Council votes\ntittle: Other\ndate: 2025-04-08\n---\n\nBody.\n`,
};
for (const [k, v] of Object.entries(cases)) {
  const r: any = validateArticle('x.md', new TextEncoder().encode(v) as any, { base: '/', timeZone: 'UTC' } as any);
  console.log('==', k);
  for (const p of [...(r.problems ?? [])]) console.log(p.severity, formatProblem(p));
}
