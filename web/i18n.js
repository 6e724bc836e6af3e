// Every word the planner shows, German first. Messages about input come from
// the core in the page's language; these are labels and sentences around them.
// English (i18n-en.js) is loaded when a page first speaks it: most visitors
// never need it, and every byte of the first load costs the host.

export const LANGUAGES = ['de', 'en'];

// What shows before any other word is there.
export const LOADING = {
  de: { loading: 'Rechner wird geladen …', loadFailed: 'Der Rechner konnte nicht geladen werden. Bitte laden Sie die Seite neu.' },
  en: { loading: 'Loading the planner …', loadFailed: 'The planner could not be loaded. Please reload the page.' },
};

export const STRINGS = {
  de: {
    languageGroup: 'Sprache',
    tabsLabel: 'Was möchten Sie rechnen?',
    tabPlan: 'Planen: Ziel → Leads',
    tabForecast: 'Prognose: Leads → Kunden',
    inputsTitle: 'Ihre Zahlen',
    goalKindLabel: 'Ihr Ziel',
    goalKindCustomers: 'Neue Kunden',
    goalKindRevenue: 'Umsatz',
    goalLabel: (period) => `Neue Kunden pro ${period}`,
    revenueLabel: (period, currency) => `Umsatzziel pro ${period} (${currency})`,
    dealValueLabel: (currency) => `Ø Auftragswert (${currency})`,
    periodLabel: 'Zeitraum',
    periods: { 1: 'Monat', 3: 'Quartal', 12: 'Jahr' },
    confidenceLabel: 'Planungssicherheit',
    confidencePoint: 'Punktplan',
    confidenceHint: 'Der Punktplan rechnet mit den bisherigen Raten. Mit 80–95 % planen Sie Zufall und die Unsicherheit kleiner Stichproben mit ein.',
    funnelTitle: 'Ihr Funnel',
    stageLabel: (position) => `Stufe ${position}`,
    newStage: 'Neue Stufe',
    addStageTop: 'Stufe oben hinzufügen',
    insertStage: 'Stufe hier einfügen',
    removeStage: (name) => `Stufe „${name}“ entfernen`,
    modeGroup: 'Eingabe als',
    modeCounts: 'Aus Zahlen',
    modeRate: 'Als Rate',
    fromLabel: (stage) => `${stage} gesamt`,
    toLabel: (stage) => `davon ${stage}`,
    rateLabel: 'Konversionsrate in %',
    historyLabel: 'Ihre Zahlen umfassen … Monate',
    historyHint: 'Optional – für den Vergleich mit Ihrem bisherigen Schnitt.',
    volumeLabel: 'Leads in diesem Monat',
    volumeStageLabel: 'auf Stufe',
    resultsTitle: (period) => `Ihr Plan pro ${period}`,
    forecastTitle: 'Was daraus wird',
    stale: 'Bitte korrigieren Sie die markierte Eingabe. Angezeigt wird das letzte gültige Ergebnis.',
    fixFirst: 'Bitte korrigieren Sie die markierte Eingabe, dann erscheint hier Ihr Plan.',
    noticeClose: 'Verstanden',
    chance: (leads, stage, probability) => `Mit ${leads} ${stage} erreichen Sie Ihr Ziel mit ${probability} Wahrscheinlichkeit.`,
    chanceFor: (level, leads, stage) => ` Für ${level} Sicherheit brauchen Sie ${leads} ${stage}.`,
    pointPlan: (value) => `Punktplan ${value}`,
    soFar: (value, period) => `bisher ${value} pro ${period}`,
    gapMore: (value) => `${value} mehr als bisher`,
    gapLess: (value) => `${value} weniger als bisher`,
    gapSame: 'wie bisher',
    cadence: (week, day) => `${week} pro Woche · ${day} pro Arbeitstag`,
    rateRange: (low, high) => `95 %-Spanne ${low} – ${high}`,
    rateGiven: 'vorgegeben',
    overall: (from, to) => `Gesamt-Conversion ${from} → ${to}`,
    customersFromRevenue: (revenue, deal, customers) => `${revenue} ÷ ${deal} = ${customers} Kunden`,
    sensitivityTitle: 'Was am meisten hilft',
    sensitivityItem: (from, to, saves, stage, period) => `+10 % bei ${from} → ${to} spart ${saves} ${stage} pro ${period}`,
    sensitivityNone: (from, to) => `+10 % bei ${from} → ${to} spart nichts`,
    stepsTitle: 'So wird gerechnet',
    historyStep: (count, stage, months, perPeriod, period) => `${count} ${stage} ÷ ${months} Monate = ${perPeriod} ${stage} pro ${period} bisher`,
    rounding: 'Gerundet wird immer nach oben auf ganze Leads – exakt als Bruch gerechnet, nie mit Gleitkomma-Fehlern: 7 Kunden bei 7 % brauchen genau 100 SQLs, nicht 101.',
    given: 'Ihr Volumen',
    forecastRange: (low, high) => `80 %-Spanne ${low} – ${high}`,
    forecastNote: 'Erwartungswert und 80 %-Spanne (10. bis 90. Perzentil) berücksichtigen Zufall und die Unsicherheit der gemessenen Raten.',
    actionsLabel: 'Plan teilen und sichern',
    share: 'Link kopieren',
    shareDone: 'Link kopiert',
    csv: 'CSV herunterladen',
    markdown: 'Als Markdown kopieren',
    markdownDone: 'In die Zwischenablage kopiert',
    copyFailed: 'Kopieren nicht möglich – bitte markieren und kopieren Sie den Text.',
    print: 'Drucken / PDF',
    printedOn: (date) => `Stand: ${date}`,
    // A day as Intl's de-DE writes it, without the 10-30 ms of building Intl's date formatter.
    day: (date) => `${date.getDate()}.${date.getMonth() + 1}.${date.getFullYear()}`,
    chartTitle: 'Funnel-Grafik',
    chartDescription: (parts) => `Funnel: ${parts}.`,
    privacy: 'Alles wird in Ihrem Browser berechnet. Ihre Zahlen verlassen dieses Gerät nicht.',
    summaryLabel: 'Ihr Plan',
    announcePlan: (text) => `Ergebnis: ${text}`,
    announceError: (text) => `Bitte Eingabe prüfen: ${text}`,
    stages: { MQL: ['MQL', 'MQLs'], SQL: ['SQL', 'SQLs'], Customer: ['Kunde', 'Kunden'] },
  },
};

let english = null;

// Resolves once STRINGS[lang] is there.
export function stringsReady(lang) {
  if (Object.hasOwn(STRINGS, lang)) return Promise.resolve();
  english ??= import('./i18n-en.js').then(({ EN }) => { STRINGS.en = EN; });
  return english;
}

// The browser's language when it is one of ours, else German.
export function browserLanguage() {
  const tag = (globalThis.navigator?.language ?? '').toLowerCase();
  return LANGUAGES.find((lang) => tag === lang || tag.startsWith(`${lang}-`)) ?? 'de';
}
