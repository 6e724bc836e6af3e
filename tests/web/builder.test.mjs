// The embed builder's settings and snippets (issue 20, item 1), with the real
// core and channels module judging the goal and the lead's target: each
// setting becomes the attribute the planner reads, only where the default
// would not do; what the planner would ignore is left out with a problem;
// what a person types is text in the snippet, never markup; the iframe gets
// from its address only what embed.html takes there; the policies name
// exactly the origins the planner needs.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { loadCore } from '../node/load-core.mjs';

globalThis.document = { baseURI: 'https://www.kunde.example/tools/planer.html' };  // linkOf resolves against the host page
const { checksBy, embedSettings, leadTo } = await import('../../web/embed-builder/settings.js');
const { componentPolicy, componentSnippet, escapeHtml, folderOf, frameParts, iframePolicy, iframeSnippet } = await import('../../web/embed-builder/snippets.js');
const { WORDS } = await import('../../web/embed-builder/words.js');
const { VIEW_IDS } = await import('../../web/views/names.js');

let core;
let channels;
before(async () => {
  [core, channels] = await Promise.all([loadCore(), loadCore('funnel-channels')]);
});

// The form as a person leaves it untouched: German, every view, storage and sharing on, no lead capture.
const UNTOUCHED = {
  lang: 'de', company: '', logo: '', accent: '#3b2fc9', powered: true, goal: '', currency: 'EUR', storage: true, share: true,
  views: [...VIEW_IDS], ctaText: '', ctaHref: '', lead: 'off', portal: '', form: '', endpoint: '', mail: '', offer: 'pdf',
  consent: '', privacy: '', leadCompany: 'optional',
};
const settingsOf = (changes, lang = 'de') => {
  const values = { ...UNTOUCHED, ...changes };
  return embedSettings(values, checksBy({ core, lead: channels, lang, words: WORDS[lang], kind: values.lead }));
};
const HUBSPOT_FORM = '0c0a1d2e-1111-4222-8333-444455556666';

describe('the builder\'s settings', () => {
  test('untouched, the snippet names only the language: every other default is the planner\'s own', () => {
    assert.deepEqual(settingsOf({}), { attributes: [['lang', 'de']], problems: {}, notes: {}, lead: { to: '', where: null } });
  });

  test('every setting becomes the attribute the planner reads', () => {
    const { attributes, problems } = settingsOf({
      lang: 'en', goal: '1,000', currency: 'CHF', accent: '#be123c', company: 'Muster GmbH', logo: 'https://cdn.kunde.example/logo.svg',
      powered: false, views: ['plan', 'schedule', 'handoff'], storage: false, share: false, ctaText: 'Book a call', ctaHref: '/kontakt',
      lead: 'hubspot', portal: '1234567', form: HUBSPOT_FORM, offer: 'expert', consent: 'Yes, call me.', privacy: '/privacy', leadCompany: 'required',
    }, 'en');
    assert.deepEqual(problems, {});
    assert.deepEqual(Object.fromEntries(attributes), {
      lang: 'en', goal: '1000', currency: 'CHF', accent: '#be123c', company: 'Muster GmbH', logo: 'https://cdn.kunde.example/logo.svg',
      'powered-by': 'off', views: 'plan schedule handoff', storage: 'off', share: 'off', 'cta-text': 'Book a call', 'cta-href': '/kontakt',
      'lead-to': `hubspot:1234567/${HUBSPOT_FORM}`, 'lead-offer': 'expert', 'lead-consent': 'Yes, call me.', 'lead-privacy': '/privacy',
      'lead-company': 'required',
    });
  });

  test('the goal is read as the planner\'s language writes it, and a goal that is no positive number is left out', () => {
    assert.deepEqual(settingsOf({ goal: '1.000' }).attributes, [['lang', 'de'], ['goal', '1000']]);
    assert.deepEqual(settingsOf({ goal: '12,5' }).attributes, [['lang', 'de'], ['goal', '12.5']]);
    const zero = settingsOf({ goal: '0' });
    assert.deepEqual(zero.attributes, [['lang', 'de']]);
    assert.equal(zero.problems['b-goal'], 'Bitte geben Sie eine Zahl größer als 0 ein.');
    assert.match(settingsOf({ goal: 'fünfzig' }).problems['b-goal'], /\S/, 'the core says what is wrong');
  });

  test('an accent white text cannot be read on is kept, with a hint that names its contrast', () => {
    const yellow = settingsOf({ accent: '#ffd400' });
    assert.deepEqual(yellow.attributes, [['lang', 'de'], ['accent', '#ffd400']]);
    assert.equal(yellow.notes['b-accent'], WORDS.de.lowContrast('1,4', '4,5'));
    assert.equal(settingsOf({ accent: '#ffd400' }, 'en').notes['b-accent'], WORDS.en.lowContrast('1.4', '4.5'));
    assert.deepEqual(settingsOf({ accent: '#be123c' }).notes, {}, 'a dark red (6.3 : 1) is fine');
  });

  test('the planner is always among the views; all views ticked needs no attribute', () => {
    assert.deepEqual(settingsOf({ views: [] }).attributes, [['lang', 'de'], ['views', 'plan']]);
    assert.deepEqual(settingsOf({ views: ['handoff', 'forecast'] }).attributes, [['lang', 'de'], ['views', 'plan forecast handoff']]);
  });

  test('a link or image the planner would not follow is left out and said so; an http image on an https page gets a hint', () => {
    const bad = settingsOf({ logo: 'javascript:alert(1)', ctaText: 'Los', ctaHref: 'javascript:alert(1)', lead: 'event', privacy: 'data:text/html,x' });
    assert.deepEqual(Object.keys(Object.fromEntries(bad.attributes)), ['lang', 'cta-text', 'lead-to']);
    assert.deepEqual(Object.keys(bad.problems).sort(), ['b-cta-href', 'b-logo', 'b-privacy']);
    const insecure = settingsOf({ logo: 'http://cdn.kunde.example/logo.png' });
    assert.equal(insecure.notes['b-logo'], WORDS.de.insecureImage);
    assert.deepEqual(insecure.attributes.at(-1), ['logo', 'http://cdn.kunde.example/logo.png'], 'kept: the host may still serve it');
    assert.equal(settingsOf({ ctaHref: '/kontakt' }).notes['b-cta-href'], WORDS.de.ctaWithoutText, 'a link without a text shows no button');
  });

  test('in an iframe, what a frame cannot do is said and left out: an event for the host page, a button without a link', () => {
    const values = { ...UNTOUCHED, lead: 'event', ctaText: 'Termin buchen' };
    const framed = embedSettings(values, checksBy({ core, lead: channels, lang: 'de', words: WORDS.de, kind: 'event' }), 'iframe');
    assert.deepEqual(framed.attributes, [['lang', 'de']]);
    assert.deepEqual(framed.problems, { 'b-lead': WORDS.de.eventInFrame, 'b-cta-href': WORDS.de.ctaFrameNeedsLink });
    const component = embedSettings(values, checksBy({ core, lead: channels, lang: 'de', words: WORDS.de, kind: 'event' }), 'component');
    assert.deepEqual(component.attributes, [['lang', 'de'], ['cta-text', 'Termin buchen'], ['lead-to', 'event']]);
  });

  test('the lead\'s target, as the core judges and sends it', () => {
    assert.equal(leadTo({ lead: 'form', endpoint: 'https://crm.kunde.example/in' }), 'form:https://crm.kunde.example/in');
    const hubspot = settingsOf({ lead: 'hubspot', portal: '1234567', form: HUBSPOT_FORM });
    assert.equal(hubspot.lead.where.url, `https://api.hsforms.com/submissions/v3/integration/submit/1234567/${HUBSPOT_FORM}`);
    const mail = settingsOf({ lead: 'mailto', mail: 'vertrieb@kunde.example' });
    assert.match(mail.lead.where.mailto, /^mailto:vertrieb%40kunde\.example\?subject=/);
    for (const wrong of [{ lead: 'hubspot', portal: '12x', form: HUBSPOT_FORM }, { lead: 'hubspot', portal: '1234567', form: 'abc' },
      { lead: 'json', endpoint: 'http://crm.kunde.example/in' }, { lead: 'mailto', mail: 'vertrieb' }]) {
      const answer = settingsOf(wrong);
      assert.equal(answer.problems['b-lead'], WORDS.de.badTarget[wrong.lead], JSON.stringify(wrong));
      assert.deepEqual(answer.attributes, [['lang', 'de']], 'no lead settings without a target: the button would fail');
    }
  });
});

describe('the snippets', () => {
  const attributes = [['lang', 'de'], ['goal', '80'], ['company', 'Müller & "Söhne" <GmbH>'], ['logo', 'https://cdn.kunde.example/logo.svg'],
    ['cta-text', 'Termin <buchen>'], ['cta-href', 'https://www.kunde.example/kontakt?a=1&b=2'], ['lead-to', 'https://crm.kunde.example/in']];

  test('what a person types is text in the snippet, never markup', () => {
    assert.equal(escapeHtml('"><script>alert(1)</script>&'), '&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;');
    const component = componentSnippet(attributes, { folder: '/funnel-planner/', words: WORDS.de });
    assert.match(component, /company="Müller &amp; &quot;Söhne&quot; &lt;GmbH&gt;"/);
    assert.match(component, /cta-href="https:\/\/www\.kunde\.example\/kontakt\?a=1&amp;b=2"/);
    assert.equal((component.match(/</g) ?? []).length, 5, 'the comment, the script\'s two tags and the element\'s two: nothing else');
    assert.match(component, /^<script type="module" src="\/funnel-planner\/funnel-planner\.js"><\/script>$/m);
  });

  test('the iframe takes from its address only what embed.html reads there; the rest through the frame script', () => {
    const parts = frameParts(attributes, 'https://planer.agentur.example/kunde/');
    const query = new URL(parts.src).searchParams;
    assert.equal(new URL(parts.src).pathname, '/kunde/embed.html');
    assert.deepEqual([...query.keys()], ['lang', 'goal', 'company']);
    assert.equal(query.get('company'), 'Müller & "Söhne" <GmbH>');
    assert.deepEqual(parts.data.map(([name]) => name), ['data-logo', 'data-cta-text', 'data-cta-href', 'data-lead-to']);
    // The comment in the builder's language (German here), what the visitor sees in the planner's (English).
    const snippet = iframeSnippet(attributes, { folder: 'https://planer.agentur.example/kunde/', words: WORDS.de, visitor: WORDS.en });
    assert.ok(snippet.startsWith(`<!-- ${WORDS.de.iframeComment} -->`));
    for (const wanted of ['allow="clipboard-write"', `title="${WORDS.en.frameTitle}"`, 'data-funnel-planner\n', 'height="900"',
      '<script src="https://planer.agentur.example/kunde/funnel-planner-frame.js" defer></script>',
      `<a href="https://planer.agentur.example/kunde/index.html" target="_blank" rel="noopener">${WORDS.en.fallback}</a>`]) {
      assert.ok(snippet.includes(wanted), `${wanted} in\n${snippet}`);
    }
    assert.doesNotMatch(snippet, /style=/, 'a host CSP without unsafe-inline styles keeps its size');
    assert.match(frameParts([['lang', 'en']], 'https://p.example/').page, /index\.html\?lang=en$/, 'the fallback in the planner\'s language');
  });

  test('where the files are: a path or a web address, as a folder', () => {
    assert.equal(folderOf('/funnel-planner'), '/funnel-planner/');
    assert.equal(folderOf('https://planer.example/tools/embed.html?x=1#y'), 'https://planer.example/tools/');
    for (const wrong of ['', 'planer', '//evil.example/', 'javascript:alert(1)', 'ftp://planer.example/', '/x?y', '/x#y']) assert.equal(folderOf(wrong), null, wrong);
    // What is typed is never markup in the snippet, not even in its comment.
    const folder = folderOf('/x --><script>alert(1)</script><!--/');
    assert.equal(folder, '/x%20--%3E%3Cscript%3Ealert(1)%3C/script%3E%3C!--/');
    assert.equal((componentSnippet([['lang', 'de']], { folder, words: WORDS.de }).match(/</g) ?? []).length, 5);
  });

  test('the strictest policies that run the planner: its files, its logo, its lead target, nothing more', () => {
    const lead = { url: 'https://api.hsforms.com/submissions/v3/integration/submit/1/2' };
    assert.equal(componentPolicy(attributes, { folder: '/funnel-planner/', leadTarget: lead }),
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self' https://api.hsforms.com; img-src 'self' https://cdn.kunde.example; object-src 'none'; base-uri 'self'");
    // 'self' stays beside the planner's origin: pasted as it is, the host's own scripts still run.
    assert.equal(componentPolicy([['lang', 'de']], { folder: 'https://planer.example/x/', leadTarget: null }),
      "default-src 'self'; script-src 'self' https://planer.example 'wasm-unsafe-eval'; connect-src 'self' https://planer.example; img-src 'self'; object-src 'none'; base-uri 'self'");
    assert.equal(iframePolicy({ folder: 'https://planer.example/x/' }),
      "default-src 'self'; script-src 'self' https://planer.example; frame-src 'self' https://planer.example; object-src 'none'; base-uri 'self'");
  });
});
