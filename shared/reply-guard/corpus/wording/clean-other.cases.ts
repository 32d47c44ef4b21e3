import type { CorpusCase } from '../corpus-case';

/**
 * Clean replies in the Portuguese, Croatian and other markets, many of them traps for the wording rules: time phrases
 * with "directly", the platform as the channel, negated rules, couriers who call, discounts on this order,
 * "outside the warranty", sizes that look like placeholders, answers in other words than the question's.
 */
export const cleanCasesOther: CorpusCase[] = [
  {
    market: 'PT',
    expect: [],
    why: '"diretamente após" is a time phrase; the refund goes through the platform',
    text: 'Bom dia, o reembolso é feito pela plataforma diretamente após recebermos a devolução.',
  },
  {
    market: 'PT',
    expect: [],
    why: 'the rule stated, negated',
    text: 'Olá, não aceitamos pagamentos fora da plataforma, por isso toda a comunicação é feita aqui.',
  },
  {
    market: 'PT',
    expect: [],
    why: 'a discount on this order as compensation',
    text: 'Bom dia, aplicámos um desconto de 5 € nesta encomenda como compensação pelo atraso.',
  },
  {
    market: 'PT',
    expect: [],
    why: 'the carrier phones, not the seller',
    text: 'Olá, a transportadora vai ligar por telefone antes da entrega para combinar o horário.',
  },
  {
    market: 'PT',
    expect: [],
    why: '"encontramos o problema" is finding, not meeting',
    text: 'Bom dia, encontramos o problema: o cabo estava mal ligado, enviamos um novo hoje.',
  },
  {
    market: 'PT',
    expect: [],
    why: 'the campaign discount already in this price',
    text: 'Bom dia, o preço desta encomenda já incluía o desconto da campanha de verão.',
  },
  {
    market: 'PT',
    expect: [],
    why: '"fora da garantia" is outside the warranty',
    text: 'Olá, a reparação fora da garantia custa 40 €, incluindo o transporte nos dois sentidos.',
  },
  {
    market: 'PT',
    expect: [],
    why: 'a price and a delay answer "quanto" and "quando"',
    buyerMessage: 'Olá, quanto custa o envio para a Madeira? Quando chega?',
    text: 'Olá, o envio para a Madeira custa 4,90 € e demora três a cinco dias úteis.',
  },
  {
    market: 'PT',
    expect: [],
    why: 'a bracket with a digit is a version, not a placeholder',
    text: 'Olá, o modelo enviado é o Barista 1500 [versão 2], totalmente compatível com as cápsulas.',
  },
  {
    market: 'HR',
    expect: [],
    why: '"izravno nakon" is a time phrase; the refund goes through the platform',
    text: 'Poštovani, povrat novca ide preko platforme, iznos će vam biti vraćen izravno nakon što zaprimimo paket.',
  },
  {
    market: 'HR',
    expect: [],
    why: '"osobno" without a hand-over',
    text: 'Dobar dan, osobno sam provjerio paket prije slanja, sve je bilo na svom mjestu.',
  },
  {
    market: 'HR',
    expect: [],
    why: 'the delivery driver phones',
    text: 'Pozdrav, dostavljač će vas nazvati telefonom prije dostave, molimo budite dostupni.',
  },
  {
    market: 'HR',
    expect: [],
    why: 'a discount on this order as an apology',
    text: 'Poštovani, odobrili smo popust od 10 % na ovu narudžbu kao ispriku za kašnjenje.',
  },
  {
    market: 'HR',
    expect: [],
    why: 'the rule stated, negated',
    text: 'Poštovani, nije dopušteno dogovarati plaćanje izvan platforme, stoga sve ide preko sustava.',
  },
  {
    market: 'HR',
    expect: [],
    why: 'a price of this order',
    text: 'Poštovani, cijena narudžbe bila je 49,90 €, a dostava je bila besplatna.',
  },
  {
    market: 'HR',
    expect: [],
    why: '"izvan jamstva" is outside the warranty',
    text: 'Poštovani, popravak izvan jamstva košta 30 €, uključujući dostavu u oba smjera.',
  },
  {
    market: 'HR',
    expect: [],
    why: 'both questions answered',
    buyerMessage: 'Dobar dan, kada stiže paket? Mogu li ga preuzeti u paketomatu?',
    text: 'Dobar dan, paket stiže u četvrtak, a preuzeti ga možete u paketomatu po vašem izboru.',
  },
  {
    market: 'HR',
    expect: [],
    why: 'a price answers "koliko košta"',
    buyerMessage: 'Pozdrav, koliko košta produženo jamstvo?',
    text: 'Pozdrav, produženo jamstvo na dvije godine košta 19 €, a možete ga dodati u narudžbi.',
  },
  {
    market: 'BA',
    expect: [],
    why: 'Croatian in a BA market is the same language group',
    text: 'Poštovani, paket je poslan jučer, broj za praćenje vidjet ćete u detaljima narudžbe.',
  },
  {
    market: 'HR',
    expect: [],
    why: 'Serbian (Latin) in an HR market is the same language group',
    text: 'Poštovani, poslaćemo vam novi proizvod sutra ujutru, izvinjavamo se zbog kašnjenja.',
  },
  {
    market: 'BA',
    expect: [],
    why: 'Bosnian in a BA market',
    text: 'Poštovani, hvala na strpljenju, reklamacija je uvažena i zamjena će biti poslana sedmicu dana.',
  },
  {
    market: 'DE',
    expect: [],
    why: '"direkt nach" is a time phrase',
    text: 'Guten Tag, die Rückerstattung erfolgt direkt nach Eingang der Rücksendung über die Plattform.',
  },
  {
    market: 'CZ',
    expect: [],
    why: 'a plain Czech shipping note',
    text: 'Dobrý den, zásilka byla odeslána dnes a doručena bude do dvou pracovních dnů.',
  },
  {
    market: 'XX',
    expect: [],
    why: 'an unknown market is not judged for language',
    text: 'Hello, the parcel was shipped yesterday and will arrive soon, thank you.',
  },
];
