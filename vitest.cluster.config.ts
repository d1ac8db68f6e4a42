import { defineConfig } from 'vitest/config';

// `npm run test:cluster`: the cluster runner against a real Redis (Debian's redis-server, started
// by the test on a loopback port) and worker processes; kept out of `npm test`, run by .ci/run.
export default defineConfig({
  test: {
    include: ['test/cluster/**/*.test.ts'],
    environment: 'node',
    testTimeout: 600_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
