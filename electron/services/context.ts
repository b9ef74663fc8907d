import type { Db } from '../db/open';
import type { Template } from '../../shared/templates/template';

/** What every service handler works with; tests build one with an in-memory database and a fake clock. */
export interface ServiceContext {
  db: Db;
  templates: readonly Template[];
  author: string;
  now: () => Date;
}
