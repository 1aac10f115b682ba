import { describe, expect, it, vi } from 'vitest';
import type { FromWorker, GrabbedFrame, ToWorker } from './worker-protocol';
import { createWorkerDecoder, type WorkerLike } from './worker-decoder';

/** A stand-in Worker: records posts and lets the test answer as the worker would. */
function fakeWorker() {
  const listeners: { message: ((event: MessageEvent<FromWorker>) => void)[]; error: ((e: Event) => void)[] } =
    {
      message: [],
      error: [],
    };
  const posted: { message: ToWorker; transfer: Transferable[] }[] = [];
  const worker: WorkerLike & { terminated: boolean } = {
    terminated: false,
    postMessage: (message, transfer) => posted.push({ message, transfer }),
    addEventListener: (type: 'message' | 'error', listener: never) => listeners[type].push(listener),
    terminate() {
      this.terminated = true;
    },
  };
  const send = (data: FromWorker) =>
    listeners.message.forEach((l) => l({ data } as MessageEvent<FromWorker>));
  const fail = () => listeners.error.forEach((l) => l(new Event('error')));
  return { worker, posted, send, fail };
}

const bitmap = () => ({ width: 640, height: 480, close: vi.fn() }) as unknown as ImageBitmap;
const video = {} as HTMLVideoElement;
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

async function readyDecoder(grab = () => Promise.resolve<GrabbedFrame | null>(bitmap())) {
  const fake = fakeWorker();
  const pending = createWorkerDecoder({ createWorker: () => fake.worker, grab });
  fake.send({ type: 'ready', engine: 'zxing-wasm' });
  return { ...fake, decoder: await pending };
}

describe('the decode worker, seen from the page', () => {
  it('transfers the grabbed frame and resolves with the text the worker answers', async () => {
    const { decoder, posted, send } = await readyDecoder();
    expect(decoder.engine).toBe('zxing-wasm');
    const result = decoder.decode(video);
    await tick();
    expect(posted).toHaveLength(1);
    const [{ message, transfer }] = posted as [(typeof posted)[0]];
    expect(message.type).toBe('decode');
    expect(transfer).toEqual([message.frame]);
    send({ type: 'result', id: message.id, text: 'ticket-token' });
    await expect(result).resolves.toBe('ticket-token');
  });

  it('keeps one decode in flight: a frame offered meanwhile is skipped', async () => {
    const { decoder, posted, send } = await readyDecoder();
    const first = decoder.decode(video);
    await tick();
    await expect(decoder.decode(video)).resolves.toBeNull();
    expect(posted).toHaveLength(1);
    send({ type: 'result', id: posted[0]!.message.id, text: null });
    await expect(first).resolves.toBeNull();
    void decoder.decode(video);
    await tick();
    expect(posted).toHaveLength(2);
  });

  it('answers null when there is no frame to grab or the grab fails, and posts nothing', async () => {
    let calls = 0;
    const { decoder, posted } = await readyDecoder(() =>
      ++calls === 1 ? Promise.resolve(null) : Promise.reject(new Error('InvalidStateError')),
    );
    await expect(decoder.decode(video)).resolves.toBeNull();
    await expect(decoder.decode(video)).resolves.toBeNull();
    expect(posted).toHaveLength(0);
  });

  it('ends the worker on dispose, answers null to the waiting decode and to every later one', async () => {
    const { decoder, worker, posted } = await readyDecoder();
    const waiting = decoder.decode(video);
    await tick();
    decoder.dispose();
    expect(worker.terminated).toBe(true);
    await expect(waiting).resolves.toBeNull();
    await expect(decoder.decode(video)).resolves.toBeNull();
    expect(posted).toHaveLength(1);
  });

  it('closes a frame grabbed after dispose instead of sending it', async () => {
    const grabbed = bitmap();
    let release: (b: ImageBitmap) => void = () => {};
    const { decoder, posted } = await readyDecoder(() => new Promise((resolve) => (release = resolve)));
    const result = decoder.decode(video);
    decoder.dispose();
    release(grabbed);
    await expect(result).resolves.toBeNull();
    expect(grabbed.close).toHaveBeenCalled();
    expect(posted).toHaveLength(0);
  });

  it('rejects, with the worker ended, when no engine loads in it or it fails to start', async () => {
    const noEngine = fakeWorker();
    const failed = createWorkerDecoder({
      createWorker: () => noEngine.worker,
      grab: () => Promise.resolve(null),
    });
    noEngine.send({ type: 'failed', reason: 'zxing-wasm: blocked' });
    await expect(failed).rejects.toThrow(/no engine/);
    expect(noEngine.worker.terminated).toBe(true);

    const broken = fakeWorker();
    const crashed = createWorkerDecoder({
      createWorker: () => broken.worker,
      grab: () => Promise.resolve(null),
    });
    broken.fail();
    await expect(crashed).rejects.toThrow(/failed/);
    expect(broken.worker.terminated).toBe(true);
  });

  it('replaces a worker that crashes after it was ready, and keeps reading', async () => {
    const workers: ReturnType<typeof fakeWorker>[] = [];
    const pending = createWorkerDecoder({
      createWorker: () => {
        workers.push(fakeWorker());
        return workers.at(-1)!.worker;
      },
      grab: () => Promise.resolve(bitmap()),
    });
    workers[0]!.send({ type: 'ready', engine: 'zxing-wasm' });
    const decoder = await pending;
    const lost = decoder.decode(video);
    await tick();
    workers[0]!.fail();
    await expect(lost).resolves.toBeNull();
    expect(workers[0]!.worker.terminated).toBe(true);
    expect(workers).toHaveLength(2);

    const next = decoder.decode(video);
    await tick();
    const message = workers[1]!.posted[0]!.message;
    workers[1]!.send({ type: 'result', id: message.id, text: 'after-restart' });
    await expect(next).resolves.toBe('after-restart');
  });
});
