import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCaldasaClient } from '../../lib/api/api-client';
import { listEvents } from './list-events';

function answer(body: unknown) {
  vi.stubGlobal('fetch', async () => Response.json(body));
}

const filters = { status: null, search: '', page: 1 };

describe('listEvents', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('fails with a clear message when the answer is not an events page', async () => {
    answer({ events: [] });
    const client = createCaldasaClient('http://api.test', 'token');
    await expect(listEvents(client, filters)).rejects.toThrow(
      "The server's answer for the events list was not understood.",
    );
  });

  it('gives the screen the checked page', async () => {
    answer({ items: [], page: 1, pageSize: 20, totalCount: 0, next: null });
    const client = createCaldasaClient('http://api.test', 'token');
    await expect(listEvents(client, filters)).resolves.toEqual({
      items: [],
      page: 1,
      pageSize: 20,
      totalCount: 0,
    });
  });
});
