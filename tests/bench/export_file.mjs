// A HubSpot-style contact export of any length, for the import's benchmark
// and tests (issue 16: never committed, generated where it is needed). Every
// record has a create and an MQL date; every fourth an SQL date, every eighth
// a customer date; five sources; dates spread over 2025; and the columns a
// real export carries beside them (about 200 bytes a row: 100,000 rows, 20 MB).
//   node tests/bench/export_file.mjs FILE ROWS   -> writes FILE
import { writeFileSync } from 'node:fs';

export function hubspotExport(rows) {
  const lines = ['Record ID,First Name,Create Date,Became a Marketing Qualified Lead Date,Became a Sales Qualified Lead Date,'
    + 'Became a Customer Date,Original Source,Email,Phone Number,Company Name,Job Title,Lifecycle Stage,Contact owner,City,'
    + 'Country/Region,Industry,Number of Employees,Last Activity Date'];
  for (let i = 0; i < rows; i += 1) {
    const day = `2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    lines.push(`${i + 1},"Kontakt ${i}",${day} 09:30,${day},${i % 4 === 0 ? day : ''},${i % 8 === 0 ? day : ''},Source ${i % 5},`
      + `kontakt${i}@beispiel-gmbh.de,+49 89 1234${i % 10000},"Beispiel GmbH ${i % 700}","Leiterin Marketing, DACH",`
      + `${i % 8 === 0 ? 'customer' : 'marketingqualifiedlead'},Anna Schmidt,München,Germany,Maschinenbau,51-200,${day} 14:05`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const [file, rows] = process.argv.slice(2);
  writeFileSync(file, hubspotExport(Number(rows)));
}
