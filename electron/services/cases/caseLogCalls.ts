import type { Handlers } from '../../../shared/api/contract';
import { caseLog } from '../../../shared/merge/caseLog';
import type { ServiceContext } from '../context';
import { caseEvents } from './caseEvents';
import { loadCaseRow } from './caseRecords';

/** The case's 修改记录: its fact changes from every PC, as shown in the case window. */
export function caseLogHandlers(ctx: ServiceContext): Pick<Handlers, 'cases.log'> {
  return {
    'cases.log': ({ caseId }) => {
      loadCaseRow(ctx.db, caseId);
      return caseLog(caseEvents(ctx.db, caseId));
    },
  };
}
