import type { Result } from '../../shared/api/errors';
import type { PushBridge } from '../../shared/api/pushBridge';

declare global {
  interface Window {
    /**
     * Present inside the Electron window (preload.ts); absent in a browser on the loopback host. Besides
     * the one call door, a member per push event of shared/api/pushEvents.ts (onCommand, onOpenedFile):
     * reach them through onPush in client.ts, which checks each payload against the table.
     */
    dafu?: PushBridge & {
      call: (name: string, input: unknown) => Promise<Result<unknown>>;
    };
  }
}
