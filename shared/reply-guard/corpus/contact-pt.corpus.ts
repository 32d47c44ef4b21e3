import type { CorpusCase } from './corpus-case';

const pt = (text: string, expect: CorpusCase['expect'], why: string): CorpusCase => ({ market: 'PT', text, expect, why });

/** Portuguese replies (market PT): contact data as sellers write it. */
export const portugueseContactCorpus: CorpusCase[] = [
  pt('Olá, pode enviar as fotografias para loja@casa-eletro.pt, respondemos ainda hoje.', ['email'], 'a plain address'),
  pt('Bom dia, o meu email é joao arroba sapo ponto pt, escreva-me por lá.', ['email', 'off-platform'], '"arroba" and "ponto" written out'),
  pt('Bom dia, envie a fatura para ana.silva (at) gmail.com, por favor.', ['email'], '"(at)" for "@"'),
  pt(
    'Bom dia, o contacto é suporte [arroba] casaeletro [ponto] pt, obrigado.',
    ['email', 'off-platform'],
    'bracketed "arroba" and "ponto"',
  ),
  pt(
    'Olá, pode escrever para pedro at hotmail dot com com as fotos do defeito.',
    ['email', 'off-platform'],
    '"at" and "dot" with the Portuguese "com" after',
  ),
  pt('Bom dia, a garantia é tratada por garantias@casaeletro.com.pt, já lhes reencaminhei o caso.', ['email'], 'an address in .com.pt'),
  pt('Bom dia, ligue para o 912 345 678 e resolvemos isso rapidamente.', ['phone', 'off-platform'], 'a mobile number'),
  pt('Boa tarde, o nosso telefone é +351 213 456 789, das 9h às 18h.', ['phone'], 'an international Lisbon number'),
  pt('Olá, o meu telemóvel: 936-123-456, pode ligar depois das 17h.', ['phone', 'off-platform'], 'a mobile number with dashes'),
  pt('Bom dia, contacte o técnico pelo 00351 961 234 567.', ['phone', 'off-platform'], '"00351" prefix'),
  pt('Olá, ligue-me para o 22 123 4567 ao fim da tarde.', ['phone', 'off-platform'], 'a Porto landline'),
  pt('Bom dia, o manual está em https://casaeletro.pt/manuais/barista-1500.', ['url'], 'a link with a scheme'),
  pt('Olá, veja as instruções em www.casaeletro.pt, secção Apoio.', ['url'], 'a www address'),
  pt('Bom dia, o formulário de devolução está em casaeletro ponto pt, na página inicial.', ['url'], 'a domain with "ponto" written out'),
  pt('Olá, o vídeo de montagem está aqui: bit.ly/3xYzAbC.', ['url'], 'a short link'),
  pt('Bom dia, consulte casaeletro ponto com, lá tem tudo explicado.', ['url'], '"ponto com" at the end of a clause'),
  pt(
    'Bom dia, faça a transferência para o IBAN PT50 0002 0123 1234 5678 9015 4 e enviamos logo.',
    ['iban', 'off-platform'],
    'a Portuguese IBAN and a request to pay by transfer',
  ),
  pt(
    'Olá, o NIB é 0035 0097 0000 1234 5678 9, indique o número da encomenda no descritivo.',
    ['iban', 'off-platform'],
    'a NIB after "NIB"',
  ),
  pt('Bom dia, pode pagar por transferência para PT38001800000123456789012.', ['iban', 'off-platform'], 'an IBAN without spaces'),
  pt('Olá, mande-me as fotos pelo WhatsApp, é mais simples para mim.', ['messenger'], 'WhatsApp after "pelo"'),
  pt('Bom dia, fale comigo no zap, respondo logo.', ['messenger'], 'the slang "zap"'),
  pt('Olá, estamos no Instagram como @casa_eletro, pode enviar mensagem por lá.', ['messenger'], 'Instagram and a handle'),
  pt('Bom dia, envie uma mensagem pelo Messenger da nossa página.', ['messenger'], 'Messenger after "pelo"'),
  pt('Olá, pode contactar-me pelo Telegram ou pelo Viber, como preferir.', ['messenger', 'off-platform'], 'Telegram and Viber'),
  pt('Bom dia, adicione-me no Skype: joao.silva.loja, mostro-lhe a configuração.', ['messenger'], 'Skype'),
  pt('Olá, o meu WhatsApp é +351 912 345 678.', ['phone', 'messenger'], 'a WhatsApp number'),
  pt('Bom dia, contacte-nos pelo 800 200 300, a chamada é gratuita.', ['phone', 'off-platform'], 'a toll-free number'),
  pt('Bom dia, o email é ana_silva sapo ponto pt, pode enviar as fotos.', ['email'], 'an address without the "@"'),
  pt('Bom dia, (+351) 912 345 678 é o número do técnico.', ['phone'], 'a country code in brackets'),
];

/** Portuguese clean replies, with the traps. */
export const portugueseCleanCorpus: CorpusCase[] = [
  pt('Bom dia, a encomenda 123456789 já foi enviada e deve chegar em dois dias úteis.', [], 'an order number'),
  pt('Olá, o número de seguimento dos CTT é RR123456789PT, pode acompanhar a entrega no site da transportadora.', [], 'a tracking number'),
  pt('Bom dia, o preço é € 49.90 com portes incluídos.', [], 'a price with the euro sign before it'),
  pt('Bom dia, a entrega está prevista para 28/11/2026 entre as 9h e as 13h.', [], 'a date with slashes'),
  pt('Bom dia, a encomenda será entregue no ponto de entrega escolhido até sexta-feira.', [], '"ponto de" is not a domain'),
  pt('Bom dia, neste ponto com certeza podemos ajudar: a troca segue amanhã.', [], '"ponto com" inside a sentence is not a domain'),
  pt(
    'Bom dia, a devolução deve ser enviada para o centro de devoluções: Rua da Logística 15, 2660-001 Loures.',
    [],
    "the returns centre's address",
  ),
  pt('Olá, o reembolso de 249,90 € será feito para a conta usada no pagamento.', [], '"conta" in a refund'),
  pt('Bom dia, o modelo compatível é o WH-1000XM5, o carregador original serve.', [], 'a model number'),
  pt('Bom dia, o seu NIF 234567890 consta da fatura, não é preciso mais nada.', [], 'a tax number that is also a valid landline'),
  pt('Bom dia, o sinal do Wi-Fi pode falhar longe do router, é normal neste modelo.', [], '"sinal" is not the Signal app'),
  pt('Olá, a caixa tem 2 x 500 ml e o filtro de reposição.', [], 'a quantity'),
  pt('Bom dia, pagamento por Multibanco: Entidade 21312, Referência 123 456 789, Valor 49,90 €.', [], 'a Multibanco reference'),
  pt('Bom dia, o NIF da empresa é 501234567 e o código postal 1000-001 Lisboa.', [], 'a tax number and a postal code'),
];
