// The comparison worker's body for Node's worker_threads, so the bench drives the same client and job.
import { parentPort } from 'node:worker_threads';
import { runComparison, type WorkerReply, type WorkerRequest } from '../renderer/features/compare/comparisonJob';

parentPort!.on('message', (request: WorkerRequest) => {
  const reply: WorkerReply = { id: request.id, comparison: runComparison(request) };
  parentPort!.postMessage(reply);
});
