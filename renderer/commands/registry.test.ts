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
});
