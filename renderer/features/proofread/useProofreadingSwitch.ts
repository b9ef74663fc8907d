import { useCallback, useEffect, useState } from 'react';
import { loadPreferences, savePreferences } from './proofreadSettings';

/** 校对 on or off, as the clerk last chose it. */
export function useProofreadingSwitch(report: (error: unknown) => void) {
  const [on, setOn] = useState(true);
  useEffect(() => void loadPreferences().then((preferences) => setOn(preferences.on), report), [report]);
  const toggle = useCallback(() => {
    setOn(!on);
    void loadPreferences().then((preferences) => savePreferences({ ...preferences, on: !on }));
  }, [on]);
  return { on, toggle };
}
