import { defineDomain } from '../domain';
import { preferenceHandlers } from './preferences';
import { printPreferenceHandlers } from './printPreferences';
import { profileHandlers } from './profile';
import { wordListHandlers } from './wordList';

/** Settings: proofreading and print preferences, the bureau profile and the word list. */
export const settingsDomain = defineDomain('settings', [preferenceHandlers, printPreferenceHandlers, profileHandlers, wordListHandlers]);
