import type { Block, LetterDocument } from '../../shared/model/document';
import { seededRandom } from '../../shared/random/seededRandom';

export { seededRandom };

const CLAUSES = [
  '我局高度重视贵单位提出的建议',
  '坚持质量第一的发展理念',
  '持续优化营商环境',
  '推动地方支柱产业和新兴产业高质量发展',
  '加强创新主体培育和创新载体建设',
  '建成汽车、螺蛳粉两个专业性质量服务平台',
  '累计为企业提供服务超4万次',
  '将各县区质量工作纳入绩效考核',
  '统筹推进标准化战略和知识产权强市战略',
  '依托国家汽车质量检验中心的检测能力',
  '引育一批产业发展急需的高精尖缺人才',
  '帮助企业攻克产品质量技术难关',
  '进一步健全部门协同工作机制',
  '组织开展制造业质量竞争力指数测评',
  '为政府决策提供科学支持',
  '推动科研成果转化应用',
];
const PUNCTUATION = ['，', '，', '，', '；', '、'];

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)];

// Real letters are far less repetitive than a handful of stock phrases: brotli shrinks a real
// 30,000-character reply to roughly a third, so most clauses are drawn from a large vocabulary.
const VOCABULARY = (() => {
  const random = seededRandom(2023);
  const char = () => String.fromCodePoint(0x4e00 + Math.floor(random() * 3500));
  return Array.from({ length: 4000 }, () => Array.from({ length: 1 + Math.floor(random() * 3) }, char).join(''));
})();

function clause(random: () => number): string {
  if (random() < 0.3) return pick(random, CLAUSES);
  return Array.from({ length: 3 + Math.floor(random() * 6) }, () => pick(random, VOCABULARY)).join('');
}

function sentence(random: () => number): string {
  const clauses = Array.from({ length: 2 + Math.floor(random() * 4) }, () => clause(random));
  const year = 2015 + Math.floor(random() * 10);
  return `${year}年以来，${clauses.map((c, i) => c + (i < clauses.length - 1 ? pick(random, PUNCTUATION) : '')).join('')}。`;
}

function paragraph(random: () => number, length: number): string {
  let text = '';
  while (text.length < length) text += sentence(random);
  return text;
}

const text = (role: Block['role'], value: string, level?: 1 | 2): Block =>
  level ? { role, level, inlines: [{ t: 'text', text: value }] } : { role, inlines: [{ t: 'text', text: value }] };

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** A reply letter of about `chars` characters: title, addressee, numbered headings, long body paragraphs. */
export function makeLetter(chars: number, seed = 1): LetterDocument {
  const random = seededRandom(seed);
  const blocks: Block[] = [
    text('title', '关于对市政协十三届三次会议第011号提案的答复'),
    text('addressee', '九三学社柳州市委员会：'),
    {
      role: 'body',
      inlines: [
        { t: 'text', text: '贵单位提出的' },
        { t: 'field', name: 'proposalNumber' },
        { t: 'text', text: '提案收悉。现答复如下：' },
      ],
    },
  ];
  let size = 0;
  for (let section = 0; size < chars; section++) {
    blocks.push(text('heading', `${NUMERALS[section % 10]}、${pick(random, CLAUSES)}`, 1));
    for (let i = 0; i < 4 && size < chars; i++) {
      const body = paragraph(random, 150 + Math.floor(random() * 450));
      blocks.push(text('body', body));
      size += body.length;
    }
  }
  blocks.push(text('signature', '柳州市市场监督管理局'), text('date', '2023年5月26日'), text('note', '（联系人：王晶，电话：13557725771）'));
  return { version: 1, blocks };
}

function editParagraph(random: () => number, value: string): string {
  const at = Math.floor(random() * value.length);
  const span = 2 + Math.floor(random() * 20);
  switch (Math.floor(random() * 4)) {
    case 0:
      return value.slice(0, at) + clause(random) + value.slice(at + span);
    case 1:
      return value.slice(0, at) + sentence(random) + value.slice(at);
    case 2:
      return value.slice(0, at) + value.slice(at + span);
    default:
      return value.replace(pick(random, PUNCTUATION), pick(random, PUNCTUATION));
  }
}

function changedChars(before: string, after: string): number {
  let prefix = 0;
  while (prefix < Math.min(before.length, after.length) && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (suffix < Math.min(before.length, after.length) - prefix && before.at(-1 - suffix) === after.at(-1 - suffix)) suffix++;
  return Math.max(before.length, after.length) - prefix - suffix;
}

/** A clerk's editing session: a few local edits changing about `fraction` of the letter's characters. */
export function editLetter(doc: LetterDocument, random: () => number, fraction = 0.01): LetterDocument {
  const blocks = doc.blocks.map((block) => ({ ...block, inlines: [...block.inlines] }));
  const bodies = () => blocks.flatMap((block, index) => (block.role === 'body' && block.inlines[0]?.t === 'text' ? [index] : []));
  const total = blocks.reduce((sum, block) => sum + block.inlines.reduce((n, run) => n + (run.t === 'text' ? run.text.length : 0), 0), 0);
  let budget = Math.max(1, Math.round(total * fraction));
  while (budget > 0) {
    const index = pick(random, bodies());
    const roll = random();
    if (roll < 0.05) {
      const added = paragraph(random, 80 + Math.floor(random() * 120));
      blocks.splice(index + 1, 0, text('body', added));
      budget -= added.length;
    } else if (roll < 0.08 && bodies().length > 3) {
      const [removed] = blocks.splice(index, 1);
      budget -= removed.inlines[0].t === 'text' ? removed.inlines[0].text.length : 1;
    } else {
      const run = blocks[index].inlines[0];
      if (run.t !== 'text') continue;
      const edited = editParagraph(random, run.text);
      budget -= Math.max(1, changedChars(run.text, edited));
      blocks[index].inlines[0] = { ...run, text: edited };
    }
  }
  return { version: 1, blocks };
}
