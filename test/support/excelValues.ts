/*
 * Values the way Excel passes them to custom functions, and checks on the
 * `#VALUE!` errors the functions give back. Shared by the in-process tests
 * (src/functions/*.test.ts, against the stand-in runtime) and the bundle tests
 * (against the realm of a loaded bundle, whose `CustomFunctions.Error` is a
 * different class).
 */

/** A range as rows of cells: m([1, 2], [3, 4]). */
export const m = (...rows: unknown[][]): unknown[][] => rows;
/** A one-column range: col(1, 2, 3). */
export const col = (...values: unknown[]): unknown[][] => values.map((value) => [value]);
/** The top-left cell of a spilled result. */
export const first = (result: unknown): unknown => (result as unknown[][])[0]?.[0];
/** An omitted optional argument (Excel passes `null`), typed to fit any parameter. */
export const omitted = null as never;
/** Text where a parameter is typed as an autocomplete enum (a method or result name), typed to fit it. */
export const text = (value: unknown): never => value as never;

/** What Excel shows for a `CustomFunctions.Error`. */
interface RuntimeError {
  code: string;
  message?: string;
}

/** A `CustomFunctions.Error` class: the global stand-in's, or a loaded bundle's `ErrorClass`. */
export type ErrorClass = abstract new (code: never, message?: string) => RuntimeError;

/** What `action` throws; the test fails if it returns. */
export function thrownBy(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to throw");
}

/** Checks on `#VALUE!` errors of one runtime's error class. */
export interface ValueErrors {
  /** Checks that `result` is a `#VALUE!` error and gives its message. */
  message(result: unknown): string;
  /** The message of the `#VALUE!` error that `action` throws. */
  thrown(action: () => unknown): string;
  /** Checks that `result` is a `#VALUE!` error whose message matches `pattern` (a string: exactly). */
  expectValueError(result: unknown, pattern: RegExp | string): void;
}

/**
 * `#VALUE!` checks against `errorClass`: by default the global `CustomFunctions.Error`
 * of the in-process tests; pass `bundle.ErrorClass` for a loaded bundle.
 */
export function valueErrors(errorClass: ErrorClass = CustomFunctions.Error): ValueErrors {
  const message = (result: unknown): string => {
    expect(result).toBeInstanceOf(errorClass);
    expect((result as RuntimeError).code).toBe("#VALUE!");
    return (result as RuntimeError).message ?? "";
  };
  return {
    message,
    thrown: (action) => message(thrownBy(action)),
    expectValueError(result, pattern) {
      if (typeof pattern === "string") expect(message(result)).toBe(pattern);
      else expect(message(result)).toMatch(pattern);
    },
  };
}
