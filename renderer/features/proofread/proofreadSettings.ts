/**
 * What the clerk chose to ignore (per draft) and which rules they turned off, kept in the renderer's
 * local storage: no settings store exists on the service side yet.
 */
const DISABLED_RULES = 'dafu.proofread.disabledRules';
const ENABLED = 'dafu.proofread.on';
const ignoredKey = (draftId: string) => `dafu.proofread.ignored.${draftId}`;

function readList(key: string): string[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}

const writeList = (key: string, list: readonly string[]) => localStorage.setItem(key, JSON.stringify(list));

export const loadDisabledRules = () => readList(DISABLED_RULES);
export const saveDisabledRules = (ids: readonly string[]) => writeList(DISABLED_RULES, ids);
export const loadIgnored = (draftId: string) => readList(ignoredKey(draftId));
export const saveIgnored = (draftId: string, keys: readonly string[]) => writeList(ignoredKey(draftId), keys);
export const loadProofreadingOn = () => localStorage.getItem(ENABLED) !== 'false';
export const saveProofreadingOn = (on: boolean) => localStorage.setItem(ENABLED, String(on));
