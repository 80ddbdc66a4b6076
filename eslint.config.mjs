// ESLint flat config. Besides style, it enforces the shape of the system
// (docs/conventions.md, "Layers"): core imports nothing outside core; functions and the
// task pane import core but never each other; only one module calls Excel.run; test code
// (test libraries, jest globals, test/) stays out of everything under src/ but *.test.ts[x].
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";

const officeAndUi = [
  { group: ["react", "react-dom", "react/*", "@fluentui/*"], message: "core is pure TypeScript: no React." },
  { group: ["@microsoft/office-js", "office-*"], message: "core is pure TypeScript: no Office." },
];

/** Colocated tests: the only files under src/ that may use test libraries. */
const TESTS = ["**/*.test.ts", "**/*.test.tsx"];

const testsOnly = "only *.test.ts[x] and test/ use it (src/ ships).";

/** Jest's globals, banned in shipped source. Every zone's no-restricted-globals list spreads this. */
const jestGlobals = [
  "describe",
  "it",
  "test",
  "expect",
  "jest",
  "beforeAll",
  "beforeEach",
  "afterAll",
  "afterEach",
].map((name) => ({ name, message: `${name} is a jest global: ${testsOnly}` }));

const paneNotFunctions = {
  group: ["**/functions", "**/functions/**"],
  message: "the task pane uses core directly, never the Excel functions.",
};

export default tseslint.config(
  { ignores: ["dist/**", "dist-*/**", "node_modules/**", "coverage/**", "test-output/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    // Type-aware rules for the shipped source, parsed with tsconfig.json's program (which holds exactly
    // src/ without its tests). Tests get the syntactic rules only.
    files: ["src/**/*.{ts,tsx}"],
    ignores: TESTS,
    extends: [tseslint.configs.recommendedTypeCheckedOnly],
    languageOptions: { parserOptions: { project: "./tsconfig.json", tsconfigRootDir: import.meta.dirname } },
    rules: {
      // The pane's props and the port's listeners are declared in method syntax and called as plain
      // functions (none uses `this`); the rule would have every view and interface rewritten in
      // property syntax, across many files.
      "@typescript-eslint/unbound-method": "off",
      // CustomFunctions.Error is what a custom function throws for #VALUE! with a message: the
      // runtime's protocol, not an Error subclass.
      "@typescript-eslint/only-throw-error": [
        "error",
        { allow: [{ from: "package", package: "@types/custom-functions-runtime", name: "Error" }] },
      ],
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    languageOptions: {
      globals: { ...globals.browser, Office: "readonly", Excel: "readonly", CustomFunctions: "readonly" },
    },
  },
  {
    // A rule of its own (not no-restricted-imports) so that it adds to each zone's layer rules.
    files: ["src/**/*.{ts,tsx}"],
    ignores: TESTS,
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["office-addin-mock", "@testing-library/*", "fast-check", "jest", "@jest/*", "jest-*"],
              message: `A test library: ${testsOnly}`,
            },
            { group: ["hyperformula", "playwright-core"], message: `An engine for tests: ${testsOnly}` },
            { group: ["**/test/**"], message: `test/ is test code: ${testsOnly}` },
          ],
        },
      ],
      "no-restricted-globals": ["error", ...jestGlobals],
    },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/functions", "**/functions/**"],
              message: "core must not depend on the Excel functions layer.",
            },
            { group: ["**/taskpane", "**/taskpane/**"], message: "core must not depend on the task pane." },
            ...officeAndUi,
          ],
        },
      ],
    },
  },
  {
    files: ["src/core/**/*.ts"],
    ignores: TESTS,
    rules: {
      "no-restricted-globals": [
        "error",
        ...jestGlobals,
        { name: "Office", message: "core has no Office." },
        { name: "Excel", message: "core has no Office." },
        { name: "CustomFunctions", message: "core has no Office; map errors in src/functions/funnel.ts." },
        { name: "window", message: "core has no DOM." },
        { name: "document", message: "core has no DOM." },
      ],
    },
  },
  {
    files: ["src/functions/**/*.ts"],
    rules: {
      // Excel passes raw values: the wrappers declare `any[][]` so the funnel does all coercion.
      "@typescript-eslint/no-explicit-any": "off",
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/taskpane", "**/taskpane/**"],
              message: "the functions bundle must not pull in the task pane.",
            },
            { group: ["react", "react-dom", "@fluentui/*"], message: "the functions bundle has no UI." },
          ],
        },
      ],
    },
  },
  {
    files: ["src/functions/**/*.ts"],
    ignores: TESTS,
    rules: {
      "no-restricted-globals": [
        "error",
        ...jestGlobals,
        { name: "Office", message: "the functions file must not reference Office (it stops every association)." },
      ],
    },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [paneNotFunctions],
        },
      ],
    },
  },
  {
    // The wizard's business flow is plain TypeScript, testable without a DOM: views live in wizard/.
    files: ["src/taskpane/policy/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            paneNotFunctions,
            {
              group: ["react", "react-dom", "react/*", "@fluentui/*"],
              message: "policy/ is the flow, not the view: no React.",
            },
            {
              group: ["**/wizard/**", "**/app/**", "**/calculator/**", "**/shared/*.tsx", "**/shared/NumberField"],
              message: "policy/ is the flow, not the view: views import policy, never the other way.",
            },
          ],
        },
      ],
    },
  },
  {
    // The ports implement the async WorkbookPort; `async` without `await` turns a refusal thrown
    // synchronously into the rejected promise the port contract requires.
    files: ["src/taskpane/workbook/memoryWorkbook.ts", "src/taskpane/workbook/excelWorkbook.ts"],
    rules: { "@typescript-eslint/require-await": "off" },
  },
  {
    // formatValue shows any other value as JavaScript writes it (a tested rule), and detectHost
    // compares an unknown host as text: String() of an object is what they mean.
    files: ["src/core/shared/inputError.ts", "src/taskpane/host/detectHost.ts"],
    rules: { "@typescript-eslint/no-base-to-string": "off" },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/taskpane/workbook/excelWorkbook.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "MemberExpression[object.name='Excel'][property.name='run']",
          message: "Only src/taskpane/workbook/excelWorkbook.ts calls Excel.run; use the WorkbookPort.",
        },
      ],
    },
  },
);
