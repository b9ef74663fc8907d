import { useCallback, useState } from 'react';
import { ApiError } from '../../../shared/api/errors';
import { PinDialog } from './PinDialog';

type Asking = { mode: 'unlock' | 'create'; retry: () => void; cancel: (error: unknown) => void };

/**
 * Runs a step that signs: when the services answer that the PIN (or a key first) is needed, asks for
 * it and runs the step again. The dialog is the hook's to place.
 */
export function useSigning() {
  const [asking, setAsking] = useState<Asking | undefined>();
  const signing = useCallback(
    <T,>(work: () => Promise<T>): Promise<T> =>
      work().catch(
        (error: unknown) =>
          new Promise<T>((resolve, reject) => {
            const details = error instanceof ApiError ? (error.details ?? []) : [];
            const mode = details.includes('needs-key') ? 'create' : details.includes('needs-pin') ? 'unlock' : undefined;
            if (!mode) return reject(error);
            setAsking({ mode, retry: () => work().then(resolve, reject), cancel: reject });
          }),
      ),
    [],
  );
  const dialog = asking && (
    <PinDialog
      mode={asking.mode}
      onDone={() => {
        setAsking(undefined);
        asking.retry();
      }}
      onClose={() => {
        setAsking(undefined);
        asking.cancel(new ApiError('conflict', '没有签名，这一步没有做。'));
      }}
    />
  );
  return { signing, dialog };
}
