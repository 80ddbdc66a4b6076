/*
 * Entry point of the functions bundle (dist/functions.js), loaded by Excel's
 * custom-functions runtime and by the task pane page (shared runtime).
 *
 * The metadata plugin appends `CustomFunctions.associate(...)` calls to the end
 * of each family file below. Nothing here may touch `Office` at the top level:
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
