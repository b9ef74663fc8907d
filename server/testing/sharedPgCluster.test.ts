import { describe, expect, it } from 'vitest';
import { openPool } from '../db/pool';
import { sharedPgCluster } from './sharedPgCluster';

const databases = async (url: string) => {
  const pool = openPool(url, 1);
  try {
    return (await pool.query<{ datname: string }>('SELECT datname FROM pg_database')).rows.map((row) => row.datname);
  } finally {
    await pool.end();
  }
};

describe('test files share the run’s one PostgreSQL cluster', () => {
  it('two files asking for the same database name get two databases; each file drops only its own', async () => {
    const mine = sharedPgCluster();
    const theirs = sharedPgCluster();
    expect(theirs.port).toBe(mine.port);
    const myUrl = mine.createDatabase('fresh');
    const theirUrl = theirs.createDatabase('fresh');
    expect(myUrl).not.toBe(theirUrl);

    const pool = openPool(myUrl, 1);
    try {
      await pool.query('CREATE TABLE left_open (x int)');
      // A connection still open when the file ends does not keep its database alive.
      mine.stop();
    } finally {
      await pool.end();
    }
    const left = await databases(theirUrl);
    expect(left).toContain(new URL(theirUrl).pathname.slice(1));
    expect(left).not.toContain(new URL(myUrl).pathname.slice(1));
    theirs.stop();
    expect(await databases(mine.url)).not.toContain(new URL(theirUrl).pathname.slice(1));
  });

  it('the shared cluster is never crashed on purpose: a test that needs that starts its own', () => {
    expect(() => sharedPgCluster().crashAndRestart()).toThrow(/startPgCluster/);
  });
});
