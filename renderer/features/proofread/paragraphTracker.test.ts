import { describe, expect, it } from 'vitest';
import { ParagraphTracker, type TrackedParagraph } from './paragraphTracker';

const body = (key: string, text: string): TrackedParagraph => ({ key, text, role: 'body' });

describe('proofreading paragraph by paragraph', () => {
  it('finds problems with offsets into their own paragraph', () => {
    const tracker = new ParagraphTracker({});
    const findings = tracker.update([body('a', '现答复如下。'), body('b', '你们提出的《关于加快建设的建议》(第011)收悉。')]);
    const proposal = findings.filter((finding) => finding.paragraphKey === 'b');
    expect(proposal.length).toBeGreaterThan(0);
    for (const finding of proposal) expect(finding.end).toBeLessThanOrEqual('你们提出的《关于加快建设的建议》(第011)收悉。'.length);
  });

  it('checks again only the paragraphs that changed', () => {
    const tracker = new ParagraphTracker({});
    const letter = Array.from({ length: 50 }, (_, i) => body(`p${i}`, `第${i}段正文,内容较长一些。`));
    const first = tracker.update(letter);
    expect(tracker.lastRechecked).toBe(50);
    letter[7] = body('p7', '第7段正文，内容已改好。');
    const second = tracker.update(letter);
    expect(tracker.lastRechecked).toBe(1);
    expect(second.length).toBe(first.length - 1);
  });

  it('leaves out ignored findings and turned-off rules', () => {
    const paragraph = [body('a', '2022年,产量增长。')];
    const [finding] = new ParagraphTracker({}).update(paragraph);
    expect(finding).toBeDefined();
    expect(new ParagraphTracker({ ignoredKeys: [finding.ignoreKey] }).update(paragraph)).not.toContainEqual(
      expect.objectContaining({ rule: finding.rule, start: finding.start }),
    );
    expect(new ParagraphTracker({ disabledRules: [finding.rule] }).update(paragraph).some((f) => f.rule === finding.rule)).toBe(false);
  });

  it('places whole-letter findings (heading sequence) in their paragraph', () => {
    const tracker = new ParagraphTracker({});
    const findings = tracker.update([
      { key: 'h1', text: '一、工作情况', role: 'heading', level: 1 },
      body('x', '我们做了很多工作。'),
      { key: 'h2', text: '三、下一步打算', role: 'heading', level: 1 },
    ]);
    expect(findings.some((finding) => finding.paragraphKey === 'h2' && finding.rule.startsWith('heading'))).toBe(true);
  });
});
