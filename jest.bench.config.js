/**
 * The browser benchmark (bench/**\/*.bench.ts): the built task pane in headless Chromium, timed.
 * Run by `npm run bench` after scripts/bench.mjs; never by `npm test` (jest.config.js and
 * jest.browser.config.js neither look in bench/ nor match *.bench.ts).
 */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/bench"],
  testMatch: ["**/*.bench.ts"],
  testTimeout: 60000,
  maxWorkers: 1,
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { module: "commonjs", isolatedModules: true } }],
  },
};
