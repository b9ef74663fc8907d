import { describe, expect, it } from 'vitest';
import { CommentAnchorSchema, relocateAnchor, type CommentAnchor } from './commentAnchor';

const blocks = ['关于对市政协十三届二次会议第0011号提案的答复', '𠀾伟委员：', '您提出的《关于加快老旧小区改造的提案》收悉。现答复如下：', '一、基本情况'];
const anchor: CommentAnchor = { block: 2, start: 5, end: 19, quote: '关于加快老旧小区改造的提案' };

describe('comment anchors', () => {
  it('counts code points, so a name outside the BMP is one character', () => {
    expect(relocateAnchor({ block: 1, start: 0, end: 2, quote: '委员' }, blocks)).toEqual({ block: 1, start: 2, end: 4, quote: '委员' });
  });

  it('stays put when the text is unchanged', () => {
    expect(relocateAnchor({ ...anchor, end: anchor.start + 13 }, blocks)?.start).toBe(5);
  });

  it('follows its text when words are inserted before it in the same paragraph', () => {
    const edited = [...blocks];
    edited[2] = '您在会上提出的《关于加快老旧小区改造的提案》收悉。现答复如下：';
    expect(relocateAnchor({ ...anchor, end: 18 }, edited)).toEqual({ block: 2, start: 8, end: 21, quote: '关于加快老旧小区改造的提案' });
  });

  it('follows its text into another paragraph when paragraphs are inserted or removed', () => {
    const edited = ['新增一段。', ...blocks];
    expect(relocateAnchor({ ...anchor, end: 18 }, edited)).toEqual({ block: 3, start: 5, end: 18, quote: '关于加快老旧小区改造的提案' });
    expect(relocateAnchor({ ...anchor, end: 18 }, blocks.slice(1))?.block).toBe(1);
  });

  it('picks the occurrence nearest its old position when the text occurs twice', () => {
    const text = ['改造，改造，改造'];
    expect(relocateAnchor({ block: 0, start: 4, end: 6, quote: '改造' }, ['一' + text[0]])).toEqual({ block: 0, start: 4, end: 6, quote: '改造' });
    expect(relocateAnchor({ block: 0, start: 7, end: 9, quote: '改造' }, ['一二' + text[0]])).toEqual({ block: 0, start: 8, end: 10, quote: '改造' });
  });

  it('is orphaned when its text is deleted or rewritten', () => {
    const edited = [...blocks];
    edited[2] = '您的提案收悉。现答复如下：';
    expect(relocateAnchor({ ...anchor, end: 18 }, edited)).toBeNull();
  });

  it('refuses an empty or reversed range', () => {
    expect(CommentAnchorSchema.safeParse({ block: 0, start: 3, end: 3, quote: '' }).success).toBe(false);
    expect(CommentAnchorSchema.safeParse({ block: 0, start: 4, end: 3, quote: '改' }).success).toBe(false);
  });
});
