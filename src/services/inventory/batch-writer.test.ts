import { describe, expect, it } from 'vitest';
import { BatchWriter } from './batch-writer.ts';

/** A write the test finishes by hand, to see what runs while it is pending. */
function controlledWrites() {
  const calls: { rows: number[]; allNew: boolean }[] = [];
  const finish: (() => void)[] = [];
  const fail: ((e: Error) => void)[] = [];
  const write = (rows: number[], allNew: boolean) =>
    new Promise<void>((resolve, reject) => {
      calls.push({ rows, allNew });
      finish.push(resolve);
      fail.push(reject);
    });
  return { calls, finish, fail, write };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('BatchWriter', () => {
  it('returns from flush while the write is still running, and writes batches in order, new rows first', async () => {
    const w = controlledWrites();
    const writer = new BatchWriter<number>(w.write);
    writer.add(1, true);
    writer.add(2, false);
    await writer.flush();
    writer.add(3, true);
    await writer.flush();
    await tick();
    expect(w.calls).toEqual([{ rows: [1], allNew: true }]);
    w.finish.shift()?.();
    await tick();
    expect(w.calls.map((c) => c.rows)).toEqual([[1], [2]]);
    w.finish.shift()?.();
    await tick();
    w.finish.shift()?.();
    await writer.settle();
    expect(w.calls).toEqual([
      { rows: [1], allNew: true },
      { rows: [2], allNew: false },
      { rows: [3], allNew: true },
    ]);
  });

  it('keeps at most three batches waiting: the fourth flush waits for the oldest', async () => {
    const w = controlledWrites();
    const writer = new BatchWriter<number>(w.write);
    for (let k = 0; k < 3; k++) {
      writer.add(k, true);
      await writer.flush();
    }
    writer.add(3, true);
    let returned = false;
    const fourth = writer.flush().then(() => {
      returned = true;
    });
    await tick();
    expect(returned).toBe(false);
    w.finish.shift()?.();
    await fourth;
    expect(returned).toBe(true);
    for (let k = 0; k < 3; k++) {
      await tick();
      w.finish.shift()?.();
    }
    await writer.settle();
    expect(w.calls.map((c) => c.rows)).toEqual([[0], [1], [2], [3]]);
  });

  it('throws the first failure at the next flush or at settle, and writes nothing after it', async () => {
    const w = controlledWrites();
    const writer = new BatchWriter<number>(w.write);
    writer.add(1, true);
    await writer.flush();
    writer.add(2, true);
    await writer.flush();
    await tick();
    w.fail.shift()?.(new Error('duplicate key'));
    await expect(writer.settle()).rejects.toThrow('duplicate key');
    writer.add(3, true);
    await expect(writer.flush()).rejects.toThrow('duplicate key');
    expect(w.calls.map((c) => c.rows)).toEqual([[1]]);
  });
});
