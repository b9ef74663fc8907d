import { describe, expect, it } from 'vitest';
import { sentenceAround } from './reports';

describe('a reported finding', () => {
  it('carries the sentence it stood in, from one full stop to the next', () => {
    const text = '经研究，现答复如下。各单位要作好准备；请予支持。';
    const start = text.indexOf('作好');
    expect(sentenceAround(text, start, start + 2)).toBe('各单位要作好准备；');
  });
});
