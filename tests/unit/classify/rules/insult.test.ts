import { ruleTables } from './table.ts';

ruleTables('insult', {
  es: {
    flags: ['eres un inútil', 'son unos incompetentes', 'sos un boludo', 'ustedes son unos ladrones', 'qué agente más incompetente', 'i d i o t a', '¡Estafadores!', 'no es tu culpa, pero eres un inútil', 'el guardia de su tienda es un matón', 'sus empleados son unos inútiles', 'eso son, unos payasos', 'gracias por nada, idiotas', 'ladrones, eso es lo que son, me cobraron la reconexión', 'La ejecutiva que me atendió ayer en la sucursal del centro es una incompetente.'],
    leavesAlone: ['la app es inútil', 'el sistema es una basura', 'servicio pésimo', 'no es tu culpa', 'no digo que seas incompetente', 'qué producto tan inútil', 'mi hermano es un idiota, compró dos', 'los rosales llegaron con los capullos secos, ¿es normal?', 'el idiota soy yo por volver a comprarles', 'las máquinas de su tienda son unas inútiles, ninguna lee la tarjeta', 'no digo que seas un inútil, pero ya van cuatro veces', 'boludo, qué buena atención, gracias che!!', 'el técnico de ayer fue cojonudo, dadle las gracias', 'Me tenéis hasta los cojones. Os voy a denunciar', 'pásame con un supervisor AHORA, chingada madre', 'el gilipollas de mi cuñado me regaló una tarjeta caducada', 'qué p3nd3jada es esta, me llegó sin cargador'],
  },
  en: {
    flags: ["you're an idiot", 'you people are clueless', 'useless agent', 'are you stupid?', 'your staff are a bunch of thieves', 'Morons.', 'not your fault, but you are useless', "I'm done talking to a moron, get me your supervisor", 'your driver is a complete tosser', 'the staff at your store are useless', 'ARE YOU DEAF? I said cancel it', '4th call today. fkn useless mob'],
    leavesAlone: ['your app is useless', 'this service is a joke', 'the website is garbage', "not your fault", "I'm not calling you stupid", 'the update is stupid', 'your checkout is a right pain in the arse', 'you lot are fucking amazing, thank you', 'the last agent was rude, can I get someone else', 'the self-checkout kiosks in your store are useless', 'this bloody internet has dropped out three times today, piece of shit', "my dog's a daft muppet, chewed the remote", 'I ordered two bottles of Fat Bastard Chardonnay and got Pinot instead'],
  },
});
