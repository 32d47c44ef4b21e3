import { defineMessages } from '../../ui/i18n';

/** The CSV export's column names, measures and file name. */
export const messages = defineMessages('reports-csv', {
  csvSection: { en: 'Section', pl: 'Sekcja', lv: 'Sadaļa', pt: 'Secção', hr: 'Odjeljak' },
  csvGroup: { en: 'Group', pl: 'Grupa', lv: 'Grupa', pt: 'Grupo', hr: 'Skupina' },
  csvMeasure: { en: 'Measure', pl: 'Miara', lv: 'Rādītājs', pt: 'Medida', hr: 'Mjera' },
  csvValue: { en: 'Value', pl: 'Wartość', lv: 'Vērtība', pt: 'Valor', hr: 'Vrijednost' },
  csvPeriod: { en: 'Period', pl: 'Okres', lv: 'Periods', pt: 'Período', hr: 'Razdoblje' },
  csvMedianHours: {
    en: 'Median (working hours)',
    pl: 'Mediana (godziny robocze)',
    lv: 'Mediāna (darba stundas)',
    pt: 'Mediana (horas úteis)',
    hr: 'Medijan (radni sati)',
  },
  csvP90Hours: {
    en: '90th percentile (working hours)',
    pl: '90. percentyl (godziny robocze)',
    lv: '90. procentile (darba stundas)',
    pt: 'Percentil 90 (horas úteis)',
    hr: '90. percentil (radni sati)',
  },
  csvWithinShare: {
    en: 'Within 24 working hours (%)',
    pl: 'W ciągu 24 godzin roboczych (%)',
    lv: '24 darba stundu laikā (%)',
    pt: 'Em 24 horas úteis (%)',
    hr: 'Unutar 24 radna sata (%)',
  },
  csvResolveMedian: {
    en: 'Median days to resolve',
    pl: 'Mediana dni do rozwiązania',
    lv: 'Mediāna dienās līdz atrisināšanai',
    pt: 'Mediana de dias até à resolução',
    hr: 'Medijan dana do rješenja',
  },
  csvResolveP90: {
    en: '90th percentile of days to resolve',
    pl: '90. percentyl dni do rozwiązania',
    lv: '90. procentile dienās līdz atrisināšanai',
    pt: 'Percentil 90 de dias até à resolução',
    hr: '90. percentil dana do rješenja',
  },
  csvFileName: { en: 'report', pl: 'raport', lv: 'parskats', pt: 'relatorio', hr: 'izvjesce' },
});
