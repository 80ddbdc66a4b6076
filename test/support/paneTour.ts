/*
 * A walk through every view of the pane in demo mode, in order: each wizard
 * step (the data step before and after reading the sample, the write step
 * before and after writing), then the calculator (the EOQ example entered),
 * lessons, practice and sheets tabs. The accessibility and screenshot tests
 * both take it, one stop at a time, so that they check and show the same views.
 */
import type { Page } from "playwright-core";

export interface Stop {
  /** A file-name-friendly name: "wizard-1-data", "calculator". */
  name: string;
  /** Brings the pane from the previous stop to this one, and waits until it is shown. */
  reach(page: Page): Promise<void>;
}

const heading = (page: Page, step: number, label: string) =>
  page.getByRole("heading", { name: `Step ${step} of 5: ${label}` }).waitFor();
const continueButton = (page: Page) => page.getByRole("button", { name: "Continue", exact: true });

export const TOUR: readonly Stop[] = [
  { name: "wizard-1-data", reach: (page) => heading(page, 1, "Data") },
  {
    name: "wizard-1-data-read",
    reach: async (page) => {
      await page.getByRole("button", { name: "Use the sample item list" }).click();
      await page.getByRole("region", { name: "Validation report" }).waitFor();
    },
  },
  {
    name: "wizard-2-classify",
    reach: async (page) => {
      await page.getByRole("button", { name: /^Continue with the valid rows/ }).click();
      await heading(page, 2, "Classify");
      await page.getByRole("img", { name: /^Pareto chart/ }).waitFor();
    },
  },
  {
    name: "wizard-3-service",
    reach: async (page) => {
      await continueButton(page).click();
      await heading(page, 3, "Service levels");
      await page.getByRole("img", { name: /^Safety-stock investment against/ }).waitFor();
    },
  },
  {
    name: "wizard-4-policy",
    reach: async (page) => {
      await continueButton(page).click();
      await heading(page, 4, "Policy");
      await page.getByRole("table", { name: "Policy preview" }).waitFor();
    },
  },
  {
    name: "wizard-5-write",
    reach: async (page) => {
      await continueButton(page).click();
      await heading(page, 5, "Write");
    },
  },
  {
    name: "wizard-5-written",
    reach: async (page) => {
      await page.getByRole("button", { name: /^Write the policy for [\d,]+ items to a new sheet$/ }).click();
      await page.getByRole("list", { name: "What was written where" }).waitFor();
    },
  },
  {
    name: "calculator",
    reach: async (page) => {
      await page.getByRole("tab", { name: "Calculator" }).click();
      const panel = page.getByRole("tabpanel", { name: "Calculator" });
      await panel.getByRole("textbox", { name: /^demand/ }).fill("1300");
      await panel.getByRole("textbox", { name: /^order_cost/ }).fill("8");
      await panel.getByRole("textbox", { name: /^holding_cost/ }).fill("0.225");
    },
  },
  {
    name: "lessons",
    reach: async (page) => {
      await page.getByRole("tab", { name: "Lessons" }).click();
      await page.getByRole("tabpanel", { name: "Lessons" }).waitFor();
    },
  },
  {
    name: "practice",
    reach: async (page) => {
      await page.getByRole("tab", { name: "Practice" }).click();
      await page.getByRole("tabpanel", { name: "Practice" }).waitFor();
    },
  },
  {
    name: "sheets",
    reach: async (page) => {
      await page.getByRole("tab", { name: "Sheets" }).click();
      await page.getByRole("tabpanel", { name: "Sheets" }).getByRole("grid").first().waitFor();
    },
  },
];
