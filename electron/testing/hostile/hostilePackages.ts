// The hostile .dafu packages: oversized counts, identity clashes with a draft already here, broken
// graphs, bombs and odd names. Each is imported into a store that already holds `seed.dafu`'s draft,
// the draft the clashing ones borrow from. Generated at test time instead of kept as binaries;
// `npx tsx electron/testing/hostile/hostilePackages.ts DIR [--bomb-mb N]` writes them to DIR.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Payload } from '../../../shared/review/packageFormat';
import { bombPackage, letter, packageOf, packageRevision, rawPackage, samplePayload, uuidsFrom } from './packageBuilder';

export interface HostilePackage {
  file: string;
  /** What is hostile about it. */
  hostile: string;
  /** The clear refusal a sound app gives (database unchanged); absent: it is imported and the store checks out. */
  refusal?: RegExp;
}

/** The draft every store under test holds first. */
export const SEED_FILE = 'seed.dafu';

const TOO_MANY = (count: string) => new RegExp(`超过了上限（最多 ${count} `);
const ANOTHER_DRAFT = /在本机属于另一份草稿，不能导入/;
const DAMAGED = /已损坏或不完整/;
const PROTOTYPE_NAMES = ['toString', 'valueOf', 'constructor', 'hasOwnProperty'];

/** The seed's records under a new draft id: the clash of issue 19. */
const underNewDraft = (seed: Payload): Payload => ({ ...structuredClone(seed), draft: { ...seed.draft, id: uuidsFrom(77)() } });

/** A draft of its own, clashing with nothing, for one borrowed record to be put in. */
const freshDraft = (seed: number): Payload => samplePayload({ seed, replies: 0, events: 0 });

async function clashes(seed: Payload): Promise<[HostilePackage, Buffer][]> {
  const nextId = uuidsFrom(78);
  const seedHead = seed.revisions.at(-1)!;
  const descendant = packageRevision(nextId(), [seedHead.id], letter('关于另一件事的答复', '从别人的稿子接着写。'));
  const borrowingLine = freshDraft(79);
  const borrowingThread = freshDraft(80);
  const seedThread = seed.comments.find((comment) => comment.threadId === null)!;
  const borrowingEvent = freshDraft(81);
  return [
    [
      { file: 'reused-revision-ids.dafu', hostile: "the seed draft's revisions under a new draft id", refusal: ANOTHER_DRAFT },
      await packageOf(underNewDraft(seed)),
    ],
    [
      { file: 'parent-in-another-draft.dafu', hostile: "a new draft whose head descends from the seed draft's head", refusal: ANOTHER_DRAFT },
      await packageOf({ ...borrowingLine, draft: { ...borrowingLine.draft, headRevisionId: descendant.id }, revisions: [...seed.revisions, descendant] }),
    ],
    [
      { file: 'comment-of-another-draft.dafu', hostile: "a new draft carrying the seed draft's thread with a reply of its own", refusal: ANOTHER_DRAFT },
      await packageOf({
        ...borrowingThread,
        comments: [seedThread, { ...seedThread, id: nextId(), threadId: seedThread.id, anchor: null, body: '接在别人的批注后面' }],
      }),
    ],
    [
      { file: 'event-of-another-draft.dafu', hostile: "a new draft carrying the seed draft's review event", refusal: ANOTHER_DRAFT },
      await packageOf({ ...borrowingEvent, reviewLog: seed.reviewLog }),
    ],
  ];
}

async function counts(): Promise<[HostilePackage, Buffer][]> {
  const manyParents = samplePayload({ seed: 20, revisions: 10 });
  const merge = packageRevision(
    uuidsFrom(21)(),
    manyParents.revisions.slice(0, 9).map((revision) => revision.id),
    letter('关于合并的答复', '九条线合成一条。'),
  );
  return [
    [
      { file: 'replies-60000.dafu', hostile: '60,000 replies to one comment, listed before it', refusal: TOO_MANY('10,000') },
      await packageOf(samplePayload({ seed: 11, replies: 60_000 })),
    ],
    [
      { file: 'replies-9999.dafu', hostile: '9,999 replies to one comment, listed before it: the limit, imported' },
      await packageOf(samplePayload({ seed: 12, replies: 9_999 })),
    ],
    [
      { file: 'revisions-10001.dafu', hostile: '10,001 revisions', refusal: TOO_MANY('10,000') },
      await packageOf(samplePayload({ seed: 13, revisions: 10_001 })),
    ],
    [{ file: 'events-2001.dafu', hostile: '2,001 review events', refusal: TOO_MANY('2,000') }, await packageOf(samplePayload({ seed: 14, events: 2_001 }))],
    [
      { file: 'parents-9.dafu', hostile: 'a revision with nine parents', refusal: TOO_MANY('8') },
      await packageOf({ ...manyParents, draft: { ...manyParents.draft, headRevisionId: merge.id }, revisions: [...manyParents.revisions, merge] }),
    ],
  ];
}

async function brokenGraphs(): Promise<[HostilePackage, Buffer][]> {
  const base = samplePayload({ seed: 30, revisions: 3 });
  const [first, second, third] = base.revisions;
  const thread = base.comments.find((comment) => comment.threadId === null)!;
  const reply = base.comments.find((comment) => comment.threadId !== null)!;
  const nextId = uuidsFrom(31);
  const cases: [string, string, Payload][] = [
    ['revision-cycle.dafu', 'the first revision names the last as its parent', { ...base, revisions: [{ ...first, parents: [third.id] }, second, third] }],
    ['duplicate-revision.dafu', 'one revision listed twice', { ...base, revisions: [...base.revisions, second] }],
    ['own-parent.dafu', 'a revision that is its own parent', { ...base, revisions: [first, { ...second, parents: [second.id] }, third] }],
    ['reply-to-reply.dafu', 'a reply whose thread is another reply', { ...base, comments: [...base.comments, { ...reply, id: nextId(), threadId: reply.id }] }],
    ['thread-without-anchor.dafu', 'a thread with no place in the text', { ...base, comments: [reply, { ...thread, anchor: null }] }],
    ['reply-with-anchor.dafu', 'a reply anchored like a thread', { ...base, comments: [{ ...reply, anchor: thread.anchor }, thread] }],
  ];
  return Promise.all(
    cases.map(async ([file, hostile, payload]): Promise<[HostilePackage, Buffer]> => [{ file, hostile, refusal: DAMAGED }, await packageOf(payload)]),
  );
}

function oddFiles(bombMb: number): [HostilePackage, Buffer][] {
  const base = samplePayload({ seed: 40 });
  const nested = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
  const deep = JSON.stringify(base).replace('"reviewLog":[', `"reviewLog":[${nested},`);
  return [
    [{ file: 'bomb-declared.dafu', hostile: `payload.json inflating to ${bombMb} MB, declared honestly`, refusal: /解压后大得异常/ }, bombPackage(bombMb)],
    [
      { file: 'bomb-understated.dafu', hostile: `payload.json inflating to ${bombMb} MB that declares 2 kB`, refusal: /解压后大得异常/ },
      bombPackage(bombMb, 2_048),
    ],
    [{ file: 'deep-nesting.dafu', hostile: 'a review event nested 100,000 arrays deep', refusal: DAMAGED }, rawPackage(deep, base.draft.id)],
    [{ file: 'not-json.dafu', hostile: 'payload.json that is not JSON, hashed by its manifest', refusal: DAMAGED }, rawPackage('{"draft":', base.draft.id)],
    [{ file: 'not-a-zip.dafu', hostile: 'text named .dafu', refusal: DAMAGED }, Buffer.from('这不是一个压缩包'.repeat(100))],
  ];
}

async function oddNames(): Promise<[HostilePackage, Buffer][]> {
  const base = samplePayload({ seed: 50 });
  const fields = Object.fromEntries(PROTOTYPE_NAMES.map((name) => [name, `${name} 的值`]));
  const head = packageRevision(uuidsFrom(51)(), [base.draft.headRevisionId], letter('关于\u001b[2J控制字符\u202e的答复', 'toString、constructor。'), fields);
  const payload: Payload = {
    ...base,
    draft: {
      ...base.draft,
      name: '\u001b[31mconstructor\u001b[0m',
      templateId: '__proto__',
      fieldDefinitions: PROTOTYPE_NAMES.map((name, n) => ({ name, label: `字段${n}`, type: 'text' as const })),
      headRevisionId: head.id,
    },
    revisions: [...base.revisions, head],
  };
  return [
    [
      { file: 'prototype-and-control-names.dafu', hostile: 'fields named toString, valueOf, constructor; escape sequences in the name and title' },
      await packageOf(payload),
    ],
  ];
}

/** Writes the seed and every hostile package into `dir`; lists the hostile ones. `bombMb`: what each bomb inflates to. */
export async function generateHostilePackages(dir: string, { bombMb = 300 }: { bombMb?: number } = {}): Promise<HostilePackage[]> {
  mkdirSync(dir, { recursive: true });
  const seed = samplePayload({ seed: 1, revisions: 4, replies: 2, events: 1 });
  writeFileSync(join(dir, SEED_FILE), await packageOf(seed));
  const cases = [...(await clashes(seed)), ...(await counts()), ...(await brokenGraphs()), ...oddFiles(bombMb), ...(await oddNames())];
  return cases.map(([item, bytes]) => {
    writeFileSync(join(dir, item.file), bytes);
    return item;
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [dir, flag, value] = process.argv.slice(2);
  if (!dir) {
    process.stderr.write('用法：npx tsx electron/testing/hostile/hostilePackages.ts 输出文件夹 [--bomb-mb N]\n');
    process.exit(2);
  }
  const cases = await generateHostilePackages(dir, flag === '--bomb-mb' ? { bombMb: Number(value) } : {});
  process.stdout.write(`${SEED_FILE}\t先导入\n`);
  for (const item of cases) process.stdout.write(`${item.file}\t${item.refusal ? '应拒绝' : '应导入'}\t${item.hostile}\n`);
}
