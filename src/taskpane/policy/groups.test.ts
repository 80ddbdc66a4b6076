import { mapColumns } from "./columns";
import { DEFAULT_GROUP_OPTIONS, groupOf, setApart } from "./groups";
import { FIXTURE_HEADERS, fixtureTable } from "../../../test/support/itemsFixture";
import { DEFAULT_UNITS } from "./units";
import { readItems, type ItemRecord } from "./validation";

const { items } = readItems(fixtureTable(), { mapping: mapColumns(FIXTURE_HEADERS), units: DEFAULT_UNITS });
const skus = (list: ItemRecord[]) => list.map((item) => item.sku);

describe("setApart", () => {
  it("sets apart zero demand, new and intermittent items, each with its count, and keeps the rest for the policy", () => {
    const { policy, groups } = setApart(items, DEFAULT_GROUP_OPTIONS);
    expect(skus(groups.zeroDemand)).toEqual(["P-300"]);
    expect(skus(groups.newItem)).toEqual(["P-400"]);
    expect(skus(groups.intermittent)).toEqual(["P-500"]);
    expect(skus(policy)).toEqual(["P-100", "P-600", "P-800"]);
  });

  it("never puts an item in two groups, nor drops one", () => {
    const { policy, groups } = setApart(items, DEFAULT_GROUP_OPTIONS);
    expect(policy.length + groups.zeroDemand.length + groups.newItem.length + groups.intermittent.length).toBe(
      items.length,
    );
  });

  it("follows its options: 3 periods of history are enough when the minimum is 3", () => {
    const sensor = items.find((item) => item.sku === "P-400") as ItemRecord;
    expect(groupOf(sensor, DEFAULT_GROUP_OPTIONS)).toBe("newItem");
    expect(groupOf(sensor, { ...DEFAULT_GROUP_OPTIONS, minHistoryPeriods: 3 })).toBeUndefined();
  });

  it("counts an item with demand but a blank history as new, and a short history against its own length", () => {
    const pump = items.find((item) => item.sku === "P-100") as ItemRecord;
    expect(groupOf({ ...pump, history: new Array(12).fill(null) }, DEFAULT_GROUP_OPTIONS)).toBe("newItem");
    // Four quarters of history: four periods since the first demand are enough, three are not.
    expect(groupOf({ ...pump, history: [300, 310, 290, 300] }, DEFAULT_GROUP_OPTIONS)).toBeUndefined();
    expect(groupOf({ ...pump, history: [null, 310, 290, 300] }, DEFAULT_GROUP_OPTIONS)).toBe("newItem");
    expect(groupOf({ ...pump, history: [0, 0, 0, 0] }, DEFAULT_GROUP_OPTIONS)).toBe("zeroDemand");
  });

  it("without a history, only zero demand is set apart", () => {
    const withoutHistory = items.map((item) => ({ ...item, history: null }));
    const { groups } = setApart(withoutHistory, DEFAULT_GROUP_OPTIONS);
    expect(skus(groups.zeroDemand)).toEqual(["P-300"]);
    expect(groups.newItem).toEqual([]);
    expect(groups.intermittent).toEqual([]);
  });
});
