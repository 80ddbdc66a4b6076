/*
 * Unit tests run the wrappers outside Excel. They get the same stand-in for the
 * custom-functions runtime that the bundle installs when no runtime is present
 * (src/functions/runtimeFallback.ts): `CustomFunctions.Error(code, message)`
 * with `code` and `message`, and `ErrorCode.invalidValue` = "#VALUE!".
 */
import "../../src/functions/runtimeFallback";
