import { describe, expect, it } from 'vitest';
import { applyUpdate, updateDecision } from './sw-bridge';

describe('applying an update', () => {
  it('is refused while scans wait to sync, and says why', async () => {
    expect(updateDecision(3)).toEqual({
      allowed: false,
      reason: '3 scans wait to sync. The update can be applied once the queue is empty.',
    });
    expect(await applyUpdate(async () => 1)).toMatchObject({
      allowed: false,
      reason: expect.stringContaining('1 scan waits'),
    });
  });

  it('is allowed once the queue is empty', () => {
    expect(updateDecision(0)).toEqual({ allowed: true });
  });

  it('does nothing when no new version is waiting', async () => {
    expect(await applyUpdate(async () => 0)).toEqual({ allowed: false, reason: 'No update is waiting.' });
  });
});
