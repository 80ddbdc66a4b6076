/** Browser tests: the built task pane in headless Chromium (Debian's package) via playwright-core. */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/browser"],
  testMatch: ["**/*.browser.test.ts"],
  testTimeout: 60000,
  maxWorkers: 1,
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { module: "commonjs", isolatedModules: true } }],
  },
};
