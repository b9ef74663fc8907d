// Compares two versions off the page's main thread, so typing never waits for a long comparison.
import { runComparison, type WorkerReply, type WorkerRequest } from './comparisonJob';

self.onmessage = ({ data }: MessageEvent<WorkerRequest>) => {
  let reply: WorkerReply;
  try {
    reply = { id: data.id, comparison: runComparison(data) };
  } catch (error) {
    reply = { id: data.id, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
};
