import { afterAll, beforeAll, describe, it } from 'vitest';
import { runFaultScenario } from '../testing/faultScenario';
import { startPgCluster, type PgCluster } from '../testing/pgCluster';

/** The fast run of the convergence-under-faults scenario (server/testing/faultScenario.ts); faults.stress.ts runs it long. */
const ROUNDS = 40;

let cluster: PgCluster;
beforeAll(async () => {
  cluster = await startPgCluster();
}, 60_000);
afterAll(() => cluster?.stop());

describe('convergence under faults', () => {
  it(
    `three PCs, ${ROUNDS} rounds of edits, offline spells, server SIGKILLs and PostgreSQL crashes: identical sets, nothing acknowledged lost`,
    () => runFaultScenario(cluster, ROUNDS),
    170_000,
  );
});
