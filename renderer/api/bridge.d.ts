import type { Result } from '../../shared/api/errors';

declare global {
  interface Window {
    /** Present inside the Electron window (preload.ts); absent in a browser on the loopback host. */
    dafu?: { call: (name: string, input: unknown) => Promise<Result<unknown>> };
  }
}
