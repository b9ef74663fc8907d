import type { TestProject } from 'vitest/node';
import { startPgCluster } from './pgCluster';
import type { PgClusterAddress } from './sharedPgCluster';

/** Starts the one PostgreSQL cluster of a unit-test run (instead of one per file) and stops it after the last file. */
export default async function setup(project: TestProject) {
  const cluster = await startPgCluster();
  const address: PgClusterAddress = { url: cluster.url, port: cluster.port, dir: cluster.dir };
  project.provide('pgCluster', address);
  return () => cluster.stop();
}
