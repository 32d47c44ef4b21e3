import type { CorpusCase } from '../corpus-case';

/** Replies not in the market's language (DOMAIN.md rule 4). */
export const languageCases: CorpusCase[] = [
  {
    market: 'LV',
    expect: ['language'],
    why: 'Polish to a Latvian buyer (the issue’s example)',
    text: 'Dzień dobry, paczka została wysłana wczoraj, numer przesyłki znajdzie Pan w szczegółach zamówienia.',
  },
  {
    market: 'PL',
    expect: ['language'],
    why: 'English in a PL market',
    text: 'Hello, the parcel was shipped yesterday, you will find the tracking number in the order details.',
  },
  {
    market: 'PT',
    expect: ['language'],
    why: 'Spanish in a PT market',
    text: 'Buenos días, el pedido ha sido enviado hoy y llegará en tres o cuatro días laborables.',
  },
  {
    market: 'HR',
    expect: ['language'],
    why: 'Polish in an HR market',
    text: 'Dzień dobry, przepraszamy za opóźnienie, wymienimy produkt na nowy jeszcze w tym tygodniu.',
  },
  {
    market: 'HR',
    expect: ['language'],
    why: 'Czech in an HR market',
    text: 'Dobrý den, omlouváme se za zpoždění, výrobek vám vyměníme ještě tento týden.',
  },
  {
    market: 'LV',
    expect: ['language'],
    why: 'Lithuanian in an LV market',
    text: 'Laba diena, atsiprašome už vėlavimą, prekę pakeisime dar šią savaitę.',
  },
  {
    market: 'PT',
    expect: ['language'],
    why: 'English in a PT market',
    text: 'Hello, we are sorry for the delay, we will replace the product this week.',
  },
  {
    market: 'PL',
    expect: ['language'],
    why: 'Latvian in a PL market',
    text: 'Labdien, atvainojamies par kavēšanos, preci apmainīsim vēl šonedēļ.',
  },
  {
    market: 'LV',
    expect: ['language'],
    why: 'Portuguese in an LV market',
    text: 'Olá, pedimos desculpa pelo atraso, vamos trocar o produto ainda esta semana.',
  },
  {
    market: 'DE',
    expect: ['language'],
    why: 'Polish in a DE market',
    text: 'Dzień dobry, zwrot został przyjęty, pieniądze wrócą na Pana rachunek w ciągu kilku dni.',
  },
  {
    market: 'CZ',
    expect: ['language'],
    why: 'English in a CZ market',
    text: 'Good morning, the replacement was sent today and should arrive on Friday.',
  },
  {
    market: 'BA',
    expect: ['language'],
    why: 'English in a BA market',
    text: 'Dear customer, thank you for your patience, the refund has been approved today.',
  },
  {
    market: 'PL',
    expect: ['language'],
    why: 'English in a PL market, a warranty answer',
    text: 'Thanks for your message, we checked the device and it will be repaired under warranty.',
  },
  {
    market: 'LT',
    expect: ['language'],
    why: 'Latvian in an LT market',
    text: 'Labdien, jūsu pasūtījums ir nosūtīts, un tas tiks piegādāts trīs darba dienu laikā.',
  },
  {
    market: 'HR',
    expect: ['language'],
    why: 'Portuguese in an HR market',
    text: 'Bom dia, a sua encomenda foi enviada ontem e deve chegar dentro de dois dias úteis.',
  },
  {
    market: 'PL',
    expect: ['language'],
    why: 'a long English reply with an order number in a PL market',
    text: 'Good afternoon, thank you for contacting us about order 2024-118734. We have checked the parcel with the warehouse team and it left our warehouse on Tuesday morning. The carrier reports a short delay in the sorting centre, so the delivery should happen within the next two working days. If the status does not change by Friday, please write to us here again and we will open an investigation with the carrier. We apologise for the inconvenience and thank you for your patience.',
  },
];
