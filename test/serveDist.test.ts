/*
 * scripts/serve-dist.mjs, the static server for a production build, run the way
 * `npm run serve:dist` runs it: a child process on an ephemeral loopback port,
 * over HTTP and over HTTPS (a throwaway self-signed certificate from openssl),
 * serving a temporary folder laid out like dist/ with a secret file beside it
 * that no request may read. Requests go out through node:http, so that request
 * paths reach the server exactly as written (no URL normalisation).
 */
import { spawn, spawnSync, type ChildProcess } from "child_process";
import fs from "fs";
import http from "http";
import https from "https";
import os from "os";
import path from "path";

const script = path.resolve(__dirname, "../scripts/serve-dist.mjs");
const EXCEL_ORIGIN = "https://excel.officeapps.live.com";
const SECRET = "secret outside the served folder";

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

interface Server {
  process: ChildProcess;
  base: URL;
}

let work: string;
let dist: string;

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "serve-dist-"));
  dist = path.join(work, "dist");
  fs.mkdirSync(path.join(dist, "assets"), { recursive: true });
  fs.writeFileSync(path.join(dist, "functions.json"), JSON.stringify({ functions: [{ id: "EOQ", name: "EOQ" }] }));
  fs.writeFileSync(path.join(dist, "functions.js"), "CustomFunctions.associate('EOQ', function () {});\n");
  fs.writeFileSync(path.join(dist, "taskpane.html"), "<!doctype html><title>pane</title>\n");
  fs.writeFileSync(path.join(dist, "manifest.xml"), "<OfficeApp/>\n");
  fs.writeFileSync(path.join(dist, "assets", "icon-32.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  fs.writeFileSync(path.join(dist, ".built"), "stamp\n");
  fs.writeFileSync(path.join(work, "secret.txt"), SECRET);
  fs.symlinkSync(path.join(work, "secret.txt"), path.join(dist, "link-out.txt"));
});

afterAll(() => {
  fs.rmSync(work, { recursive: true, force: true });
});

/** Starts the server script; resolves once it prints the address it listens on. */
function startServer(...args: string[]): Promise<Server> {
  const child = spawn(process.execPath, [script, "--port", "0", "--host", "127.0.0.1", "--dir", dist, ...args], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => reject(new Error(`serve-dist did not start: ${output}`)), 10_000);
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      const address = /at (https?:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (address?.[1]) {
        clearTimeout(timer);
        resolve({ process: child, base: new URL(address[1]) });
      }
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    child.on("exit", (code) => reject(new Error(`serve-dist exited (${code}): ${output}`)));
  });
}

function stopServer(server: Server | undefined): Promise<void> {
  if (!server || server.process.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    server.process.on("exit", () => resolve());
    server.process.kill("SIGTERM");
  });
}

/** One request with the path sent verbatim. */
function request(
  base: URL,
  rawPath: string,
  options: { method?: string; headers?: Record<string, string>; ca?: Buffer } = {},
): Promise<Reply> {
  const client = base.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const outgoing = client.request(
      {
        host: base.hostname,
        port: base.port,
        path: rawPath,
        method: options.method ?? "GET",
        headers: { Origin: EXCEL_ORIGIN, ...options.headers },
        ca: options.ca,
        agent: false,
      },
      (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (body += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
      },
    );
    outgoing.on("error", reject);
    outgoing.end();
  });
}

describe("serve-dist over HTTP on loopback", () => {
  let server: Server;

  beforeAll(async () => {
    server = await startServer();
  });

  afterAll(() => stopServer(server));

  test("functions.json: 200, JSON, the CORS header Excel on the web needs, revalidated caching", async () => {
    const reply = await request(server.base, "/functions.json");
    expect(reply.status).toBe(200);
    expect(reply.headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(reply.headers["access-control-allow-origin"]).toBe("*");
    expect(reply.headers["cache-control"]).toBe("no-cache");
    expect(reply.headers["x-content-type-options"]).toBe("nosniff");
    expect(JSON.parse(reply.body)).toEqual({ functions: [{ id: "EOQ", name: "EOQ" }] });
  });

  test.each([
    ["/functions.js", "text/javascript; charset=utf-8"],
    ["/taskpane.html", "text/html; charset=utf-8"],
    ["/manifest.xml", "application/xml; charset=utf-8"],
    ["/assets/icon-32.png", "image/png"],
    ["/taskpane.html?_host_Info=Excel$Win32$16.01$en-US", "text/html; charset=utf-8"],
  ])("%s: 200, %s, CORS header", async (file, contentType) => {
    const reply = await request(server.base, file);
    expect(reply.status).toBe(200);
    expect(reply.headers["content-type"]).toBe(contentType);
    expect(reply.headers["access-control-allow-origin"]).toBe("*");
  });

  test("HEAD answers the headers of GET, without a body", async () => {
    const reply = await request(server.base, "/functions.json", { method: "HEAD" });
    expect(reply.status).toBe(200);
    expect(reply.headers["access-control-allow-origin"]).toBe("*");
    expect(Number(reply.headers["content-length"])).toBe(fs.statSync(path.join(dist, "functions.json")).size);
    expect(reply.body).toBe("");
  });

  test("a matching ETag gets 304 Not Modified, still with the CORS header", async () => {
    const first = await request(server.base, "/functions.js");
    const etag = first.headers.etag;
    expect(etag).toMatch(/^".+"$/);
    const again = await request(server.base, "/functions.js", { headers: { "If-None-Match": etag as string } });
    expect(again.status).toBe(304);
    expect(again.headers["access-control-allow-origin"]).toBe("*");
    expect(again.body).toBe("");
  });

  test("a CORS preflight (OPTIONS) is answered with the allowed methods", async () => {
    const reply = await request(server.base, "/functions.json", {
      method: "OPTIONS",
      headers: { "Access-Control-Request-Method": "GET" },
    });
    expect(reply.status).toBe(204);
    expect(reply.headers["access-control-allow-origin"]).toBe("*");
    expect(reply.headers["access-control-allow-methods"]).toBe("GET, HEAD, OPTIONS");
  });

  test("other methods get 405 with Allow", async () => {
    const reply = await request(server.base, "/functions.json", { method: "POST" });
    expect(reply.status).toBe(405);
    expect(reply.headers.allow).toBe("GET, HEAD, OPTIONS");
  });

  test.each([
    ["a missing file", "/nothing-here.js"],
    ["the root folder (no listing)", "/"],
    ["a folder (no listing)", "/assets/"],
    ["a folder without its slash", "/assets"],
    ["a dotfile", "/.built"],
    ["a double-encoded parent (decoded once: a name, not a step up)", "/%252e%252e/secret.txt"],
  ])("404 for %s: %s", async (_what, rawPath) => {
    const reply = await request(server.base, rawPath);
    expect(reply.status).toBe(404);
    expect(reply.headers["content-type"]).toBe("text/plain; charset=utf-8");
    expect(reply.body).not.toContain(SECRET);
  });

  test.each([
    "/../secret.txt",
    "/assets/../../secret.txt",
    "/%2e%2e/secret.txt",
    "/%2E%2E%2Fsecret.txt",
    "/..%2fsecret.txt",
    "/assets/%2e%2e/%2e%2e/secret.txt",
    "/link-out.txt",
  ])("403 for a path that leads outside the folder: %s", async (rawPath) => {
    const reply = await request(server.base, rawPath);
    expect(reply.status).toBe(403);
    expect(reply.body).not.toContain(SECRET);
  });

  test("a backslash step up is never served (a file name on Linux, refused as a step up on Windows)", async () => {
    const reply = await request(server.base, "/..%5csecret.txt");
    expect([403, 404]).toContain(reply.status);
    expect(reply.body).not.toContain(SECRET);
  });

  test.each([
    ["malformed percent-encoding", "/%E0%A4%A"],
    ["a NUL byte", "/functions.json%00.png"],
  ])("400 for %s", async (_what, rawPath) => {
    const reply = await request(server.base, rawPath);
    expect(reply.status).toBe(400);
  });
});

describe("serve-dist over HTTPS", () => {
  let server: Server;
  let certificate: Buffer;

  beforeAll(async () => {
    const cert = path.join(work, "cert.pem");
    const key = path.join(work, "key.pem");
    const made = spawnSync(
      "openssl",
      [
        ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost"],
        ["-addext", "subjectAltName=IP:127.0.0.1", "-keyout", key, "-out", cert],
      ].flat(),
      { encoding: "utf8" },
    );
    if (made.error || made.status !== 0) {
      throw new Error(`openssl could not make a test certificate: ${made.error?.message ?? made.stderr}`);
    }
    certificate = fs.readFileSync(cert);
    server = await startServer("--cert", cert, "--key", key);
  });

  afterAll(() => stopServer(server));

  test("functions.json over a verified TLS connection, with the CORS header", async () => {
    expect(server.base.protocol).toBe("https:");
    const reply = await request(server.base, "/functions.json", { ca: certificate });
    expect(reply.status).toBe(200);
    expect(reply.headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(reply.headers["access-control-allow-origin"]).toBe("*");
  });

  test("traversal is refused over HTTPS too", async () => {
    const reply = await request(server.base, "/%2e%2e/secret.txt", { ca: certificate });
    expect(reply.status).toBe(403);
  });
});

describe("serve-dist's command line", () => {
  const run = (...args: string[]) => spawnSync(process.execPath, [script, ...args], { encoding: "utf8" });

  test("a folder without a build: exit 2, says to build first", () => {
    const result = run("--port", "0", "--dir", path.join(work, "no-such-build"));
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/has no functions\.json: build first \(npm run build\)/);
  });

  test("--cert without --key: exit 2, says both are needed", () => {
    const result = run("--port", "0", "--dir", dist, "--cert", "cert.pem");
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--cert and --key go together/);
  });

  test("a port that is not a port: exit 2, names the argument and the rule", () => {
    const result = run("--port", "80a", "--dir", dist);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--port must be a whole number from 0 to 65535 \(got "80a"\)/);
  });

  test("an unknown argument: exit 2", () => {
    const result = run("--root", dist);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/unexpected argument "--root"/);
  });
});
