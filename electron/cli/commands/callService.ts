import type { RunningServices } from '../../app/services';
import { startCliServices } from '../common/cliServices';
import type { CallInput, CallName, CallOutput } from '../../../shared/api/contract';

/** One call on services already started; a refusal becomes an Error carrying the service's Chinese message (exit 1). */
export async function callOn<N extends CallName>(services: RunningServices, name: N, input: CallInput<N>): Promise<CallOutput<N>> {
  const result = await services.dispatch(name, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as CallOutput<N>;
}

/** One call against the store at `database`; a refusal becomes an Error carrying the service's Chinese message (exit 1). */
export async function callService<N extends CallName>(database: string, name: N, input: CallInput<N>): Promise<CallOutput<N>> {
  const services = startCliServices(database);
  try {
    return await callOn(services, name, input);
  } finally {
    services.close();
  }
}
