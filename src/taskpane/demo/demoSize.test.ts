import { DEMO_ITEMS_PARAM, MAX_DEMO_ITEMS, demoItemCount } from "./demoSize";
import { SAMPLE_COUNT } from "./sampleItems";

describe("the demo's item count from the page address", () => {
  it("is the default without the parameter", () => {
    expect(demoItemCount("")).toBe(SAMPLE_COUNT);
    expect(demoItemCount("?")).toBe(SAMPLE_COUNT);
    expect(demoItemCount("?items=10000")).toBe(SAMPLE_COUNT);
    expect(demoItemCount("?demoitems=10000")).toBe(SAMPLE_COUNT);
  });

  it("takes a whole number from 1 to 50,000, with or without the question mark, among other parameters", () => {
    expect(DEMO_ITEMS_PARAM).toBe("demoItems");
    expect(MAX_DEMO_ITEMS).toBe(50_000);
    expect(demoItemCount("?demoItems=10000")).toBe(10_000);
    expect(demoItemCount("demoItems=2500")).toBe(2_500);
    expect(demoItemCount("?theme=dark&demoItems=1&x=y")).toBe(1);
    expect(demoItemCount("?demoItems=50000")).toBe(50_000);
    expect(demoItemCount("?demoItems=0240")).toBe(240);
  });

  it("ignores anything else and keeps the default", () => {
    for (const text of [
      "",
      "0",
      "-5",
      "50001",
      "1000000",
      "99999999999999999999",
      "2.5",
      "100.0",
      "1e4",
      "10,000",
      "10%2C000",
      "+100",
      " 100",
      "100 ",
      "0x10",
      "ten",
      "Infinity",
      "NaN",
    ]) {
      expect([text, demoItemCount(`?demoItems=${text}`)]).toEqual([text, SAMPLE_COUNT]);
    }
  });

  it("uses the first when the parameter is repeated", () => {
    expect(demoItemCount("?demoItems=300&demoItems=400")).toBe(300);
    expect(demoItemCount("?demoItems=abc&demoItems=400")).toBe(SAMPLE_COUNT);
  });
});
