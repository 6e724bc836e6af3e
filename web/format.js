// Numbers and stage names as the page's language writes them (Intl only:
// no arithmetic here beyond what Intl does to show a fraction as percent).
import { STRINGS } from './i18n.js';

const TAG = { de: 'de-DE', en: 'en-US' };

export function formatters(lang) {
  const tag = TAG[lang];
  const whole = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
  const oneDecimal = new Intl.NumberFormat(tag, { maximumFractionDigits: 1 });
  const decimal = new Intl.NumberFormat(tag, { maximumFractionDigits: 4 });
  const percent = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1 });
  const precisePercent = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 2 });
  // Intl spells the shortest decimal, so these keep every digit a person typed.
  const exact = new Intl.NumberFormat(tag, { maximumFractionDigits: 20 });
  const exactPercent = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 18 });
  const signedPercent = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 });
  const strings = STRINGS[lang];
  return {
    whole: (n) => whole.format(n),
    oneDecimal: (n) => oneDecimal.format(n),
    decimal: (n) => decimal.format(n),
    percent: (n) => percent.format(n),
    precisePercent: (n) => precisePercent.format(n),
    exact: (n) => exact.format(n),
    exactPercent: (n) => exactPercent.format(n),
    gap: (n) => signedPercent.format(Math.abs(n)),
    // "MQL" -> "MQLs", "Customer" -> "Kunden"; names a user typed stay as typed.
    stage: (name, count) => {
      const forms = strings.stages[name];
      if (!forms) return name;
      return count === 1 ? forms[0] : forms[1];
    },
  };
}
