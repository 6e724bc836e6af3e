// The builder's form read into the planner's attributes: each setting checked
// as the planner will read it (the goal by the core, as the planner parses
// it; the lead's target by the core's lead check; links and images as the
// element resolves them), and left out of the snippet, with a problem beside
// its field, when the planner would ignore it: a snippet never holds a
// setting that silently does nothing.
import { linkOf, webAddress } from '../safe-attributes.js';
import { VIEW_IDS } from '../views/names.js';

export const DEFAULT_ACCENT = '#3b2fc9';
const DEFAULT_CURRENCY = 'EUR';

// The form's values as typed: texts trimmed, boxes as booleans, the views ticked.
export function formValues(form) {
  const text = (name) => (form.elements[name]?.value ?? '').trim();
  const ticked = (name) => Boolean(form.elements[name]?.checked);
  return {
    lang: text('lang'), company: text('company'), logo: text('logo'), accent: text('accent').toLowerCase(), powered: ticked('powered'),
    goal: text('goal'), currency: text('currency'), storage: ticked('storage'), share: ticked('share'),
    views: [...form.querySelectorAll('input[name="view"]:checked')].map((box) => box.value),
    ctaText: text('ctaText'), ctaHref: text('ctaHref'),
    lead: text('lead'), portal: text('portal'), form: text('form'), endpoint: text('endpoint'), mail: text('mail'),
    offer: text('offer'), consent: text('consent'), privacy: text('privacy'), leadCompany: text('leadCompany'),
  };
}

// What the lead's kind and fields make of the element's lead-to.
export function leadTo(values) {
  switch (values.lead) {
    case 'hubspot': return `hubspot:${values.portal}/${values.form}`;
    case 'json': return values.endpoint;
    case 'form': return `form:${values.endpoint}`;
    case 'mailto': return `mailto:${values.mail}`;
    case 'event': return 'event';
    default: return '';
  }
}

// The checks embedSettings() asks for, by the planner's own code: the goal as
// the planner reads it (core.parseNumber, in the builder's language), the
// lead's target by core.lead (the channels module), whose request says where a
// lead goes. A contact that passes, so that only the target is judged; the
// message is the builder's (the core's speaks to a visitor).
export function checksBy({ core, lead, lang, words, kind }) {
  return {
    words,
    allViews: VIEW_IDS,
    goal: (text) => core.parseNumber(text, lang),
    // White text on the accent (the planner's buttons and bars): its contrast as the page writes it, when too low.
    lowContrast: (colour) => {
      const answer = lead.contrast({ colour, locale: lang });
      return answer.ok && !answer.readable
        ? { ratio: core.formatNumber(answer.ratio, lang, 'oneDecimal'), needed: core.formatNumber(answer.readableFrom, lang, 'oneDecimal') } : null;
    },
    lead: (to) => {
      const answer = lead.lead({
        locale: lang, contact: { name: 'Erika Mustermann', email: 'erika@example.com', company: '' }, consent: true, consentText: '',
        nameRequired: true, companyRequired: false, to, pageUri: 'https://www.example.com/', pageName: '', plan: [], link: '',
      });
      return answer.ok ? { ok: true, send: answer.send } : { ok: false, message: words.badTarget[kind] };
    },
  };
}

// { attributes: [[name, value]] in a fixed order, each only where the planner's default would not do;
//   problems: { field id: message } for what was left out; notes: { field id: message } for what is kept but
//   probably not meant; lead: { to, where } (where: core.lead's request, null for none) }.
// checks: { goal(text) -> { ok, value } | { ok: false, message }, lead(to) -> { ok, send } | { ok: false, message },
// lowContrast(colour) -> { ratio, needed } | null, words (WORDS[lang]), allViews: every view's id }; embed:
// 'component' or 'iframe', for what a frame cannot do.
export function embedSettings(values, { goal, lead, lowContrast, words, allViews }, embed = 'component') {
  const attributes = [['lang', values.lang]];
  const problems = {};
  const notes = {};
  const add = (name, value) => attributes.push([name, value]);

  if (values.goal) {
    const read = goal(values.goal);
    if (read.ok && read.value > 0) add('goal', String(read.value));
    else problems['b-goal'] = read.ok ? words.goalPositive : read.message;
  }
  if (values.currency && values.currency !== DEFAULT_CURRENCY) add('currency', values.currency);
  if (values.accent && values.accent !== DEFAULT_ACCENT) {
    add('accent', values.accent);
    const low = lowContrast(values.accent);
    if (low) notes['b-accent'] = words.lowContrast(low.ratio, low.needed);
  }
  if (values.company) add('company', values.company.slice(0, 80));
  if (values.logo) {
    const image = webAddress(values.logo);
    if (!image) problems['b-logo'] = words.webAddress;
    else {
      add('logo', values.logo);
      if (image.protocol === 'http:' && !['localhost', '127.0.0.1', '[::1]'].includes(image.hostname)) notes['b-logo'] = words.insecureImage;
    }
  }
  if (!values.powered) add('powered-by', 'off');
  if (values.views.length < allViews.length) add('views', allViews.filter((id) => id === allViews[0] || values.views.includes(id)).join(' '));
  if (!values.storage) add('storage', 'off');
  if (!values.share) add('share', 'off');
  // In a frame a button without a link would not show (embed.html cannot raise its event on the host's page).
  if (values.ctaText && embed === 'iframe' && !values.ctaHref) problems['b-cta-href'] = words.ctaFrameNeedsLink;
  else if (values.ctaText) add('cta-text', values.ctaText);
  if (values.ctaHref) {
    if (linkOf(values.ctaHref)) add('cta-href', values.ctaHref);
    else problems['b-cta-href'] = words.link;
    if (!values.ctaText) notes['b-cta-href'] = words.ctaWithoutText;
  }

  const to = leadTo(values);
  let where = null;
  if (to) {
    // "event" hands the lead to the host page's script: from inside a frame it cannot reach it.
    const check = embed === 'iframe' && to === 'event' ? { ok: false, message: words.eventInFrame } : lead(to);
    if (!check.ok) problems['b-lead'] = check.message;
    else {
      where = check.send;
      add('lead-to', to);
      if (values.offer === 'expert') add('lead-offer', 'expert');
      if (values.consent) add('lead-consent', values.consent.slice(0, 500));
      if (values.privacy) {
        if (linkOf(values.privacy)) add('lead-privacy', values.privacy);
        else problems['b-privacy'] = words.link;
      }
      if (values.leadCompany && values.leadCompany !== 'optional') add('lead-company', values.leadCompany);
    }
  }
  return { attributes, problems, notes, lead: { to: problems['b-lead'] ? '' : to, where } };
}
