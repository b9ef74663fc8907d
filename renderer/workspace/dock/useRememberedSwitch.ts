import { useCallback, useState } from 'react';

function read(key: string, initial: boolean): boolean {
  try {
    const saved = localStorage.getItem(key);
    return saved === null ? initial : saved === 'true';
  } catch {
    return initial;
  }
}

/** A panel shown or not, as the clerk last left it (in this window's storage). */
export function useRememberedSwitch(key: string, initial: boolean): [boolean, () => void] {
  const [on, setOn] = useState(() => read(key, initial));
  const toggle = useCallback(() => {
    setOn((shown) => {
      try {
        localStorage.setItem(key, String(!shown));
      } catch {
        // Not remembered next time; the switch still works now.
      }
      return !shown;
    });
  }, [key]);
  return [on, toggle];
}
