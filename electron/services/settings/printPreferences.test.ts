import { describe, expect, it } from 'vitest';
import { DEFAULT_PRINT_SETTINGS } from '../../../shared/print/settings';
import { makeTestContext } from '../../testing/testContext';

describe('print preferences', () => {
  it('show page marks by default and remember the clerk’s choices and the preview’s settings', async () => {
    const { handlers } = makeTestContext();
    expect(await handlers['print.preferences']({})).toEqual({ pageMarks: true, settings: DEFAULT_PRINT_SETTINGS });
    const chosen = { pageMarks: false, settings: { ...DEFAULT_PRINT_SETTINGS, format: 'letter' as const, signature: 'unsealed' as const } };
    await handlers['print.savePreferences'](chosen);
    expect(await handlers['print.preferences']({})).toEqual(chosen);
  });
});
