import type { StoreHealth } from '../../../shared/model/backup';
import { call } from '../../api/client';

const POLL_MS = 1000;
let checked: Promise<StoreHealth> | undefined;

/**
 * The store's health once its full check after start is done, asked again every second until then:
 * one poll for the whole page, whoever waits on it.
 */
export function storeChecked(): Promise<StoreHealth> {
  checked ??= new Promise((resolve, reject) => {
    const ask = () =>
      call('store.health', {}).then((health) => {
        if (health.checking) setTimeout(ask, POLL_MS);
        else resolve(health);
      }, reject);
    void ask();
  });
  return checked;
}
