/*
 * Outside Office (the task pane opened in a plain browser, where office.js does
 * not provide the custom-functions runtime), the associate calls appended to the
 * functions files would throw "CustomFunctions is not defined". This defines a
 * minimal stand-in only when the real runtime is absent, so the page still
 * loads; it records the associations in `CustomFunctions.associated` so that a
 * test can see which functions the bundle registered. In Excel, the real
 * runtime is present and this file does nothing.
 */
interface FallbackRuntime {
  associated: Record<string, unknown>;
  associate(id: string | Record<string, unknown>, fn?: unknown): void;
  Error: unknown;
  ErrorCode: Record<string, string>;
}

const scope = globalThis as unknown as { CustomFunctions?: FallbackRuntime };

if (typeof scope.CustomFunctions === "undefined") {
  const ErrorCode = {
    invalidValue: "#VALUE!",
    notAvailable: "#N/A",
    divisionByZero: "#DIV/0!",
    invalidNumber: "#NUM!",
    nullReference: "#NULL!",
    invalidName: "#NAME?",
    invalidReference: "#REF!",
  };
  class FallbackError extends Error {
    constructor(
      readonly code: string,
      message?: string,
    ) {
      super(message ?? code);
    }
  }
  const associated: Record<string, unknown> = {};
  scope.CustomFunctions = {
    associated,
    associate(id, fn) {
      if (typeof id === "string") associated[id.toUpperCase()] = fn;
      else Object.entries(id).forEach(([key, value]) => (associated[key.toUpperCase()] = value));
    },
    Error: FallbackError,
    ErrorCode,
  };
}

export {};
