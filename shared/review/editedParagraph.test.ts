import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockText, type Inline } from '../model/document';
import { editedInlines } from './editedParagraph';

const values: Record<string, string> = { proposer: '李明委员', number: '第12号' };
const render = (name: string) => values[name] ?? `〔${name}〕`;
const plain = (text: string): Inline => ({ t: 'text', text });
const bold = (text: string): Inline => ({ t: 'text', text, bold: true });
const field = (name: string): Inline => ({ t: 'field', name });
const textOf = (inlines: Inline[]) => blockText({ role: 'body', inlines }, render);

const situation = [plain('我市将'), bold('重点支持'), plain('螺蛳粉产业集群发展。')];

describe('an edited paragraph keeps its formatting where its text survives', () => {
  it('keeps bold on untouched words when text elsewhere is edited', () => {
    expect(editedInlines(situation, render, '下一步，我市将重点支持螺蛳粉产业集群高质量发展。')).toEqual([
      plain('下一步，我市将'),
      bold('重点支持'),
      plain('螺蛳粉产业集群高质量发展。'),
    ]);
  });

  it('makes text typed inside a bold word bold', () => {
    expect(editedInlines(situation, render, '我市将重点加大支持螺蛳粉产业集群发展。')).toEqual([
      plain('我市将'),
      bold('重点加大支持'),
      plain('螺蛳粉产业集群发展。'),
    ]);
  });

  it('drops bold with a deleted bold word', () => {
    expect(editedInlines(situation, render, '我市将螺蛳粉产业集群发展。')).toEqual([plain('我市将螺蛳粉产业集群发展。')]);
  });

  it('gives text typed over a word that word’s formatting, and text typed at the start the formatting after it', () => {
    expect(editedInlines(situation, render, '我市将优先扶持螺蛳粉产业集群发展。')).toEqual([plain('我市将'), bold('优先扶持'), plain('螺蛳粉产业集群发展。')]);
    expect(editedInlines([bold('重点'), plain('工作')], render, '今年重点工作')).toEqual([bold('今年重点'), plain('工作')]);
  });

  it('keeps a field whose text is untouched, wherever the edit moves it', () => {
    const addressee = [field('proposer'), plain('：')];
    expect(editedInlines(addressee, render, '尊敬的李明委员：')).toEqual([plain('尊敬的'), field('proposer'), plain('：')]);
    expect(editedInlines([plain('您提出的'), field('number'), plain('提案收悉。')], render, '您在会上提出的第12号提案收悉。')).toEqual([
      plain('您在会上提出的'),
      field('number'),
      plain('提案收悉。'),
    ]);
  });

  it('turns a field into plain text once it is typed into or partly deleted', () => {
    const addressee = [field('proposer'), plain('：')];
    expect(editedInlines(addressee, render, '李明同志委员：')).toEqual([plain('李明同志委员：')]);
    expect(editedInlines(addressee, render, '各位委员：')).toEqual([plain('各位委员：')]);
    expect(editedInlines([bold('请'), field('proposer'), bold('注意')], render, '请李明注意')).toEqual([bold('请'), plain('李明'), bold('注意')]);
  });

  it('never lets typed text join a field', () => {
    expect(editedInlines([field('proposer'), plain('：')], render, '李明委员同志：')).toEqual([field('proposer'), plain('同志：')]);
  });

  it('returns an unedited paragraph exactly as it was, runs and all', () => {
    const split = [plain('我市'), plain('将'), { t: 'text', text: '重点', bold: false } as Inline, field('proposer')];
    expect(editedInlines(split, render, textOf(split))).toEqual(split);
  });

  it('takes a paragraph rewritten beyond recognition as plain text', () => {
    const long = [bold('柳州螺蛳粉全产业链销售收入超600亿元。'.repeat(40))];
    const rewritten = '我市将持续推动产业集群发展。'.repeat(60);
    expect(editedInlines(long, render, rewritten)).toEqual([plain(rewritten)]);
  });

  it('always gives back exactly the typed text, with every kept field still showing its value', () => {
    const run = fc.oneof(
      fc.record({ t: fc.constant('text' as const), text: fc.string({ unit: fc.constantFrom('重', '点', '支', '持', '，', 'a') }), bold: fc.boolean() }),
      fc.constantFrom<Inline>(field('proposer'), field('number')),
    );
    fc.assert(
      fc.property(fc.array(run, { maxLength: 6 }), fc.string({ unit: fc.constantFrom('重', '点', '李', '明', '委', '员', '1', '2') }), (source, typed) => {
        expect(textOf(editedInlines(source, render, typed))).toBe(typed);
      }),
      { numRuns: 200 },
    );
  });
});
