/**
 * The root of an increasing function on a bracket [low, high] with f(low) ≤ 0 ≤ f(high),
 * by the Illinois variant of regula falsi (Dowell & Jarratt 1971): it keeps the
 * bracket, so it always converges, and it converges superlinearly where f is smooth.
 * Stops when the bracket is within `tolerance` or after 200 steps.
 *
 * @see Dowell & Jarratt, "A modified regula falsi method for computing the root of an equation", BIT 11 (1971).
 */
export function findIncreasingRoot(f: (x: number) => number, low: number, high: number, tolerance: number): number {
  let a = low;
  let b = high;
  let fa = f(a);
  let fb = f(b);
  if (fa >= 0) return a;
  if (fb <= 0) return b;
  let side = 0;
  for (let step = 0; step < 200 && b - a > tolerance; step++) {
    let x = (a * fb - b * fa) / (fb - fa);
    // Fall back to bisection when the secant point leaves the bracket (rounding) or the bracket barely shrinks.
    if (!(x > a && x < b) || step % 8 === 7) x = a + (b - a) / 2;
    const fx = f(x);
    if (fx === 0) return x;
    if (fx < 0) {
      a = x;
      fa = fx;
      if (side === -1) fb /= 2;
      side = -1;
    } else {
      b = x;
      fb = fx;
      if (side === 1) fa /= 2;
      side = 1;
    }
  }
  return a + (b - a) / 2;
}
