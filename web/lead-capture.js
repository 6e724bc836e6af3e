// The lead form (issue 20, item 2): shown only when the host says where leads
// go (lead-to), loaded on its first use. Name, e-mail, company and an unticked
// consent box whose text and privacy link the host sets; the core checks them
// and builds what is sent where (core.lead); a cancelable funnel-planner-lead
// event goes first, so a host can handle the lead itself. Nothing is sent
// without the tick; a failed send keeps what was typed and says so.
import { conversionsOf } from './planner-state.js';
import { requestBody } from './lead-request.js';
import { linkOf } from './safe-attributes.js';
import { planRequest } from './views/plan/request.js';
import { moduleLoader } from './views/shared/module-loader.js';

// core.lead() is in the channels module, loaded when the form opens (in the page's module it cost every first
// load 4.2 KB gzip).
const leadModule = moduleLoader('funnel-channels', 'createFunnelChannels');

const WORDS = {
  de: {
    title: { pdf: 'Ihren Plan als PDF erhalten', expert: 'Ihren Plan mit einem Experten besprechen' },
    intro: { pdf: 'Wir schicken Ihnen Ihren Plan mit allen Zahlen.', expert: 'Wir melden uns, um Ihren Plan mit Ihnen durchzugehen.' },
    name: 'Name', email: 'E-Mail', company: 'Unternehmen', optional: '(optional)',
    consent: (company) => `Ich bin einverstanden, dass ${company || 'der Anbieter dieser Seite'} mich zu meinem Plan kontaktiert. Ich kann das jederzeit widerrufen.`,
    privacy: 'Datenschutzerklärung', send: 'Absenden', cancel: 'Abbrechen', close: 'Schließen', sending: 'Wird gesendet …',
    sent: (name) => `Danke${name ? `, ${name}` : ''}! Ihre Angaben sind angekommen.`,
    printNow: 'Plan jetzt als PDF speichern',
    failed: 'Das Senden hat nicht geklappt. Ihre Angaben sind noch da: Bitte versuchen Sie es gleich noch einmal.',
    whatIsSent: 'Gesendet werden Ihre Angaben und die Zahlen Ihres Plans (Ziel, benötigte Leads je Stufe, Konversionsraten, Link), nur an den Anbieter dieser Seite.',
    goal: 'Ziel', perPeriod: { 1: 'pro Monat', 3: 'pro Quartal', 12: 'pro Jahr' }, confidence: 'Sicherheit',
  },
  en: {
    title: { pdf: 'Get your plan as a PDF', expert: 'Talk your plan through with an expert' },
    intro: { pdf: 'We will send you your plan with all its figures.', expert: 'We will get in touch to go through your plan with you.' },
    name: 'Name', email: 'E-mail', company: 'Company', optional: '(optional)',
    consent: (company) => `I agree that ${company || 'the provider of this page'} may contact me about my plan. I can withdraw this at any time.`,
    privacy: 'Privacy policy', send: 'Send', cancel: 'Cancel', close: 'Close', sending: 'Sending …',
    sent: (name) => `Thank you${name ? `, ${name}` : ''}! Your details have arrived.`,
    printNow: 'Save the plan as a PDF now',
    failed: 'Sending did not work. Your details are still here: please try again in a moment.',
    whatIsSent: 'What is sent: your details and your plan’s figures (goal, leads needed per stage, conversion rates, link), only to the provider of this page.',
    goal: 'Goal', perPeriod: { 1: 'per month', 3: 'per quarter', 12: 'per year' }, confidence: 'confidence',
  },
};

const FIELDS = ['name', 'email', 'company'];

function field(name, words, optional) {
  return `<div class="field"><label for="lead-${name}">${words[name]}${optional ? ` <span class="muted">${words.optional}</span>` : ''}</label>
    <input id="lead-${name}" name="${name}" type="${name === 'email' ? 'email' : 'text'}" autocomplete="${name === 'email' ? 'email' : name === 'company' ? 'organization' : 'name'}" aria-describedby="lead-${name}-error">
    <p class="error" id="lead-${name}-error" hidden></p></div>`;
}

// The plan's figures as lines for the host's CRM: the goal, each stage's requirement, each rate.
function planLines(plan, { fmt, state, words }) {
  if (!plan.ok) return [];
  const period = words.perPeriod[state.period] ?? '';
  const figures = plan.confidence ? plan.confidence.stages : plan.stages;
  const lines = [{ key: 'goal', label: words.goal, text: `${fmt.whole(plan.customers)} ${fmt.stage(state.stages.at(-1), plan.customers)} ${period}` }];
  figures.forEach((stage, i) => lines.push({ key: `stage${i + 1}`, label: fmt.stageCell(state.stages[i]), text: `${fmt.whole(stage.required)} ${period}` }));
  plan.conversions.forEach((conversion, i) => lines.push({
    key: `rate${i + 1}`, label: `${fmt.stageCell(state.stages[i])} → ${fmt.stageCell(state.stages[i + 1])}`, text: fmt.percent(conversion.rate),
  }));
  if (plan.confidence) lines.push({ key: 'confidence', label: words.confidence, text: fmt.level(plan.confidence.level) });
  return lines;
}

function build(root, words, offer, { company, privacy, companyField }) {
  const dialog = document.createElement('dialog');
  dialog.className = 'lead-dialog';
  dialog.id = 'lead-dialog';
  dialog.setAttribute('aria-labelledby', 'lead-title');
  // Static markup with the view's own words only; what the host set goes in as text below.
  dialog.innerHTML = `<form method="dialog" novalidate id="lead-form">
    <h2 id="lead-title">${words.title[offer]}</h2><p class="hint">${words.intro[offer]}</p>
    ${field('name', words, false)}${field('email', words, false)}${companyField === 'off' ? '' : field('company', words, companyField !== 'required')}
    <div class="consent"><label><input type="checkbox" id="lead-consent" aria-describedby="lead-consent-error"> <span id="lead-consent-text"></span></label>
      <a id="lead-privacy" target="_blank" rel="noopener" hidden>${words.privacy}</a>
      <p class="error" id="lead-consent-error" hidden></p></div>
    <p class="hint">${words.whatIsSent}</p>
    <p class="status" id="lead-status" role="status"></p>
    <div class="lead-actions"><button type="submit" class="primary" id="lead-send">${words.send}</button>
      <button type="button" class="secondary" id="lead-cancel">${words.cancel}</button>
      <button type="button" class="primary" id="lead-print" hidden>${words.printNow}</button></div></form>`;
  dialog.querySelector('#lead-consent-text').textContent = company.consent;
  const link = linkOf(privacy);
  if (link) Object.assign(dialog.querySelector('#lead-privacy'), { href: link.href, hidden: false });
  root.getElementById('planner').append(dialog);
  return dialog;
}

function showErrors(dialog, errors) {
  const byField = new Map(errors.map((error) => [error.field.replace(/^contact\./, ''), error.message]));
  for (const name of [...FIELDS, 'consent']) {
    const box = dialog.querySelector(`#lead-${name}-error`);
    if (!box) continue;
    box.textContent = byField.get(name) ?? '';
    box.hidden = !byField.has(name);
    const input = dialog.querySelector(`#lead-${name}`);
    if (byField.has(name)) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  }
  dialog.querySelector('#lead-status').textContent = byField.get('target') ?? '';
}

async function send(request) {
  if (request.mailto) {
    Object.assign(document.createElement('a'), { href: request.mailto, target: '_blank', rel: 'noopener' }).click();
    return true;
  }
  const { type, body } = requestBody(request);
  try {
    const response = await fetch(request.url, { method: request.method, body, credentials: 'omit', headers: { 'content-type': type } });
    return response.ok;
  } catch {
    return false;
  }
}

// In a frame sized to its content (embed.html) the frame's viewport is the whole planner, most of it out of the
// visitor's sight, and a modal form would open in its middle: it opens in the middle of the part the visitor
// sees, which an IntersectionObserver's first report gives (in this frame's coordinates, across origins too).
function inSight(dialog) {
  if (window.top === window) return;
  dialog.style.opacity = '0';  // for the frame until it is placed
  const observer = new IntersectionObserver(([{ intersectionRect: seen }]) => {
    observer.disconnect();
    const height = dialog.offsetHeight;
    const top = seen.height > height + 16 ? seen.top + (seen.height - height) / 2 : seen.top + 8;
    Object.assign(dialog.style, { margin: '0 auto', bottom: 'auto', top: `${Math.max(8, Math.round(top))}px`, opacity: '' });
  });
  observer.observe(document.documentElement);
}

// Opens the form; from the planner: { core, lang, fmt, state, values (the last turn's), link, host }.
export function openLeadForm(root, planner) {
  const { core, lang, host, state, values } = planner;
  // The plan as the plan view makes it, whichever view is open: its figures go with the lead.
  const parts = { ...planner, plan: core.plan(planRequest(state, values, lang, conversionsOf(state, values))) };
  const ready = leadModule.prepare();  // while the person types
  const words = WORDS[lang];
  const offer = host.getAttribute('lead-offer') === 'expert' ? 'expert' : 'pdf';
  const companyField = ['required', 'off'].includes(host.getAttribute('lead-company')) ? host.getAttribute('lead-company') : 'optional';
  const consentText = (host.getAttribute('lead-consent') ?? '').trim() || words.consent((host.getAttribute('company') ?? '').trim());
  root.getElementById('lead-dialog')?.remove();  // built anew: the language or the host's settings may have changed
  const dialog = build(root, words, offer, { company: { consent: consentText }, privacy: host.getAttribute('lead-privacy'), companyField });
  const value = (name) => dialog.querySelector(`#lead-${name}`)?.value ?? '';
  dialog.querySelector('#lead-cancel').addEventListener('click', () => dialog.close());
  dialog.querySelector('#lead-print').addEventListener('click', () => { dialog.close(); window.print(); });
  dialog.querySelector('#lead-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const status = dialog.querySelector('#lead-status');
    const plan = planLines(parts.plan, { ...parts, words });
    const shareUrl = host.getAttribute('share-url');
    await ready;
    const answer = leadModule.module().lead({
      locale: lang, contact: { name: value('name'), email: value('email'), company: value('company') },
      consent: dialog.querySelector('#lead-consent').checked, consentText, nameRequired: true, companyRequired: companyField === 'required',
      to: (host.getAttribute('lead-to') ?? '').trim(), pageUri: shareUrl || window.location.href.split('#')[0], pageName: document.title,
      plan, link: parts.link,
    });
    showErrors(dialog, answer.ok ? [] : answer.errors);
    if (!answer.ok) return;
    const detail = { contact: { name: value('name').trim(), email: value('email').trim(), company: value('company').trim() }, consentText, plan, link: parts.link, send: answer.send };
    const handled = !host.dispatchEvent(new CustomEvent('funnel-planner-lead', { bubbles: true, composed: true, cancelable: true, detail }));
    status.textContent = words.sending;
    const delivered = handled || !answer.send || await send(answer.send);
    status.textContent = delivered ? words.sent(detail.contact.name) : words.failed;
    dialog.querySelector('#lead-send').hidden = delivered;
    dialog.querySelector('#lead-cancel').textContent = delivered ? words.close : words.cancel;
    dialog.querySelector('#lead-print').hidden = !(delivered && offer === 'pdf');
  });
  dialog.showModal();
  dialog.querySelector('#lead-name').focus({ preventScroll: true });
  inSight(dialog);
}
