// Where the 署名, the 成文日期 and the 联系人 line sit, and template lines left empty.
import { hit, matchAll } from '../core/text';
import type { DocumentHit, DocumentRule, ParagraphInput } from '../core/types';
import { SENTENCE_END } from './addressees';

// ---- the 署名 and the 联系人 line -----------------------------------------------------------------

const DATE_TEXT =
  /^\s*(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日?|\d{7,8}|\d{4}[.\-/]\d{1,2}[.\-/]\d{1,2}|[〇零一二三四五六七八九○O0]{4}\s*年\s*[一二三四五六七八九十]{1,2}\s*月\s*[一二三四五六七八九十]{1,3}\s*日)\s*$/;
const ORG_LINE = /(?:局|委员会|委|办公室|办|厅|院|政府|中心|公司|集团|站|所|处|科|队|署|会|部|街道|社区|(?:（|\()?盖章(?:）|\))?)\s*$/;
const CONTACT_LINE = /^\s*[（(]?\s*(?:联\s*系\s*(?:人|单\s*位|电\s*话|方\s*式)|承\s*办\s*人|经\s*办\s*人)[^：:]{0,12}[：:]/;

const CLOSING_WORDS = /感谢|欢迎|批评指正|此复|特此|函复|谢谢|宝贵意见|关心和支持|关心、支持|支持和帮助|继续关注|继续关心/;

function isDateLine(paragraph: ParagraphInput): boolean {
  return paragraph.role === 'date' || DATE_TEXT.test(paragraph.text);
}

function isContactLine(text: string): boolean {
  return CONTACT_LINE.test(text) && text.trim().length <= 80 && !/[。！？]\s*[^）)\s]/.test(text);
}

export const signatureMissing: DocumentRule = {
  id: 'signature-missing',
  title: '缺发文机关署名',
  severity: 'warning',
  defaultOn: true,
  basis: 'GB/T 9704-2012：成文日期之上署发文机关全称或规范化简称；答复函的落款不能省去署名。',
  scope: 'document',
  check: (paragraphs) => {
    let dateIndex = -1;
    for (let index = paragraphs.length - 1; index >= 0; index -= 1) {
      const { text, role } = paragraphs[index];
      if (text.trim() === '') continue;
      if (isDateLine(paragraphs[index])) {
        dateIndex = index;
        break;
      }
      // Only the 附注, 抄送 and the like may follow the date.
      if (role === 'note' || role === 'cc' || isContactLine(text) || /^\s*(?:抄\s*[送报]|[（(]|注|附)/.test(text)) continue;
      // The letter ends on its closing words with neither 署名 nor date after them.
      if (role === 'body' && CLOSING_WORDS.test(text) && /[。！!]\s*$/.test(text)) {
        const start = text.length - text.trimStart().length;
        return [{ paragraph: index, ...hit(start, text.trimEnd().length, '信写到结束语就停了：结束语后面缺发文机关署名和成文日期。') }];
      }
      return [];
    }
    if (dateIndex <= 0) return [];
    let above = dateIndex - 1;
    while (above >= 0 && paragraphs[above].text.trim() === '') above -= 1;
    if (above < 0) return [];
    const line = paragraphs[above];
    const text = line.text.trim();
    if (line.role === 'signature') return [];
    const signed = text.length <= 40 && ORG_LINE.test(text) && !SENTENCE_END.test(text) && !isContactLine(text);
    if (signed) return [];
    // Only a letter with body text above counts: a date under the title is a header field.
    const hasBody = paragraphs.slice(0, above + 1).some((p) => p.role === 'body' && SENTENCE_END.test(p.text));
    if (!hasBody) return [];
    const date = paragraphs[dateIndex].text;
    const start = date.length - date.trimStart().length;
    return [{ paragraph: dateIndex, ...hit(start, date.trimEnd().length, '成文日期上方没有发文机关署名，请在日期上方写上单位全称。') }];
  },
};

/** A body's name that names a place (市、县、区…) ends as a body's name does. */
const PLACE_IN_NAME = /[省市县区州盟旗镇乡]|街道/;
const UNIT_FIELD = /^(\s*(?:承办|主办|协办|会办|发文)单位\s*[：:]\s*)(.*?)\s*$/;

/** The names a paragraph gives as a body's own: the whole 署名, or each name after 「承办单位：」 and the like. */
function bodyNames(paragraph: ParagraphInput): { start: number; name: string }[] {
  const field = UNIT_FIELD.exec(paragraph.text);
  if (field) return [...matchAll(/[^、，,；;\s](?:[^、，,；;]*[^、，,；;\s])?/, field[2])].map((m) => ({ start: field[1].length + m.index, name: m[0] }));
  const text = paragraph.text.trim();
  return paragraph.role === 'signature' ? [{ start: paragraph.text.length - paragraph.text.trimStart().length, name: text }] : [];
}

export const signatureNameCut: DocumentRule = {
  id: 'signature-name-cut',
  title: '机关名称不完整',
  severity: 'warning',
  defaultOn: true,
  basis: 'GB/T 9704-2012：署名用发文机关全称或规范化简称，如“××县住房和城乡建设局”，末尾的“局”“委员会”等不能少；承办单位的写法同此。',
  scope: 'document',
  check: (paragraphs) =>
    paragraphs.flatMap((paragraph, index) =>
      bodyNames(paragraph)
        .filter(({ name }) => name.length <= 40 && !SENTENCE_END.test(name) && !ORG_LINE.test(name) && PLACE_IN_NAME.test(name))
        .map(({ start, name }) => ({
          paragraph: index,
          ...hit(start, start + name.length, `“${name}”不像机关全称，末尾是不是漏了“局”“委员会”等字样？请核对。`),
        })),
    ),
};

export const contactNotNote: DocumentRule = {
  id: 'contact-not-note',
  title: '联系人未作附注',
  severity: 'warning',
  defaultOn: true,
  basis: 'GB/T 9704-2012：附注居左空二字加圆括号，编排在成文日期下一行；答复函的联系人、电话作附注：“（联系人：××，联系电话：××）”。',
  scope: 'document',
  check: (paragraphs) => {
    const hits: DocumentHit[] = [];
    let dateIndex = -1;
    paragraphs.forEach((p, index) => {
      if (isDateLine(p)) dateIndex = index;
    });
    let block: number[] = [];
    const flush = () => {
      if (block.length === 0) return;
      const lines = block.map((index) => ({ p: paragraphs[index], index }));
      block = [];
      const bracketed = lines.every(({ p }) => /^\s*[（(]/.test(p.text) && /[）)]\s*$/.test(p.text));
      const early = dateIndex >= 0 && lines[0].index < dateIndex;
      if (bracketed && !early) return;
      const named = lines.find(({ p }) => /联\s*系\s*人|承\s*办\s*人|经\s*办\s*人/.test(p.text)) ?? lines[0];
      const text = named.p.text;
      const start = text.length - text.trimStart().length;
      const message = bracketed
        ? '附注（联系人、电话）应放在成文日期下一行，不放在署名、日期之前。'
        : early
          ? '联系人、电话应作附注，加圆括号放在成文日期下一行：“（联系人：××，联系电话：××）”；不放在署名、日期之前。'
          : '联系人、电话应作附注，加圆括号：“（联系人：××，联系电话：××）”。';
      hits.push({ paragraph: named.index, ...hit(start, text.trimEnd().length, message) });
    };
    paragraphs.forEach((p, index) => {
      if (p.text.trim() === '') return;
      if (p.role !== 'title' && p.role !== 'heading' && isContactLine(p.text)) block.push(index);
      else flush();
    });
    flush();
    return hits;
  },
};

// ---- a field of the form left empty ----------------------------------------------------------------

export const fieldLeftEmpty: DocumentRule = {
  id: 'field-left-empty',
  title: '栏目留空',
  severity: 'warning',
  defaultOn: true,
  basis: '公文惯例：模板里的栏目（签发人、负责人、联系人、类别等）要么填写，要么删去，不留空栏。',
  scope: 'document',
  check: (paragraphs) =>
    paragraphs.flatMap((paragraph, index) => {
      const m =
        /^(\s*)((?:单位)?负\s*责\s*人|签\s*发\s*人|领导签发|联\s*系\s*人|联系电话|承\s*办\s*人|审\s*核\s*人|核\s*稿\s*人|类\s*别|办理结果|答复类型|是否同意公开)\s*[:：]\s*$/.exec(
          paragraph.text,
        );
      return m ? [{ paragraph: index, ...hit(m[1].length, paragraph.text.trimEnd().length, `“${m[2]}”一栏是空的：请填写，或删去这一行。`) }] : [];
    }),
};
