// The embeddable planner: <script type="module" src=".../funnel-planner.js"></script>
// then <funnel-planner></funnel-planner> anywhere on the page. Importing it twice is harmless.
import { loadCore } from './core-loader.js';
import { FunnelPlanner } from './planner-element.js';

// Defined once the core is there: the planner is then built, laid out and drawn
// in one go, without a frame of the loading line before it (the first plan was
// painted ~30 ms sooner; docs/performance.md, "Performance budgets"). A core slower than this
// gets the element defined anyway, and so the loading line, meanwhile.
const LOADING_LINE_AFTER_MS = 200;

const slowCore = new Promise((resolve) => { setTimeout(resolve, LOADING_LINE_AFTER_MS); });
Promise.race([loadCore().catch(() => {}), slowCore]).then(() => FunnelPlanner.define());

export { FunnelPlanner };
