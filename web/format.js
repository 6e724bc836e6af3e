// Numbers and stage names as the page's language writes them. The core spells
// the numbers (src/format_number.h): the first Intl formatter of a page costs
// 10-15 ms of locale data, the largest step before the first plan. Intl stays
// for money, built only when first shown (revenue goals); i18n.js spells the date.
import { STRINGS } from './i18n.js';

const TAG = { de: 'de-DE', en: 'en-US' };

// An ISO 4217 code, or EUR when the host gave something else. Intl takes any
// three letters (IsWellFormedCurrencyCode), so this is its own check, without
// building a formatter.
export function validCurrency(code) {
  return /^[A-Za-z]{3}$/.test(code) ? code.toUpperCase() : 'EUR';
}

// Text direction: a name typed with a right-to-left override (U+202E) or in
// Arabic must not reorder the numbers of the sentence around it. First
// strong isolate (U+2068) ... pop directional isolate (U+2069) keeps it to
// itself. The name's own isolates are balanced around it: one more opening
// isolate for each closing one that opens none, so the name cannot close
// ours early, and one more closing one for each it leaves open, so ours ends.
const FSI = '\u2068';
const PDI = '\u2069';
const DIRECTIONAL = /[\u202A-\u202E\u2066-\u2069]/;

export function isolate(text) {
  let open = 0;
  let stray = 0;
  for (const char of text) {
    if (char >= '\u2066' && char <= '\u2068') {
      open += 1;
    } else if (char === PDI) {
      if (open > 0) open -= 1;
      else stray += 1;
    }
  }
  return `${FSI.repeat(stray + 1)}${text}${PDI.repeat(open + 1)}`;
}

// One set per language and currency; Intl's parts are built on first use.
const cache = new Map();

export function formatters(core, lang, currency = 'EUR') {
  const key = `${lang}|${currency}`;
  if (!cache.has(key)) cache.set(key, build(core, lang, currency));
  return cache.get(key);
}

// A render spells ~40 numbers, and most of them again on the next keystroke:
// each answer is kept (a few hundred per style), sparing the call into the core.
function remembered(spellNumber) {
  const known = new Map();
  return (n) => {
    const key = Object.is(n, -0) ? '-0' : n;  // a Map takes -0 for 0; the core writes "-0"
    let text = known.get(key);
    if (text === undefined) {
      text = spellNumber(n);
      if (known.size >= 500) known.clear();
      known.set(key, text);
    }
    return text;
  };
}

function build(core, lang, currency) {
  const tag = TAG[lang];
  const spell = (style) => remembered((n) => core.formatNumber(n, lang, style));
  const whole = spell('whole');
  const percent = spell('percent');
  const exact = spell('exact');
  const wholePercent = spell('wholePercent');
  let moneyFormat = null;  // Intl, built when money is first shown
  const money = () => (moneyFormat ??= new Intl.NumberFormat(tag, { style: 'currency', currency, maximumFractionDigits: 2 }));
  let roundMoneyFormat = null;
  const roundMoney = () => (roundMoneyFormat ??= new Intl.NumberFormat(tag, { style: 'currency', currency, maximumFractionDigits: 0 }));
  const strings = STRINGS[lang];
  return {
    lang,
    currency,
    get currencySymbol() {
      return money().formatToParts(0).find((part) => part.type === 'currency')?.value ?? currency;
    },
    whole,
    oneDecimal: spell('oneDecimal'),
    percent,
    precisePercent: spell('precisePercent'),
    level: wholePercent,
    wholePercent,
    // A probability, never rounded to a certainty it is not: "> 99,9 %", "< 0,1 %".
    probability: (n) => {
      if (n > 0.999 && n < 1) return `> ${percent(0.999)}`;
      if (n > 0 && n < 0.001) return `< ${percent(0.001)}`;
      return percent(n);
    },
    exact,
    exactPercent: spell('exactPercent'),
    money: (n) => money().format(n),
    // An amount that is an estimate, in whole units: "≈ 933.983 €", not "933.983,38 €".
    estimate: (n) => roundMoney().format(n),
    date: strings.day,
    gap: (n) => wholePercent(Math.abs(n)),
    // A share in percent for a data file, under a "(%)" header: 17,23.
    plainPercent: spell('plainPercent'),
    // A stage in running text: "MQL" -> "MQLs", "Customer" -> "Kunden"; a name
    // someone typed stays as typed, isolated (above). Own properties only: a
    // stage named "constructor" is a name, not Object's constructor.
    stage: (name, count) => {
      const forms = Object.hasOwn(strings.stages, name) ? strings.stages[name] : null;
      if (!forms) return isolate(name);
      return count === 1 ? forms[0] : forms[1];
    },
    // The same in the name's own field: the text to edit, never isolated.
    stageField: (name) => (Object.hasOwn(strings.stages, name) ? strings.stages[name][0] : name),
    // In a cell of its own (CSV): a cell is its own paragraph, so only a name
    // with explicit direction controls is isolated, for plain-text viewers.
    stageCell: (name) => {
      if (Object.hasOwn(strings.stages, name)) return strings.stages[name][1];
      return DIRECTIONAL.test(name) ? isolate(name) : name;
    },
  };
}
