import { describe, expect, it } from 'vitest';
import { classify } from './helpers.ts';

describe('tone and anger', () => {
  it.each([
    ['Hola, ¿me pueden decir cuándo llega mi pedido? Gracias', 'calm'],
    ['Hi, could you tell me when my order arrives? Thanks!', 'calm'],
    ['Ya estoy cansado de esto, otra vez lo mismo. Qué decepción.', 'frustrated'],
    ['I am really fed up with this, so disappointed.', 'frustrated'],
    ['¡¡¡ESTO ES UNA VERGÜENZA!!! SON UNOS LADRONES 😡😡', 'angry'],
    ['THIS IS UNACCEPTABLE!!! YOU ARE USELESS', 'angry'],
    // a formal legal notice is frustrated, not angry; swearing at a situation is frustration, in a warm message delight
    ['Estimados: de no resolverse el cobro indebido, presentaré la queja correspondiente ante PROFECO. Quedo atento.', 'frustrated'],
    ['joder, se ha caído la app y no puedo entrar', 'frustrated'],
    ['holy shit that was fast, thank u', 'calm'],
    // capitals and "!" in a warm message are enthusiasm
    ['THANK YOU SO MUCH!!!! THE TECHNICIAN WAS AMAZING 🙌', 'calm'],
    ['no mames qué rápido llegó jajaja gracias', 'calm'],
    // ...and so are the "!" of swearing in delight
    ['la puta madre qué rápido lo arreglaron!! mil gracias, un genio el técnico', 'calm'],
    // an epithet the customer says of themselves is no anger
    ["I'm such an idiot, I ordered the wrong size. Can I swap it?", 'calm'],
    ['soy bien menso, puse mal el código postal. ¿se puede corregir?', 'calm'],
    ["@united will lose my bag but won't give me free pretzels #frauds", 'frustrated'],
    // a customer who says they feel let down is frustrated, thanks or not; a joke about themselves is not
    ["Thanks for getting back to me, but honestly I'm pretty disappointed. The sofa fabric feels nothing like the sample.", 'frustrated'],
    ["I'm disappointed that the technician came without the part. Please book a new visit.", 'frustrated'],
    ['Gracias, pero la verdad estoy bastante decepcionada: la factura volvió a llegar tarde.', 'frustrated'],
    ['Mi hijo dice que soy una inútil con la tecnología jaja y tiene razón. ¿Me explican cómo activar la tarjeta?', 'calm'],
    ["I'm not disappointed at all, just curious: when does the sale end?", 'calm'],
    // the customer's own slip is no anger at the company
    ['Pucha, se me pasó la fecha de pago de la luz. ¿Me van a cobrar interés si pago mañana?', 'calm'],
    ['Darn it, I forgot my account PIN again. Can you help me reset it?', 'calm'],
    ['Qué garrón, se me cayó la app en medio del pago y me debitaron igual. Es una mierda esto, arréglenlo', 'frustrated'],
    // swearing at good speed or at one's own slip is no anger at the company either
    ["Bloody hell, that was quick! Ordered last night and it's here already.", 'calm'],
    ['Hostia, qué rápido ha llegado! Lo pedí ayer y ya lo tengo en casa.', 'calm'],
    ['shit, just realised I bought tickets for the wrong night. any chance of swapping to friday?', 'calm'],
    ['hostia, perdón, me he equivocado de número de contrato, el bueno es el 00458812', 'calm'],
    ["shit that was quick, refund's already landed in my account. legends 🙌", 'calm'],
    ['shit, this is the third time the app eats my payment. fix it', 'angry'],
    ["Damn, you guys are fast. Thanks Jess, have a good one!", 'calm'],
    ["hell yeah it's working again 🙌", 'calm'],
    ['No me parece correcto que me pidan otra vez los mismos documentos para el reembolso.', 'frustrated'],
    // ordering again is loyalty, not a repeat problem
    ['ordered again from the pho place and it was spot on this time 👌 no need to reply', 'calm'],
    // a film's name is no anger
    ['watching fast & furious tonight, can I stream it on the plane?', 'calm'],
    ["I'm absolutely fuming, third time this week", 'angry'],
    ['this is really getting on my nerves', 'frustrated'],
    ['it pisses me off that nobody answers', 'angry'],
    // asking for someone else is frustration unless the message is warm; asking why questions what was done
    ['put me through to a real person please, the bot keeps sending me the same link', 'frustrated'],
    ['¿Me podrían pasar con un supervisor? Muchas gracias, son muy amables', 'calm'],
    ['Why is it impossible to get a straight answer from your company?', 'frustrated'],
    ['¿Por qué me cobran comisión si el cajero es de ustedes?', 'frustrated'],
    // swearing while asking for someone else or threatening to sue is angry
    ['this is bullshit, get me a supervisor', 'angry'],
    ['me cago en la leche, os voy a denunciar a Consumo', 'angry'],
    // a legal threat with thanks is still one: most readers call it frustrated (48 sets: making these frustrated was
    // 33 right and 17 wrong, and 16 of the 17 were mere mentions wrongly flagged as threats)
    ["Please refund the $45 exit fee, otherwise I'll report this to the Department of Consumer Affairs. Thanks.", 'frustrated'],
    ["I know I could take this to the ombudsman, but I'd rather sort it with you. Thanks so much for your help!", 'frustrated'],
    // ...and a legal word that threatens nothing stays calm
    ["My lawyer friend says your prices are the best in town, thanks!", 'calm'],
    // a theft the customer suffered and reported to the police is news, not anger at the company (one the company is
    // accused of is anger)
    ['Hola, me robaron el celular anoche, ya puse la denuncia en la Fiscalía. ¿Cómo bloqueo la línea?', 'calm'],
    ['ustedes me robaron la plata, ladrones', 'angry'],
  ])('%s → %s', (text, tone) => {
    expect(classify(text).tone).toBe(tone);
  });

  it('anger rises with hostility', () => {
    const a = classify('El pedido no llegó.').anger;
    const b = classify('El pedido no llegó, estoy muy molesto.').anger;
    const c = classify('¡El pedido no llegó, son unos inútiles! ¡Estoy furioso!').anger;
    expect(a).toBeLessThan(b);
    expect(b).toBeLessThan(c);
  });

  it('orders calm messages too: a thankful one below a plain one, a plain one below a mild complaint', () => {
    const warm = classify('Order 4417 arrived today, thank you so much, you are great!');
    const plain = classify('Order 4417 arrived today.');
    const mild = classify('Order 4417 arrived today, a bit late.');
    for (const m of [warm, plain, mild]) expect(m.tone).toBe('calm');
    expect(warm.anger).toBe(0);
    expect(plain.anger).toBeGreaterThan(warm.anger);
    expect(mild.anger).toBeGreaterThan(plain.anger);
    expect(classify('Hola, llegó el pedido. ¡Muchas gracias!').anger).toBeLessThan(classify('Hola, llegó el pedido.').anger);
  });

  it('guesses the language', () => {
    expect(classify('No funciona la aplicación desde ayer').lang).toBe('es');
    expect(classify('The app has not worked since yesterday').lang).toBe('en');
    expect(classify('😡😡😡').lang).toBe('und');
  });
});
