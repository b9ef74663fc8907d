import { startServices, type RunningServices, type ServiceOptions } from '../../app/services';
import { writeCliLog } from './cliErrorLog';

/**
 * The services for one CLI command: an error inside a call goes to the CLI's log, not as a stack on
 * the terminal; the command prints the call's one-line Chinese answer.
 */
export function startCliServices(database: string, options: Omit<ServiceOptions, 'logError'> = {}): RunningServices {
  return startServices(database, { ...options, logError: writeCliLog });
}
