/* eslint-disable @typescript-eslint/no-require-imports */
// HTTPS options for the dev server. First choice: office-addin-dev-certs, which
// creates a development CA and a localhost certificate and installs the CA as
// trusted. Where it cannot be trusted (Linux without sudo), the generated
// certificate under ~/.office-addin-dev-certs is used as is (the browser will
// warn once), and the reason is printed: nothing fails silently.
const fs = require("fs");
const path = require("path");
const os = require("os");

const dir = path.join(os.homedir(), ".office-addin-dev-certs");
const files = { ca: "ca.crt", cert: "localhost.crt", key: "localhost.key" };

function readGenerated() {
  const read = (name) => fs.readFileSync(path.join(dir, name));
  return { ca: read(files.ca), cert: read(files.cert), key: read(files.key) };
}

async function httpsOptions() {
  process.env.OFFICE_ADDIN_USAGE_DATA_LEVEL = process.env.OFFICE_ADDIN_USAGE_DATA_LEVEL || "off";
  const devCerts = require("office-addin-dev-certs");
  if (process.platform === "win32" || process.platform === "darwin") {
    try {
      return await devCerts.getHttpsServerOptions();
    } catch (error) {
      console.warn(`office-addin-dev-certs could not install a trusted certificate: ${error.message}`);
    }
  }
  const haveAll = () => Object.values(files).every((name) => fs.existsSync(path.join(dir, name)));
  const ageInDays = () => (Date.now() - fs.statSync(path.join(dir, files.cert)).mtimeMs) / 86_400_000;
  // The generated certificates are valid for 30 days: make new ones a day before they expire.
  if (!haveAll() || ageInDays() > 29) {
    await devCerts.generateCertificates(
      path.join(dir, files.ca),
      path.join(dir, files.cert),
      path.join(dir, files.key),
      30,
      ["127.0.0.1", "localhost"],
    );
  }
  if (!haveAll()) throw new Error(`No development certificate could be generated in ${dir}`);
  console.warn(
    `Using the generated development certificate in ${dir} without installing it as trusted. ` +
      `Trust ${path.join(dir, files.ca)} in your browser/OS, or accept the warning once at https://localhost:3000/taskpane.html.`,
  );
  return readGenerated();
}

module.exports = { httpsOptions };
