import { defineMessages } from '../../ui/i18n';

/**
 * The complaint reasons' labels (seed 000) and why a row is flagged. The labels are what the seller
 * picks in the grid and what lands in the reason cell, so classifyReason must read every one of them
 * (complaint-reasons.messages.test.ts proves it); the export writes the template's code instead.
 */
export const messages = defineMessages('complaintReasons', {
  'non-existent-number': {
    en: 'Non-existent phone number',
    pl: 'Nieistniejący numer telefonu',
    lv: 'Neeksistējošs tālruņa numurs',
    pt: 'Número inexistente',
    hr: 'Nepostojeći broj telefona',
  },
  'wrong-person': {
    en: 'Number of another person',
    pl: 'Numer innej osoby',
    lv: 'Citas personas numurs',
    pt: 'Número de outra pessoa',
    hr: 'Broj druge osobe',
  },
  'wrong-address': {
    en: 'Wrong address',
    pl: 'Błędny adres',
    lv: 'Nepareiza adrese',
    pt: 'Morada errada',
    hr: 'Pogrešna adresa',
  },
  'business-closed': {
    en: 'Business closed',
    pl: 'Zlikwidowana działalność',
    lv: 'Uzņēmums likvidēts',
    pt: 'Empresa encerrada',
    hr: 'Tvrtka zatvorena',
  },
  'no-consent': {
    en: 'Person says they never consented',
    pl: 'Osoba twierdzi, że nie wyrażała zgody',
    lv: 'Persona nav devusi piekrišanu',
    pt: 'A pessoa diz que nunca deu consentimento',
    hr: 'Osoba nije dala privolu',
  },
  'requirements-not-met': {
    en: 'Contact does not meet the agreed requirements',
    pl: 'Kontakt nie spełnia uzgodnionych wymagań',
    lv: 'Kontakts neatbilst saskaņotajām prasībām',
    pt: 'O contacto não cumpre os requisitos acordados',
    hr: 'Kontakt ne ispunjava dogovorene uvjete',
  },
  voicemail: {
    en: 'Voicemail',
    pl: 'Poczta głosowa',
    lv: 'Balss pasts',
    pt: 'Correio de voz',
    hr: 'Govorna pošta',
  },
  'not-answering': {
    en: 'Not answering',
    pl: 'Nie odbiera',
    lv: 'Neatbild',
    pt: 'Não atende',
    hr: 'Ne javlja se',
  },
  'not-interested': {
    en: 'Not interested',
    pl: 'Niezainteresowany',
    lv: 'Nav ieinteresēts',
    pt: 'Não está interessado',
    hr: 'Nije zainteresiran',
  },
  reasonMissing: {
    en: 'No reason: the platform does not consider a record without its own reason.',
    pl: 'Brak przyczyny: platforma nie rozpatruje rekordu bez indywidualnej przyczyny.',
    lv: 'Nav iemesla: platforma neizskata ierakstu bez atsevišķa iemesla.',
    pt: 'Sem motivo: a plataforma não considera um registo sem motivo próprio.',
    hr: 'Nema razloga: platforma ne razmatra zapis bez vlastitog razloga.',
  },
  reasonNotAccepted: {
    en: '“{reason}” is not a reason the platform accepts.',
    pl: '„{reason}” to przyczyna, której platforma nie uznaje.',
    lv: '“{reason}” nav iemesls, ko platforma pieņem.',
    pt: '“{reason}” não é um motivo que a plataforma aceite.',
    hr: '„{reason}” nije razlog koji platforma prihvaća.',
  },
  reasonUnclear: {
    en: 'The reason names no case the platform accepts (or names a refused one too): pick one or rewrite it.',
    pl: 'Przyczyna nie wskazuje przypadku uznawanego przez platformę (albo wskazuje też nieuznawany): wybierz przyczynę lub napisz ją inaczej.',
    lv: 'Iemesls nenosauc gadījumu, ko platforma pieņem (vai nosauc arī noraidītu): izvēlieties iemeslu vai pārrakstiet to.',
    pt: 'O motivo não indica um caso que a plataforma aceite (ou indica também um recusado): escolha um ou reescreva-o.',
    hr: 'Razlog ne navodi slučaj koji platforma prihvaća (ili navodi i odbijeni): odaberite razlog ili ga preformulirajte.',
  },
  recordIdMissing: {
    en: 'No record ID.',
    pl: 'Brak ID rekordu.',
    lv: 'Nav ieraksta ID.',
    pt: 'Sem ID do registo.',
    hr: 'Nema ID-a zapisa.',
  },
  receivedOnMalformed: {
    en: 'The receipt date “{value}” is not a date written YYYY-MM-DD.',
    pl: 'Data otrzymania „{value}” nie jest datą w formacie RRRR-MM-DD.',
    lv: 'Saņemšanas datums “{value}” nav datums formātā GGGG-MM-DD.',
    pt: 'A data de receção “{value}” não é uma data no formato AAAA-MM-DD.',
    hr: 'Datum primitka „{value}” nije datum u obliku GGGG-MM-DD.',
  },
  filingWindowPassed: {
    en: 'Too late: a complaint about this record had to be filed by {fileBy} (30 days from receipt).',
    pl: 'Za późno: reklamację tego rekordu trzeba było złożyć do {fileBy} (30 dni od otrzymania).',
    lv: 'Par vēlu: sūdzība par šo ierakstu bija jāiesniedz līdz {fileBy} (30 dienas no saņemšanas).',
    pt: 'Tarde demais: a reclamação deste registo tinha de ser apresentada até {fileBy} (30 dias após a receção).',
    hr: 'Prekasno: reklamaciju ovog zapisa trebalo je podnijeti do {fileBy} (30 dana od primitka).',
  },
  duplicate: {
    en: 'Duplicate: {by, select, recordId {same record ID} phone {same phone number} other {same e-mail}} as row {row}.',
    pl: 'Duplikat: {by, select, recordId {to samo ID rekordu} phone {ten sam numer telefonu} other {ten sam e-mail}} co w wierszu {row}.',
    lv: 'Dublikāts: {by, select, recordId {tas pats ieraksta ID} phone {tas pats tālruņa numurs} other {tas pats e-pasts}} kā rindā {row}.',
    pt: 'Duplicado: {by, select, recordId {o mesmo ID de registo} phone {o mesmo número de telefone} other {o mesmo e-mail}} que a linha {row}.',
    hr: 'Duplikat: {by, select, recordId {isti ID zapisa} phone {isti broj telefona} other {isti e-mail}} kao u retku {row}.',
  },
});
