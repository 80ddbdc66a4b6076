import { seededRandom } from "./random";

describe("seededRandom", () => {
  it("gives the same sequence for the same seed, another for another seed", () => {
    const draw = (seed: number) => {
      const random = seededRandom(seed);
      return Array.from({ length: 5 }, () => random.next());
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
  });

  it("stays in range", () => {
    const random = seededRandom(1);
    for (let i = 0; i < 1_000; i++) {
      const u = random.next();
      expect(u).toBeGreaterThanOrEqual(0);
      expect(u).toBeLessThan(1);
      const k = random.integer(3, 5);
      expect([3, 4, 5]).toContain(k);
    }
  });

  it("draws normals with mean about 0 and spread about 1", () => {
    const random = seededRandom(42);
    const draws = Array.from({ length: 20_000 }, () => random.normal());
    const mean = draws.reduce((sum, x) => sum + x, 0) / draws.length;
    const variance = draws.reduce((sum, x) => sum + (x - mean) ** 2, 0) / draws.length;
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(variance - 1)).toBeLessThan(0.05);
  });

  it("shuffles into a permutation", () => {
    const shuffled = seededRandom(3).shuffle([1, 2, 3, 4, 5, 6]);
    expect([...shuffled].sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
