/** The lesson gallery, in the order the pane lists it. */
import { abcLesson } from "./abcLesson";
import { ddmrpLesson } from "./ddmrpLesson";
import { discountLesson } from "./discountLesson";
import { eoqLesson } from "./eoqLesson";
import { epqLesson } from "./epqLesson";
import { financeLesson } from "./financeLesson";
import { fillRateLesson } from "./fillRateLesson";
import type { Lesson } from "./lesson";
import { levelChaseLesson } from "./levelChaseLesson";
import { lotSizingLesson } from "./lotSizingLesson";
import { newsvendorLesson } from "./newsvendorLesson";
import { pipelineLesson } from "./pipelineLesson";
import { recordAccuracyLesson } from "./recordAccuracyLesson";
import { reorderPointLesson } from "./reorderPointLesson";
import { safetyStockLesson } from "./safetyStockLesson";
import { xyzLesson } from "./xyzLesson";

export const LESSONS: readonly Lesson[] = [
  eoqLesson,
  discountLesson,
  epqLesson,
  safetyStockLesson,
  fillRateLesson,
  reorderPointLesson,
  abcLesson,
  xyzLesson,
  lotSizingLesson,
  levelChaseLesson,
  pipelineLesson,
  financeLesson,
  recordAccuracyLesson,
  ddmrpLesson,
  newsvendorLesson,
];
