// The standalone page's own words follow the planner's language; ?lang=en
// opens it in English.
const requested = new URLSearchParams(window.location.search).get('lang');
if (requested === 'en' || requested === 'de') document.querySelector('funnel-planner').setAttribute('lang', requested);

const TEXTS = {
  de: {
    title: 'Funnel Planner – Wie viele MQLs und SQLs brauchen Sie?',
    heading: 'Wie viele Leads brauchen Sie für Ihr Kundenziel?',
    lead: 'Tragen Sie Ihr Ziel und Ihre bisherigen Zahlen ein. Der Planer rechnet rückwärts, wie viele SQLs und MQLs Sie brauchen – und wie weit das von Ihrem bisherigen Schnitt entfernt ist.',
  },
  en: {
    title: 'Funnel Planner – how many MQLs and SQLs do you need?',
    heading: 'How many leads does your customer goal take?',
    lead: 'Enter your goal and your past numbers. The planner works back to the SQLs and MQLs you need – and how far that is from your usual run-rate.',
  },
};

document.addEventListener('funnel-planner-change', (event) => {
  const { locale } = event.detail.input;
  if (!Object.hasOwn(TEXTS, locale) || document.documentElement.lang === locale) return;
  const texts = TEXTS[locale];
  document.documentElement.lang = locale;
  document.title = texts.title;
  document.querySelector('h1').textContent = texts.heading;
  document.querySelector('.lead').textContent = texts.lead;
});
