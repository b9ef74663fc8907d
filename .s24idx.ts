import Database from 'better-sqlite3';
import { registerStoreFunctions } from './electron/db/storeFunctions';
import { listDrafts } from './electron/services/drafts/records/draftRecords';
import { DraftSummarySchema } from './shared/model/draft';
import { z } from 'zod';
const db = new Database(process.argv[2]);
registerStoreFunctions(db);
for (let i = 0; i < 3; i++) {
  const s = performance.now();
  const list = listDrafts(db, { sql: '1', params: [] });
  const m = performance.now();
  z.array(DraftSummarySchema).parse(list);
  console.log(i, 'list', Math.round(m - s), 'zod', Math.round(performance.now() - m));
}
