// The forecast view's words. The view loads when it is first opened, so
// both languages come with it.
export const STRINGS = {
  de: {
    volumeLabel: 'Leads in diesem Monat',
    volumeStageLabel: 'auf Stufe',
    forecastTitle: 'Was daraus wird',
    given: 'Ihr Volumen',
    forecastRange: (low, high) => `80 %-Spanne ${low} – ${high}`,
    forecastNote: 'Erwartungswert und 80 %-Spanne (10. bis 90. Perzentil) berücksichtigen Zufall und die Unsicherheit der gemessenen Raten.',
  },
  en: {
    volumeLabel: 'Leads this month',
    volumeStageLabel: 'at stage',
    forecastTitle: 'What it turns into',
    given: 'your volume',
    forecastRange: (low, high) => `80% range ${low} – ${high}`,
    forecastNote: 'The expected value and the 80% range (10th to 90th percentile) allow for chance and the uncertainty of the measured rates.',
  },
};
