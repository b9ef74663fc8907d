import { describe, expect, it, vi } from 'vitest';
import { createCommandRegistry } from './registry';

describe('the command registry', () => {
  it('runs what is bound and reports what is not', () => {
    const registry = createCommandRegistry();
    const save = vi.fn();
    const unbind = registry.bind({ 'draft.checkpoint': save });
    expect(registry.run('draft.checkpoint')).toBe(true);
    expect(save).toHaveBeenCalledOnce();
    unbind();
    expect(registry.run('draft.checkpoint')).toBe(false);
    expect(registry.isAvailable('draft.checkpoint')).toBe(false);
  });

  it('lets the latest binding win and falls back when it goes away', () => {
    const registry = createCommandRegistry();
    const appWide = vi.fn();
    const inEditor = vi.fn();
    registry.bind({ 'edit.find': appWide });
    const unbind = registry.bind({ 'edit.find': inEditor });
    registry.run('edit.find');
    unbind();
    registry.run('edit.find');
    expect(inEditor).toHaveBeenCalledOnce();
    expect(appWide).toHaveBeenCalledOnce();
  });

  it('tells subscribers when bindings change', () => {
    const registry = createCommandRegistry();
    const listener = vi.fn();
    registry.subscribe(listener);
    registry.bind({ 'help.shortcuts': () => {} })();
    expect(listener).toHaveBeenCalledTimes(2);
    expect(registry.version()).toBe(2);
  });

  it('lets a binding over the screens win whoever bound last, until it goes away', () => {
    const registry = createCommandRegistry();
    const toggle = vi.fn();
    const reveal = vi.fn();
    const unbindOver = registry.bind({ 'proofread.toggle': reveal }, 'over');
    const unbindBase = registry.bind({ 'proofread.toggle': toggle });
    registry.run('proofread.toggle');
    unbindOver();
    registry.run('proofread.toggle');
    unbindBase();
    expect(reveal).toHaveBeenCalledOnce();
    expect(toggle).toHaveBeenCalledOnce();
  });

  it('says why a greyed command is greyed', () => {
    const registry = createCommandRegistry();
    expect(registry.unavailableReason('draft.checkpoint')).toBe('请先打开一份草稿');
    const unbind = registry.bind({ 'format.bold': { unavailable: '已签发，正文已锁定' } });
    expect(registry.isAvailable('format.bold')).toBe(false);
    expect(registry.run('format.bold')).toBe(false);
    expect(registry.unavailableReason('format.bold')).toBe('已签发，正文已锁定');
    unbind();
    registry.bind({ 'format.bold': () => {} });
    expect(registry.unavailableReason('format.bold')).toBeUndefined();
  });

  it('tells who listens of each command run, not of one that could not run', () => {
    const registry = createCommandRegistry();
    const ran = vi.fn();
    registry.onRun(ran);
    registry.bind({ 'review.comment': () => {} });
    registry.run('review.comment');
    registry.run('view.history');
    expect(ran.mock.calls).toEqual([['review.comment']]);
  });
});
