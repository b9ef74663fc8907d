import type { ProofreadPreferences } from '../../../shared/proofread/preferences';
import { call } from '../../api/client';

/** What the clerk chose: proofreading on or off, rules turned off, findings ignored per draft; kept in the database. */
export const loadPreferences = () => call('proofread.preferences', {});
export const savePreferences = (preferences: ProofreadPreferences) => call('proofread.savePreferences', preferences);
export const loadIgnored = (draftId: string) => call('proofread.ignored', { draftId });
export const saveIgnored = (draftId: string, keys: string[]) => call('proofread.saveIgnored', { draftId, keys });
