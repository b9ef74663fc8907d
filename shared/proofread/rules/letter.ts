import { hit, matchAll } from '../core/text';
import type { Hit, ParagraphRule } from '../core/types';

export const addresseeColon: ParagraphRule = {
  id: 'addressee-colon',
  title: '主送机关后缺冒号',
  severity: 'error',
  defaultOn: true,
  basis: 'GB/T 9704-2012：主送机关编排于标题下一行，居左顶格，最后一个主送机关名称后标全角冒号。',
  scope: 'paragraph',
  check: ({ text, role }) => {
    const trimmed = text.trimEnd();
    if (role !== 'addressee' || trimmed === '' || /[：:]$/.test(trimmed)) return [];
    const last = trimmed.length - 1;
    if (/[，。；,;]$/.test(trimmed)) return [hit(last, last + 1, `主送机关后面用冒号，请把“${trimmed[last]}”改成“：”。`, '：')];
    return [hit(last, last + 1, '主送机关后面缺了冒号，请补上“：”。', `${trimmed[last]}：`)];
  },
};

export const ccFormat: ParagraphRule = {
  id: 'cc-format',
  title: '抄送格式',
  severity: 'error',
  defaultOn: true,
  basis: 'GB/T 9704-2012：抄送机关前写“抄送：”，机关之间用逗号隔开，最后一个后面标句号。',
  scope: 'paragraph',
  check: ({ text, role }) => {
    if (role !== 'cc') return [];
    const hits: Hit[] = [];
    const label = /^(\s*)(抄\s*[送报])(\s*[:：]?)/.exec(text);
    if (!label) return [];
    const [whole, indent, word, colon] = label;
    const labelEnd = whole.length;
    // GB/T 9704-2012 has only 抄送: 上级机关 are 抄送 too.
    const reported = word.endsWith('报') ? '（现行标准不分“抄报”，上级机关也写在“抄送”里）' : '';
    // A half-width colon is left to halfwidth-punct, so that one mark never draws two fixes.
    if (colon.trim() === '')
      hits.push(hit(indent.length, indent.length + word.length + colon.length, `开头应写作“抄送：”（中间不空格，后面用全角冒号）${reported}。`, '抄送：'));
    else if (word !== '抄送') hits.push(hit(indent.length, indent.length + word.length, `应写作“抄送”，两字中间不空格${reported}。`, '抄送'));
    for (const m of matchAll(/、|(?<=[\u4e00-\u9fff）)])[ \u3000]+(?=[\u4e00-\u9fff（(])/, text)) {
      if (m.index >= labelEnd) hits.push(hit(m.index, m.index + m[0].length, `抄送机关之间用逗号隔开，请把“${m[0] === '、' ? '、' : '空格'}”改成“，”。`, '，'));
    }
    const trimmed = text.trimEnd();
    const last = trimmed.length - 1;
    if (last >= labelEnd && !trimmed.endsWith('。')) {
      hits.push(hit(last, last + 1, '最后一个抄送机关后面要标句号，请补上“。”。', /[.，,；;]$/.test(trimmed) ? '。' : `${trimmed[last]}。`));
    }
    return hits;
  },
};
