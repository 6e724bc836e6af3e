// Numbers and stage names as the page's language writes them. Intl only: no
// arithmetic here beyond what Intl does to show a fraction as a percentage.
import { STRINGS } from './i18n.js';

const TAG = { de: 'de-DE', en: 'en-US' };

// ISO 4217 code for Intl, or EUR when the host gave something else. Asking
// Intl costs a formatter (about a millisecond), and the planner asks on every
// render, so each answer is kept.
const currencies = new Map();

export function validCurrency(code) {
  if (!currencies.has(code)) currencies.set(code, checkCurrency(code));
  return currencies.get(code);
}

function checkCurrency(code) {
  try {
    new Intl.NumberFormat('en', { style: 'currency', currency: code });
    return /^[A-Za-z]{3}$/.test(code) ? code.toUpperCase() : 'EUR';
  } catch {
    return 'EUR';
  }
}

// Building Intl formatters costs far more than using them: one set per language and currency.
const cache = new Map();

export function formatters(lang, currency = 'EUR') {
  const key = `${lang}|${currency}`;
  if (!cache.has(key)) cache.set(key, build(lang, currency));
  return cache.get(key);
}

function build(lang, currency) {
  const tag = TAG[lang];
  const whole = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
  const oneDecimal = new Intl.NumberFormat(tag, { maximumFractionDigits: 1 });
  // One decimal, but never rounded to 0: 0.00001 is "0,001 %".
  const percent = new Intl.NumberFormat(tag, {
    style: 'percent', maximumFractionDigits: 1, maximumSignificantDigits: 2, roundingPriority: 'morePrecision',
  });
  const shortDecimal = new Intl.NumberFormat(tag, { maximumSignificantDigits: 6 });
  const level = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 });
  const precisePercent = new Intl.NumberFormat(tag, { style: 'percent', maximumSignificantDigits: 4 });
  // Intl spells the shortest decimal, so these keep every digit a person typed.
  const exact = new Intl.NumberFormat(tag, { maximumFractionDigits: 20 });
  const exactPercent = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 18 });
  const money = new Intl.NumberFormat(tag, { style: 'currency', currency, maximumFractionDigits: 2 });
  const signedPercent = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 });
  const day = new Intl.DateTimeFormat(tag);
  const strings = STRINGS[lang];
  return {
    lang,
    currency,
    currencySymbol: money.formatToParts(0).find((part) => part.type === 'currency')?.value ?? currency,
    whole: (n) => whole.format(n),
    oneDecimal: (n) => oneDecimal.format(n),
    percent: (n) => percent.format(n),
    precisePercent: (n) => precisePercent.format(n),
    level: (n) => level.format(n),
    // A probability, never rounded to a certainty it is not: "> 99,9 %", "< 0,1 %".
    probability: (n) => {
      if (n > 0.999 && n < 1) return `> ${percent.format(0.999)}`;
      if (n > 0 && n < 0.001) return `< ${percent.format(0.001)}`;
      return percent.format(n);
    },
    exact: (n) => exact.format(n),
    exactPercent: (n) => exactPercent.format(n),
    money: (n) => money.format(n),
    date: (date) => day.format(date),
    gap: (n) => signedPercent.format(Math.abs(n)),
    // A rate as a divisor, as the blog writes it ("÷ 0,25"); when six digits
    // cannot spell it exactly, the counts it came from ("÷ (1/3)").
    divisor: (rate, counts) => {
      const short = shortDecimal.format(rate);
      if (short === exact.format(rate) || !counts) return short;
      return `(${whole.format(counts.toCount)}/${whole.format(counts.fromCount)})`;
    },
    // "MQL" -> "MQLs", "Customer" -> "Kunden"; names a user typed stay as typed.
    stage: (name, count) => {
      const forms = strings.stages[name];
      if (!forms) return name;
      return count === 1 ? forms[0] : forms[1];
    },
  };
}
