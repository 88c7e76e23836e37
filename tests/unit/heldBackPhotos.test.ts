import { describe, expect, it } from 'vitest';
import {
  heldBackPhotoProblems,
  unannouncedProfilePhotos,
} from '../../src/content/heldBackPhotos.ts';
import type { PhotoUse } from '../../src/content/photoChecks.ts';

const RELEASE = Date.parse('2030-01-01T09:00:00Z');
const FILES = [
  'content/x/pub.md',
  'content/x/later.md',
  'content/x/scoop/index.md',
  'content/x/embargo/embargo.md',
];

/** A use of photo `key` by the body of `file`, on line 5. */
const use = (file: string, key: string, owner: PhotoUse['owner'] = 'article'): PhotoUse => ({
  key,
  file,
  line: 5,
  field: 'body',
  shown: `![…](./${key.split('/').slice(2).join('/')})`,
  owner,
});

const STORIES = [
  { file: 'content/x/pub.md', out: -Infinity },
  { file: 'content/x/later.md', out: RELEASE - 3_600_000 },
  { file: 'content/x/scoop/index.md', out: Infinity },
  { file: 'content/x/embargo/embargo.md', out: RELEASE },
];

describe('heldBackPhotoProblems', () => {
  it("refuses a draft's or an embargoed story's own photo shown by a story out before it", () => {
    const problems = heldBackPhotoProblems(
      [
        use('content/x/pub.md', 'content/x/scoop/lead.jpg'),
        use('content/x/pub.md', 'content/x/embargo/shots/wide.jpg'),
        use('content/x/later.md', 'content/x/embargo/wide.jpg'),
        // The draft shows its lead itself; no story shows the embargoed story's wide shot.
        use('content/x/scoop/index.md', 'content/x/scoop/lead.jpg'),
      ],
      STORIES,
      FILES,
      'UTC',
    );
    expect(problems).toEqual([
      {
        file: 'content/x/pub.md',
        line: 5,
        field: 'body',
        message:
          '![…](./scoop/lead.jpg) is a photo of content/x/scoop/index.md, a draft: the build would publish it now, before that story (put a copy beside this story to show it now, or wait until that story is out)',
        severity: 'error',
      },
      expect.objectContaining({
        file: 'content/x/pub.md',
        message: expect.stringContaining(
          'is in the folder of content/x/embargo/embargo.md, held back until 2030-01-01 09:00 UTC: the build would publish it now',
        ),
      }),
      expect.objectContaining({
        file: 'content/x/later.md',
        message: expect.stringContaining('the build would publish it at its release, before'),
      }),
    ]);
  });

  it('lets a story show its own photos, one out already, and one in a folder stories share', () => {
    expect(
      heldBackPhotoProblems(
        [
          // A follow-up held back shows the published story's photo: it is out already.
          use('content/x/scoop/index.md', 'content/x/pub/lead.jpg'),
          use('content/x/scoop/index.md', 'content/x/scoop/lead.jpg'),
          use('content/x/embargo/embargo.md', 'content/x/embargo/wide.jpg'),
          // Beside both stories: whose it is, no folder tells.
          use('content/x/pub.md', 'content/x/file-photo.jpg'),
          // A story out after the embargoed one.
          use('content/x/embargo/embargo.md', 'content/x/later/x.jpg'),
        ],
        STORIES,
        FILES,
        'UTC',
      ),
    ).toEqual([]);
  });

  it('refuses a photo of a folder whose stories are all held back, and says nothing of one not there', () => {
    const files = [...FILES, 'content/dr/two/m.md', 'content/dr/two/n.md'];
    const stories = [
      ...STORIES,
      { file: 'content/dr/two/m.md', out: RELEASE },
      { file: 'content/dr/two/n.md', out: Infinity },
    ];
    const told = heldBackPhotoProblems(
      [
        use('content/x/pub.md', 'content/dr/two/t.jpg'),
        use('content/x/pub.md', 'content/x/scoop/gone.jpg'),
      ],
      stories,
      files,
      'UTC',
      (key) => key !== 'content/x/scoop/gone.jpg',
    );
    expect(told.map((problem) => problem.message)).toEqual([
      expect.stringContaining(
        'is in the folder of content/dr/two/m.md, held back until 2030-01-01 09:00 UTC',
      ),
    ]);
  });

  it('names the draft of a folder of drafts that shows the photo, not the first in the folder', () => {
    const files = [...FILES, 'content/dr/a.md', 'content/dr/b.md'];
    const stories = [
      ...STORIES,
      { file: 'content/dr/a.md', out: Infinity },
      { file: 'content/dr/b.md', out: Infinity },
    ];
    const told = heldBackPhotoProblems(
      [use('content/dr/b.md', 'content/dr/b.jpg'), use('content/x/pub.md', 'content/dr/b.jpg')],
      stories,
      files,
      'UTC',
    );
    expect(told.map((problem) => problem.message)).toEqual([
      expect.stringContaining('is a photo of content/dr/b.md, a draft'),
    ]);
  });

  it("lets a story show its photo folder's photos though a draft follow-up is filed in it", () => {
    const files = ['content/09/storm.md', 'content/09/storm/storm-follow-up.md'];
    expect(
      heldBackPhotoProblems(
        [use('content/09/storm.md', 'content/09/storm/lead.jpg')],
        [
          { file: 'content/09/storm.md', out: -Infinity },
          { file: 'content/09/storm/storm-follow-up.md', out: Infinity },
        ],
        files,
        'UTC',
      ),
    ).toEqual([]);
  });

  it('warns of a photo in a folder stories share that a story held back shows, and one story out sooner too', () => {
    const told = heldBackPhotoProblems(
      [
        use('content/x/pub.md', 'content/x/budget.jpg'),
        use('content/x/embargo/embargo.md', 'content/x/budget.jpg'),
        use('content/x/later.md', 'content/x/ferry.jpg'),
        use('content/x/scoop/index.md', 'content/x/ferry.jpg'),
      ],
      STORIES,
      FILES,
      'UTC',
    );
    expect(told).toEqual([
      {
        file: 'content/x/pub.md',
        line: 5,
        field: 'body',
        message:
          "![…](./budget.jpg) is shown by content/x/embargo/embargo.md too, held back until 2030-01-01 09:00 UTC, and by no story out sooner: this story publishes it now, before that one (if it is that story's photo, show another here; if that story reuses this one's, nothing needs changing)",
        severity: 'warning',
      },
      expect.objectContaining({
        file: 'content/x/later.md',
        message: expect.stringMatching(
          /^!\[…\]\(\.\/ferry\.jpg\) is shown by content\/x\/scoop\/index\.md too, a draft, .* publishes it at its release/,
        ),
      }),
    ]);
  });

  it('says nothing of a shared photo out already: shown by two stories out, a profile, or in the folder of a story out', () => {
    expect(
      heldBackPhotoProblems(
        [
          use('content/x/pub.md', 'content/x/mayor.jpg'),
          use('content/x/old.md', 'content/x/mayor.jpg'),
          use('content/x/scoop/index.md', 'content/x/mayor.jpg'),
          use('content/x/pub.md', 'content/x/hall.jpg'),
          use('content/authors/jane.md', 'content/x/hall.jpg', 'profile'),
          use('content/x/scoop/index.md', 'content/x/hall.jpg'),
          use('content/x/later.md', 'content/x/pub/lead.jpg'),
          use('content/x/scoop/index.md', 'content/x/pub/lead.jpg'),
        ],
        [...STORIES, { file: 'content/x/old.md', out: -Infinity }],
        [...FILES, 'content/x/old.md', 'content/authors/jane.md'],
        'UTC',
      ),
    ).toEqual([]);
  });

  it("leaves a profile's photos to its page, which comes with its stories", () => {
    expect(
      heldBackPhotoProblems(
        [use('content/authors/jane.md', 'content/x/scoop/lead.jpg', 'profile')],
        STORIES,
        [...FILES, 'content/authors/jane.md'],
        'UTC',
      ),
    ).toEqual([]);
  });
});

describe('unannouncedProfilePhotos', () => {
  const PROFILES = [
    { name: 'New Hire', file: 'content/authors/new-hire.md' },
    { name: 'Ana Ruiz', file: 'content/authors/ana-ruiz.md' },
  ];
  const portrait = (file: string, key: string) => use(file, key, 'profile');

  it("refuses a story out before a profile's page that shows the profile's photo", () => {
    const problems = unannouncedProfilePhotos(
      [
        portrait('content/authors/new-hire.md', 'content/authors/new-hire.jpg'),
        portrait('content/authors/ana-ruiz.md', 'content/authors/ana-ruiz.jpg'),
        use('content/x/pub.md', 'content/authors/new-hire.jpg'),
        use('content/x/pub.md', 'content/authors/ana-ruiz.jpg'),
        // Out with the hire's first story, or after it: their page is there by then.
        use('content/x/embargo/embargo.md', 'content/authors/new-hire.jpg'),
      ],
      STORIES,
      [
        { file: 'content/x/embargo/embargo.md', authors: ['New Hire'] },
        { file: 'content/x/pub.md', authors: ['Ana Ruiz'] },
      ],
      PROFILES,
      'UTC',
    );
    expect(problems.map((problem) => `${problem.file}:${problem.line} ${problem.message}`)).toEqual(
      [
        'content/x/pub.md:5 ![…](./new-hire.jpg) is a photo of the profile of New Hire (content/authors/new-hire.md), whose first story is held back until 2030-01-01 09:00 UTC: their page comes with it, and the build would publish the photo now, before them (put a copy beside this story to show it now, or wait until their first story is out)',
      ],
    );
  });

  it('tells a profile with no story out at all, and says nothing of a photo not there', () => {
    const uses = [
      portrait('content/authors/new-hire.md', 'content/authors/new-hire.jpg'),
      use('content/x/later.md', 'content/authors/new-hire.jpg'),
    ];
    const drafted = [{ file: 'content/x/scoop/index.md', authors: ['New Hire'] }];
    expect(
      unannouncedProfilePhotos(uses, STORIES, drafted, PROFILES, 'UTC').map((p) => p.message),
    ).toEqual([
      expect.stringContaining(
        'none of whose stories is out (a draft, or named by no byline): their page comes with it, and the build would publish the photo at its release',
      ),
    ]);
    expect(unannouncedProfilePhotos(uses, STORIES, drafted, PROFILES, 'UTC', () => false)).toEqual(
      [],
    );
  });
});
