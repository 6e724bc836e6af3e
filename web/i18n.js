// Every word the planner shows, German first. Messages about input come from
// the core in the page's language; these are labels and sentences around them.
// English (i18n-en.js) is loaded when a page first speaks it: most visitors
// never need it, and every byte of the first load costs the host.

export const LANGUAGES = ['de', 'en'];

// What shows before any other word is there.
export const LOADING = {
  de: { loading: 'Planer wird geladen …', loadFailed: 'Der Planer konnte nicht geladen werden. Bitte laden Sie die Seite neu.' },
  en: { loading: 'Loading the planner …', loadFailed: 'The planner could not be loaded. Please reload the page.' },
};

export const STRINGS = {
  de: {
    languageGroup: 'Sprache',
    tabsLabel: 'Was möchten Sie berechnen?',
    inputsTitle: 'Ihre Zahlen',
    funnelTitle: 'Ihr Funnel',
    stageLabel: (position) => `Stufe ${position}`,
    newStage: 'Neue Stufe',
    addStageTop: 'Stufe oben hinzufügen',
    insertStage: 'Stufe hier einfügen',
    removeStage: (name) => `Stufe „${name}“ entfernen`,
    modeGroup: 'Eingabe als',
    modeCounts: 'Anzahlen',
    modeRate: 'Rate',
    fromLabel: (stage) => `${stage} gesamt`,
    toLabel: (stage) => `davon ${stage}`,
    rateLabel: 'Konversionsrate in %',
    stale: 'Bitte korrigieren Sie die markierte Eingabe. Angezeigt wird das letzte gültige Ergebnis.',
    fixFirst: 'Bitte korrigieren Sie die markierte Eingabe, dann erscheint hier Ihr Plan.',
    fillStale: 'Bitte füllen Sie die gestrichelten Felder aus. Angezeigt wird das letzte vollständige Ergebnis.',
    fillFirst: 'Bitte füllen Sie die gestrichelten Felder aus, dann erscheint hier Ihr Plan.',
    noticeClose: 'Verstanden',
    actionsLabel: 'Plan teilen und sichern',
    share: 'Link kopieren',
    shareDone: 'Link kopiert',
    applyHint: 'Übernehmen',
    rowFilled: (list) => `Aus der eingefügten Zeile übernommen: ${list}.`,
    imported: 'Aus Ihrer Datei übernommen.',
    rowLeft: (count) => (count === 1 ? '1 weitere Zahl passte nicht mehr in den Funnel.' : `${count} weitere Zahlen passten nicht mehr in den Funnel.`),
    copyFailed: 'Kopieren ist hier nicht erlaubt. Der Text ist unten markiert: Kopieren Sie ihn mit Strg+C (Mac: ⌘+C).',
    print: 'Drucken / PDF',
    leadOffer: { pdf: 'Plan als PDF erhalten', expert: 'Mit einem Experten besprechen' },
    printedOn: (date) => `Stand: ${date}`,
    // A day as Intl's de-DE writes it, without the 10-30 ms of building Intl's date formatter.
    day: (date) => `${date.getDate()}.${date.getMonth() + 1}.${date.getFullYear()}`,
    chartTitle: 'Funnel-Grafik',
    chartDescription: (parts) => `Funnel: ${parts}.`,
    powered: 'Erstellt mit Funnel Planner',
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
