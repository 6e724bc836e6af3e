// The notice that names what a share link or the last visit held and the
// planner could not take over. Loaded only when there is one to show: most
// visits never need it, and every byte of the first load costs the host.
const TEXTS = {
  de: {
    fromLink: 'Aus dem geteilten Link ließ sich nicht alles übernehmen. Bitte prüfen Sie:',
    fromStorage: 'Aus Ihrer letzten Eingabe auf diesem Gerät ließ sich nicht alles übernehmen. Bitte prüfen Sie:',
    tooLong: 'Der geteilte Link ist zu lang und wurde nicht gelesen. Es gelten die Standardwerte.',
    view: 'Ansicht',
    // What became of a part, by its kind: [unreadable, cannot be shown or is not offered].
    field: ['nicht lesbar, das Feld ist leer', 'lässt sich hier nicht anzeigen, das Feld ist leer'],
    choice: ['nicht lesbar, es gilt die Voreinstellung', 'wird hier nicht angeboten, es gilt die Voreinstellung'],
    funnel: ['unvollständig, fehlende Angaben sind leer'],
    goal: ['nicht eindeutig: es gilt das Kundenziel, ein Umsatzziel steht unter „Umsatz“'],
    leftOut: 'passten nicht in den Link (zu lang), es gilt der Vorschlag',
  },
  en: {
    fromLink: 'Not everything in the shared link could be taken over. Please check:',
    fromStorage: 'Not everything from your last input on this device could be taken over. Please check:',
    tooLong: 'The shared link is too long and was not read. The defaults apply.',
    view: 'View',
    field: ['could not be read, the field is empty', 'cannot be shown here, the field is empty'],
    choice: ['could not be read, the default applies', 'is not offered here, the default applies'],
    funnel: ['incomplete, missing parts are empty'],
    goal: ['ambiguous: the customers goal applies, a revenue goal is kept under “Revenue”'],
    leftOut: 'did not fit into the link (too long), the suggestion applies',
  },
};

// The link's parts that are a choice (a default applies), not a field (left empty): the shell's, the
// forecast's stage, the schedule's, the review's and the hand-off's settings (src/share_link_keys.h, kKeys).
const CHOICES = ['view', 'lang', 'periodMonths', 'confidence', 'volume.stage', 'scheduleStart', 'scheduleMonths', 'seasonality',
  'holidays', 'paceAsOf', 'reviewFrom', 'reviewTo', 'reviewAlpha', 'reviewTargets', 'reviewBaseline', 'handoffStart', 'handoffSource'];

// Which kind of part a notice names, for what became of it.
function kindOf(field) {
  if (CHOICES.includes(field)) return 'choice';
  if (field === 'stages' || field === 'conversions') return 'funnel';
  return field === 'goal' ? 'goal' : 'field';
}

// The label a person knows a part of the input by: "Stufe 2", "MQL → SQL (davon SQLs)".
function partLabel(field, { strings, fmt, stages, labelOf }, texts) {
  const listed = /^(stages|conversions)\[(\d+)\](?:\.(\w+))?$/.exec(field);
  if (listed?.[1] === 'stages') return strings.stageLabel(Number(listed[2]) + 1);
  if (listed) {
    const from = stages[Number(listed[2])] ?? '';
    const to = stages[Number(listed[2]) + 1] ?? '';
    const parts = { fromCount: strings.fromLabel(fmt.stage(from, 2)), toCount: strings.toLabel(fmt.stage(to, 2)), rate: strings.rateLabel };
    const pair = `${fmt.stage(from, 1)} → ${fmt.stage(to, 1)}`;
    return Object.hasOwn(parts, listed[3] ?? '') ? `${pair} (${parts[listed[3]]})` : pair;
  }
  if (field === 'view') return texts.view;
  if (field === 'lang') return strings.languageGroup;
  return labelOf(field) ?? strings.funnelTitle;
}

// notices: { source: 'link' | 'storage', list: [{ field, code }] } from core.readShareLink;
// context: { lang, strings, fmt, stages, labelOf } of the planner: labelOf(field)
// is how the view a field belongs to names it, or null.
export function renderNotices(root, { source, list }, context) {
  const texts = TEXTS[context.lang];
  const tooLong = list.some((notice) => notice.code === 'share_too_long');
  root.getElementById('share-notice-lead').textContent = tooLong ? texts.tooLong
    : source === 'link' ? texts.fromLink : texts.fromStorage;
  const items = tooLong ? [] : list.map(({ field, code }) => {
    const reasons = texts[kindOf(field)];
    const reason = code === 'share_left_out' ? texts.leftOut : code === 'share_unsupported' ? reasons.at(-1) : reasons[0];
    return Object.assign(document.createElement('li'), { textContent: `${partLabel(field, context, texts)}: ${reason}` });
  });
  root.getElementById('share-notice-list').replaceChildren(...items);
}
