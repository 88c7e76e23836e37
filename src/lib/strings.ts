/**
 * Every word the site itself prints, one typed table per language: a table that misses a string
 * does not compile. Counts go through each language's plural rules; dates through date-fns
 * patterns written here. The site's `lang` setting picks the table (see src/settings.ts).
 */

/** A language's plural categories, as `Intl.PluralRules` names them. */
type Plurals = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** The words of one language. */
export interface Strings {
  /** Writing direction of the language. */
  dir: 'ltr' | 'rtl';
  /** date-fns patterns: a calendar day, a day with its time, a month. */
  dateFormat: string;
  dateTimeFormat: string;
  monthFormat: string;
  /** A front page's day, with its weekday. */
  editionDateFormat: string;
  /** Whether the language sets straight quotes in story text as curly ones (“ ” ‘ ’). */
  curlyQuotes: boolean;
  skipToContent: string;
  /** The name of the header's navigation. */
  sectionsNav: string;
  /** The masthead's link to the front page. */
  home: string;
  /** A story corrected after it was published: the link to its corrections at the top. */
  corrected: string;
  /** The first date of a story's dateline: "Published". */
  published: string;
  topics: string;
  archive: string;
  searchButton: string;
  latestNews: string;
  latestNewsPages: string;
  latest: string;
  newer: string;
  older: string;
  pageNumber: (n: string) => string;
  pageOf: (n: string, total: string) => string;
  titleWithPage: (title: string, n: string) => string;
  minRead: (n: string) => string;
  updated: string;
  topicsLabel: string;
  moreNews: string;
  related: string;
  allNews: string;
  draft: string;
  scheduled: string;
  notPublished: (status: string) => string;
  corrections: string;
  /** Before a correction's date: "Correction, " (April 19, 2025). */
  correction: string;
  /** The neighbour links' labels on an article page. */
  newerStory: string;
  olderStory: string;
  /** The archive's neighbour links' labels on a month's or a year's page, and their landmarks. */
  newerPeriod: string;
  olderPeriod: string;
  monthsNav: string;
  yearsNav: string;
  share: string;
  shareNav: string;
  email: string;
  contents: string;
  /** The header's links to the site in its other languages. */
  languagesNav: string;
  /** Before an article's links to itself in other languages: "Also in:". */
  alsoIn: string;
  /** The name of those links. */
  translationsNav: string;
  by: string;
  and: string;
  listSeparator: string;
  taskDone: string;
  taskOpen: string;
  /** The heading of a story's footnotes: read out, not shown (the notes show under a rule). */
  footnotes: string;
  /** A footnote's link back to its mark, read out: `#` is the mark's number. */
  footnoteBack: string;
  noArticles: string;
  articles: Plurals;
  topicsTitle: string;
  topicsDescription: string;
  noTopics: string;
  archiveTitle: string;
  archiveDescription: string;
  /** An archive year's or month's meta description: "News from 2025.", "News from April 2025." */
  periodDescription: (period: string) => string;
  topicDescription: (topic: string) => string;
  topicPages: (topic: string) => string;
  authorsTitle: string;
  authorsDescription: string;
  authorDescription: (name: string) => string;
  authorPages: (name: string) => string;
  aboutAuthor: (name: string) => string;
  followByRss: (name: string) => string;
  feedTopicDescription: (topic: string, site: string) => string;
  feedAuthorDescription: (name: string, site: string) => string;
  movedDescription: (url: string) => string;
  movedText: string;
  movedLink: string;
  notFoundTitle: string;
  notFoundDescription: string;
  notFoundText: string;
  notFoundHome: string;
  searchTitle: string;
  searchDescription: (site: string) => string;
  /** The search page without JavaScript: a sentence with links to the archive and the topics. */
  searchNoScript: BrowseSentence;
  /** Under a search that found nothing: the same two ways to browse, as a sentence with links. */
  searchNothing: BrowseSentence;
}

/** A sentence with links to the archive and the topics, in its words around them. */
export interface BrowseSentence {
  before: string;
  archive: string;
  between: string;
  topics: string;
  after: string;
}

const en: Strings = {
  dir: 'ltr',
  dateFormat: 'MMMM d, yyyy',
  dateTimeFormat: 'MMMM d, yyyy, h:mm a',
  monthFormat: 'MMMM yyyy',
  editionDateFormat: 'EEEE, MMMM d, yyyy',
  curlyQuotes: true,
  skipToContent: 'Skip to content',
  home: 'Home',
  corrected: 'Corrected',
  published: 'Published',
  sectionsNav: 'Sections',
  topics: 'Topics',
  archive: 'Archive',
  searchButton: 'Search',
  latestNews: 'Latest news',
  latestNewsPages: 'Latest news pages',
  latest: 'More news',
  newer: '← Newer',
  older: 'Older →',
  pageNumber: (n) => `Page ${n}`,
  pageOf: (n, total) => `page ${n} of ${total}`,
  titleWithPage: (title, n) => `${title}, page ${n}`,
  minRead: (n) => `${n} min read`,
  updated: 'Updated',
  topicsLabel: 'Topics:',
  moreNews: 'More news',
  related: 'Related',
  allNews: '← All news',
  draft: 'Draft',
  scheduled: 'Scheduled',
  notPublished: (status) => `${status} — not published`,
  corrections: 'Corrections',
  correction: 'Correction, ',
  newerStory: 'Newer',
  olderStory: 'Older',
  newerPeriod: 'Newer',
  olderPeriod: 'Older',
  monthsNav: 'Other months',
  yearsNav: 'Other years',
  share: 'Share:',
  shareNav: 'Share this story',
  email: 'Email',
  contents: 'In this story',
  languagesNav: 'Languages',
  alsoIn: 'Also in:',
  translationsNav: 'This story in other languages',
  by: 'By ',
  and: ' and ',
  listSeparator: ', ',
  taskDone: 'done',
  taskOpen: 'not done',
  footnotes: 'Footnotes',
  footnoteBack: 'Back to reference #',
  noArticles: 'No articles yet.',
  articles: { one: '# article', other: '# articles' },
  topicsTitle: 'Topics',
  topicsDescription: 'Every topic, with how many articles it has.',
  noTopics: 'No topics yet.',
  archiveTitle: 'Archive',
  archiveDescription: 'Every article, by year and month.',
  periodDescription: (period) => `News from ${period}.`,
  topicDescription: (topic) => `News about ${topic}, newest first.`,
  topicPages: (topic) => `${topic} pages`,
  authorsTitle: 'Journalists',
  authorsDescription: 'The journalists who write for us, with how many articles each has.',
  authorDescription: (name) => `Stories by ${name}.`,
  authorPages: (name) => `Pages of stories by ${name}`,
  aboutAuthor: (name) => `About ${name}`,
  followByRss: (name) => `Follow ${name} by RSS`,
  feedTopicDescription: (topic, site) => `News about ${topic} from ${site}.`,
  feedAuthorDescription: (name, site) => `Stories by ${name} on ${site}.`,
  movedDescription: (url) => `This story has moved to ${url}.`,
  movedText: 'This story has moved:',
  movedLink: 'read it at its new address',
  notFoundTitle: 'Page not found',
  notFoundDescription: 'There is no page at this address.',
  notFoundText: 'There is no page at this address. It may have moved, or the link may be mistyped.',
  notFoundHome: 'Go to the latest news',
  searchTitle: 'Search',
  searchDescription: (site) => `Search every article on ${site}.`,
  searchNoScript: {
    before:
      'Search needs JavaScript, which is off in your browser. You can still find every story by date in the ',
    archive: 'archive',
    between: ' or by subject in the ',
    topics: 'topics',
    after: '.',
  },
  searchNothing: {
    before: 'Nothing there? Every story is listed by date in the ',
    archive: 'archive',
    between: ' and by subject in the ',
    topics: 'topics',
    after: '.',
  },
};

const es: Strings = {
  dir: 'ltr',
  dateFormat: "d 'de' MMMM 'de' yyyy",
  dateTimeFormat: "d 'de' MMMM 'de' yyyy, H:mm",
  monthFormat: "MMMM 'de' yyyy",
  editionDateFormat: "EEEE, d 'de' MMMM 'de' yyyy",
  curlyQuotes: true,
  skipToContent: 'Saltar al contenido',
  home: 'Portada',
  corrected: 'Corregido',
  published: 'Publicado',
  sectionsNav: 'Secciones',
  topics: 'Temas',
  archive: 'Archivo',
  searchButton: 'Buscar',
  latestNews: 'Últimas noticias',
  latestNewsPages: 'Páginas de últimas noticias',
  latest: 'Más noticias',
  newer: '← Más recientes',
  older: 'Anteriores →',
  pageNumber: (n) => `Página ${n}`,
  pageOf: (n, total) => `página ${n} de ${total}`,
  titleWithPage: (title, n) => `${title}, página ${n}`,
  minRead: (n) => `${n} min de lectura`,
  updated: 'Actualizado',
  topicsLabel: 'Temas:',
  moreNews: 'Más noticias',
  related: 'Relacionado',
  allNews: '← Todas las noticias',
  draft: 'Borrador',
  scheduled: 'Programado',
  notPublished: (status) => `${status} — sin publicar`,
  corrections: 'Correcciones',
  correction: 'Corrección, ',
  newerStory: 'Más reciente',
  olderStory: 'Anterior',
  newerPeriod: 'Más reciente',
  olderPeriod: 'Anterior',
  monthsNav: 'Otros meses',
  yearsNav: 'Otros años',
  share: 'Compartir:',
  shareNav: 'Compartir esta noticia',
  email: 'Correo',
  contents: 'En esta noticia',
  languagesNav: 'Idiomas',
  alsoIn: 'También en:',
  translationsNav: 'Esta noticia en otros idiomas',
  by: 'Por ',
  and: ' y ',
  listSeparator: ', ',
  taskDone: 'hecho',
  taskOpen: 'pendiente',
  footnotes: 'Notas',
  footnoteBack: 'Volver a la referencia #',
  noArticles: 'Todavía no hay artículos.',
  articles: { one: '# artículo', other: '# artículos' },
  topicsTitle: 'Temas',
  topicsDescription: 'Todos los temas, con cuántos artículos tiene cada uno.',
  noTopics: 'Todavía no hay temas.',
  archiveTitle: 'Archivo',
  archiveDescription: 'Todos los artículos, por año y mes.',
  periodDescription: (period) => `Noticias de ${period}.`,
  topicDescription: (topic) => `Noticias sobre ${topic}, las más recientes primero.`,
  topicPages: (topic) => `Páginas de ${topic}`,
  authorsTitle: 'Periodistas',
  authorsDescription:
    'Los periodistas que escriben para nosotros, con cuántos artículos tiene cada uno.',
  authorDescription: (name) => `Noticias de ${name}.`,
  authorPages: (name) => `Páginas de noticias de ${name}`,
  aboutAuthor: (name) => `Sobre ${name}`,
  followByRss: (name) => `Seguir a ${name} por RSS`,
  feedTopicDescription: (topic, site) => `Noticias sobre ${topic} de ${site}.`,
  feedAuthorDescription: (name, site) => `Noticias de ${name} en ${site}.`,
  movedDescription: (url) => `Esta noticia se ha trasladado a ${url}.`,
  movedText: 'Esta noticia se ha trasladado:',
  movedLink: 'léala en su nueva dirección',
  notFoundTitle: 'Página no encontrada',
  notFoundDescription: 'No hay ninguna página en esta dirección.',
  notFoundText:
    'No hay ninguna página en esta dirección. Puede que se haya trasladado o que el enlace tenga un error.',
  notFoundHome: 'Ir a las últimas noticias',
  searchTitle: 'Buscar',
  searchDescription: (site) => `Buscar en todos los artículos de ${site}.`,
  searchNoScript: {
    before:
      'La búsqueda necesita JavaScript, que está desactivado en su navegador. Puede encontrar todas las noticias por fecha en el ',
    archive: 'archivo',
    between: ' o por asunto en los ',
    topics: 'temas',
    after: '.',
  },
  searchNothing: {
    before: '¿No está? Todas las noticias están por fecha en el ',
    archive: 'archivo',
    between: ' y por asunto en los ',
    topics: 'temas',
    after: '.',
  },
};

const ar: Strings = {
  dir: 'rtl',
  dateFormat: 'd MMMM yyyy',
  dateTimeFormat: 'd MMMM yyyy، h:mm a',
  monthFormat: 'MMMM yyyy',
  editionDateFormat: 'EEEE d MMMM yyyy',
  // Arabic text quotes with « »; a straight quote typed in it is left as it is.
  curlyQuotes: false,
  skipToContent: 'انتقل إلى المحتوى',
  home: 'الرئيسية',
  corrected: 'صُحِّح',
  published: 'نُشر',
  sectionsNav: 'الأقسام',
  topics: 'المواضيع',
  archive: 'الأرشيف',
  searchButton: 'بحث',
  latestNews: 'آخر الأخبار',
  latestNewsPages: 'صفحات آخر الأخبار',
  latest: 'مزيد من الأخبار',
  newer: '→ الأحدث',
  older: 'الأقدم ←',
  pageNumber: (n) => `الصفحة ${n}`,
  pageOf: (n, total) => `الصفحة ${n} من ${total}`,
  titleWithPage: (title, n) => `${title}، الصفحة ${n}`,
  minRead: (n) => `${n} دقيقة قراءة`,
  updated: 'حُدّث',
  topicsLabel: 'المواضيع:',
  moreNews: 'مزيد من الأخبار',
  related: 'ذو صلة',
  allNews: '→ كل الأخبار',
  draft: 'مسودة',
  scheduled: 'مجدول',
  notPublished: (status) => `${status} — غير منشور`,
  corrections: 'تصحيحات',
  correction: 'تصحيح، ',
  newerStory: 'الأحدث',
  olderStory: 'الأقدم',
  newerPeriod: 'الأحدث',
  olderPeriod: 'الأقدم',
  monthsNav: 'أشهر أخرى',
  yearsNav: 'سنوات أخرى',
  share: 'شارك:',
  shareNav: 'شارك هذا الخبر',
  email: 'البريد الإلكتروني',
  contents: 'في هذا الخبر',
  languagesNav: 'اللغات',
  alsoIn: 'متوفر أيضًا بـ:',
  translationsNav: 'هذا الخبر بلغات أخرى',
  by: 'بقلم ',
  and: ' و',
  listSeparator: '، ',
  taskDone: 'منجز',
  taskOpen: 'غير منجز',
  footnotes: 'الحواشي',
  footnoteBack: 'العودة إلى الإحالة #',
  noArticles: 'لا توجد مقالات بعد.',
  articles: {
    zero: '# مقالات',
    one: 'مقال واحد',
    two: 'مقالان',
    few: '# مقالات',
    many: '# مقالًا',
    other: '# مقال',
  },
  topicsTitle: 'المواضيع',
  topicsDescription: 'كل المواضيع، مع عدد مقالات كل منها.',
  noTopics: 'لا توجد مواضيع بعد.',
  archiveTitle: 'الأرشيف',
  archiveDescription: 'كل المقالات، حسب السنة والشهر.',
  periodDescription: (period) => `أخبار ${period}.`,
  topicDescription: (topic) => `أخبار عن ${topic}، الأحدث أولًا.`,
  topicPages: (topic) => `صفحات ${topic}`,
  authorsTitle: 'الصحفيون',
  authorsDescription: 'الصحفيون الذين يكتبون لنا، مع عدد مقالات كل منهم.',
  authorDescription: (name) => `أخبار بقلم ${name}.`,
  authorPages: (name) => `صفحات أخبار ${name}`,
  aboutAuthor: (name) => `عن ${name}`,
  followByRss: (name) => `تابع ${name} عبر RSS`,
  feedTopicDescription: (topic, site) => `أخبار عن ${topic} من ${site}.`,
  feedAuthorDescription: (name, site) => `أخبار بقلم ${name} في ${site}.`,
  movedDescription: (url) => `انتقل هذا الخبر إلى ${url}.`,
  movedText: 'انتقل هذا الخبر:',
  movedLink: 'اقرأه في عنوانه الجديد',
  notFoundTitle: 'الصفحة غير موجودة',
  notFoundDescription: 'لا توجد صفحة في هذا العنوان.',
  notFoundText: 'لا توجد صفحة في هذا العنوان. ربما نُقلت، أو ربما في الرابط خطأ.',
  notFoundHome: 'اذهب إلى آخر الأخبار',
  searchTitle: 'بحث',
  searchDescription: (site) => `ابحث في كل مقالات ${site}.`,
  searchNoScript: {
    before:
      'يحتاج البحث إلى JavaScript، وهو معطّل في متصفحك. يمكنك مع ذلك إيجاد كل خبر حسب التاريخ في ',
    archive: 'الأرشيف',
    between: ' أو حسب الموضوع في ',
    topics: 'المواضيع',
    after: '.',
  },
  searchNothing: {
    before: 'لم تجد ما تبحث عنه؟ كل الأخبار مرتبة حسب التاريخ في ',
    archive: 'الأرشيف',
    between: ' وحسب الموضوع في ',
    topics: 'المواضيع',
    after: '.',
  },
};

/** The languages with a complete table. */
export const STRINGS = { en, es, ar } as const satisfies Record<string, Strings>;

/** A language the site can be written in. */
export type Language = keyof typeof STRINGS;

/** Whether `lang` (a BCP 47 tag such as `es` or `es-MX`) has a table, by its primary subtag. */
export function languageOf(lang: string): Language | undefined {
  const primary = lang.toLowerCase().split('-')[0]!;
  return primary in STRINGS ? (primary as Language) : undefined;
}

/** The table of a supported language. */
export function stringsFor(lang: string): Strings {
  const language = languageOf(lang);
  if (!language) {
    throw new Error(
      `no strings for language "${lang}" (available: ${Object.keys(STRINGS).join(', ')})`,
    );
  }
  return STRINGS[language];
}

/** A count with its noun in `lang`, by the language's plural rules: "1 article", "3 مقالات". */
export function countIn(lang: string, count: number, forms: Plurals): string {
  const rule = new Intl.PluralRules(lang).select(count);
  const form = forms[rule] ?? forms.other;
  return form.replace('#', new Intl.NumberFormat(lang).format(count));
}
