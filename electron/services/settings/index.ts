import { defineDomain } from '../domain';
import { preferenceHandlers } from './preferences';
import { printPreferenceHandlers } from './printPreferences';
import { profileHandlers } from './profile';
import { wordListHandlers } from './wordList';
import { bureauListHandlers } from './bureauLists';
import { falseReportHandlers } from './falseReports';
import { findingDecisionHandlers } from './findingDecisions';

/** Settings: proofreading and print preferences, the bureau profile, the word list, the bureau's own lists and reported false findings. */
export const settingsDomain = defineDomain('settings', [
  preferenceHandlers,
  printPreferenceHandlers,
  profileHandlers,
  wordListHandlers,
  bureauListHandlers,
  falseReportHandlers,
  findingDecisionHandlers,
]);
