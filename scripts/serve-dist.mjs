// `npm run serve:dist -- [--port 3000] [--host 127.0.0.1] [--dir dist] [--cert cert.pem --key key.pem]`
//
// Serves the production build (dist/) the way Excel needs it, with no dependencies:
// - Access-Control-Allow-Origin: * on every file. Excel on the web fetches functions.json and
//   functions.js from another origin; without the header every INV function shows #NAME?.
// - The right Content-Type for each file, X-Content-Type-Options: nosniff.
// - Cache-Control: no-cache with an ETag: the build's file names carry no hash, so a browser may
//   keep a copy but must check it (a 304 costs one round trip) and never runs a stale bundle.
// - GET, HEAD and OPTIONS only; no directory listings, no dotfiles, nothing outside the folder.
// HTTPS when given a certificate and key (Office loads add-ins only over https); plain HTTP
// otherwise, for a local check or behind a reverse proxy that terminates TLS.
import fs from "node:fs";
import http from "node:http";
import https from "node:https";
import path from "node:path";
import { pathToFileURL } from "node:url";

const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".svg": "image/svg+xml",
};

const ALLOWED_METHODS = "GET, HEAD, OPTIONS";

const COMMON_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "X-Content-Type-Options": "nosniff",
};

/** Why a request gets no file: [status, text]. */
const REFUSALS = {
  badPath: [400, "Bad request path"],
  outside: [403, "Forbidden"],
  missing: [404, "Not found"],
  method: [405, "Method not allowed"],
};

/**
 * The file in `root` that a request path names, or the refusal's key. `root` is a real path
 * (no symbolic links). Decodes the path once; refuses NUL bytes, dotfiles and any path that
 * resolves (also through a symbolic link) outside `root`; a folder is "missing" (no listings).
 */
function resolveFile(root, requestUrl) {
  const rawPath = requestUrl.split("?")[0].split("#")[0];
  let decoded;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return { refusal: "badPath" };
  }
  if (decoded.includes("\0")) return { refusal: "badPath" };
  const candidate = path.resolve(root, `.${path.sep}${decoded}`);
  if (candidate === root) return { refusal: "missing" };
  if (!candidate.startsWith(root + path.sep)) return { refusal: "outside" };
  if (
    path
      .relative(root, candidate)
      .split(path.sep)
      .some((part) => part.startsWith("."))
  ) {
    return { refusal: "missing" };
  }
  let real, stats;
  try {
    real = fs.realpathSync(candidate);
    stats = fs.statSync(real);
  } catch {
    return { refusal: "missing" };
  }
  if (!real.startsWith(root + path.sep)) return { refusal: "outside" };
  return stats.isFile() ? { file: real, stats } : { refusal: "missing" };
}

function refuse(response, key, extraHeaders = {}) {
  const [status, text] = REFUSALS[key];
  response.writeHead(status, {
    ...COMMON_HEADERS,
    "Content-Type": "text/plain; charset=utf-8",
    "Cache-Control": "no-store",
    ...extraHeaders,
  });
  response.end(`${text}\n`);
}

/** The request handler: serves the files under `dir` (see the header of this file). */
export function distHandler(dir) {
  const root = fs.realpathSync(path.resolve(dir));
  return (request, response) => {
    if (request.method === "OPTIONS") {
      response.writeHead(204, {
        ...COMMON_HEADERS,
        "Access-Control-Allow-Methods": ALLOWED_METHODS,
        "Access-Control-Max-Age": "86400",
        Allow: ALLOWED_METHODS,
      });
      return response.end();
    }
    if (request.method !== "GET" && request.method !== "HEAD")
      return refuse(response, "method", { Allow: ALLOWED_METHODS });
    const { file, stats, refusal } = resolveFile(root, request.url ?? "/");
    if (refusal) return refuse(response, refusal);
    const etag = `"${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}"`;
    const headers = {
      ...COMMON_HEADERS,
      "Content-Type": CONTENT_TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream",
      "Cache-Control": "no-cache",
      ETag: etag,
      "Last-Modified": stats.mtime.toUTCString(),
    };
    if (request.headers["if-none-match"] === etag) {
      response.writeHead(304, headers);
      return response.end();
    }
    response.writeHead(200, { ...headers, "Content-Length": stats.size });
    if (request.method === "HEAD") return response.end();
    fs.createReadStream(file)
      .on("error", () => response.destroy())
      .pipe(response);
  };
}

/**
 * A server for the files under `dir`: HTTPS when `tls` holds a certificate and key (PEM
 * contents, as node:https takes them), HTTP otherwise. Not yet listening.
 */
export function createDistServer(dir, tls) {
  const handler = distHandler(dir);
  return tls ? https.createServer(tls, handler) : http.createServer(handler);
}

const USAGE = `Usage: npm run serve:dist -- [--port 3000] [--host 127.0.0.1] [--dir dist] [--cert cert.pem --key key.pem]
  --port  port to listen on (0: any free port)            default 3000
  --host  address to listen on (0.0.0.0: every interface)  default 127.0.0.1
  --dir   the build to serve                               default dist (or $INV_DIST_DIR)
  --cert, --key  PEM certificate and private key: serve over HTTPS (Office requires https)`;

/** The command line's options, or an Error saying what is wrong with it. */
function parseArguments(args) {
  const options = { port: "3000", host: "127.0.0.1", dir: process.env.INV_DIST_DIR || "dist" };
  for (let i = 0; i < args.length; i += 2) {
    const name = args[i]?.replace(/^--/, "");
    const value = args[i + 1];
    if (!["port", "host", "dir", "cert", "key"].includes(name) || !args[i]?.startsWith("--") || value === undefined) {
      return new Error(
        `serve-dist: unexpected argument "${args[i]}"${value === undefined ? " (or its value is missing)" : ""}`,
      );
    }
    options[name] = value;
  }
  if (!/^\d{1,5}$/.test(options.port) || Number(options.port) > 65535) {
    return new Error(`serve-dist: --port must be a whole number from 0 to 65535 (got "${options.port}")`);
  }
  if (Boolean(options.cert) !== Boolean(options.key)) {
    return new Error("serve-dist: --cert and --key go together (HTTPS needs both)");
  }
  if (!fs.existsSync(path.join(options.dir, "functions.json"))) {
    return new Error(`serve-dist: ${path.resolve(options.dir)} has no functions.json: build first (npm run build)`);
  }
  return options;
}

function main(args) {
  const options = parseArguments(args);
  if (options instanceof Error) {
    console.error(`${options.message}\n${USAGE}`);
    process.exit(2);
  }
  const tls = options.cert ? { cert: fs.readFileSync(options.cert), key: fs.readFileSync(options.key) } : undefined;
  const server = createDistServer(options.dir, tls);
  server.on("error", (error) => {
    console.error(`serve-dist: cannot listen on ${options.host}:${options.port}: ${error.message}`);
    process.exit(1);
  });
  server.listen(Number(options.port), options.host, () => {
    const { port } = server.address();
    const host = options.host.includes(":") ? `[${options.host}]` : options.host;
    console.log(
      `Serving ${path.resolve(options.dir)} at ${tls ? "https" : "http"}://${host}:${port}/ (Ctrl+C to stop)`,
    );
  });
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => {
      server.close(() => process.exit(0));
      server.closeAllConnections();
    });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main(process.argv.slice(2));
}
