import { createServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { apiFromEnvironment } from '../../functions/api-from-environment.ts';
import { stubLambdaEnvironment } from './lambda-environment.ts';
import { expectProblem } from './problem-document.ts';

/** A store that takes every connection and never answers. */
const sockets: Socket[] = [];
const silent = createServer((socket) => sockets.push(socket));

beforeAll(async () => {
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  stubLambdaEnvironment('hemispheric-drug-policy', `http://127.0.0.1:${(silent.address() as AddressInfo).port}`);
});
afterAll(async () => {
  vi.unstubAllEnvs();
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => silent.close(resolve));
});

describe('the deployed API over a store that never answers', () => {
  it('gives up in time to answer its 503 problem, with Retry-After, and logs why', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const response = await apiFromEnvironment(process.env).request('/v1/plans');
      expect(response.headers.get('retry-after')).toBe('5');
      expect((await expectProblem(response, 503)).detail).toBe('The data store is unavailable; retry shortly.');
      expect(log).toHaveBeenCalledWith(expect.stringContaining('TimeoutError'));
    } finally {
      log.mockRestore();
    }
  });
});
