import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts'],
    exclude: ['test/stress/**', 'test/cluster/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
