import type { Handlers } from '../../../shared/api/contract';
import { DecidedFindingsSchema, withDecisions } from '../../../shared/proofread/decisions';
import type { ServiceContext } from '../context';
import { readDraftRow } from '../drafts/records/draftRecords';
import { readSetting, writeSetting } from './records/settings';

/** Per draft, beside the findings it ignores (preferences.ts); draftRows.ts lists it among the draft's rows. */
const decisionsKey = (draftId: string) => `proofreadDecisions:${draftId}`;

/** The decisions on a draft's findings last as the draft does, so its 校对报告 lists those of earlier sessions too. */
export function findingDecisionHandlers(ctx: ServiceContext): Pick<Handlers, 'proofread.decisions' | 'proofread.addDecisions'> {
  const { db } = ctx;
  const read = (draftId: string) => readSetting(db, decisionsKey(draftId), DecidedFindingsSchema) ?? [];
  return {
    'proofread.decisions': ({ draftId }) => {
      readDraftRow(db, draftId);
      return read(draftId);
    },
    'proofread.addDecisions': ({ draftId, decisions }) =>
      db.transaction(() => {
        readDraftRow(db, draftId);
        writeSetting(db, decisionsKey(draftId), withDecisions(read(draftId), decisions));
        return {};
      })(),
  };
}
