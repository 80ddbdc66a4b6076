/**
 * Lesson 14: DDMRP buffer zones. Ptak & Smith's buffer level examples
 * (Orlicky's Material Requirements Planning, 3rd ed., ch. 24): part 403P
 * (ADU 17, DLT 21 days, LTF 50%, VF 30%, MOQ 300) has a red zone of 232.05
 * (the book rounds to 179 + 54), yellow 357, green 300 and a top of green of
 * 889.05 (890); 501D and 707 follow. The book rounds each zone before
 * summing; the sheet does not.
 */
import { ddmrpZones, type DdmrpZones } from "../../core/planning/ddmrpZones";
import { defineLesson } from "./lesson";
import { FORMAT, LessonSheet, abs, fx, num, say, seriesChart, txt } from "./lessonSheet";

const PARTS = ["403P (purchased)", "501D (distributed)", "707 (manufactured)"];

const SAMPLE = {
  adu: [17, 40, 6],
  dlt: [21, 28, 13],
  ltf: [0.5, 0.3, 0.45],
  vf: [0.3, 0.6, 0.5],
  moq: [300, 1000, 0],
  orderCycle: [0, 0, 0],
};

export const ddmrpLesson = defineLesson(
  {
    number: 14,
    title: "DDMRP buffer zones",
    summary: "Size the red, yellow and green zones of a decoupling buffer from usage, lead time and variability.",
    purpose: "Decoupling; reduction and optimization (DDMRP)",
    sheetBaseName: "Lesson 14 DDMRP",
  },
  SAMPLE,
  (data, info) => {
    const sheet = new LessonSheet(info);
    sheet.line([
      txt("Part"),
      txt("ADU (units a day)"),
      txt("DLT (days)"),
      txt("Lead-time factor"),
      txt("Variability factor"),
      txt("MOQ"),
      txt("Order cycle (days)"),
    ]);
    const partTop = sheet.nextRow;
    const zones = PARTS.map((part, k) => {
      const value = (name: keyof typeof data) => (data[name] as readonly number[])[k] as number;
      const cells = sheet.line([
        txt(part),
        num(value("adu"), FORMAT.units1, `adu.${k}`),
        num(value("dlt"), FORMAT.units, `dlt.${k}`),
        num(value("ltf"), FORMAT.share, `ltf.${k}`),
        num(value("vf"), FORMAT.share, `vf.${k}`),
        num(value("moq"), FORMAT.units, `moq.${k}`),
        num(value("orderCycle"), FORMAT.units, `orderCycle.${k}`),
      ]);
      const result = ddmrpZones({
        averageDailyUsage: value("adu"),
        decoupledLeadTime: value("dlt"),
        leadTimeFactor: value("ltf"),
        variabilityFactor: value("vf"),
        minimumOrderQuantity: value("moq"),
        orderCycle: value("orderCycle"),
      });
      return { cells, result, value };
    });

    sheet.gap().section("results").heading("Buffer zones: live formulas over each part's row above");
    sheet.line([
      txt("Part"),
      txt("Red base"),
      txt("Red safety"),
      txt("Red"),
      txt("Yellow"),
      txt("Green"),
      txt("Top of red"),
      txt("Top of yellow"),
      txt("Top of green"),
    ]);
    const first = sheet.nextRow;
    const watched = zones.map(({ result, value }, k) => {
      const input = partTop + k;
      const row = sheet.nextRow;
      const call = `INV.DDMRPZONES(${["B", "C", "D", "E", "F", "G"].map((column) => abs(`${column}${input}`)).join(",")})`;
      const base = value("adu") * value("dlt") * value("ltf");
      const part = `part${k + 1}`;
      const cells = sheet.line([
        txt(PARTS[k] as string),
        fx(`=${abs(`B${input}`)}*${abs(`C${input}`)}*${abs(`D${input}`)}`, base, FORMAT.units1),
        fx(`=B${row}*${abs(`E${input}`)}`, base * value("vf"), FORMAT.units1),
        fx(`=INDEX(${call},1,1)`, result.red, FORMAT.units1, `${part}Red`),
        fx(`=INDEX(${call},1,2)`, result.yellow, FORMAT.units1, `${part}Yellow`),
        fx(`=INDEX(${call},1,3)`, result.green, FORMAT.units1, `${part}Green`),
        fx(`=D${row}`, result.red, FORMAT.units1),
        fx(`=G${row}+E${row}`, result.red + result.yellow, FORMAT.units1, `${part}TopOfYellow`),
        fx(`=H${row}+F${row}`, result.red + result.yellow + result.green, FORMAT.units1, `${part}TopOfGreen`),
      ]);
      return { red: cells[3] as string, top: cells[8] as string };
    });
    const last = sheet.nextRow - 1;

    const [part, tryVf] = [0, 0.6];
    const first403 = zones[part] as { result: DdmrpZones; value: (name: keyof typeof data) => number };
    const tried = ddmrpZones({
      averageDailyUsage: first403.value("adu"),
      decoupledLeadTime: first403.value("dlt"),
      leadTimeFactor: first403.value("ltf"),
      variabilityFactor: tryVf,
      minimumOrderQuantity: first403.value("moq"),
      orderCycle: first403.value("orderCycle"),
    });
    const x = `A${first}:A${last}`;
    return sheet.plan(
      {
        what: "a DDMRP buffer has three zones: red (safety: a share of lead-time usage, raised by variability), yellow (the usage over the decoupled lead time) and green (the order size: the largest of the order cycle's usage, a share of lead-time usage and the MOQ). Orders are placed when the net flow position falls into yellow, up to the top of green.",
        purpose:
          "decoupling: a buffer at a strategic point absorbs variability so that lead times upstream stop adding up; sized to the zones, not by habit.",
        source: `Ptak & Smith, Orlicky's Material Requirements Planning, 3rd ed. (2011), ch. 24, buffer level examples (403P: red 179 + 54, yellow 357, green 300, top of green 890; the book rounds each zone). Ptak & Smith, Demand Driven Material Requirements Planning.`,
        chart:
          "one group of columns per part: its red, yellow and green zones. 501D's long, variable lead time makes a big red zone; the MOQs set the green zones of 403P and 501D.",
      },
      seriesChart({
        type: "columnClustered",
        title: "Buffer zones by part",
        xAxisTitle: "Part",
        yAxisTitle: "Units",
        series: [
          { name: "Red", values: `D${first}:D${last}`, categories: x },
          { name: "Yellow", values: `E${first}:E${last}`, categories: x },
          { name: "Green", values: `F${first}:F${last}`, categories: x },
        ],
        anchor: `A${last + 2}`,
      }),
      {
        input: `vf.${part}`,
        value: tryVf,
        text: `change E${partTop + part}, part 403P's variability factor, from ${say(first403.value("vf"), 0, "share")} to ${say(tryVf, 0, "share")}, and watch ${watched[part]?.red}, its red zone, grow from ${say(first403.result.red, 2)} to ${say(tried.red, 2)}, and ${watched[part]?.top}, the top of green, with it.`,
        watch: [
          { cell: watched[part]?.red as string, moves: "rises" },
          { cell: watched[part]?.top as string, moves: "rises" },
        ],
      },
    );
  },
);
