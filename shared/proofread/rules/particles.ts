// 的、地、得: the particle a clerk most often types wrong, found only where the words around it decide.
import { hit, matchAll } from '../core/text';
import type { ParagraphRule } from '../core/types';

const PARTICLE_BASIS = '《现代汉语词典》：修饰动词的状语后用“地”（认真地研究），动词后引出补语用“得”（提得很好），修饰名词用“的”。';

/** Words that say how something is done: before a verb they are adverbials and take 地. */
const MANNER = '认真|积极|及时|适时|切实|逐步|不断|大力|主动|扎实|稳步|广泛|充分|尽快|妥善|努力|迅速|耐心|热情|严格|密切|持续|全力|尽力|依法|有序';
const VERBS = '推进|落实|解决|做好|抓好|推动|实施|完善|加强|提高|处理|协调|督促|整改|回应|跟进|争取|配合|宣传|办理|答复|改善|反映|沟通|对接|衔接|督办|调研';
const MANNER_DE_PREPOSITION = new RegExp(`(?:${MANNER})的(?=[向对与把从按为])`);
const MANNER_DE_VERB = new RegExp(`(?:${MANNER})的(?=${VERBS})`);
/** After these the phrase is a noun's (进行认真的研究, 通过积极的宣传, 一个有序的衔接): 的 is right. */
const NOUN_PHRASE_BEFORE =
  /(?:进行|作出|做出|给予|给以|得到|受到|加以|予以|开展|表示|通过|经过|经|在|随着|由于|依靠|借助|是|有|作|做)了?$|[一这那每][个项次种]$/;
/** A verb that heads a noun (解决办法, 推动作用, 配合下). */
const VERB_AS_NOUN = new RegExp(
  `^(?:${VERBS})(?:办法|方案|措施|作用|意义|工作|机制|体系|思路|途径|能力|效果|力度|成效|情况|结果|意见|过程|阶段|步伐|进程|力量|态度|精神|举措|政策|[下中后])`,
);
/** A preposition that starts another word after all (对外, 向往, 为主). */
const NOT_A_PREPOSITION = /^(?:对[外内口等应象比照]|向[往心]|把握|从[前而]|为[主止期人])/;

/** The 的 at the end of `m` when what comes before and after makes the phrase an adverbial. */
const adverbialDe = (text: string, m: RegExpExecArray, after: RegExp) => {
  const at = m.index + m[0].length - 1;
  return NOUN_PHRASE_BEFORE.test(text.slice(Math.max(0, m.index - 3), m.index)) || after.test(text.slice(at + 1)) ? [] : [at];
};

const diHit = (m: RegExpExecArray, at: number) => {
  const word = m[0].slice(0, -1);
  return hit(at, at + 1, `“${word}”修饰后面的动作，应当用“地”：“${word}地”。`, '地');
};

export const deForDi: ParagraphRule = {
  id: 'de-for-di',
  title: '状语后用了“的”（后接介词）',
  severity: 'warning',
  defaultOn: true,
  basis: `${PARTICLE_BASIS}“适时的向上级反映”中“适时”修饰“反映”，应写作“适时地向上级反映”。`,
  scope: 'paragraph',
  check: ({ text }) => [...matchAll(MANNER_DE_PREPOSITION, text)].flatMap((m) => adverbialDe(text, m, NOT_A_PREPOSITION).map((at) => diHit(m, at))),
};

export const deForDiBeforeVerb: ParagraphRule = {
  id: 'de-for-di-verb',
  title: '状语后用了“的”（后接动词）',
  severity: 'info',
  // Off unless a bureau turns it on: 「各部门密切的配合」 can be a noun phrase the words around it do not reveal.
  defaultOn: false,
  basis: `${PARTICLE_BASIS}“我们将认真的落实”应写作“认真地落实”；“进行认真的研究”中的“的”是对的。`,
  scope: 'paragraph',
  check: ({ text }) => [...matchAll(MANNER_DE_VERB, text)].flatMap((m) => adverbialDe(text, m, VERB_AS_NOUN).map((at) => diHit(m, at))),
};

const VERB_THEN_DEGREE =
  /(?:落实|完成|开展|执行|推进|考虑|分析|[提做办写讲干抓搞建管说])(的)(?=(?:很|非常|十分|比较|较为|更加|特别|相当)(?:好|到位|及时|扎实|具体|全面|中肯|深入|突出|有效|细致|周到|详细|准确|合理|认真|积极|快|实)(?!的))/;

export const deForDe: ParagraphRule = {
  id: 'de-for-de',
  title: '补语前用了“的”',
  severity: 'warning',
  defaultOn: true,
  basis: PARTICLE_BASIS,
  scope: 'paragraph',
  check: ({ text }) =>
    [...matchAll(VERB_THEN_DEGREE, text)].map((m) => {
      const at = m.index + m[0].length - 1;
      const verb = m[0].slice(0, -1);
      return hit(at, at + 1, `“${verb}”后面说的是做得怎么样，应当用“得”：“${verb}得”。`, '得');
    }),
};
