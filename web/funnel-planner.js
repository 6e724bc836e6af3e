// The embeddable planner: <script type="module" src=".../funnel-planner.js"></script>
// then <funnel-planner></funnel-planner> anywhere on the page. Importing it twice is harmless.
import { FunnelPlanner } from './planner-element.js';

FunnelPlanner.define();

export { FunnelPlanner };
