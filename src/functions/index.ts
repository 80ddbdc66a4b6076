/*
 * Entry point of the functions bundle (dist/functions.js), loaded by Excel's
 * custom-functions runtime and by the task pane page (shared runtime).
 *
 * The imports below are the one list of function files: webpack.config.js reads
 * them (one `import "./file";` a line) and gives them to the metadata plugin,
 * which writes functions.json from their JSDoc and appends
 * `CustomFunctions.associate(...)` calls to the end of each. A new family file
 * needs only its line here. Nothing here may touch `Office` at the top level:
 * if office.js is absent, that would stop every association.
 */
import "./runtimeFallback";
import "./cycleStock";
import "./lotSizing";
import "./safetyStock";
import "./newsvendor";
import "./classification";
import "./demand";
import "./metrics";
import "./planning";
import "./rqPolicy";
import "./poissonPolicy";
import "./intermittent";
import "./explain";
