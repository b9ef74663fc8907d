import Database from 'better-sqlite3';
import { latestVersion, migrate } from './migrate';
import { registerRowSums } from './rowSums/rowSums';

/** One schema object as SQLite describes it: its kind and table, its statement, and a table's columns or an index's. */
type Shape = Map<string, string>;

/** A statement as it is stored, with quoting and spacing (which renames and versions may write differently) taken out. */
const squash = (sql: string | null) =>
  (sql ?? '')
    .replace(/["`[\]]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

function shapeOf(db: Database.Database): Shape {
  const objects = db.prepare("SELECT type, name, tbl_name AS tableName, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_stat%' ORDER BY name").all() as {
    type: string;
    name: string;
    tableName: string;
    sql: string | null;
  }[];
  const shape: Shape = new Map();
  for (const object of objects) {
    let detail = '';
    // A table's own statement too: its CHECK constraints are read only by a connection that writes.
    if (object.type === 'table')
      detail = JSON.stringify([
        squash(object.sql),
        db.prepare('SELECT cid, name, type, "notnull", dflt_value, pk, hidden FROM pragma_table_xinfo(?)').all(object.name),
      ]);
    else if (object.type === 'index')
      detail = JSON.stringify([squash(object.sql), db.prepare('SELECT seqno, cid, name, "desc", coll, "key" FROM pragma_index_xinfo(?)').all(object.name)]);
    else detail = squash(object.sql);
    shape.set(`${object.type} ${object.name}`, `${object.tableName} ${detail}`);
  }
  return shape;
}

let expected: Shape | undefined;

/** The schema the migrations make, worked out once per process on an empty store in memory. */
function expectedShape(): Shape {
  if (!expected) {
    const fresh = new Database(':memory:');
    try {
      registerRowSums(fresh);
      migrate(fresh);
      expected = shapeOf(fresh);
    } finally {
      fresh.close();
    }
  }
  return expected;
}

/**
 * The store's tables, columns, indexes and triggers against what the migrations make. A flipped byte
 * in the schema can still parse (a column renamed, a default changed); every read would then fail
 * or, worse, mean something else. Checked only on a store at the current version.
 */
export function schemaProblems(db: Database.Database): string[] {
  if ((db.pragma('user_version', { simple: true }) as number) !== latestVersion()) return [];
  const found = shapeOf(db);
  const wanted = expectedShape();
  const problems: string[] = [];
  for (const [name, shape] of wanted) {
    if (!found.has(name)) problems.push(`表结构已损坏：缺少 ${name}`);
    else if (found.get(name) !== shape) problems.push(`表结构已损坏：${name} 与本程序的不一致`);
  }
  for (const name of found.keys()) if (!wanted.has(name)) problems.push(`表结构已损坏：多出 ${name}`);
  return problems.slice(0, 20);
}
