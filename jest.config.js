/** Unit and contract tests (node). Browser tests have their own config: jest.browser.config.js. */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/browser/"],
  setupFiles: ["<rootDir>/test/setup/customFunctionsRuntime.ts", "<rootDir>/test/setup/fastCheck.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { module: "commonjs", jsx: "react-jsx", isolatedModules: true } }],
  },
  // Coverage is measured when asked (`jest --coverage`, as `npm test` does), so that running one file stays quiet.
  // The thresholds sit a little below what the suite measured (core 98.5% statements, 93.8% branches; functions
  // 97.0%, 89.2%), each directory as a whole.
  collectCoverageFrom: ["src/core/**/*.ts", "src/functions/**/*.ts", "!**/*.test.ts"],
  coverageReporters: ["text-summary"],
  coverageThreshold: {
    "./src/core/": { statements: 96, branches: 91, functions: 96, lines: 97 },
    "./src/functions/": { statements: 95, branches: 87, functions: 97, lines: 95 },
  },
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
    "\\.(css)$": "<rootDir>/test/setup/styleStub.js",
  },
};
