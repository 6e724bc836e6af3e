// The funnel editor: a name for each stage and a conversion between each pair
// (counts or a rate), with stages added on top, inserted and removed. One
// editor per planner, lent by the shell to the open view's "funnel" slot.
import { conversionField } from './planner-state.js';
import { FOLLOWING } from './views/registry.js';

const PARTS = ['fromCount', 'toCount', 'rate'];
// Every text that belongs to a conversion or a stage, by its index: it moves with it.
const PART_FIELDS = PARTS.map((part) => (index) => conversionField(index, part));
// A name ending in "*" is a family ("review.*": a field per month): its members are the texts' names now.
const namesOf = (list, texts) => [...new Set(list.flatMap((name) => {
  if (!name.endsWith('*')) return [name];
  const prefix = name.slice(0, -1);
  return Object.keys(texts).flatMap((field) => {
    const member = /^(.+)\[\d+\]$/.exec(field)?.[1];
    return member?.startsWith(prefix) ? [member] : [];
  });
}))];
const fieldsOf = (names) => names.map((name) => (index) => `${name}[${index}]`);

export class StageEditor {
  #root;
  #host;  // { state, rules, fmt(), strings(), collect(), stagesChanged(), part() } of the planner; rules: core.funnelRules()

  constructor(root, host) {
    this.#root = root;
    this.#host = host;
  }

  // Builds the editor from the state: each field shows its text as kept.
  build() {
    const { stages, modes, texts } = this.#host.state;
    const { minStages, maxStages } = this.#host.rules;
    const fmt = this.#host.fmt();
    const stageTemplate = this.#root.getElementById('stage-template').content.firstElementChild;
    const conversionTemplate = this.#root.getElementById('conversion-template').content.firstElementChild;
    const rows = [];
    stages.forEach((name, index) => {
      const row = stageTemplate.cloneNode(true);
      const input = row.querySelector('input');
      input.id = `stage-${index}`;
      input.dataset.stage = index;
      input.dataset.field = `stages[${index}]`;
      input.dataset.kind = 'name';
      input.value = fmt.stageField(name);  // "Customer" reads "Kunde" until someone renames it
      row.querySelector('label').htmlFor = input.id;
      row.querySelector('.error').id = `${input.id}-error`;
      input.setAttribute('aria-describedby', `${input.id}-error`);
      row.querySelector('.remove').dataset.remove = index;
      row.querySelector('.remove').hidden = stages.length <= minStages;
      rows.push(row);
      if (index === stages.length - 1) return;
      const conversion = conversionTemplate.cloneNode(true);
      conversion.querySelector('fieldset').dataset.index = index;
      for (const radio of conversion.querySelectorAll('input[type="radio"]')) {
        radio.name = `mode-${index}`;
        radio.checked = radio.value === modes[index];
      }
      for (const part of conversion.querySelectorAll('[data-mode]')) part.hidden = part.dataset.mode !== modes[index];
      for (const field of conversion.querySelectorAll('input[data-part]')) {
        field.id = `c${index}-${field.dataset.part}`;
        field.dataset.field = conversionField(index, field.dataset.part);
        field.value = texts[field.dataset.field] ?? '';
        const wrapper = field.closest('.field');
        wrapper.querySelector('label').htmlFor = field.id;
        wrapper.querySelector('.error').id = `${field.id}-error`;
        field.setAttribute('aria-describedby', `${field.id}-error`);
      }
      conversion.querySelector('.insert').dataset.insert = index;
      conversion.querySelector('.insert').hidden = stages.length >= maxStages;
      rows.push(conversion);
    });
    // Into the funnel part itself: out of the page while the open view has no place for it (the import).
    const part = this.#host.part();
    part.querySelector('#editor').replaceChildren(...rows);
    part.querySelector('#add-top').hidden = stages.length >= maxStages;
  }

  // The labels that name stages: "Stufe 2", "MQL → SQL", "MQLs gesamt".
  label() {
    const strings = this.#host.strings();
    const fmt = this.#host.fmt();
    const { stages } = this.#host.state;
    const part = this.#host.part();
    for (const row of part.querySelectorAll('.stage-row')) {
      const index = Number(row.querySelector('input').dataset.stage);
      row.querySelector('label').textContent = strings.stageLabel(index + 1);
      row.querySelector('.remove').setAttribute('aria-label', strings.removeStage(fmt.stage(stages[index], 1)));
    }
    for (const fieldset of part.querySelectorAll('fieldset.conversion')) {
      const index = Number(fieldset.dataset.index);
      fieldset.querySelector('legend').textContent = `${fmt.stage(stages[index], 1)} → ${fmt.stage(stages[index + 1], 1)}`;
      const [fromLabel, toLabel] = fieldset.querySelectorAll('.pair label');
      fromLabel.textContent = strings.fromLabel(fmt.stage(stages[index], 2));
      toLabel.textContent = strings.toLabel(fmt.stage(stages[index + 1], 2));
    }
  }

  // A click in the editor: true when it added, inserted or removed a stage.
  click(target) {
    if (target.dataset.remove !== undefined) this.remove(Number(target.dataset.remove));
    else if (target.dataset.insert !== undefined) this.insertBelow(Number(target.dataset.insert));
    else if (target.id === 'add-top') this.addOnTop();
    else return false;
    return true;
  }

  // A change in the editor: true when it was one (a name, or a conversion's
  // mode); rateOf(index): the rate the open view's last answer had there.
  change(target, rateOf) {
    if (target.name?.startsWith('mode-')) {
      this.switchMode(target, rateOf(Number(target.closest('fieldset').dataset.index)));
    } else if (target.classList.contains('stage-name')) {
      this.collectNames();
      this.label();
    } else {
      return false;
    }
    return true;
  }

  // A conversion switched between counts and a rate. rate: the rate its
  // counts gave in the last plan, to start the rate field from the first time.
  switchMode(radio, rate) {
    const fieldset = radio.closest('fieldset');
    this.#host.state.modes[Number(fieldset.dataset.index)] = radio.value;
    for (const part of fieldset.querySelectorAll('[data-mode]')) part.hidden = part.dataset.mode !== radio.value;
    const field = fieldset.querySelector('input[data-part="rate"]');
    if (radio.value === 'rate' && field.value.trim() === '' && rate !== undefined) field.value = this.#host.fmt().precisePercent(rate);
  }

  // The names as typed into the state; a default name stays its key ("Customer")
  // while it reads as the language spells it.
  collectNames() {
    const { state } = this.#host;
    const fmt = this.#host.fmt();
    for (const input of this.#root.querySelectorAll('input.stage-name')) {
      const index = Number(input.dataset.stage);
      if (input.value !== fmt.stageField(state.stages[index])) state.stages[index] = input.value;
    }
  }

  // The names in another language's spelling of the default names.
  respell(next) {
    for (const input of this.#root.querySelectorAll('input.stage-name')) {
      input.value = next.stageField(this.#host.state.stages[Number(input.dataset.stage)]);
    }
  }

  addOnTop() {
    this.#change(({ stages, modes, conversions, stageTexts }) => {
      stages.unshift(this.#host.strings().newStage);
      stageTexts.unshift(undefined);
      modes.unshift('counts');
      conversions.unshift(undefined);
    });
    this.#root.getElementById('stage-0')?.focus();
  }

  // The new stage goes below stage `index`: its old conversion stays above the new stage.
  insertBelow(index) {
    this.#change(({ stages, modes, conversions, stageTexts }) => {
      stages.splice(index + 1, 0, this.#host.strings().newStage);
      stageTexts.splice(index + 1, 0, undefined);
      modes.splice(index + 1, 0, 'counts');
      conversions.splice(index + 1, 0, undefined);
    });
    this.#root.getElementById(`stage-${index + 1}`)?.focus();
  }

  remove(index) {
    this.#change(({ stages, modes, conversions, stageTexts }) => {
      stages.splice(index, 1);
      stageTexts.splice(index, 1);
      // The conversion leaving the removed stage goes, or for the bottom stage the one into it.
      const gone = Math.min(index, modes.length - 1);
      modes.splice(gone, 1);
      conversions.splice(gone, 1);
    });
  }

  // Changes the stages and moves each conversion's texts with its conversion;
  // then the host rebuilds the editor and recomputes (host.stagesChanged).
  #change(change) {
    const { state } = this.#host;
    this.#host.collect();
    const { stages, modes, texts } = state;
    const take = (fields, count) => Array.from({ length: count }, (_, index) => {
      const values = fields.map((field) => texts[field(index)]);
      for (const field of fields) delete texts[field(index)];
      return values;
    });
    const conversionFields = [...PART_FIELDS, ...fieldsOf(namesOf(FOLLOWING.conversion, texts))];
    const stageFields = fieldsOf(namesOf(FOLLOWING.stage, texts));
    const conversions = take(conversionFields, stages.length - 1);
    const stageTexts = take(stageFields, stages.length);
    change({ stages, modes, conversions, stageTexts });
    const put = (fields, list) => list.forEach((values, index) => fields.forEach((field, k) => {
      if (values?.[k] !== undefined) texts[field(index)] = values[k];
    }));
    put(conversionFields, conversions);
    put(stageFields, stageTexts);
    // Whatever points at a stage keeps to the funnel: the forecast's volume stage (any stage but the last).
    state.volumeStage = Math.min(state.volumeStage, stages.length - 2);
    this.#host.stagesChanged();
  }
}
