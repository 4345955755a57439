import { ruleTables } from './table.ts';

ruleTables('vulgarity', {
  es: {
    flags: ['joder, otra vez no funciona', 'esto es una mierda', 'qué pinche servicio', 'la concha de tu madre, devolvé la plata', 'weon no me llega nada', 'm!erda de app', 'm i e r d a', 'p3nd3j0s', 'mieeeerda', 'me cago en todo', 'qué pinche servicio', '¿Me estái weveando, weón? Pásame con tu jefe.'],
    leavesAlone: ['Vivo en Pichilemu', 'la computadora no enciende', 'quiero disputar el cargo', 'hay mucha demanda', 'el año pasado pagué', 'compré huevos y no llegaron', 'Necesito un martillo y tornillos', 'voy a coger el autobús', 'no es tu culpa', 'tengo una disputa con el banco', 'compré dos boletos de la Polla Gol en la app', 'me llegó la concha de mar rota', 'el detector de humo hace un pito cada 30 segundos', 'compré un cartón del Loto de la Polla por la app', 'una bodega en la zona industrial de Mamonal', 'trabajo de pinche de cocina en un restaurante', 'me llegó un correo que dice que pinche un link, ¿es phishing?', 'Pedimos una caja de 1000 hostias para la primera comunión', 'jajaja weón qué rápido, ya me llegó la tarjeta nueva, gracias!!', 'mi laptop hp no prende'],
  },
  en: {
    flags: ['this is fucking ridiculous', 'what the f*ck', 'sh1t service', 'f u c k this', 'bullshit', 'wtf is going on', 'bloody hell, again', 'this is crap', "three f'n weeks and nothing", "don't be a dick", 'you thieving c***s', 'f***ing hell', "Oh for f's sake, power's out again", 'you f-ing morons', 'knn i top up already the money disappear', 'ts pmo fr'],
    leavesAlone: ['I live in Scunthorpe', 'my cocktail glasses arrived broken', 'I need an assistant', 'the assessment was wrong', 'shiitake mushrooms missing from my order', 'Dickinson Street address', 'I bought a bass guitar', 'Essex and Sussex deliveries', 'please pause the membership of my husband, Dick Hancock, while he is in hospital', 'we are staying at Sandy Balls holiday park next week', 'is the cock a leekie soup gluten free', "if the courier comes back he'll find nobody home", 'is the Hell Pizza voucher still valid?', 'the feeder is for blue tits and great tits', 'can I book a PT session with Dick at the Bondi club?', "I bought it at Dick's Sporting Goods", 'You are so w***g about the fee', 'Ordered the chicken balls and egg fried rice', 'is the whelping box big enough for a medium-sized bitch?'],
  },
});
