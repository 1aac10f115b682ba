import { describe, expect, it } from 'vitest';
import { emptyWedgeState, feedWedgeKey, type WedgeState } from './wedge-detector';

function typeKeys(keys: string[], gapMs: number, start = 1000): (string | null)[] {
  let state: WedgeState = emptyWedgeState;
  return keys.map((key, index) => {
    const step = feedWedgeKey(state, key, start + index * gapMs);
    state = step.state;
    return step.code;
  });
}

describe('feedWedgeKey', () => {
  it('recognises a fast burst ending in Enter', () => {
    const codes = typeKeys([...'Ab3_x-9Z', 'Enter'], 5);
    expect(codes.at(-1)).toBe('Ab3_x-9Z');
  });

  it('ignores a person typing the same keys', () => {
    const codes = typeKeys([...'Ab3_x-9Z', 'Enter'], 120);
    expect(codes.every((code) => code === null)).toBe(true);
  });

  it('needs at least six characters', () => {
    expect(typeKeys([...'abcde', 'Enter'], 5).at(-1)).toBeNull();
    expect(typeKeys([...'abcdef', 'Enter'], 5).at(-1)).toBe('abcdef');
  });

  it('starts over after a pause, keeping only the fast run', () => {
    let state: WedgeState = emptyWedgeState;
    for (const [key, at] of [
      ['q', 0],
      ['w', 300],
    ] as const)
      state = feedWedgeKey(state, key, at).state;
    [...'abcdef'].forEach((key, i) => (state = feedWedgeKey(state, key, 1000 + i * 4).state));
    expect(feedWedgeKey(state, 'Enter', 1030).code).toBe('abcdef');
  });

  it('does not fire when Enter comes long after the burst', () => {
    let state: WedgeState = emptyWedgeState;
    [...'abcdefg'].forEach((key, i) => (state = feedWedgeKey(state, key, i * 4).state));
    expect(feedWedgeKey(state, 'Enter', 500).code).toBeNull();
  });

  it('tolerates one slow key inside a scanner burst', () => {
    let state: WedgeState = emptyWedgeState;
    const times = [0, 5, 10, 15, 70, 75, 80, 85, 90, 95];
    [...'abcdefghij'].forEach((key, i) => (state = feedWedgeKey(state, key, times[i]!).state));
    expect(feedWedgeKey(state, 'Enter', 100).code).toBe('abcdefghij');
  });

  it('ignores a fast typist', () => {
    expect(typeKeys([...'abcdefgh', 'Enter'], 60).at(-1)).toBeNull();
  });

  it('ignores modifier keys without breaking the burst', () => {
    const codes = typeKeys(['a', 'Shift', 'B', 'c', 'Shift', 'D', 'e', 'f', 'Enter'], 4);
    expect(codes.at(-1)).toBe('aBcDef');
  });

  it('forgets the burst after Enter', () => {
    let state: WedgeState = emptyWedgeState;
    [...'abcdef', 'Enter'].forEach((key, i) => (state = feedWedgeKey(state, key, i * 4).state));
    expect(state).toEqual(emptyWedgeState);
  });
});

describe('a scanner that stalls mid-code', () => {
  function feed(keys: Array<[string, number]>): (string | null)[] {
    let state: WedgeState = emptyWedgeState;
    return keys.map(([key, at]) => {
      const step = feedWedgeKey(state, key, at);
      state = step.state;
      return step.code;
    });
  }
  const code = 'tok7abcDEFghij-klmn_op';

  it('joins the keys after a 300 ms stall to the same code, and never sends the tail alone', () => {
    const keys: Array<[string, number]> = [...code].map((key, i) => [key, i < 7 ? i * 5 : 330 + i * 5]);
    const codes = feed([...keys, ['Enter', 330 + code.length * 5]]);
    expect(codes.filter((c) => c !== null)).toEqual([code]);
  });

  it('starts over after a stall longer than 1.5 s', () => {
    const keys: Array<[string, number]> = [...code].map((key, i) => [key, i < 7 ? i * 5 : 2_000 + i * 5]);
    expect(feed([...keys, ['Enter', 2_000 + code.length * 5]]).at(-1)).toBe(code.slice(7));
  });

  it('does not join a person typing after a pause', () => {
    const keys: Array<[string, number]> = [
      ['a', 0],
      ['b', 120],
      ...[...'cdefgh'].map((key, i): [string, number] => [key, 500 + i * 5]),
    ];
    expect(feed([...keys, ['Enter', 540]]).at(-1)).toBe('cdefgh');
  });
});
