// Jest 30 in CommonJS mode with @swc/jest (README.md, "Tests" explains the layout).
// Only @hubspot/ui-extensions and tinyspy ship ESM alone, so only they are transformed from node_modules.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: [
    '<rootDir>/packages',
    '<rootDir>/src',
    '<rootDir>/dev',
    '<rootDir>/backend',
    '<rootDir>/marketplace',
    '<rootDir>/test',
  ],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic' } },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  transformIgnorePatterns: ['/node_modules/(?!(@hubspot/ui-extensions|tinyspy)/)'],
  testTimeout: 30000,
};
