// Builds dist/ (production) unless it is already there and newer than every source file.
// Used by `npm run test:browser` and `npm run bench` so they can run on their own.
import { execSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const dist = path.resolve(root, process.env.INV_DIST_DIR || "dist");
const outputs = ["functions.js", "functions.json", "taskpane.html", "taskpane.js", "manifest.xml"].map((f) =>
  path.join(dist, f),
);

function newestSource(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

const sources = Math.max(
  newestSource(path.join(root, "src")),
  newestSource(path.join(root, "assets")),
  ...["manifest.xml", "webpack.config.js", "package.json"].map((f) => fs.statSync(path.join(root, f)).mtimeMs),
);
// webpack leaves unchanged outputs untouched (old dates), so the build's time is kept in a stamp file.
const stamp = path.join(dist, ".built");
const built = [stamp, ...outputs].every((f) => fs.existsSync(f)) ? fs.statSync(stamp).mtimeMs : 0;
if (built < sources) {
  console.log(`Building ${path.relative(root, dist) || "dist"} (production)…`);
  const started = new Date();
  execSync("npx webpack --mode production", { cwd: root, stdio: "inherit" });
  fs.writeFileSync(stamp, `${started.toISOString()}\n`);
  fs.utimesSync(stamp, started, started); // sources saved during the build still count as newer
}
