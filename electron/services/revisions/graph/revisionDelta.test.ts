import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../testing/sampleLetters';
import { applyDelta, makeDelta } from './revisionDelta';

const paragraph = (n: number, draft: number) => `{"inlines":[{"t":"text","text":"第${n}段：柳州螺蛳粉全产业链销售收入（第${draft}稿）。"}],"role":"body"},`;
const letterOf = (paragraphs: number, draft: number) => Array.from({ length: paragraphs }, (_, n) => paragraph(n, draft));

describe('deltas between two versions of a letter', () => {
  it('rebuild a letter whose every paragraph was reworded, as edits in place, far smaller than the letter', () => {
    const base = letterOf(3_000, 1);
    const target = letterOf(3_000, 2);
    const delta = makeDelta(base, target);
    expect(applyDelta(base, delta)).toEqual(target);
    expect(JSON.stringify(delta).length).toBeLessThan(target.join('').length / 2);
  });

  it('rebuild a letter with paragraphs inserted, removed and reworded all over, however many', () => {
    const random = seededRandom(3);
    for (const changes of [5, 300, 2_000]) {
      const base = letterOf(2_000, 1);
      const target = [...base];
      for (let n = 0; n < changes; n += 1) {
        const at = Math.floor(random() * target.length);
        const roll = random();
        if (roll < 0.3) target.splice(at, 1);
        else if (roll < 0.6) target.splice(at, 0, paragraph(10_000 + n, 3));
        else target[at] = paragraph(at, 4);
      }
      expect(applyDelta(base, makeDelta(base, target))).toEqual(target);
    }
  });

  it('copy the unchanged paragraphs around a few inserted ones instead of storing them again', () => {
    const base = letterOf(1_000, 1);
    const target = [...base.slice(0, 400), paragraph(5_000, 2), paragraph(5_001, 2), ...base.slice(400)];
    expect(makeDelta(base, target)).toEqual([[0, 400], paragraph(5_000, 2), paragraph(5_001, 2), [400, 600]]);
  });
});
