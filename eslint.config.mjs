// ESLint flat config. Besides style, it enforces the shape of the system
// (docs/conventions.md, "Layers"): core imports nothing outside core; functions and the
// task pane import core but never each other; only one module calls Excel.run.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";

const officeAndUi = [
  { group: ["react", "react-dom", "react/*", "@fluentui/*"], message: "core is pure TypeScript: no React." },
  { group: ["@microsoft/office-js", "office-*"], message: "core is pure TypeScript: no Office." },
];

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
    files: ["src/**/*.{ts,tsx}"],
    languageOptions: {
      globals: { ...globals.browser, Office: "readonly", Excel: "readonly", CustomFunctions: "readonly" },
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
      "no-restricted-globals": [
        "error",
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
      "no-restricted-globals": [
        "error",
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
