// `npm start`: the way to run the add-in on this machine.
// - Windows and macOS: office-addin-debugging builds, serves and sideloads the add-in into Excel desktop.
// - Elsewhere (Linux; no Excel desktop): serves the production build over https on localhost:3000 and
//   says how to load it in Excel on the web or open the pane in a browser.
// It never claims success unless the server answered a request for dist files.
import { spawn } from "node:child_process";
import https from "node:https";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const port = 3000;
const npx = process.platform === "win32" ? "npx.cmd" : "npx";

function run(command, args) {
  const child = spawn(command, args, { cwd: root, stdio: ["inherit", "pipe", "pipe"], env: process.env });
  child.stdout.pipe(process.stdout);
  child.stderr.pipe(process.stderr);
  return child;
}

if (process.platform === "win32" || process.platform === "darwin") {
  const child = spawn(npx, ["office-addin-debugging", "start", "manifest.xml", "desktop", "--app", "excel"], {
    cwd: root,
    stdio: "inherit",
  });
  child.on("exit", (code) => process.exit(code ?? 1));
} else {
  serveForTheWeb();
}

function get(file) {
  return new Promise((resolve) => {
    const request = https.get(
      { host: "localhost", port, path: `/${file}`, rejectUnauthorized: false, timeout: 5000 },
      (response) => {
        response.resume();
        resolve(response.statusCode);
      },
    );
    request.on("error", () => resolve(undefined));
    request.on("timeout", () => request.destroy());
  });
}

function serveForTheWeb() {
  console.log(`Excel desktop cannot be sideloaded on ${process.platform}; serving the add-in over https instead.`);
  const server = run(npx, ["webpack", "serve", "--mode", "production"]);
  let ready = false;
  server.on("exit", (code) => {
    console.error(
      ready
        ? `The dev server stopped (exit code ${code}).`
        : `The dev server did not start (exit code ${code}); nothing is being served. See the messages above.`,
    );
    process.exit(code || 1);
  });
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));

  const started = Date.now();
  let checking = false;
  const poll = setInterval(async () => {
    if (ready || checking) return;
    checking = true;
    const statuses = await Promise.all(["functions.json", "functions.js", "taskpane.html", "manifest.xml"].map(get));
    if (statuses.every((status) => status === 200)) {
      ready = true;
      clearInterval(poll);
      console.log(`
Inventory Policy is being served at https://localhost:${port}/ (Ctrl+C to stop).

  Excel on the web: open a workbook, then Home > Add-ins > More Add-ins (or Insert > Add-ins) >
    Upload My Add-in, and upload ${path.join(root, "manifest.xml")}.
    The browser must trust https://localhost:${port}: open https://localhost:${port}/taskpane.html once
    and accept the certificate, or trust ~/.office-addin-dev-certs/ca.crt.
  Task pane in a browser (no Excel; the calculator works, workbook actions use a demo sheet):
    https://localhost:${port}/taskpane.html
  Try in a cell: =INV.EOQ(1300, 8, 0.225)   (304.0468)
`);
    } else if (Date.now() - started > 180_000) {
      clearInterval(poll);
      console.error(`No answer from https://localhost:${port}/ after 3 minutes; stopping.`);
      server.kill("SIGTERM");
    }
    checking = false;
  }, 1000);
}
