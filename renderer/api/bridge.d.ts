import type { Result } from '../../shared/api/errors';

declare global {
  interface Window {
    /** Present inside the Electron window (preload.ts); absent in a browser on the loopback host. */
    dafu?: {
      call: (name: string, input: unknown) => Promise<Result<unknown>>;
      /** Application-menu choices as command ids; returns the unsubscribe. */
      onCommand: (listener: (id: string) => void) => () => void;
      /** Files the system asked the app to open (a double-clicked .dafu package), base64; returns the unsubscribe. */
      onOpenedFile: (listener: (file: { fileName: string; data: string }) => void) => () => void;
    };
  }
}
