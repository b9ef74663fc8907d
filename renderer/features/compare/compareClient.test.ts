import { describe, expect, it } from 'vitest';
import { createCompareClient, type ComparisonOutcome, type WorkerPort } from './compareClient';
import type { ComparisonJob, WorkerReply, WorkerRequest } from './comparisonJob';
import { runComparison } from './comparisonJob';

const letter = (...texts: string[]): ComparisonJob['before'] => ({
  content: { version: 1, blocks: texts.map((text) => ({ role: 'body', inlines: [{ t: 'text', text }] })) },
});
const afterText = (outcome: ComparisonOutcome) =>
  outcome.status === 'done' ? outcome.comparison.rows.flatMap((row) => (row.after ? [row.after.text] : [])).join('') : null;
const job = (after: string): ComparisonJob => ({ before: letter('我局高度重视。'), after: letter(after), granularity: 'word' });

/** A worker that holds each message until the test answers it, as a busy real one would. */
class FakeWorker implements WorkerPort {
  static started: FakeWorker[] = [];
  onmessage: WorkerPort['onmessage'] = null;
  onerror: WorkerPort['onerror'] = null;
  received: WorkerRequest[] = [];
  terminated = false;
  constructor() {
    FakeWorker.started.push(this);
  }
  postMessage(message: WorkerRequest) {
    this.received.push(structuredClone(message));
  }
  terminate() {
    this.terminated = true;
  }
  answer(reply?: WorkerReply) {
    const request = this.received.shift()!;
    this.onmessage?.({ data: reply ?? { id: request.id, comparison: runComparison(request) } });
  }
}

function setUp(workers = true) {
  FakeWorker.started = [];
  const onPage: ComparisonJob[] = [];
  const client = createCompareClient({
    startWorker: workers ? () => new FakeWorker() : null,
    compareHere: (j) => (onPage.push(j), runComparison(j)),
    pause: () => Promise.resolve(),
  });
  return { client, onPage };
}

describe('the comparison client', () => {
  it('computes in the worker and leaves the page thread alone', async () => {
    const { client, onPage } = setUp();
    const result = client.compare(job('我局高度重视，认真办理。'));
    FakeWorker.started[0].answer();
    const outcome = await result;
    expect(outcome).toMatchObject({ status: 'done', ranIn: 'worker' });
    expect(outcome.status === 'done' && outcome.comparison.changes.length).toBeGreaterThan(0);
    expect(onPage).toHaveLength(0);
  });

  it('drops a stale request: the busy worker is terminated and a fresh one answers the newer request', async () => {
    const { client } = setUp();
    const older = client.compare(job('旧的请求。'));
    const newer = client.compare(job('新的请求。'));
    expect(await older).toEqual({ status: 'superseded' });
    const [first, second] = FakeWorker.started;
    expect(first.terminated).toBe(true);
    second.answer();
    const outcome = await newer;
    expect(afterText(outcome)).toBe('新的请求。');
  });

  it('ignores a late answer to a request that is no longer current', async () => {
    const { client } = setUp();
    const pending = client.compare(job('第二次。'));
    const worker = FakeWorker.started[0];
    worker.onmessage?.({ data: { id: 999, comparison: runComparison(job('别的。')) } });
    worker.answer();
    const outcome = await pending;
    expect(afterText(outcome)).toBe('第二次。');
  });

  it('reuses an idle worker for the next request', async () => {
    const { client } = setUp();
    const first = client.compare(job('一。'));
    FakeWorker.started[0].answer();
    await first;
    const second = client.compare(job('二。'));
    FakeWorker.started[0].answer();
    await second;
    expect(FakeWorker.started).toHaveLength(1);
  });

  it('falls back to the page when a worker cannot load, and says so through ranIn', async () => {
    const { client, onPage } = setUp();
    const pending = client.compare(job('载入失败。'));
    FakeWorker.started[0].onerror?.(new Event('error'));
    expect(await pending).toMatchObject({ status: 'done', ranIn: 'page' });
    expect(await client.compare(job('以后也在页面上。'))).toMatchObject({ status: 'done', ranIn: 'page' });
    expect(FakeWorker.started).toHaveLength(1);
    expect(onPage).toHaveLength(2);
  });

  it('runs on the page where workers do not exist, and a newer request still wins', async () => {
    const { client, onPage } = setUp(false);
    const older = client.compare(job('甲。'));
    const newer = client.compare(job('乙。'));
    expect(await older).toEqual({ status: 'superseded' });
    expect(await newer).toMatchObject({ status: 'done', ranIn: 'page' });
    expect(onPage).toHaveLength(1);
  });

  it('reports a comparison that failed in the worker, and stops everything when disposed', async () => {
    const { client } = setUp();
    const failing = client.compare(job('出错。'));
    FakeWorker.started[0].answer({ id: 1, error: 'boom' });
    await expect(failing).rejects.toThrow('boom');
    const open = client.compare(job('关闭。'));
    client.dispose();
    expect(await open).toEqual({ status: 'superseded' });
    expect(FakeWorker.started[0].terminated).toBe(true);
  });
});
