/**
 * The demo workbook's sheets as a grid, for people without Excel: column
 * letters and row numbers that stay in view, values as their number formats
 * show them (a formula's value as the pane computed it when it was written,
 * "…" where there is none), formulas on demand, and the selected cell's
 * formula and value above the grid. A grid a keyboard moves through (arrows,
 * Home/End, Ctrl+Home/End, Page Up/Down), one tab stop, read by screen
 * readers as a table with its headers.
 */
import { Button, Field, Select, Switch, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore, type KeyboardEvent } from "react";
import { SheetChart } from "./SheetChart";
import { sheetCharts, type ChartSource } from "./sheetCharts";
import { PENDING, sheetGrid, textWidth, type GridCell, type GridCellKind, type SheetSource } from "./sheetGrid";

/** Rows drawn at first, and added by each "Show more rows"; columns drawn at most. */
export const ROW_STEP = 200;
export const MAX_COLUMNS_SHOWN = 40;
/** Rows Page Up and Page Down move. */
const PAGE_ROWS = 10;

const useStyles = makeStyles({
  viewer: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  caption: { color: tokens.colorNeutralForeground2 },
  cellBar: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    minHeight: "20px",
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
  },
  cellAddress: { fontWeight: tokens.fontWeightSemibold, flexShrink: 0 },
  scroller: {
    overflow: "auto",
    maxHeight: "440px",
    width: "100%",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    boxSizing: "border-box",
  },
  table: {
    tableLayout: "fixed",
    borderCollapse: "separate",
    borderSpacing: 0,
    fontSize: tokens.fontSizeBase200,
    fontVariantNumeric: "tabular-nums",
  },
  header: {
    position: "sticky",
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    textAlign: "center",
    padding: "1px 4px",
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  columnHeader: { top: 0, zIndex: 1 },
  rowHeader: { left: 0, zIndex: 1 },
  corner: { top: 0, left: 0, zIndex: 2 },
  cell: {
    padding: "1px 6px",
    whiteSpace: "nowrap",
    maxWidth: "220px",
    overflow: "hidden",
    textOverflow: "ellipsis",
    borderRight: `1px solid ${tokens.colorNeutralStroke3}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    backgroundColor: tokens.colorNeutralBackground1,
    cursor: "cell",
    ":focus": { outline: `2px solid ${tokens.colorCompoundBrandStroke}`, outlineOffset: "-2px" },
  },
  // A filled cell is positioned, so that it paints over text running on from the cells to its left.
  filled: { position: "relative" },
  // Text that runs on over the empty cells to its right, as in Excel: it does not widen its column.
  // Its text is out of the flow: the cell keeps a line's height itself.
  overflowing: { position: "relative", overflow: "visible", height: tokens.lineHeightBase200 },
  runOn: {
    position: "absolute",
    left: "6px",
    top: "1px",
    whiteSpace: "nowrap",
    overflow: "hidden",
    pointerEvents: "none",
  },
  number: { textAlign: "end" },
  logical: { textAlign: "center" },
  pending: { color: tokens.colorNeutralForeground3, textAlign: "center" },
  formula: { fontFamily: tokens.fontFamilyMonospace },
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
});

export interface SheetViewerProps {
  /** The demo workbook (its read API), and the charts recorded on its sheets, which the viewer draws below the grid. */
  source: SheetSource & ChartSource;
  /** The sheet to show; when undefined or not in the workbook, the newest sheet (the last). */
  sheetName?: string;
  /** The user picked another sheet. */
  onSheetNameChange(name: string): void;
}

/** The grid position that a key moves to from `at`, or undefined for a key the grid does not use. */
export function moveFor(
  event: Pick<KeyboardEvent, "key" | "ctrlKey" | "metaKey">,
  at: { row: number; column: number },
  size: { rows: number; columns: number },
): { row: number; column: number } | undefined {
  const jump = event.ctrlKey || event.metaKey;
  const lastRow = size.rows - 1;
  const lastColumn = size.columns - 1;
  const clamp = (row: number, column: number) => ({
    row: Math.max(0, Math.min(lastRow, row)),
    column: Math.max(0, Math.min(lastColumn, column)),
  });
  switch (event.key) {
    case "ArrowUp":
      return clamp(jump ? 0 : at.row - 1, at.column);
    case "ArrowDown":
      return clamp(jump ? lastRow : at.row + 1, at.column);
    case "ArrowLeft":
      return clamp(at.row, jump ? 0 : at.column - 1);
    case "ArrowRight":
      return clamp(at.row, jump ? lastColumn : at.column + 1);
    case "Home":
      return clamp(jump ? 0 : at.row, 0);
    case "End":
      return clamp(jump ? lastRow : at.row, lastColumn);
    case "PageUp":
      return clamp(at.row - PAGE_ROWS, at.column);
    case "PageDown":
      return clamp(at.row + PAGE_ROWS, at.column);
    default:
      return undefined;
  }
}

/** What the bar above the grid says of the selected cell. */
function cellSummary(cell: GridCell, showFormulas: boolean): string {
  if (cell.formula === undefined) return cell.text === "" ? "(empty)" : cell.text;
  if (showFormulas) return cell.formula;
  const value = cell.kind === "pending" ? "no value in the demo (Excel computes it)" : cell.text;
  return `${cell.formula} → ${value}`;
}

export function SheetViewer({ source, sheetName, onSheetNameChange }: SheetViewerProps) {
  const styles = useStyles();
  const subscribe = useCallback((listener: () => void) => source.subscribe(listener), [source]);
  const revision = useSyncExternalStore(subscribe, () => source.revision);
  const names = useMemo(() => source.sheetNames(), [source, revision]);
  const shown = sheetName !== undefined && names.includes(sheetName) ? sheetName : names[names.length - 1];
  const [showFormulas, setShowFormulas] = useState(false);
  const [maxRows, setMaxRows] = useState(ROW_STEP);
  const [active, setActive] = useState({ row: 0, column: 0 });
  const [focusWanted, setFocusWanted] = useState(false);
  const tableRef = useRef<HTMLTableElement>(null);
  // One class name per kind of cell, merged once rather than once per cell.
  const cellClasses: Record<GridCellKind | "overflowing" | "overflowingFormula", string> = useMemo(
    () => ({
      empty: styles.cell,
      text: mergeClasses(styles.cell, styles.filled),
      number: mergeClasses(styles.cell, styles.filled, styles.number),
      logical: mergeClasses(styles.cell, styles.filled, styles.logical),
      pending: mergeClasses(styles.cell, styles.filled, styles.pending),
      formula: mergeClasses(styles.cell, styles.filled, styles.formula),
      overflowing: mergeClasses(styles.cell, styles.overflowing),
      overflowingFormula: mergeClasses(styles.cell, styles.overflowing, styles.formula),
    }),
    [styles],
  );

  const grid = useMemo(
    () =>
      shown === undefined
        ? undefined
        : sheetGrid(source, shown, { showFormulas, maxRows, maxColumns: MAX_COLUMNS_SHOWN }),
    [source, shown, showFormulas, maxRows, revision],
  );
  const charts = useMemo(() => (shown === undefined ? [] : sheetCharts(source, shown)), [source, shown, revision]);
  const size = { rows: grid?.rows.length ?? 0, columns: grid?.columns.length ?? 0 };
  const at = { row: Math.min(active.row, size.rows - 1), column: Math.min(active.column, size.columns - 1) };

  // Another sheet starts at its A1, with the first rows.
  useEffect(() => {
    setActive({ row: 0, column: 0 });
    setMaxRows(ROW_STEP);
  }, [shown]);

  // The keyboard moved: focus the cell it moved to (focus scrolls it into view).
  useEffect(() => {
    if (!focusWanted) return;
    setFocusWanted(false);
    tableRef.current?.querySelector<HTMLElement>(`[data-at="${at.row}:${at.column}"]`)?.focus();
  }, [focusWanted, at.row, at.column]);

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const next = moveFor(event, at, size);
    if (next === undefined) return;
    event.preventDefault();
    setActive(next);
    setFocusWanted(true);
  };

  if (shown === undefined || grid === undefined) return <Text>The workbook has no sheets.</Text>;
  const selected = grid.rows[at.row]?.cells[at.column];
  const lastColumn = grid.columns[grid.columns.length - 1] ?? "A";
  const range = grid.rows.length === 0 ? "empty" : `A1:${lastColumn}${grid.rows.length}`;
  const more = grid.totalRows - grid.rows.length;
  const rowHeaderWidth = Math.max(28, textWidth(String(grid.rows.length)));

  return (
    <div className={styles.viewer}>
      <Field label="Sheet">
        <Select value={shown} onChange={(_event, data) => onSheetNameChange(data.value)}>
          {names.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </Select>
      </Field>
      <Switch label="Show formulas" checked={showFormulas} onChange={(_event, data) => setShowFormulas(data.checked)} />
      <Text size={200} className={styles.caption}>
        {gridCaption(grid)}
      </Text>
      {selected && (
        <div className={styles.cellBar} aria-label="Selected cell" role="group">
          <span className={styles.cellAddress}>{selected.address}</span>
          <span>{cellSummary(selected, showFormulas)}</span>
        </div>
      )}
      {grid.rows.length > 0 && (
        <div className={styles.scroller}>
          <table
            ref={tableRef}
            role="grid"
            aria-readonly="true"
            aria-label={`Sheet ${shown}, ${range}`}
            aria-rowcount={grid.totalRows + 1}
            aria-colcount={grid.totalColumns + 1}
            className={styles.table}
            style={{ width: `${rowHeaderWidth + grid.columnWidths.reduce((sum, width) => sum + width, 0)}px` }}
            onKeyDown={onKeyDown}
          >
            <colgroup>
              <col style={{ width: `${rowHeaderWidth}px` }} />
              {grid.columnWidths.map((width, column) => (
                <col key={grid.columns[column]} style={{ width: `${width}px` }} />
              ))}
            </colgroup>
            <thead>
              <tr aria-rowindex={1}>
                <th scope="col" className={mergeClasses(styles.header, styles.columnHeader, styles.corner)}>
                  <span className={styles.hidden}>Row</span>
                </th>
                {grid.columns.map((letter) => (
                  <th key={letter} scope="col" className={mergeClasses(styles.header, styles.columnHeader)}>
                    {letter}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {grid.rows.map((row, r) => (
                <tr key={row.number} aria-rowindex={row.number + 1}>
                  <th scope="row" className={mergeClasses(styles.header, styles.rowHeader)}>
                    {row.number}
                  </th>
                  {row.cells.map((cell, c) => (
                    <td
                      key={cell.address}
                      role="gridcell"
                      data-at={`${r}:${c}`}
                      tabIndex={r === at.row && c === at.column ? 0 : -1}
                      title={cell.formula ?? (cell.text.length > 24 ? cell.text : undefined)}
                      aria-label={cell.kind === "pending" ? `${cell.address}: no value in the demo` : undefined}
                      className={
                        cell.overflows === true
                          ? cellClasses[cell.kind === "formula" ? "overflowingFormula" : "overflowing"]
                          : cellClasses[cell.kind]
                      }
                      onFocus={() => (r !== at.row || c !== at.column) && setActive({ row: r, column: c })}
                    >
                      {cell.overflows === true ? (
                        <span
                          className={styles.runOn}
                          style={cell.runOnWidth === undefined ? undefined : { maxWidth: `${cell.runOnWidth - 12}px` }}
                        >
                          {cell.text}
                        </span>
                      ) : (
                        cell.text
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {more > 0 && (
        <Button onClick={() => setMaxRows((rows) => rows + ROW_STEP)}>
          {`Show ${Math.min(ROW_STEP, more).toLocaleString("en-US")} more rows (of ${grid.totalRows.toLocaleString("en-US")})`}
        </Button>
      )}
      {charts.length > 0 && (
        <section className={styles.viewer} aria-label={`Charts on ${shown}`}>
          <Text size={200} className={styles.caption}>
            {charts.length === 1 ? "The sheet's chart" : `The sheet's ${charts.length} charts`}, drawn from its values
            (Excel places {charts.length === 1 ? "it" : "them"} at {charts.map((chart) => chart.anchor).join(", ")}).
          </Text>
          {charts.map((chart, k) => (
            <SheetChart key={`${chart.title}${k}`} chart={chart} />
          ))}
        </section>
      )}
    </div>
  );
}

/** The line under the switch: how much of the sheet is drawn, and what "…" means. */
function gridCaption(grid: ReturnType<typeof sheetGrid>): string {
  if (grid.totalRows === 0) return "This sheet is empty.";
  const parts = [`${grid.totalRows.toLocaleString("en-US")} rows × ${grid.totalColumns} columns`];
  if (grid.columns.length < grid.totalColumns)
    parts.push(`columns A to ${grid.columns[grid.columns.length - 1]} shown`);
  if (grid.formulas > 0) {
    parts.push(`${grid.formulas} formula${grid.formulas === 1 ? "" : "s"}`);
    if (grid.pending > 0) parts.push(`${grid.pending} without a value here (${PENDING}): Excel computes them`);
  }
  return `${parts.join("; ")}.`;
}
