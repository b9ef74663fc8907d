import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/*
 * Only the drafts domain writes the drafts table: a draft's head, working copy and sequence number
 * must move together, and the other domains get that right by calling its functions
 * (draftWrites.ts, newDraft.ts, ...) instead of writing their own SQL.
 */

const ELECTRON = fileURLToPath(new URL('../../', import.meta.url));
const ROOT = join(ELECTRON, '..');

/**
 * Where raw writes are allowed: the drafts domain itself, the migrations that shape the table, the
 * generator of old-schema fixture databases, and tests with their harnesses, which set up a stored
 * state on purpose.
 */
const ALLOWED = ['electron/services/drafts/', 'electron/db/migrations/', 'electron/db/fixtures/', 'electron/testing/'];
const isTestFile = (path: string) => /\.(test|stress)\.ts$/.test(path);

// `drafts` as a whole name (optionally quoted or schema-qualified): never drafts_fts, draft_id or draftsX.
const TABLE = String.raw`(?:(?:main|temp)\s*\.\s*)?["\x60\[]?drafts["\x60\]]?(?![\w$])`;
const WRITE = new RegExp(
  [
    String.raw`\bINSERT\s+(?:OR\s+\w+\s+)?INTO\s+${TABLE}`, // also INSERT OR REPLACE/IGNORE, and upserts (INSERT … ON CONFLICT)
    String.raw`\bREPLACE\s+INTO\s+${TABLE}`,
    String.raw`\bUPDATE\s+(?:OR\s+\w+\s+)?${TABLE}`, // not a trigger's "AFTER UPDATE OF … ON drafts", which writes nothing
    String.raw`\bDELETE\s+FROM\s+${TABLE}`,
  ].join('|'),
  'gi',
);

interface Write {
  line: number;
  sql: string;
}

/** A piece of a string the program builds: literal text, or an opaque value (`${…}`, a variable in a `+` chain). */
interface Piece {
  text: string;
  at: ts.Node;
  opaque?: true;
}

const opaque = (at: ts.Node): Piece => ({ text: ' ? ', at, opaque: true });

/** The pieces of a string or template literal, or of a `+` chain with a literal in it; undefined for anything else. */
function pieces(node: ts.Node): Piece[] | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [{ text: node.text, at: node }];
  if (ts.isTemplateExpression(node)) {
    return [
      { text: node.head.text, at: node },
      ...node.templateSpans.flatMap((span) => [opaque(span.expression), { text: span.literal.text, at: span.literal }]),
    ];
  }
  if (ts.isParenthesizedExpression(node)) return pieces(node.expression);
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const [left, right] = [pieces(node.left), pieces(node.right)];
    if (!left && !right) return undefined;
    return [...(left ?? [opaque(node.left)]), ...(right ?? [opaque(node.right)])];
  }
  return undefined;
}

/** Every statement in the file's strings that writes the drafts table, with the line it starts on. */
function draftsTableWrites(fileName: string, source: string): Write[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const lineOf = (node: ts.Node) => file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
  const writes: Write[] = [];
  const check = (parts: Piece[]) => {
    const offsets = parts.map((_, i) => parts.slice(0, i).reduce((sum, part) => sum + part.text.length, 0));
    const text = parts.map((part) => part.text).join('');
    for (const match of text.matchAll(WRITE)) {
      const i = offsets.findLastIndex((offset) => offset <= match.index);
      const newlines = parts[i].text.slice(0, match.index - offsets[i]).split('\n').length - 1;
      writes.push({ line: lineOf(parts[i].at) + newlines, sql: match[0].replace(/\s+/g, ' ') });
    }
  };
  const visit = (node: ts.Node): void => {
    const parts = pieces(node);
    if (!parts) {
      ts.forEachChild(node, visit);
      return;
    }
    check(parts);
    // Values spliced into the string may hold strings of their own.
    for (const part of parts) if (part.opaque) visit(part.at);
  };
  visit(file);
  return writes;
}

function sourceFiles(): string[] {
  return (readdirSync(ELECTRON, { recursive: true, encoding: 'utf8' }) as string[])
    .map((path) => relative(ROOT, join(ELECTRON, path)).split(sep).join('/'))
    .filter((path) => path.endsWith('.ts') && !path.includes('/node_modules/') && !isTestFile(path))
    .filter((path) => !ALLOWED.some((prefix) => path.startsWith(prefix)))
    .sort();
}

describe('the drafts table', () => {
  it('is written only by the drafts domain', () => {
    const files = sourceFiles();
    expect(files.length).toBeGreaterThan(50); // the scan really reads the sources
    const found = files.flatMap((path) => draftsTableWrites(path, readFileSync(join(ROOT, path), 'utf8')).map(({ line, sql }) => `${path}:${line}: ${sql}`));
    expect(found, 'write the drafts table through a function of electron/services/drafts/ (e.g. draftWrites.ts)').toEqual([]);
  });
});

describe('finding writes to the drafts table', () => {
  const find = (source: string) => draftsTableWrites('sample.ts', source).map(({ line, sql }) => `${line}: ${sql}`);

  it('finds every kind of write, on the line it is on, however the string is written', () => {
    const source = [
      "db.prepare('UPDATE drafts SET case_id = ? WHERE id = ?');",
      'db.prepare(`INSERT OR REPLACE INTO drafts (id) VALUES (?)`);',
      'db.prepare("replace into \\"drafts\\" (id) values (?)");',
      'db.exec(`',
      '  DELETE',
      '    FROM main.drafts WHERE id = 1`);',
      "db.prepare('INSERT INTO drafts(id) VALUES (?) ON CONFLICT (id) DO UPDATE SET title = excluded.title');",
      "db.prepare('UPDATE OR IGNORE ' + 'drafts SET title = ?');",
      'db.prepare(`UPDATE drafts SET ${column} = ? WHERE id = ?`);',
      "const sql = 'WITH x AS (SELECT 1) UPDATE [drafts] SET name = NULL';",
    ].join('\n');
    expect(find(source)).toEqual([
      '1: UPDATE drafts',
      '2: INSERT OR REPLACE INTO drafts',
      '3: replace into "drafts"',
      '5: DELETE FROM main.drafts',
      '7: INSERT INTO drafts',
      '8: UPDATE OR IGNORE drafts',
      '9: UPDATE drafts',
      '10: UPDATE [drafts]',
    ]);
  });

  it('leaves reads, other tables, triggers on drafts and code outside strings alone', () => {
    const source = [
      "db.prepare('SELECT * FROM drafts WHERE id = ?');",
      "db.prepare('UPDATE drafts_fts SET title = ?');",
      "db.prepare('DELETE FROM draft_tags WHERE draft_id = ?');",
      "db.prepare('INSERT INTO search_docs (kind, ref) SELECT \\'draft\\', id FROM drafts');",
      "db.prepare('UPDATE cases SET answer_draft_id = NULL WHERE answer_draft_id IN (SELECT id FROM drafts)');",
      'db.exec(`CREATE TRIGGER t AFTER UPDATE OF title ON drafts BEGIN DELETE FROM search_stale; END`);',
      '// UPDATE drafts SET title = ? — a comment, not a statement',
      'const drafts = rows; update(drafts); deleteFrom(drafts);',
    ].join('\n');
    expect(find(source)).toEqual([]);
  });
});
