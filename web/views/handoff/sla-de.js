// The SLA in German, as a German company would sign it: formal, in the
// present tense of an obligation ("Das Marketing verpflichtet sich, ..."),
// with the plan's own figures. facts: the figures and names, spelled (sla.js).
// The document is a list of blocks (heading, paragraph, list, table,
// signatures) that the page, Markdown and plain text each lay out. A stage
// name may be one someone typed, of any gender: it is never declined
// ("jeder als SQL übergebene Lead", not "jeder übergebene SQL").
import { commitmentsBlock, criteriaBlock } from './sla-blocks.js';

const count = (n, one, many) => `${n} ${n === '1' ? one : many}`;
const party = (area, name, role) => (name ? `${area} (vertreten durch ${name}, ${role})` : area);

function commitments(f) {
  const [only] = f.commitments;
  if (!f.months) {
    if (f.sameStage) return [{ kind: 'paragraph', text: `Das Marketing verpflichtet sich, pro Monat mindestens ${only.handoff} ${f.handoff.many} an den Vertrieb zu übergeben. Dies entspricht rechnerisch mindestens ${only.handoffWeekly} ${f.handoff.many} pro Woche.` }];
    return [{ kind: 'paragraph', text: `Das Marketing verpflichtet sich, pro Monat mindestens ${only.top} ${f.top.many} zu gewinnen und mindestens ${only.handoff} ${f.handoff.many} an den Vertrieb zu übergeben. Dies entspricht rechnerisch mindestens ${only.topWeekly} ${f.top.many} und ${only.handoffWeekly} ${f.handoff.many} pro Woche.` }];
  }
  return [
    { kind: 'paragraph', text: 'Das Marketing verpflichtet sich, in jedem Monat mindestens die folgenden Mengen zu liefern. Die Wochenwerte sind rechnerisch (Monatswert × 12 ÷ 52, aufgerundet).' },
    commitmentsBlock(f, { month: 'Monat', perWeek: (stage) => `${stage} pro Woche` }),
  ];
}

export function slaDe(f) {
  const basis = [`Grundlage ist der gemeinsame Funnel-Plan vom ${f.today}: ${f.goal} pro ${f.periodName}`];
  if (f.rates.length) basis.push(` bei Konversionsraten von ${f.rates.map((r) => `${r.rate} (${r.from} → ${r.to})`).join(', ')}`);
  basis.push('.');
  if (f.confidence) basis.push(` Die Mengen sind so geplant, dass das Ziel mit ${f.confidence} Wahrscheinlichkeit erreicht wird.`);
  if (f.months) basis.push(` Die Monatszusagen folgen dem Zeitplan von ${f.commitments[0].month} bis ${f.commitments.at(-1).month}.`);
  const sqlRule = `Ein Lead gilt als ${f.handoff.one} und wird an den Vertrieb übergeben, sobald er mindestens ${f.sql} Punkte erreicht${f.minFit === null ? '' : `, davon mindestens ${f.minFit} Punkte aus Passungskriterien`}.`;
  const hours = f.capacity.hours ? ` (insgesamt rund ${f.capacity.hours} Stunden Bearbeitungszeit im Monat)` : '';
  const capacity = `Für ${f.capacity.peak} ${f.handoff.many} im Monat${f.capacity.peakMonth ? ` (Spitzenmonat ${f.capacity.peakMonth})` : ''} stellt der Vertrieb mindestens ${count(f.capacity.people, 'Person', 'Personen')} bereit, bei ${f.capacity.perPerson} ${f.handoff.many} pro Person und Monat${hours}.`;
  const company = f.company ? `im Unternehmen ${f.company} ` : '';
  return [
    { kind: 'heading', level: 1, text: 'Service-Level-Agreement (SLA) zwischen Marketing und Vertrieb' },
    { kind: 'paragraph', text: `${f.company ? `${f.company} · ` : ''}Stand: ${f.today}` },
    { kind: 'paragraph', text: basis.join('') },
    { kind: 'heading', level: 2, text: '1. Parteien und Zweck' },
    { kind: 'paragraph', text: `Diese Vereinbarung schließen ${company}die Bereiche ${party('Marketing', f.marketingLead, 'Marketingleitung')} und ${party('Vertrieb', f.salesLead, 'Vertriebsleitung')}. Sie legt fest, wann ein Lead als qualifiziert gilt, welche Leads das Marketing liefert und wie der Vertrieb sie bearbeitet. Das gemeinsame Ziel lautet: ${f.goal} pro ${f.periodName}.` },
    { kind: 'heading', level: 2, text: '2. Qualifizierung von Leads' },
    { kind: 'paragraph', text: 'Passungskriterien beschreiben, wer der Lead ist, Verhaltenskriterien, was er getan hat. Die Punkte zutreffender Kriterien werden addiert; negative Punkte (Ausschlusskriterien) werden abgezogen.' },
    criteriaBlock(f, { fit: 'Passung', behaviour: 'Verhalten', criterion: 'Kriterium', type: 'Art', points: 'Punkte' }),
    { kind: 'list', items: [
      `Ein Lead gilt als ${f.top.one}, sobald er mindestens ${f.mql} Punkte erreicht.`,
      sqlRule,
      'Änderungen an Kriterien und Schwellen vereinbaren beide Seiten im monatlichen SLA-Review.',
    ] },
    { kind: 'heading', level: 2, text: '3. Zusagen des Marketings' },
    ...commitments(f),
    { kind: 'paragraph', text: `Das Marketing stellt sicher, dass jeder als ${f.handoff.one} übergebene Lead die Kriterien aus Abschnitt 2 erfüllt und im CRM mit Kontaktdaten und bisherigen Aktivitäten dokumentiert ist.` },
    { kind: 'heading', level: 2, text: '4. Zusagen des Vertriebs' },
    { kind: 'list', items: [
      `Der Vertrieb verpflichtet sich, mit jedem als ${f.handoff.one} übergebenen Lead innerhalb von ${count(f.levels.response, 'Stunde', 'Stunden')} nach der Übergabe Kontakt aufzunehmen, bei einer Demo-Anfrage innerhalb von ${count(f.levels.demo, 'Stunde', 'Stunden')}. Gezählt werden Stunden innerhalb der Geschäftszeiten (Montag bis Freitag, ohne gesetzliche Feiertage).`,
      `Ist ein Lead nicht erreichbar, unternimmt der Vertrieb mindestens ${count(f.levels.attempts, 'Kontaktversuch', 'Kontaktversuche')} innerhalb von ${count(f.levels.attemptDays, 'Arbeitstag', 'Arbeitstagen')}.`,
      `Der Vertrieb dokumentiert im CRM innerhalb von ${count(f.levels.feedback, 'Arbeitstag', 'Arbeitstagen')} nach der Übergabe, ob ein Lead angenommen oder (mit Begründung) abgelehnt wird, und hält den Status bis zum Abschluss (gewonnen oder verloren) aktuell. Abgelehnte Leads gehen mit Begründung an das Marketing zurück und werden dort weiter gepflegt.`,
      capacity,
    ] },
    { kind: 'heading', level: 2, text: '5. Überprüfung und Frühwarnung' },
    { kind: 'list', items: [
      `Marketing und Vertrieb prüfen die Kennzahlen wöchentlich gemeinsam im KPI-Review: gelieferte ${f.top.many}${f.sameStage ? '' : ` und ${f.handoff.many}`}, Reaktionszeiten, Rückmeldungen und Konversionsraten. Maßgeblich sind die Daten im CRM; ausgewertet werden Kennzahlen der Teams, nicht die Leistung einzelner Beschäftigter.`,
      'Diese Vereinbarung wird monatlich im SLA-Review überprüft. Dort werden auch strittige Ablehnungen von Leads geklärt.',
      `Frühwarnung: Liegt eine Konversionsrate im letzten Monat oder in den letzten drei Monaten signifikant unter dem Wert der Vormonate (exakter Test nach Fisher im KPI-Review, Fehlalarmrisiko ${f.alpha}), führen Marketing und Vertrieb innerhalb von fünf Arbeitstagen eine gemeinsame Ursachenanalyse durch.`,
    ] },
    { kind: 'heading', level: 2, text: '6. Vorgehen bei Nichterfüllung' },
    { kind: 'list', items: [
      'Liefert das Marketing in einem Monat weniger als zugesagt, legt es im nächsten SLA-Review die Ursachen und Gegenmaßnahmen vor, etwa eine Umschichtung des Budgets auf Kanäle mit besserer Konversion.',
      'Hält der Vertrieb die Reaktionszeiten, die Mindestzahl an Kontaktversuchen oder die Rückmeldefristen nicht ein, legt er im nächsten SLA-Review ebenfalls Ursachen und Gegenmaßnahmen vor, etwa zur personellen Besetzung.',
      'Wird eine Zusage zwei Monate in Folge verfehlt, entscheiden Marketing- und Vertriebsleitung gemeinsam über eine Anpassung von Ziel, Budget, Kriterien oder Kapazität; bei Uneinigkeit entscheidet die Geschäftsführung.',
      'Ändert sich der gemeinsame Plan, werden die Zahlen dieser Vereinbarung angepasst und von beiden Seiten neu bestätigt.',
    ] },
    { kind: 'heading', level: 2, text: '7. Laufzeit' },
    { kind: 'paragraph', text: `Diese Vereinbarung gilt ab ${f.start ? `dem ${f.start}` : 'Unterzeichnung durch beide Seiten'} für ${count(f.term, 'Monat', 'Monate')}. Sie verlängert sich jeweils um dieselbe Laufzeit, wenn keine Seite spätestens einen Monat vor Ablauf widerspricht. Änderungen bedürfen der Textform und der Zustimmung beider Seiten. Sie ist eine interne Vereinbarung zur Zusammenarbeit und begründet keine arbeitsrechtlichen Ansprüche.` },
    { kind: 'signatures', parties: [['Marketingleitung', f.marketingLead], ['Vertriebsleitung', f.salesLead]], place: 'Ort, Datum', sign: 'Unterschrift' },
  ];
}
