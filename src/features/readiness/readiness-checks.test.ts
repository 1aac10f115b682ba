import { describe, expect, it } from 'vitest';
import { clockCheck, countCheck, storageCheck } from './readiness-checks';

describe('readiness checks', () => {
  it('accepts a clock within a minute of the server', () => {
    expect(clockCheck(0)).toEqual({
      status: 'ok',
      detail: "This device's clock is in step with the server.",
    });
    expect(clockCheck(-59_000).status).toBe('ok');
  });

  it('warns when the clock is more than a minute off, and says which way', () => {
    expect(clockCheck(90_000)).toMatchObject({
      status: 'warning',
      detail: expect.stringContaining('90 s behind'),
    });
    expect(clockCheck(-61_000)).toMatchObject({
      status: 'warning',
      detail: expect.stringContaining('61 s ahead of'),
    });
  });

  it('warns while scans wait to sync', () => {
    expect(countCheck(0).status).toBe('ok');
    expect(countCheck(2)).toMatchObject({ status: 'warning', detail: expect.stringContaining('2 scans') });
  });

  it('reports storage persistence', () => {
    expect(storageCheck(true).status).toBe('ok');
    expect(storageCheck(false).status).toBe('warning');
    expect(storageCheck(null).status).toBe('warning');
  });
});
