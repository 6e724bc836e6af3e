// The embed builder (embed-builder.html): a marketing team sets the planner
// up for its website here, sees it at once in the preview, and copies the
// code. The form is read into the planner's attributes (settings.js), which
// the snippets (snippets.js) and the preview (preview.js) are both made from,
// so the preview shows exactly what the code does.
import { loadCore } from '../core-loader.js';
import { VIEW_IDS, VIEW_NAMES } from '../views/names.js';
import { moduleLoader } from '../views/shared/module-loader.js';
import { Preview } from './preview.js';
import { checksBy, embedSettings, formValues } from './settings.js';
import { componentPolicy, componentSnippet, folderOf, iframePolicy, iframeSnippet } from './snippets.js';
import { restoreForm, saveForm } from './keep.js';
import { showLead } from './sent.js';
import { PAGE_EN, WORDS } from './words.js';

const byId = (id) => document.getElementById(id);
const form = byId('settings');
const PROBLEM_FIELDS = ['b-goal', 'b-accent', 'b-logo', 'b-cta-href', 'b-lead', 'b-privacy', 'b-address'];

// The page's German, as embed-builder.html says it, for switching back.
const PAGE_DE = Object.fromEntries([
  ...[...document.querySelectorAll('[data-t]')].map((node) => [node.dataset.t, node.textContent]),
  ...[...document.querySelectorAll('[data-t-label]')].map((node) => [node.dataset.tLabel, node.getAttribute('aria-label')]),
  ...[...document.querySelectorAll('[data-t-placeholder]')].map((node) => [node.dataset.tPlaceholder, node.placeholder]),
]);
// The page's language, as index.html's: a link's (?lang=en), else the one it was left in (below), else German.
const requested = ['de', 'en'].find((lang) => lang === new URLSearchParams(window.location.search).get('lang'));
let pageLang = requested ?? 'de';
let kind = 'component';
// Where the files are, per kind: the component's on the host's own server, the iframe's here (or there).
const folders = { component: '/funnel-planner/', iframe: new URL('./', window.location.href).href };

const channels = moduleLoader('funnel-channels', 'createFunnelChannels');  // core.lead(): the lead's target checked
let core = null;

const preview = new Preview(byId('preview'), {
  onLead: (detail) => showLead(byId('preview-sent'), detail, WORDS[pageLang]),
  onCta: () => { byId('preview-note').textContent = ctaNote(); },
});

function viewBoxes() {
  byId('b-views').replaceChildren(...VIEW_NAMES.map(({ id, tab }) => {
    const label = document.createElement('label');
    label.className = 'check';
    const box = Object.assign(document.createElement('input'), { type: 'checkbox', name: 'view', value: id, checked: true, disabled: id === VIEW_IDS[0] });
    box.id = `b-view-${id}`;
    label.append(box, ' ', Object.assign(document.createElement('span'), { textContent: tab[pageLang], lang: pageLang }));
    return label;
  }));
}

function applyPageLanguage() {
  const texts = pageLang === 'en' ? PAGE_EN : PAGE_DE;
  document.documentElement.lang = pageLang;
  document.title = WORDS[pageLang].title;
  for (const node of document.querySelectorAll('[data-t]')) node.textContent = texts[node.dataset.t];
  for (const node of document.querySelectorAll('[data-t-label]')) node.setAttribute('aria-label', texts[node.dataset.tLabel]);
  for (const node of document.querySelectorAll('[data-t-placeholder]')) node.placeholder = texts[node.dataset.tPlaceholder];
  for (const button of document.querySelectorAll('[data-page-lang]')) button.setAttribute('aria-pressed', String(button.dataset.pageLang === pageLang));
  const ticked = new Set([...form.querySelectorAll('input[name="view"]:checked')].map((box) => box.value));
  viewBoxes();
  if (ticked.size) for (const box of form.querySelectorAll('input[name="view"]')) box.checked = ticked.has(box.value);
}

function showProblem(id, message, note) {
  const box = byId(`${id}-error`);
  if (box) {
    box.textContent = message ?? note ?? '';
    box.hidden = !message && !note;
    box.classList.toggle('is-note', !message);
  }
  // The lead's target is the fields of its kind (data-lead-kind); every other problem is its own field's.
  const fields = id === 'b-lead' ? form.querySelectorAll(`[data-lead-kind~="${form.elements.lead.value}"] input`) : [byId(id)];
  for (const field of fields) {
    if (message) field.setAttribute('aria-invalid', 'true');
    else field.removeAttribute('aria-invalid');
  }
}

function ctaNote() {
  const href = form.elements.ctaHref.value.trim();
  return href ? WORDS[pageLang].ctaGoes(href) : WORDS[pageLang].ctaEvent;
}

// What is sent where, in words: exactly, once the target is right; until then, whose.
function showLeadWhere(values, lead, used, words) {
  byId('b-lead-settings').hidden = values.lead === 'off';
  for (const part of form.querySelectorAll('[data-lead-kind]')) part.hidden = !part.dataset.leadKind.split(' ').includes(values.lead);
  const where = words.where[values.lead] ?? words.where.off;
  const to = lead.where?.url ?? (lead.to ? lead.to.replace(/^mailto:/, '') : words.yourTarget[values.lead]);
  // A host's own URL must let the visitor's browser post to it: from the page, or, in a frame, from the planner's.
  const cors = !['json', 'form'].includes(values.lead) ? ''
    : kind === 'component' ? words.cors.component : words.cors.iframe(/^https?:/.test(used) ? new URL(used).origin : words.yourSite);
  byId('b-lead-where').textContent = [typeof where === 'function' ? where(to) : where, cors].filter(Boolean).join(' ');
}

// The code for the chosen kind, with its advice and the host's policy. used: the files' folder.
function showCode(attributes, values, lead, used, words) {
  const component = kind === 'component';
  byId('b-advice').textContent = component ? words.adviceComponent : words.adviceIframe;
  byId('b-address-label').textContent = component ? words.addressComponent : words.addressIframe;
  byId('b-address-hint').textContent = !component ? words.addressIframeHint : /^https?:/.test(used) ? words.otherOrigin : words.addressComponentHint;
  byId('snippet').textContent = component ? componentSnippet(attributes, { folder: used, words })
    : iframeSnippet(attributes, { folder: used, words, visitor: WORDS[values.lang] ?? words });
  byId('policy').textContent = component ? componentPolicy(attributes, { folder: used, leadTarget: lead.where }) : iframePolicy({ folder: used });
  byId('b-policy-note').textContent = component ? words.policyComponent : words.policyIframe;
}

function update() {
  if (!core || !channels.module()) return;
  const words = WORDS[pageLang];
  const values = formValues(form);
  const { attributes, problems, notes, lead } = embedSettings(values, checksBy({ core, lead: channels.module(), lang: pageLang, words, kind: values.lead }), kind);
  const folder = folderOf(form.elements.address.value);
  if (!folder) problems['b-address'] = words.folder;
  else folders[kind] = folder;
  for (const id of PROBLEM_FIELDS) showProblem(id, problems[id], notes[id]);
  byId('b-accent-value').textContent = values.accent;
  showLeadWhere(values, lead, folders[kind], words);
  showCode(attributes, values, lead, folders[kind], words);

  const previewNotes = [kind === 'component' ? words.previewComponent : words.previewIframe, values.storage ? words.previewStores : words.previewForgets];
  if (lead.to) previewNotes.push(words.previewLead);
  if (attributes.some(([name]) => name === 'cta-text')) previewNotes.push(ctaNote());
  byId('preview-note').textContent = previewNotes.join(' ');
  preview.show(kind, attributes);
  saveForm(form, { kind, folders, pageLang });
}

// The goal is read in the page's language ("1.000" is a thousand in German, one in English): another language
// re-spells what was typed, so that it keeps its meaning. Text that is no number stays as typed.
function respellGoal(from, to) {
  const field = form.elements.goal;
  const read = core && field.value.trim() ? core.parseNumber(field.value, from) : { ok: false };
  if (read.ok) field.value = core.formatNumber(read.value, to, 'exact');
}

function chooseKind(next) {
  kind = next;
  for (const tab of document.querySelectorAll('[data-kind]')) {
    const selected = tab.dataset.kind === kind;
    tab.setAttribute('aria-selected', String(selected));
    tab.tabIndex = selected ? 0 : -1;
  }
  byId('kind-panel').setAttribute('aria-labelledby', `kind-${kind}`);
  form.elements.address.value = folders[kind];
  update();
}

// Not actions.js's copyText, which puts the text into a box of its own: here the code is on screen already, and
// selecting it where it stands is the plainer way to copy by hand.
async function copy(id) {
  const code = byId(id);
  const status = byId('copy-status');
  try {
    await navigator.clipboard.writeText(code.textContent);
    status.textContent = WORDS[pageLang].copied;
  } catch {
    // Refused (a frame without clipboard-write, an old browser): the code selected, to copy by hand.
    getSelection().selectAllChildren(code);
    status.textContent = WORDS[pageLang].copyByHand;
  }
}

form.addEventListener('input', update);
form.addEventListener('change', update);
form.addEventListener('submit', (event) => event.preventDefault());
byId('b-address').addEventListener('input', update);  // outside the form's box, but one of its fields
document.addEventListener('click', (event) => {
  const target = event.target.closest('button');
  if (!target) return;
  if (target.dataset.pageLang) {
    respellGoal(pageLang, target.dataset.pageLang);
    pageLang = target.dataset.pageLang;
    applyPageLanguage();
    update();
  } else if (target.dataset.kind) chooseKind(target.dataset.kind);
  else if (target.id === 'copy-snippet') copy('snippet');
  else if (target.id === 'copy-policy') copy('policy');
});
byId('kind-component').parentElement.addEventListener('keydown', (event) => {
  if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
  const next = kind === 'component' ? 'iframe' : 'component';
  chooseKind(next);
  byId(`kind-${next}`).focus();
});

applyPageLanguage();
form.elements.lang.value = pageLang;
// The last visit's settings, if any: the planner's language among them.
const kept = restoreForm(form);
const keptLang = ['de', 'en'].includes(kept?.pageLang) ? kept.pageLang : null;  // the language the goal was typed in
if (keptLang && !requested && keptLang !== pageLang) {  // the page as it was left, unless a link asks otherwise
  pageLang = keptLang;
  applyPageLanguage();
}
if (kept) {
  if (kept.kind === 'iframe') kind = 'iframe';
  for (const name of ['component', 'iframe']) folders[name] = folderOf(kept.folders?.[name] ?? '') ?? folders[name];
}
form.elements.address.value = folders[kind];
[core] = await Promise.all([loadCore(), channels.prepare()]);
if (keptLang) respellGoal(keptLang, pageLang);
chooseKind(kind);
