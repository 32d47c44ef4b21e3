import type { LanguageBank } from './text-bank';

/** Portuguese buyers (market PT, European Portuguese). */
export const portugueseBank: LanguageBank = {
  language: 'pt',
  female: {
    first: ['Ana', 'Joana', 'Mariana', 'Inês', 'Catarina', 'Beatriz', 'Sofia', 'Rita'],
    last: ['Silva', 'Santos', 'Ferreira', 'Pereira', 'Oliveira', 'Costa', 'Rodrigues', 'Martins'],
  },
  male: {
    first: ['João', 'Tiago', 'Rui', 'Miguel', 'Pedro', 'Nuno', 'Diogo', 'André'],
    last: ['Silva', 'Santos', 'Ferreira', 'Pereira', 'Oliveira', 'Costa', 'Rodrigues', 'Martins'],
  },
  addresses: [
    { city: 'Lisboa', street: 'Rua Augusta 120, 2.º Esq.', zip: '1100-053' },
    { city: 'Porto', street: 'Rua de Santa Catarina 410', zip: '4000-446' },
    { city: 'Braga', street: 'Avenida da Liberdade 55', zip: '4710-251' },
    { city: 'Coimbra', street: 'Rua Ferreira Borges 31', zip: '3000-180' },
  ],
  products: [
    { title: 'Aspirador sem fios Vortex S8', category: 'Eletrodomésticos' },
    { title: 'Auscultadores sem fios SoundAir Pro', category: 'Áudio' },
    { title: 'Máquina de café Barista 1500', category: 'Eletrodomésticos' },
    { title: 'Candeeiro de secretária LED Lumo', category: 'Iluminação' },
    { title: 'Mochila de caminhada Trail 40 l', category: 'Desporto' },
    { title: 'Smartwatch FitPulse 3', category: 'Eletrónica' },
  ],
  buyer: {
    WARRANTY: [
      'Boa tarde, comprei o artigo «{product}» (encomenda {order}) e ao fim de três semanas deixou de funcionar – nem sequer liga. Gostaria de acionar a garantia. Como devo proceder?',
      'Olá, o aparelho da encomenda {order} começou a fazer um barulho estranho e aquece muito durante o uso. Posso enviá-lo para reparação ao abrigo da garantia? Envio uma fotografia em anexo.',
      'Bom dia, depois de uma atualização o «{product}» reinicia constantemente. Podem dizer-me se a reparação está coberta pela garantia e quanto tempo demora?',
    ],
    MISSING_ITEM: [
      'Bom dia, recebi hoje a encomenda {order}, mas falta o carregador que, segundo a descrição, devia vir incluído. Peço que me enviem a peça em falta.',
      'Olá, encomendei duas unidades e na embalagem só veio uma. O que aconteceu à segunda? Encomenda {order}.',
      'Boa tarde, a encomenda veio sem manual de instruções nem certificado de garantia. Podem enviá-los?',
    ],
    WRONG_ITEM_SENT: [
      'Bom dia, encomendei o artigo «{product}» em preto e recebi-o em branco. Gostaria de o trocar pelo artigo correto.',
      'Olá, recebi um produto completamente diferente do que encomendei – na caixa vem outro modelo. Como posso devolvê-lo e receber o que comprei?',
      'Boa tarde, enviaram o tamanho M em vez do L. É possível trocar? Encomenda {order}.',
    ],
    DELIVERY: [
      'Bom dia, a encomenda {order} devia ter chegado na segunda-feira e o estado continua «em preparação». Quando será enviada?',
      'Olá, o número de seguimento não funciona no site da transportadora. A encomenda foi mesmo expedida?',
      'Boa tarde, é possível alterar a morada de entrega para um ponto de recolha? Esta semana não vou estar em casa.',
    ],
    RETURN: [
      'Bom dia, pretendo devolver o artigo «{product}» ao abrigo do direito de livre resolução – está por usar e na embalagem original. Qual é o procedimento?',
      'Olá, devolvi o artigo há uma semana e ainda não recebi o reembolso. A encomenda já vos chegou?',
      'Boa tarde, o artigo «{product}» não é compatível com o meu modelo. Posso devolvê-lo? Para que morada?',
    ],
  },
  buyerFollowUps: [
    'Há alguma novidade sobre o meu pedido?',
    'Bom dia, continuo à espera de resposta. Agradeço o contacto.',
    'Envio mais uma fotografia para se ver melhor o problema.',
    'Já passaram vários dias e continuo sem saber o que se passa com a minha reclamação.',
    '{Obrigado|Obrigada} pela resposta, mas isso não resolve o problema – o aparelho continua sem funcionar.',
  ],
  buyerThanks: [
    'Muito {obrigado|obrigada}, ficou tudo esclarecido!',
    'A encomenda chegou, {obrigado|obrigada} pela ajuda.',
    'Ótimo, {obrigado|obrigada} pela rapidez.',
  ],
  shop: {
    WARRANTY: [
      'Bom dia, lamentamos o sucedido. Pedimos que nos envie o artigo «{product}» juntamente com a fatura – os portes ficam por nossa conta. A reparação em garantia demora normalmente até 14 dias úteis.',
      'Boa tarde, obrigado pelo contacto. Pode enviar-nos um pequeno vídeo ou uma fotografia que mostre o problema? Com base nisso decidimos entre reparação ou troca.',
    ],
    MISSING_ITEM: [
      'Bom dia, pedimos desculpa pelo erro na embalagem. Enviamos amanhã a peça em falta e indicamos aqui o número de seguimento.',
      'Boa tarde, confirmámos o peso da encomenda e, de facto, faltava um artigo. Enviamos a peça em falta sem qualquer custo adicional.',
    ],
    WRONG_ITEM_SENT: [
      'Bom dia, pedimos desculpa pela troca. Pedimos que devolva o artigo recebido – a etiqueta de devolução segue em anexo – e enviamos de imediato o artigo correto.',
      'Boa tarde, confirmamos o erro do armazém. O artigo correto já foi enviado e o errado pode ser devolvido no prazo de 14 dias, a nosso cargo.',
    ],
    DELIVERY: [
      'Bom dia, a encomenda foi expedida hoje de manhã, número de seguimento: {tracking}. A entrega está prevista para daqui a 2 dias úteis.',
      'Boa tarde, pedimos desculpa pelo atraso – estávamos à espera de stock do fabricante. A encomenda segue até sexta-feira.',
    ],
    RETURN: [
      'Bom dia, a devolução é possível. Basta registá-la no separador Devoluções, nos detalhes da encomenda – a etiqueta é gerada automaticamente.',
      'Boa tarde, a devolução chegou ontem ao nosso armazém. O reembolso será feito no prazo de 3 dias úteis.',
    ],
  },
  shopProactive: [
    'Bom dia, informamos que recebemos o artigo devolvido e que já seguiu para o serviço técnico.',
    'Bom dia, a reparação está concluída e o aparelho está a ser preparado para envio.',
    'Bom dia, o artigo de substituição foi enviado, número de seguimento: {tracking}, entrega prevista: {date}.',
  ],
  shopSignOff: 'Com os melhores cumprimentos, equipa {shop}',
  operatorTakeover: [
    'Bom dia, fala a equipa de apoio ao cliente da plataforma. Como o vendedor não respondeu a tempo, passamos a tratar deste caso e entraremos em contacto nas próximas 48 horas.',
    'Caro cliente, a plataforma assume a gestão desta reclamação. Pedimos ao vendedor que envie neste tópico a documentação da reparação.',
    'Bom dia, existindo um litígio sobre a conformidade do produto com o anúncio, o caso passa a ser analisado pela plataforma.',
  ],
  shopToOperator: [
    'Bom dia, o cliente pede que lhe liguemos por causa da reclamação. Podemos telefonar-lhe ou devemos responder apenas por aqui?',
    'Bom dia, estamos a planear férias de 1 a 14 de agosto. Como devemos comunicar a ausência para que os clientes continuem a ter resposta?',
  ],
  operatorToShop: [
    'Bom dia, toda a comunicação com o cliente tem de ser feita através da plataforma. Por favor, responda no tópico da encomenda.',
    'Bom dia, ausências superiores a 5 dias úteis devem ser comunicadas com pelo menos duas semanas de antecedência. Indique-nos as datas, por favor.',
  ],
  contactLeaks: [
    'Pode ligar-me para o 912 345 678, é mais rápido.',
    'Escreva-me para joana.silva@gmail.com, respondo mais depressa.',
    'Pus as fotografias aqui: https://photos.app.goo.gl/Ab12Cd34',
    'Ligue para +351 934 567 890 depois das 17h.',
  ],
  freeTopics: { DELIVERY: 'Dúvida sobre a entrega', RETURN: 'Devolução de artigo', OPERATOR: 'Pergunta ao operador' },
  openReasons: {
    WARRANTY: 'Reclamação ao abrigo da garantia',
    MISSING_ITEM: 'Artigo em falta',
    WRONG_ITEM_SENT: 'Artigo errado enviado',
    DAMAGED_ITEM: 'Artigo danificado',
    NOT_RECEIVED: 'Encomenda não recebida',
  },
  closeReasons: {
    REPLACEMENT_SENT: 'Artigo de substituição enviado',
    REFUND_ISSUED: 'Reembolso efetuado',
    ITEM_DELIVERED: 'Encomenda entregue',
    REPAIRED_UNDER_WARRANTY: 'Reparado ao abrigo da garantia',
    NO_DEFECT_FOUND: 'Nenhum defeito encontrado',
  },
  operatorName: 'Apoio ao cliente da plataforma',
};
