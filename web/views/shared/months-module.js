// The WebAssembly module of the calls over months (dist/funnel-schedule.mjs:
// schedule, pace, scheduleRules, review, readSheet), shared by the views that
// use it (the schedule, the KPI review) and loaded with the first of them.
// A module of web/views/shared/ is imported by lazily loaded views only, never
// by the shell: the bundler puts it into a chunk of its own.
import { moduleLoader } from './module-loader.js';

const months = moduleLoader('funnel-schedule', 'createFunnelSchedule');
export const prepareMonths = months.prepare;
export const monthsModule = months.module;
