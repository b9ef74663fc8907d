import { useEffect, useRef } from 'react';
import { onPush } from '../../api/client';

/**
 * A .dafu package the clerk double-clicked (or dragged onto the app's icon) arrives from the desktop
 * shell as base64; it is imported exactly as 导入审阅包 imports a chosen file. No-op in a browser.
 */
export function useOpenedPackages(importPackage: (data: string) => void): void {
  const latest = useRef(importPackage);
  latest.current = importPackage;
  useEffect(() => onPush('openedFile', (file) => file.fileName.toLowerCase().endsWith('.dafu') && latest.current(file.data)), []);
}
