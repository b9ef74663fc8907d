import type { StoreHealth } from '../../../shared/model/backup';
import { call } from '../../api/client';

const POLL_MS = 1000;

export interface StoreAnswers {
  /** The store's health as it first answered this page. */
  first: Promise<StoreHealth>;
  /** Its health once the full check after start is done: the first answer when none was running. */
  checked: Promise<StoreHealth>;
}

let answers: StoreAnswers | undefined;

/** The store's health, asked again every second until its full check after start is done: one poll for the whole page, whoever waits on it. */
export function storeChecked(): StoreAnswers {
  if (answers) return answers;
  const first = call('store.health', {});
  const untilChecked = (health: StoreHealth): Promise<StoreHealth> =>
    health.checking ? new Promise((resolve) => setTimeout(resolve, POLL_MS)).then(() => call('store.health', {})).then(untilChecked) : Promise.resolve(health);
  answers = { first, checked: first.then(untilChecked) };
  return answers;
}
