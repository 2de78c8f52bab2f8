/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // isolatedModules keeps ts-jest fast; type errors are caught by `npm run typecheck`.
  transform: { '^.+\\.ts$': 'ts-jest' },
};
