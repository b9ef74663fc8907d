import { startServices } from '../../app/services';
import type { CallInput, CallName, CallOutput } from '../../../shared/api/contract';

/** One call against the store at `database`; a refusal becomes an Error carrying the service's Chinese message (exit 1). */
export async function callService<N extends CallName>(database: string, name: N, input: CallInput<N>): Promise<CallOutput<N>> {
  const services = startServices(database);
  try {
    const result = await services.dispatch(name, input);
    if (!result.ok) throw new Error(result.error.message);
    return result.value as CallOutput<N>;
  } finally {
    services.close();
  }
}
