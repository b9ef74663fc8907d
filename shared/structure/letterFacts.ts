import type { BlockRole } from '../model/document';
import type { TemplateBlock } from '../templates/template';
import { DOC_NUMBER, REPLY_TYPE } from './lineKinds';
import { formatCalendarDate } from '../fields/formatField';
import { parseLooseDate } from './looseDate';
import type { Mention } from './placeMentions';
import type { StandardFieldName } from './standardFields';

export interface LetterFacts {
  values: Partial<Record<StandardFieldName, string>>;
  mentions: Mention[];
  /** What was found but written wrongly, and how it was read. */
  warnings: string[];
  /** Parts a whole letter has that this text lacks. */
  missing: string[];
}

type Kind = 'proposal' | 'suggestion';

const PROSE: readonly BlockRole[] = ['title', 'body', 'heading', 'closing'];
const ORDINAL = '[一二三四五六七八九十]+';

function toAsciiDigits(text: string): string {
  return text.replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));
}

/** 「十三届第三次会议」 and 「十三届三次会议」 name the same meeting; the shorter form is the field value. */
function sessionForms(stated: string): { value: string; forms: string[] } {
  const value = stated.replace(new RegExp(`届第(${ORDINAL})次`), '届$1次');
  const withDi = value.replace(new RegExp(`届(${ORDINAL})次`), '届第$1次');
  return { value, forms: [...new Set([withDi, value])] };
}

/** 「东城县第九届人民代表大会第三次会议」「市政协十三届三次会议」: a 届 and a 次会议, with what names them before. */
const SESSION = new RegExp(`[\u4e00-\u9fff]{0,16}?(?:第?${ORDINAL}届)[\u4e00-\u9fff]{0,12}?第?${ORDINAL}次(?:全体)?会议`);

function findSession(title: string, opening: string): string | null {
  const inTitle = /^关于(?:对)?(.{2,40}?会议)/.exec(title);
  if (inTitle) return inTitle[1];
  // 「对……第九届人民代表大会第三次会议第8号建议的答复」: the session anywhere in the title.
  const anywhere = SESSION.exec(title.replace(/^(?:关于)?(?:对)?/, ''));
  if (anywhere) return anywhere[0].replace(/^(?:关于|对)+/, '');
  const inOpening = /在(.{2,40}?会议)(?:上|期间|中)?(?:提出|所提)/.exec(opening);
  return inOpening ? inOpening[1] : null;
}

/** Collects each fact the letter states, where it states it, and what looks wrong about it. */
export function letterFacts(paragraphs: readonly TemplateBlock[]): LetterFacts {
  const values: LetterFacts['values'] = {};
  const mentions: Mention[] = [];
  const warnings: string[] = [];
  const missing: string[] = [];
  const first = (role: BlockRole) => paragraphs.find((paragraph) => paragraph.role === role)?.text ?? '';
  const state = (field: StandardFieldName, value: string, roles: readonly BlockRole[], ...texts: (string | RegExp)[]) => {
    values[field] = value;
    for (const text of texts) mentions.push({ field, roles, text });
  };

  const title = first('title');
  const opening = first('body');
  const kind: Kind = /建议/.test(title) && !/提案/.test(title) ? 'suggestion' : 'proposal';
  const isOpinion = /(协办|会办)意见$/.test(title);
  const noun = kind === 'proposal' ? '提案' : '建议';

  for (const paragraph of paragraphs.filter((p) => p.role === 'note')) {
    if (DOC_NUMBER.test(paragraph.text)) state('docNumber', paragraph.text, ['note'], paragraph.text);
    const replyType = REPLY_TYPE.exec(paragraph.text);
    if (replyType) state('replyType', replyType[1], ['note'], new RegExp(`${replyType[1]}(?=[）)]?\\s*(?:类)?$)`));
  }

  const stated = findSession(title, opening);
  if (stated) {
    const { value, forms } = sessionForms(stated);
    state('sessionName', value, PROSE, ...forms);
  }

  const number = /第\s*([0-9０-９]{1,6})\s*号/.exec(title) ?? new RegExp(`([0-9０-９]{1,6})\\s*号\\s*[”"]?${noun}`).exec(title);
  if (number) {
    const digits = toAsciiDigits(number[1]);
    const field = kind === 'proposal' ? 'proposalNumber' : 'suggestionNumber';
    state(field, digits, PROSE, `第${number[1]}号`);
    const missingHao = new RegExp(`第${number[1]}(?![号\\d])`, 'g');
    const slips = paragraphs.filter((p) => PROSE.includes(p.role)).reduce((sum, p) => sum + (p.text.match(missingHao)?.length ?? 0), 0);
    if (slips > 0) {
      mentions.push({ field, roles: PROSE, text: missingHao });
      warnings.push(`正文中有 ${slips} 处「第${number[1]}」少了「号」，已改为${noun}号字段，显示为「第${digits}号」。`);
    }
  }

  const quoted = /《([^《》]{2,100})》/.exec(opening);
  const unopened = quoted ? null : /提出的([^《》，。,]{2,100}?)》/.exec(opening);
  const subject = quoted?.[1] ?? unopened?.[1];
  if (subject) state(kind === 'proposal' ? 'proposalTitle' : 'suggestionTitle', subject, ['body'], subject);
  if (unopened) warnings.push(`${noun}标题「${unopened[1]}」前面缺少书名号「《」，请补上。`);

  const addressee = first('addressee');
  if (addressee) {
    const name = addressee.replace(/[:：]$/, '');
    if (name === addressee) warnings.push(`主送「${addressee}」后面缺少冒号「：」，请补上。`);
    const joint = new RegExp(`^(.+?)等(\\d+|${ORDINAL})名(代表|委员)$`).exec(name);
    const person = /^(.+?)(委员|代表)$/.exec(name);
    if (isOpinion) {
      state('leadUnit', name, ['addressee'], name);
      const proposer = /^(?:贵单位主办的)?([^，。,《》]{2,30}?)(?:委员|代表)?(?:在[^，。,《》]*?)?提出的/.exec(opening);
      if (proposer) state(kind === 'proposal' ? 'proposer' : 'deputy', proposer[1], ['body'], proposer[1]);
    } else if (joint) {
      const [person, count] = joint[3] === '代表' ? (['deputy', 'deputyCount'] as const) : (['proposer', 'memberCount'] as const);
      state(person, joint[1], ['addressee'], joint[1]);
      state(count, joint[2], ['addressee'], new RegExp(`(?<=等)${joint[2]}(?=名)`));
    } else if (person) {
      state(person[2] === '代表' ? 'deputy' : 'proposer', person[1], ['addressee'], new RegExp(`^${person[1]}(?=${person[2]})`));
    } else {
      state(kind === 'proposal' ? 'proposer' : 'deputy', name, ['addressee'], name);
    }
  } else {
    missing.push('没有找到主送（如「××委员：」），请在标题下一行补上。');
  }

  const signature = paragraphs.filter((p) => p.role === 'signature' && !/签名|签发|盖章/.test(p.text)).at(-1);
  if (signature) state('bureauName', signature.text, ['signature'], signature.text);
  else missing.push('没有找到署名机关，请在正文后补上。');

  const dateLine = first('date');
  const date = dateLine ? parseLooseDate(dateLine) : null;
  if (date) {
    state('signedOn', date.iso, ['date'], dateLine);
    if (!date.wellFormed) warnings.push(`成文日期写成了「${dateLine}」，格式不对，已按「${formatCalendarDate(date.iso)}」识别，请核对。`);
  } else {
    missing.push('没有找到成文日期，请在署名下方补上。');
  }

  for (const note of paragraphs.filter((p) => p.role === 'note')) {
    const handler = /(?:承\s*办\s*人|联\s*系\s*人|经\s*办\s*人)(?:及(?:联系)?电话)?\s*[:：]\s*([^\s，,；;（）()：:\d]{2,12})/.exec(note.text);
    if (handler && !values.handler) state('handler', handler[1], ['note'], new RegExp(`(?<=[:：]\\s*)${handler[1]}`));
    // 「联系电话：…」, or the number after the name in 「联系人及电话：刘四，138……」.
    const phone =
      /(?:联系电话|电话)\s*[:：]\s*([0-9][0-9\-－—]{5,20}[0-9])/.exec(note.text) ??
      (handler ? /(?<![\d-])([0-9][0-9\-－—]{5,20}[0-9])(?![\d-])/.exec(note.text.slice(handler.index)) : null);
    if (phone && !values.handlerPhone) state('handlerPhone', phone[1], ['note'], phone[1]);
  }

  const ccLine = first('cc');
  const cc = /^抄\s*(?:送|报)\s*[:：]\s*(.+?)[。.]?$/.exec(ccLine);
  if (cc) state('cc', cc[1], ['cc'], cc[1]);

  return { values, mentions, warnings, missing };
}
