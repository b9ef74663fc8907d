import { describe, expect, it } from 'vitest';
import type { Block, LetterDocument } from '../model/document';
import type { FieldDefinition } from '../fields/fieldDefinition';
import { letterMarkup } from './letterMarkup';
import { DEFAULT_PRINT_SETTINGS, PrintSettingsSchema, type PrintSettings } from './settings';

const text = (role: Block['role'], value: string, level?: 1 | 2 | 3 | 4): Block => ({
  role,
  ...(level ? { level } : {}),
  inlines: [{ t: 'text', text: value }],
});
const field = (role: Block['role'], name: string, before = '', after = ''): Block => ({
  role,
  inlines: [...(before ? [{ t: 'text' as const, text: before }] : []), { t: 'field', name }, ...(after ? [{ t: 'text' as const, text: after }] : [])],
});

const FIELDS: FieldDefinition[] = [
  { name: 'replyType', label: '答复类型', type: 'choice', choices: ['A', 'B', 'C'] },
  { name: 'proposer', label: '提案者', type: 'person' },
  { name: 'bureauName', label: '署名机关', type: 'text' },
  { name: 'signedOn', label: '成文日期', type: 'date' },
  { name: 'cc', label: '抄送单位', type: 'text' },
];

const LETTER: LetterDocument = {
  version: 1,
  blocks: [
    field('note', 'replyType', '答复类型：'),
    text('title', '关于第12号提案的答复'),
    field('addressee', 'proposer', '', '委员：'),
    text('body', '您提出的<关于加强“食品安全”监管的建议>收悉。'),
    text('heading', '（一）强化源头治理。我们会同有关部门开展专项整治。', 2),
    text('heading', '一、基本情况', 1),
    text('closing', '专此答复。'),
    field('signature', 'bureauName'),
    field('date', 'signedOn'),
    field('cc', 'cc', '抄送：', '。'),
    text('note', '（联系人：王晶；联系电话：0772-1234567）'),
  ],
};

const VALUES = { replyType: 'A', proposer: '张明', bureauName: '柳州市市场监督管理局', signedOn: '2023-05-26', cc: '' };

function render(settings: Partial<PrintSettings> = {}, values: Record<string, string> = VALUES) {
  return letterMarkup({ document: LETTER, fieldDefinitions: FIELDS, fields: values, settings: { ...DEFAULT_PRINT_SETTINGS, ...settings } });
}

describe('letterMarkup', () => {
  it('escapes every piece of letter text: no user HTML reaches the page', () => {
    const { bodyHtml } = letterMarkup({
      document: { version: 1, blocks: [text('body', '<script>alert(1)</script><img src=x onerror="y">&amp;')] },
      fieldDefinitions: [],
      fields: {},
      settings: DEFAULT_PRINT_SETTINGS,
    });
    expect(bodyHtml).not.toMatch(/<script|<img/);
    expect(bodyHtml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=&quot;y&quot;&gt;&amp;amp;');
    const fieldValue = render({}, { ...VALUES, proposer: '<b onclick="x">张明</b>' }).bodyHtml;
    expect(fieldValue).toContain('&lt;b onclick=&quot;x&quot;&gt;张明&lt;/b&gt;委员：');
  });

  it('puts 附注 below the 成文日期 and 抄送 into the 版记, whatever order the draft has them in', () => {
    const { bodyHtml } = render();
    const order = ['b-title', 'b-addressee', 'b-body', 'b-closing', 'class="sig"', 'class="date"', '联系人', 'class="colophon'].map((mark) =>
      bodyHtml.indexOf(mark),
    );
    expect(order.every((position) => position >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(bodyHtml).toMatch(
      /<div class="colophon colophon--ordinary"><p class="cc" data-block="9">抄送：.*。<\/p><p class="issued"><span>柳州市市场监督管理局<\/span><span>2023年5月26日印发<\/span><\/p><\/div>$/,
    );
  });

  it('prints the 答复类型 code at the top right of the title instead of the template line', () => {
    const marked = render().bodyHtml;
    expect(marked).toContain('<h1 class="b-title keep" data-block="1"><span class="reply-mark">A</span>');
    expect(marked).not.toContain('答复类型：');
    const unmarked = render({ replyTypeMark: false }).bodyHtml;
    expect(unmarked).not.toContain('reply-mark');
    expect(unmarked).toContain('<p class="b-header keep" data-block="0">答复类型：A</p>');
  });

  it('lists unfilled fields and marks their placeholders', () => {
    const { bodyHtml, unfilled } = render({}, { ...VALUES, proposer: ' ' });
    expect(unfilled).toEqual(['提案者', '抄送单位']);
    expect(bodyHtml).toContain('<span class="unfilled">〔提案者〕</span>委员：');
  });

  it('gives only the heading sentence the heading face when the paragraph runs on', () => {
    const { bodyHtml } = render();
    expect(bodyHtml).toContain('<p class="b-heading b-h2" data-block="4"><span class="h-lead">（一）强化源头治理。</span>我们会同有关部门开展专项整治。</p>');
    expect(bodyHtml).toContain('<p class="b-heading b-h1" data-block="5"><span class="h-lead">一、基本情况</span></p>');
  });

  it('keeps title words whole for balanced line breaks', () => {
    expect(render().bodyHtml).toMatch(/<span class="w">关于<\/span>.*<span class="w">答复<\/span><\/h1>/);
  });

  it('formats the 成文日期 without leading zeros and lays out the sealed or unsealed sign-off', () => {
    expect(render().bodyHtml).toContain(
      '<div class="signoff signoff--sealed keep"><div class="signoff-box"><p class="sig" data-block="7"><span>柳州市市场监督管理局</span></p><p class="date" data-block="8">2023年5月26日</p></div>',
    );
    expect(render({ signature: 'unsealed' }).bodyHtml).toContain('signoff--unsealed');
  });

  it('信函格式: header with the bureau name, a 版记 without 印发 line', () => {
    const { bodyHtml } = letterMarkup({
      document: LETTER,
      fieldDefinitions: FIELDS,
      fields: VALUES,
      settings: { ...DEFAULT_PRINT_SETTINGS, format: 'letter' },
      letterHeader: '柳州市市场监督管理局（函）',
    });
    expect(bodyHtml).toMatch(/^<div class="flow"><div class="letterhead keep"><p class="lh-name">柳州市市场监督管理局（函）<\/p>/);
    expect(bodyHtml).toContain('colophon--letter');
    expect(bodyHtml).not.toContain('印发');
  });

  it('prints the 公开属性 where the bureau puts it', () => {
    expect(render({ disclosure: '主动公开' }).bodyHtml).toContain('<p class="b-note">（此件公开发布）</p></div>');
    expect(render({ disclosure: '依申请公开', disclosurePlacement: 'header' }).bodyHtml).toContain(
      '<p class="b-header b-disclosure keep">公开属性：依申请公开</p>',
    );
  });

  it('names the draft paragraph behind every printed block, so a page start can be shown in the editor', () => {
    const { bodyHtml } = render({ replyTypeMark: false });
    const indexes = [...bodyHtml.matchAll(/data-block="(\d+)"/g)].map((match) => Number(match[1]));
    expect([...indexes].sort((a, b) => a - b)).toEqual(LETTER.blocks.map((_, index) => index));
  });

  it('sets the 附件说明 as label, number and name, the first one a blank line below the body', () => {
    const { bodyHtml } = letterMarkup({
      document: {
        version: 1,
        blocks: [
          text('closing', '专此答复。'),
          text('attachment', '附件：1. 检查情况统计表'),
          text('attachment', '2.快检室名单'),
          field('signature', 'bureauName'),
        ],
      },
      fieldDefinitions: FIELDS,
      fields: VALUES,
      settings: DEFAULT_PRINT_SETTINGS,
    });
    expect(bodyHtml).toContain(
      '<p class="b-attachment b-attachment--first keep" data-block="1"><span class="att-label">附件：</span><span class="att-number">1.</span><span class="att-name">检查情况统计表</span></p>' +
        '<p class="b-attachment keep" data-block="2"><span class="att-label"></span><span class="att-number">2.</span><span class="att-name">快检室名单</span></p>',
    );
  });

  it('fills settings from defaults and refuses unknown ones', () => {
    expect(PrintSettingsSchema.parse({ format: 'letter' })).toEqual({ ...DEFAULT_PRINT_SETTINGS, format: 'letter' });
    expect(PrintSettingsSchema.safeParse({ seal: true }).success).toBe(false);
  });
});
