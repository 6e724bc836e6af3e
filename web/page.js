// The standalone page's own words follow the planner's language; ?lang=en
// opens it in English.
const requested = new URLSearchParams(window.location.search).get('lang');
if (requested === 'en' || requested === 'de') document.querySelector('funnel-planner').setAttribute('lang', requested);

const heading = document.querySelector('h1');
const lead = document.querySelector('.lead');
const embedLink = document.getElementById('embed-link');
// German is what index.html says; English is here.
const TEXTS = {
  de: { title: document.title, heading: heading.textContent, lead: lead.textContent, embed: embedLink.textContent, builder: 'embed-builder.html' },
  en: {
    title: 'Funnel Planner – how many MQLs and SQLs do you need?',
    heading: 'How many leads does your customer goal take?',
    lead: 'Enter your goal and your past numbers. The planner works back to the SQLs and MQLs you need – and how far that is from your usual run-rate.',
    embed: 'Embed it on your website',
    builder: 'embed-builder.html?lang=en',
  },
};

document.addEventListener('funnel-planner-change', (event) => {
  const locale = event.detail.lang;  // the planner's language, whichever view is open
  if (!Object.hasOwn(TEXTS, locale) || document.documentElement.lang === locale) return;
  const texts = TEXTS[locale];
  document.documentElement.lang = locale;
  document.title = texts.title;
  heading.textContent = texts.heading;
  lead.textContent = texts.lead;
  embedLink.textContent = texts.embed;
  embedLink.href = texts.builder;  // the builder in the same language
});
