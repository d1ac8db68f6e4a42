import { defineConfig } from 'vitest/config';

// `npm run test:stress`: the slow checks kept out of `npm test` (big inputs, cross-time-zone builds).
export default defineConfig({
  test: {
    include: ['test/stress/**/*.test.ts'],
    environment: 'node',
    testTimeout: 300_000,
  },
});
