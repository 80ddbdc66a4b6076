/*
 * The manifest as Excel reads it: well-formed XML (xmllint), every resid
 * resolves, the shared runtime is wired the way custom functions and the task
 * pane need it, permissions are minimal, every URL is https and points to a file
 * the build emits, and the production build rewrites every localhost URL.
 */
import { execFileSync, spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { distDir } from "./support/bundle";

const root = path.resolve(__dirname, "..");
const source = path.join(root, "manifest.xml");
const emitted = path.join(distDir, "manifest.xml");

function xmllint(...args: string[]): string {
  const result = spawnSync("xmllint", args, { encoding: "utf8" });
  if (result.error) throw new Error(`xmllint is missing (apt-get install libxml2-utils): ${result.error.message}`);
  if (result.status !== 0) throw new Error(`xmllint ${args.join(" ")} failed: ${result.stderr}`);
  return result.stdout;
}

/** Attribute values selected by an XPath over local names (the manifest mixes three namespaces). */
function attributes(file: string, xpath: string): string[] {
  const out = spawnSync("xmllint", ["--xpath", xpath, file], { encoding: "utf8" });
  if (out.status !== 0) return []; // xmllint exits non-zero when nothing matches
  return [...out.stdout.matchAll(/="([^"]*)"/g)].map((match) => match[1] as string);
}

function texts(file: string, xpath: string): string[] {
  const out = spawnSync("xmllint", ["--xpath", xpath, file], { encoding: "utf8" });
  if (out.status !== 0) return [];
  return [...out.stdout.matchAll(/>([^<]*)</g)].map((match) => (match[1] as string).trim());
}

const el = (name: string) => `*[local-name()='${name}']`;

describe.each([
  ["source manifest.xml", source],
  ["emitted dist/manifest.xml", emitted],
])("%s", (_label, file) => {
  test("is well-formed XML", () => {
    expect(() => xmllint("--noout", file)).not.toThrow();
  });

  test("every resid resolves to a resource of the right kind", () => {
    const ids = new Set([
      ...attributes(file, `//${el("Resources")}//${el("Image")}/@id`),
      ...attributes(file, `//${el("Resources")}//${el("Url")}/@id`),
      ...attributes(file, `//${el("Resources")}//${el("String")}/@id`),
    ]);
    const resids = attributes(file, "//@resid");
    expect(resids.length).toBeGreaterThan(10);
    for (const resid of resids) expect(ids).toContain(resid);
    const urlIds = new Set(attributes(file, `//${el("Resources")}//${el("Url")}/@id`));
    for (const resid of attributes(file, `//${el("SourceLocation")}/@resid | //${el("Runtime")}/@resid`)) {
      expect(urlIds).toContain(resid);
    }
  });

  test("is a shared runtime: one long-lived runtime serves the functions page and the task pane", () => {
    expect(attributes(file, `//${el("Set")}[@Name='SharedRuntime']/@MinVersion`)).toEqual(["1.1"]);
    const runtimes = attributes(file, `//${el("Runtime")}/@resid`);
    expect(runtimes).toHaveLength(1);
    expect(attributes(file, `//${el("Runtime")}/@lifetime`)).toEqual(["long"]);
    const runtime = runtimes[0];
    expect(
      attributes(
        file,
        `//${el("ExtensionPoint")}[@*[local-name()='type']='CustomFunctions']/${el("Page")}/${el("SourceLocation")}/@resid`,
      ),
    ).toEqual([runtime]);
    expect(
      attributes(file, `//${el("Action")}[@*[local-name()='type']='ShowTaskpane']/${el("SourceLocation")}/@resid`),
    ).toEqual([runtime]);
    expect(attributes(file, `//${el("FunctionFile")}/@resid`)).toEqual([runtime]);
  });

  test("declares the INV namespace, the functions script and metadata", () => {
    const namespaceId = attributes(file, `//${el("Namespace")}/@resid`)[0];
    expect(attributes(file, `//${el("String")}[@id='${namespaceId}']/@DefaultValue`)).toEqual(["INV"]);
    const scriptId = attributes(file, `//${el("Script")}/${el("SourceLocation")}/@resid`)[0];
    const metadataId = attributes(file, `//${el("Metadata")}/${el("SourceLocation")}/@resid`)[0];
    expect(attributes(file, `//${el("Url")}[@id='${scriptId}']/@DefaultValue`)[0]).toMatch(/\/functions\.js$/);
    expect(attributes(file, `//${el("Url")}[@id='${metadataId}']/@DefaultValue`)[0]).toMatch(/\/functions\.json$/);
  });

  test("has a ribbon button that opens the task pane", () => {
    expect(
      attributes(file, `//${el("Control")}[@*[local-name()='type']='Button']/${el("Action")}/@*[local-name()='type']`),
    ).toEqual(["ShowTaskpane"]);
  });

  test("asks for ReadWriteDocument and nothing more", () => {
    expect(texts(file, `//${el("Permissions")}`)).toEqual(["ReadWriteDocument"]);
  });

  test("every URL is https and names a file the build emits; icons 16/32/64/80 are used", () => {
    const urls = [
      ...attributes(file, "//@DefaultValue").filter((value) => /^[a-z]+:\/\//i.test(value)),
      ...texts(file, `//${el("AppDomain")}`),
    ];
    expect(urls.length).toBeGreaterThanOrEqual(8);
    for (const url of urls) {
      expect(url).toMatch(/^https:\/\/localhost:3000\//);
      const relative = url.replace(/^https:\/\/localhost:3000\//, "");
      expect(fs.existsSync(path.join(distDir, relative))).toBe(true);
    }
    for (const size of [16, 32, 64, 80]) expect(urls).toContain(`https://localhost:3000/assets/icon-${size}.png`);
  });
});

describe("assets", () => {
  test("icons exist at 16, 32, 64, 80 and 128 px, as PNGs of that size", () => {
    for (const size of [16, 32, 64, 80, 128]) {
      const png = fs.readFileSync(path.join(root, "assets", `icon-${size}.png`));
      expect(png.subarray(1, 4).toString()).toBe("PNG");
      expect(png.readUInt32BE(16)).toBe(size);
      expect(png.readUInt32BE(20)).toBe(size);
    }
  });
});

describe("production build with a deployment URL", () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "inv-deploy-"));
  const relativeOut = path.relative(root, out);
  const webpack = (url: string) =>
    spawnSync("npx", ["webpack", "--mode", "production", "--env", `url=${url}`], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, INV_DIST_DIR: relativeOut },
    });

  afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

  test("rewrites every localhost URL to the given URL", () => {
    const result = webpack("https://example.com/addin/");
    expect(result.status).toBe(0);
    const manifest = fs.readFileSync(path.join(out, "manifest.xml"), "utf8");
    expect(manifest).not.toMatch(/localhost/i);
    expect(manifest).toContain('DefaultValue="https://example.com/addin/taskpane.html"');
    expect(manifest).toContain('DefaultValue="https://example.com/addin/functions.json"');
    expect(() => execFileSync("xmllint", ["--noout", path.join(out, "manifest.xml")])).not.toThrow();
  }, 120_000);

  test("refuses a URL that is not https", () => {
    const result = webpack("http://example.com/addin/");
    expect(result.status).not.toBe(0);
    expect(result.stdout + result.stderr).toMatch(/--env url must be an https URL/);
  }, 120_000);
});
