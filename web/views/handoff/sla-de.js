// The SLA in German, as a German company would sign it: formal, in the
// present tense of an obligation ("Das Marketing verpflichtet sich, ..."),
// with the plan's own figures. facts: the figures and names, spelled (sla.js).
// The document is a list of blocks (heading, paragraph, list, table,
// signatures) that the page, Markdown and plain text each lay out.
const by = (name, role) => (name ? `${role}, vertreten durch ${name}` : role);

function commitments(f) {
  const [only] = f.commitments;
  if (!f.months) {
    if (f.sameStage) return [{ kind: 'paragraph', text: `Das Marketing verpflichtet sich, pro Monat mindestens ${only.handoff} ${f.handoff.many} an den Vertrieb zu übergeben, das sind wöchentlich mindestens ${only.handoffWeekly}.` }];
    return [{ kind: 'paragraph', text: `Das Marketing verpflichtet sich, pro Monat mindestens ${only.top} ${f.top.many} zu gewinnen und ${only.handoff} ${f.handoff.many} an den Vertrieb zu übergeben, das sind wöchentlich mindestens ${only.topWeekly} ${f.top.many} und ${only.handoffWeekly} ${f.handoff.many}.` }];
  }
  const header = f.sameStage ? ['Monat', f.handoff.many, 'pro Woche'] : ['Monat', f.top.many, 'pro Woche', f.handoff.many, 'pro Woche'];
  const rows = f.commitments.map((m) => (f.sameStage ? [m.month, m.handoff, m.handoffWeekly] : [m.month, m.top, m.topWeekly, m.handoff, m.handoffWeekly]));
  return [
    { kind: 'paragraph', text: `Das Marketing verpflichtet sich, in jedem Monat mindestens die folgenden Mengen zu liefern. Wochenwert = Monatswert × 12 ÷ 52, aufgerundet.` },
    { kind: 'table', header, align: header.map((_, i) => (i === 0 ? 'left' : 'right')), rows },
  ];
}

export function slaDe(f) {
  const marketing = by(f.marketingLead, 'dem Marketing');
  const sales = by(f.salesLead, 'dem Vertrieb');
  const company = f.company ? ` des Unternehmens ${f.company}` : '';
  const basis = [`Grundlage ist der gemeinsame Funnel-Plan vom ${f.today}: ${f.goal} pro ${f.periodName}`];
  if (f.rates.length) basis.push(` bei Konversionsraten von ${f.rates.map((r) => `${r.rate} (${r.from} → ${r.to})`).join(', ')}`);
  basis.push('.');
  if (f.confidence) basis.push(` Die Mengen sind so geplant, dass das Ziel mit ${f.confidence} Wahrscheinlichkeit erreicht wird.`);
  if (f.months) basis.push(` Die Monatszusagen folgen dem Zeitplan von ${f.commitments[0].month} bis ${f.commitments.at(-1).month}.`);
  const sqlRule = `Ein Lead gilt als ${f.handoff.one} und wird an den Vertrieb übergeben, sobald er mindestens ${f.sql} Punkte erreicht${f.minFit === null ? '' : `, davon mindestens ${f.minFit} Punkte aus Kriterien der Passung`}.`;
  const capacity = `Für ${f.capacity.peak} ${f.handoff.many} im Monat${f.capacity.peakMonth ? ` (Spitzenmonat ${f.capacity.peakMonth})` : ''} stellt der Vertrieb mindestens ${f.capacity.people} ${f.capacity.people === '1' ? 'Person' : 'Personen'} bereit, bei ${f.capacity.perPerson} ${f.handoff.many} pro Person und Monat${f.capacity.hours ? ` (rund ${f.capacity.hours} Stunden Bearbeitungszeit im Monat)` : ''}.`;
  return [
    { kind: 'heading', level: 1, text: 'Service Level Agreement zwischen Marketing und Vertrieb' },
    { kind: 'paragraph', text: `${f.company ? `${f.company} · ` : ''}Stand: ${f.today}` },
    { kind: 'paragraph', text: basis.join('') },
    { kind: 'heading', level: 2, text: '1. Parteien und Zweck' },
    { kind: 'paragraph', text: `Diese Vereinbarung wird zwischen ${marketing} und ${sales}${company} geschlossen. Sie legt fest, wann ein Lead als qualifiziert gilt, welche Leads das Marketing liefert und wie der Vertrieb sie bearbeitet. Gemeinsames Ziel sind ${f.goal} pro ${f.periodName}.` },
    { kind: 'heading', level: 2, text: '2. Qualifizierung von Leads' },
    { kind: 'paragraph', text: 'Jeder Lead erhält Punkte nach den folgenden Kriterien. Passung beschreibt, wer der Lead ist, Verhalten, was er getan hat. Negative Punkte schließen aus.' },
    { kind: 'table', header: ['Kriterium', 'Art', 'Punkte'], align: ['left', 'left', 'right'], rows: f.criteria.map((c) => [c.name, c.group, c.points]) },
    { kind: 'list', items: [
      `Ein Lead gilt als ${f.top.one}, sobald er mindestens ${f.mql} Punkte erreicht.`,
      sqlRule,
      'Änderungen an Kriterien und Schwellen vereinbaren beide Seiten im monatlichen SLA-Review.',
    ] },
    { kind: 'heading', level: 2, text: '3. Zusagen des Marketings' },
    ...commitments(f),
    { kind: 'paragraph', text: `Jeder übergebene ${f.handoff.one} erfüllt die Kriterien aus Abschnitt 2 und wird mit Kontaktdaten und bisherigen Aktivitäten im CRM übergeben.` },
    { kind: 'heading', level: 2, text: '4. Zusagen des Vertriebs' },
    { kind: 'list', items: [
      `Der Vertrieb verpflichtet sich, jeden übergebenen ${f.handoff.one} innerhalb von ${f.levels.response} Stunden zu kontaktieren, eine Demo-Anfrage innerhalb von ${f.levels.demo} Stunden.`,
      `Erreicht er einen Lead nicht, unternimmt er mindestens ${f.levels.attempts} Kontaktversuche innerhalb von ${f.levels.attemptDays} Arbeitstagen.`,
      `Zu jedem übergebenen Lead gibt er innerhalb von ${f.levels.feedback} Arbeitstagen im CRM eine Rückmeldung: angenommen, abgelehnt (mit Begründung), gewonnen oder verloren.`,
      capacity,
    ] },
    { kind: 'heading', level: 2, text: '5. Überprüfung und Frühwarnung' },
    { kind: 'list', items: [
      `Marketing und Vertrieb prüfen die Kennzahlen wöchentlich gemeinsam im KPI-Review: gelieferte ${f.top.many}${f.sameStage ? '' : ` und ${f.handoff.many}`}, Reaktionszeiten, Rückmeldungen und Konversionsraten.`,
      'Diese Vereinbarung wird monatlich im SLA-Review überprüft.',
      `Frühwarnung: Fällt eine Konversionsrate im letzten Monat oder in den letzten drei Monaten signifikant unter ihren bisherigen Wert (Fehlalarmrisiko ${f.alpha}), beraumen beide Seiten innerhalb von fünf Arbeitstagen eine gemeinsame Analyse an.`,
    ] },
    { kind: 'heading', level: 2, text: '6. Bei Nichterfüllung' },
    { kind: 'list', items: [
      'Liefert das Marketing in einem Monat weniger als zugesagt, legt es im nächsten SLA-Review die Ursachen und Maßnahmen vor, etwa eine Umschichtung des Budgets auf Kanäle mit besserer Konversion.',
      'Hält der Vertrieb Reaktionszeiten, Kontaktversuche oder Rückmeldungen nicht ein, legt er ebenso Ursachen und Maßnahmen vor, etwa zur Kapazität.',
      'Wird eine Zusage zwei Monate in Folge verfehlt, entscheiden Marketing- und Vertriebsleitung gemeinsam, bei Uneinigkeit die Geschäftsführung, über eine Anpassung von Ziel, Budget, Kriterien oder Kapazität.',
      'Ändert sich der gemeinsame Plan, werden die Zahlen dieser Vereinbarung angepasst und von beiden Seiten neu bestätigt.',
    ] },
    { kind: 'heading', level: 2, text: '7. Laufzeit' },
    { kind: 'paragraph', text: `Diese Vereinbarung gilt ab ${f.start ? `dem ${f.start}` : 'dem Tag der Unterzeichnung'} für ${f.term} ${f.term === '1' ? 'Monat' : 'Monate'}. Sie verlängert sich jeweils um dieselbe Laufzeit, wenn keine Seite bis einen Monat vor Ablauf widerspricht. Änderungen bedürfen der Textform und der Zustimmung beider Seiten.` },
    { kind: 'signatures', parties: [['Marketing', f.marketingLead], ['Vertrieb', f.salesLead]], place: 'Ort, Datum', sign: 'Unterschrift' },
  ];
}
