// The import view: a CRM export or a monthly sheet, read in a Web Worker with
// the import module (core.importFile), its columns and report shown, and its
// numbers taken into the plan (counts and months) and the schedule (days
// between stages) on request. The file is never stored or sent; what was read
// lives as long as the page. The view contract is in docs/architecture.md.
import { ImportReader } from './reader.js';
import { fillCounts, historyItems, lagItems, mappingChoices, monthOf, overviewRows, skippedItems, warningItems } from './render.js';
import { sampleExport, sampleSheet } from './samples.js';
import { STRINGS } from './strings.js';
import { STYLES } from './styles.js';
import { TEMPLATE } from './template.js';

const WINDOWS = [6, 12, 24];
const SKIPS = ['', '0', '1', '2', '3'];  // '' the default: each conversion's median lag
// `count` months from "YYYY-MM" on, as "YYYY-MM".
const monthsFrom = (first, count) => Array.from({ length: count }, (_, i) => {
  const date = new Date(Number(first.slice(0, 4)), Number(first.slice(5)) - 1 + i, 1);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
});

class ImportView {
  #panel;
  #shell;
  #reader = new ImportReader();
  #file = null;  // { name, bytes } of the file read last (in memory only)
  #result = null;  // core.importFile()'s answer for it
  #mapping = null;  // the person's choice of columns, once made
  #window = 12;
  #skip = '';

  constructor(panel, shell) {
    this.#panel = panel;
    this.#shell = shell;
    const drop = this.#part('drop');
    drop.addEventListener('dragover', (event) => {
      event.preventDefault();
      drop.classList.add('over');
    });
    drop.addEventListener('dragleave', () => drop.classList.remove('over'));
    drop.addEventListener('drop', (event) => {
      event.preventDefault();
      drop.classList.remove('over');
      const [file] = event.dataTransfer?.files ?? [];
      if (file) this.#read(file.name, { file });
    });
  }

  #part(name) { return this.#panel.querySelector(`#import-${name}`); }

  label() {
    const strings = this.#shell.strings();
    const options = (select, entries) => select.replaceChildren(...entries.map(([value, text]) => new Option(text, String(value))));
    options(this.#part('window'), WINDOWS.map((months) => [months, strings.windowMonths(months)]));
    options(this.#part('skip'), SKIPS.map((skip) => [skip, skip === '' ? strings.skipDefault : strings.skipMonths(Number(skip))]));
    this.sync();
  }

  sync() {
    this.#part('window').value = String(this.#window);
    this.#part('skip').value = this.#skip;
  }

  change(target) {
    if (target.id === 'import-file') {
      const [file] = target.files;
      if (file) this.#read(file.name, { file });
      target.value = '';  // the same file chosen again reads again
    } else if (target.id === 'import-window' || target.id === 'import-skip') {
      this.#window = Number(this.#part('window').value);
      this.#skip = this.#part('skip').value;
      this.#again();
    } else if (target.closest('#import-mapping')) {
      const mapping = structuredClone(this.#result.mapping);
      const column = Number(target.value);
      if (target.dataset.mapStage !== undefined) mapping.stages[Number(target.dataset.mapStage)] = column;
      else if (target.dataset.mapMonth !== undefined) mapping.month = column;
      else mapping.channel = column;
      this.#mapping = mapping;
      this.#again();
    } else {
      return false;
    }
    return true;
  }

  // Its buttons: samples, pasted text, cancel, and taking the numbers over.
  click(target) {
    const lang = this.#shell.lang;
    if (target.id === 'import-sample-sheet' || target.id === 'import-sample-export') {
      const sample = (target.id.endsWith('sheet') ? sampleSheet : sampleExport)(lang);
      this.#read(sample.name, { bytes: sample.bytes });
    } else if (target.id === 'import-paste-read') {
      const text = this.#part('paste').value;
      if (text.trim()) this.#read(this.#shell.strings().pasteTitle, { bytes: new TextEncoder().encode(text) });
    } else if (target.id === 'import-cancel') {
      this.#reader.cancel();
    } else if (target.id === 'import-to-plan') {
      this.#toPlan();
    } else if (target.id === 'import-to-schedule') {
      this.#toSchedule();
    } else if (target.id === 'import-forget') {
      this.#shell.state.imported = null;
      this.#result = null;
      this.#file = null;
      this.#shell.refresh();
    } else {
      return false;
    }
    return true;
  }

  // A new file: what the person mapped for the last one no longer applies.
  #read(name, source) {
    this.#mapping = null;
    this.#start(name, source);
  }

  // The same file again, with other columns or another window.
  #again() {
    if (this.#file) this.#start(this.#file.name, { bytes: this.#file.bytes.slice() });
  }

  async #start(name, source) {
    const strings = this.#shell.strings();
    const { state, lang } = this.#shell;
    const progress = this.#part('progress');
    const bar = this.#part('progress-bar');
    const text = this.#part('progress-text');
    const failed = this.#part('failed');
    failed.hidden = true;
    progress.hidden = false;
    bar.removeAttribute('value');  // indeterminate until the first chunk
    text.textContent = strings.reading(0);
    const request = { locale: lang, stages: [...state.stages], today: this.#shell.today(), windowMonths: this.#window };
    if (this.#skip !== '') request.skipMonths = Number(this.#skip);
    if (this.#mapping) request.mapping = this.#mapping;
    try {
      const { result, bytes } = await this.#reader.read({ ...source, request }, (done) => {
        if (done === 'counting') {
          bar.removeAttribute('value');
          text.textContent = strings.counting;
        } else {
          bar.value = done;
          text.textContent = strings.reading(Math.round(done * 100));
        }
      });
      this.#file = { name, bytes };
      this.#result = result;
      this.#part('applied').textContent = '';
      // What is kept of it: the counts, never the file (storage and the link carry them).
      if (result.ok && result.months.length > 0) {
        const channels = result.channels.map(({ name: channel, counts }) => ({ name: channel, counts }));
        state.imported = { first: result.months[0], counts: result.counts, channels };
      }
      if (!result.ok) {
        failed.textContent = result.errors.map((error) => error.message).join(' ');
        failed.hidden = false;
      }
    } catch (error) {
      failed.textContent = error.message === 'cancelled' ? strings.cancelled : strings.noWorker;
      failed.hidden = false;
    } finally {
      progress.hidden = true;
    }
    this.#shell.refresh();
  }

  #toPlan() {
    const { history, historyMonths } = this.#result;
    const values = history.flatMap((conversion, s) => [
      { field: `conversions[${s}].fromCount`, value: conversion.fromCount },
      { field: `conversions[${s}].toCount`, value: conversion.toCount },
    ]);
    if (historyMonths) values.push({ field: 'historyMonths', value: historyMonths });
    this.#shell.putValues(values);
    this.#part('applied').textContent = this.#shell.strings().appliedPlan;
  }

  #toSchedule() {
    const values = this.#result.lags.flatMap((lag, s) => (lag.median === null ? [] : [{ field: `lagDays[${s}]`, value: lag.median }]));
    this.#shell.putValues(values);
    this.#part('applied').textContent = this.#shell.strings().appliedSchedule;
  }

  request() {
    return { call: 'importFile', input: { file: this.#file?.name ?? null } };
  }

  // Nothing to compute on a keystroke: the last file's answer stands (or none yet).
  answer() {
    return { ok: true };
  }

  rateOf() {
    return undefined;
  }

  render() {
    const strings = this.#shell.strings();
    const result = this.#result?.ok ? this.#result : null;
    const kept = this.#shell.state.imported;
    const context = { fmt: this.#shell.fmt(), strings, stages: this.#shell.state.stages };
    this.#part('empty').hidden = Boolean(result || kept);
    this.#part('read').hidden = !result;
    this.#part('skipped-box').hidden = !result;
    this.#part('per-month').hidden = !(result || kept);
    this.#keep(kept, context);
    if (!result) {
      if (kept) fillCounts(this.#part('counts'), { months: monthsFrom(kept.first, kept.counts[0].length), counts: kept.counts }, context);
      return kept ? this.#part('kept-text').textContent : strings.nothingYet;
    }
    this.#shell.definitions(this.#part('overview'), overviewRows(this.#file, result, context));
    this.#part('warnings').replaceChildren(...warningItems(result, context));
    this.#part('mapping-hint').textContent = result.mapping.certain ? strings.mappingCertain : strings.mappingUncertain;
    mappingChoices(this.#part('mapping'), result, context);
    this.#part('history').replaceChildren(...historyItems(result, context));
    this.#part('lags').replaceChildren(...lagItems(result, context));
    this.#part('to-schedule').hidden = !result.lags.some((lag) => lag.median !== null);
    this.#part('to-plan').hidden = result.history.length === 0;
    fillCounts(this.#part('counts'), result, context);
    this.#part('skipped').replaceChildren(...skippedItems(result, context));
    return strings.summary(context.fmt.whole(result.report.rowsUsed), this.#file.name, result.report.rowsUsed === 1);
  }

  // What is kept of the last file, and what a shared link leaves out of it (its "it" part).
  #keep(kept, { fmt, strings }) {
    this.#part('kept').hidden = !kept;
    if (!kept) return;
    const months = monthsFrom(kept.first, kept.counts[0].length);
    this.#part('kept-text').textContent = strings.kept(monthOf(months[0], strings), monthOf(months.at(-1), strings), kept.channels.length ? fmt.whole(kept.channels.length) : '');
    const cut = /[#&]it=(\w+)/.exec(this.#shell.link())?.[1] ?? '';
    const parts = [...(cut.includes('c') ? [strings.cutChannels] : []), ...(cut.includes('m') ? [strings.cutMonths] : [])];
    this.#part('kept-cut').hidden = parts.length === 0;
    this.#part('kept-cut').textContent = parts.length ? strings.keptCut(parts.join(', ')) : '';
  }

  get exports() { return []; }

  stop() {
    this.#reader.cancel();
  }
}

// How a notice names what a link held of an import.
function fieldLabel(field, { strings }) {
  return field === 'imported' || field === 'imported.channels' ? strings.keptLabel : null;
}

export default {
  id: 'import',
  fieldLabel,
  styles: STYLES,
  template: TEMPLATE,
  strings: STRINGS,
  create: (panel, shell) => new ImportView(panel, shell),
};
