// Two files to try the import with, made on the spot for the last twelve
// complete months: a monthly sheet as German Excel saves it (Windows-1252,
// semicolons, thousands with dots; in English, commas) and a HubSpot-style
// contact export with a date per lifecycle stage and a source per contact.
const pad = (n) => String(n).padStart(2, '0');

// The twelve months before this one, oldest first: [year, month].
function lastMonths(today) {
  return Array.from({ length: 12 }, (_, i) => {
    const date = new Date(today.getFullYear(), today.getMonth() - 12 + i, 1);
    return [date.getFullYear(), date.getMonth() + 1];
  });
}

// One byte per character, as Windows-1252 writes these (all below U+0100).
const windows1252 = (text) => Uint8Array.from(text, (char) => char.charCodeAt(0));

export function sampleSheet(lang, today = new Date()) {
  const german = lang === 'de';
  const group = (n) => (german ? String(n).replace(/\B(?=(\d{3})+$)/, '.') : String(n).replace(/\B(?=(\d{3})+$)/, ','));
  const rows = lastMonths(today).map(([year, month], i) => {
    const mqls = 900 + ((i * 137) % 400);
    const sqls = Math.round(mqls / 4) + (i % 3) * 7;
    const customers = Math.round(sqls / 2) - (i % 4);
    const note = german ? (i === 8 ? 'Messe in München' : '') : (i === 8 ? 'Trade fair' : '');
    return [german ? `${pad(month)}.${year}` : `${year}-${pad(month)}`, group(mqls), group(sqls), group(customers), note];
  });
  const header = german ? ['Monat', 'MQLs', 'SQLs', 'Neukunden', 'Bemerkung'] : ['Month', 'MQLs', 'SQLs', 'Customers', 'Note'];
  const text = [header, ...rows].map((row) => row.join(german ? ';' : ',')).join('\r\n');
  return { name: german ? 'beispiel-monatszahlen.csv' : 'sample-monthly.csv', bytes: german ? windows1252(`${text}\r\n`) : new TextEncoder().encode(`${text}\r\n`) };
}

// The same sample every time: a small linear congruential generator, not Math.random().
function sequence(seed) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

export function sampleExport(lang, today = new Date()) {
  const sources = ['Organic Search', 'Paid Search', 'Paid Social', 'Referrals', 'Email Marketing'];
  const lines = ['Record ID,First Name,Create Date,Became a Marketing Qualified Lead Date,Became a Sales Qualified Lead Date,Became a Customer Date,Original Source'];
  const months = lastMonths(today);
  const random = sequence(2026);
  const day = (date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  for (let i = 0; i < 480; i += 1) {
    const [year, month] = months[Math.floor(random() * 12)];
    const mql = new Date(year, month - 1, 1 + Math.floor(random() * 28));
    const sql = random() < 0.27 ? new Date(mql.getTime() + Math.round(5 + random() * 40) * 864e5) : null;
    const won = sql && random() < 0.48 ? new Date(sql.getTime() + Math.round(15 + random() * 60) * 864e5) : null;
    const real = (date) => (date && date < today ? day(date) : '');
    lines.push([i + 1, `Contact ${i + 1}`, `${day(mql)} 09:30`, day(mql), real(sql), real(won), sources[Math.floor(random() * 5)]].join(','));
  }
  return { name: lang === 'de' ? 'beispiel-hubspot-export.csv' : 'sample-hubspot-export.csv', bytes: new TextEncoder().encode(`${lines.join('\n')}\n`) };
}
