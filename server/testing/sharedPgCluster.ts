import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { createDatabaseOn, dropDatabaseOn, type PgCluster } from './pgCluster';

/** Where the run's one cluster listens: what the global setup hands to every test file. */
export interface PgClusterAddress {
  url: string;
  port: number;
  dir: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgCluster: PgClusterAddress;
  }
}

/**
 * This test file's handle on the run's one PostgreSQL cluster (started by pgGlobalSetup.ts). Files
 * run at once in several workers, so each handle prefixes its databases with a token of its own;
 * `stop()` drops only those. PostgreSQL itself is shared: a test that crashes it or changes its
 * server-wide settings (or its roles, which are cluster-wide) starts its own with startPgCluster().
 */
export function sharedPgCluster(): PgCluster {
  const address = inject('pgCluster');
  if (!address) throw new Error('no shared PostgreSQL cluster: run under .config/vitest.config.ts, whose globalSetup starts it');
  const token = `t${randomBytes(4).toString('hex')}`;
  const made: string[] = [];
  return {
    ...address,
    createDatabase(name: string) {
      const unique = `${token}_${name}`;
      const url = createDatabaseOn(address.port, unique);
      made.push(unique);
      return url;
    },
    crashAndRestart() {
      throw new Error('the shared PostgreSQL cluster is never crashed: start one of your own with startPgCluster()');
    },
    stop() {
      for (const name of made.splice(0)) dropDatabaseOn(address.port, name);
    },
  };
}
