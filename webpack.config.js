/* eslint-disable @typescript-eslint/no-require-imports */
// Builds the add-in into dist/: functions.js + functions.json (custom functions),
// taskpane.html + taskpane.js (the pane, which also loads functions.js: one shared
// runtime), the icons, and manifest.xml with every localhost URL rewritten to the
// deployment URL given as `--env url=https://host/path/`.
const path = require("path");
const fs = require("fs");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { httpsOptions } = require("./scripts/devCerts.js");
const { builtinsScope } = require("./scripts/builtinsScope.js");

const DEV_URL = "https://localhost:3000/";

/**
 * The function files: the modules src/functions/index.ts imports, the one list of them. The
 * metadata plugin reads their JSDoc into functions.json and appends their associate calls
 * (it reads each file it is given, not what the file imports, so it needs the list).
 */
function functionFiles() {
  const entry = fs.readFileSync(path.resolve(__dirname, "src/functions/index.ts"), "utf8");
  const files = [...entry.matchAll(/^import "\.\/(\w+)";$/gm)].map((match) => `./src/functions/${match[1]}.ts`);
  if (files.length === 0) throw new Error("src/functions/index.ts imports no function file");
  return files;
}

function deploymentUrl(env) {
  if (!env.url) return DEV_URL;
  const url = String(env.url);
  if (!/^https:\/\/[^\s/]+(\/[^\s]*)?$/.test(url)) {
    throw new Error(`--env url must be an https URL such as https://example.com/addin/ (got "${url}")`);
  }
  return url.endsWith("/") ? url : `${url}/`;
}

module.exports = async (env = {}, options = {}) => {
  const url = deploymentUrl(env);
  const serving = process.argv.includes("serve");
  return {
    mode: options.mode || "production",
    devtool: "source-map",
    entry: {
      functions: "./src/functions/index.ts",
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      // INV_DIST_DIR lets parallel builds (and their tests) use separate folders.
      path: path.resolve(__dirname, process.env.INV_DIST_DIR || "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { onlyCompileBundledFiles: true } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: functionFiles() }),
      // Math, Number, Array … as locals of functions.js: each global lookup is slow in some runtimes.
      ...builtinsScope("functions.js"),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform(content) {
              const text = content.toString().split(DEV_URL).join(url);
              if (url !== DEV_URL && /localhost/i.test(text)) {
                throw new Error("manifest.xml still names localhost after the URL rewrite");
              }
              return text;
            },
          },
        ],
      }),
    ],
    devServer: serving
      ? {
          port: 3000,
          static: false,
          headers: { "Access-Control-Allow-Origin": "*" },
          server: { type: "https", options: await httpsOptions() },
          // The served files are exactly the production build: no hot-reload client injected into
          // functions.js (it runs in Excel's custom-functions runtime). Reload the pane after a change.
          hot: false,
          liveReload: false,
          client: false,
        }
      : undefined,
  };
};
