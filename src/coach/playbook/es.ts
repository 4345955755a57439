import type { Playbook } from './types.ts';

/**
 * Guía de Calma en español. Los hechos vienen de la formación del equipo sobre clientes difíciles; la redacción es
 * nuestra. Cada frase para el cliente va en usted (formal) y en tú (informal) con el mismo id que en inglés.
 * Los huecos entre llaves ({resumen}, {hora}) los completa el agente.
 */
export const es: Playbook = {
  calming: {
    title: 'Primero calmar, después resolver',
    lead: 'El cliente está alterado y así todavía no puede escuchar una solución. Primero tiene que sentirse escuchado.',
    steps: [
      'Lee todo lo que ha escrito y deja que lo diga entero antes de responder.',
      'No cortes con una solución ni con una corrección a medias; deja que el enfado se agote.',
      'Frena tú también: escribe la respuesta, para un momento y reléela antes de enviarla.',
      'Devuélvele lo que siente y por qué es razonable.',
      'Cuando esté listo, buscad juntos la salida: dos opciones y que elija.',
    ],
    wording: [
      { id: 'acknowledge', text: 'Entiendo que esto le resulte muy frustrante, y quiero solucionarlo junto con usted.', register: 'formal' },
      { id: 'acknowledge', text: 'Entiendo que esto te resulte muy frustrante, y quiero solucionarlo contigo.', register: 'informal' },
      { id: 'thank', text: 'Gracias por contármelo todo con detalle. No debería haber tenido que insistir, y lo lamento.', register: 'formal' },
      { id: 'thank', text: 'Gracias por contármelo todo con detalle. No deberías haber tenido que insistir, y lo siento.', register: 'informal' },
      { id: 'summarise', text: 'Quiero asegurarme de que lo he entendido: {resumen}. ¿Es todo o hay algo más que deba saber?' },
      { id: 'options', text: 'Hay dos maneras de arreglarlo. ¿Cuál le viene mejor?', register: 'formal' },
      { id: 'options', text: 'Hay dos maneras de arreglarlo. ¿Cuál te viene mejor?', register: 'informal' },
    ],
    checklist: [
      { id: 'listen', label: 'He leído todo y entiendo qué necesita' },
      { id: 'no-interrupt', label: 'No he cortado con una solución antes de tiempo' },
      { id: 'vent', label: 'Ha tenido espacio para desahogarse' },
      { id: 'stay-calm', label: 'Mi respuesta es tranquila y la he releído' },
      { id: 'courteous', label: 'Mi tono es cortés de principio a fin' },
      { id: 'acknowledge', label: 'He nombrado cómo se siente y que quiero ayudar' },
      { id: 'solutions', label: 'He ofrecido opciones y le he preguntado cuál prefiere' },
    ],
  },
  vulgarity: {
    title: 'Palabrotas: una petición tranquila y firme',
    lead: 'El cliente está soltando palabrotas. Eso habla de su día, no de ti.',
    steps: [
      'Ten presente de quién es el problema del lenguaje: suyo, no tuyo.',
      'Si respondes, pídele una vez, con educación y firmeza, que pare, y sigue ayudando.',
      'Nunca le sigas el tono ni las palabras.',
      'Si sigue tras tu petición y nadie puede relevarte, avísale de que terminas la conversación y termínala.',
      'Deja una nota en la ficha del cliente para que el siguiente compañero sepa qué esperar.',
    ],
    wording: [
      { id: 'ask-stop', text: 'De verdad quiero ayudarle con esto. ¿Podemos dejar de lado las palabrotas, por favor, para centrarme en el problema?', register: 'formal' },
      { id: 'ask-stop', text: 'De verdad quiero ayudarte con esto. ¿Podemos dejar de lado las palabrotas, por favor, para centrarme en el problema?', register: 'informal' },
      { id: 'acknowledge-ask', text: 'Veo lo molesto que está, y es comprensible. Aun así, le pido que deje las palabrotas para que podamos resolverlo.', register: 'formal' },
      { id: 'acknowledge-ask', text: 'Veo lo molesto que estás, y es comprensible. Aun así, te pido que dejes las palabrotas para que podamos resolverlo.', register: 'informal' },
      { id: 'limit', text: 'Prefiero resolver esto que dejarlo aquí, pero si el lenguaje continúa tendré que terminar la conversación.', register: 'formal' },
      { id: 'limit', text: 'Prefiero resolver esto que dejarlo aquí, pero si sigues con ese lenguaje tendré que terminar la conversación.', register: 'informal' },
    ],
    byChannel: {
      email: 'En un correo puedes dejar pasar las palabrotas y contestar solo a lo que necesita.',
      messaging: 'En un chat en vivo, dilo ahora: una frase tranquila y de vuelta al asunto.',
    },
  },
  insult: {
    title: 'Insultos: no van contigo; firmeza y educación',
    lead: 'El cliente te insulta a ti o al equipo. Está enfadado con la empresa que representas, no contigo como persona.',
    steps: [
      'Déjalo pasar: va dirigido al puesto, no a ti.',
      'Nunca devuelvas el insulto ni dejes que el enfado entre en tu respuesta.',
      'Pídele, con cortesía y firmeza, que deje los ataques personales.',
      'Si para, vuelve directamente al problema.',
      'Si sigue tras tu petición y nadie puede intervenir, avísale de que terminas la conversación y termínala.',
    ],
    wording: [
      { id: 'ask-stop', text: 'Estoy aquí para ayudarle y quiero seguir haciéndolo. Le ruego que deje a un lado los comentarios personales.', register: 'formal' },
      { id: 'ask-stop', text: 'Estoy aquí para ayudarte y quiero seguir haciéndolo. Te pido que dejes a un lado los comentarios personales.', register: 'informal' },
      { id: 'acknowledge-ask', text: 'Entiendo que esté muy descontento con nosotros. Solo puedo continuar si mantenemos el respeto, así que centrémonos en el problema.', register: 'formal' },
      { id: 'acknowledge-ask', text: 'Entiendo que estés muy descontento con nosotros. Solo puedo continuar si mantenemos el respeto, así que vamos al problema.', register: 'informal' },
      { id: 'limit', text: 'Me gustaría seguir ayudándole, pero tendré que terminar la conversación si continúan los insultos.', register: 'formal' },
      { id: 'limit', text: 'Me gustaría seguir ayudándote, pero tendré que terminar la conversación si siguen los insultos.', register: 'informal' },
    ],
    byChannel: {
      email: 'En un correo puedes no responder al insulto y contestar solo al fondo del asunto.',
      messaging: 'En un chat tienes que responder: marca el límite en una frase tranquila y sigue.',
    },
  },
  'end-conversation': {
    title: 'Límite ignorado: puedes cerrar la conversación',
    lead: 'Ya le pediste al cliente que parara y el maltrato ha seguido. Si nadie más puede relevarte, puedes terminarla, después de avisarle.',
    steps: [
      'Comprueba antes si un compañero o tu supervisor puede intervenir.',
      'Dile al cliente, con calma, que terminas la conversación y por qué.',
      'Indícale cómo puede volver a contactar.',
      'Después ciérrala; sin última palabra y sin responder a más insultos.',
      'Anótalo en la ficha del cliente e informa a tu supervisor.',
    ],
    wording: [
      { id: 'close', text: 'Como le dije antes, no puedo continuar mientras sigan los insultos, así que doy por terminada la conversación. Puede volver a contactarnos cuando quiera.', register: 'formal' },
      { id: 'close', text: 'Como te dije antes, no puedo continuar mientras sigan los insultos, así que doy por terminada la conversación. Puedes volver a escribirnos cuando quieras.', register: 'informal' },
      { id: 'close-reopen', text: 'Le pedí que mantuviéramos el respeto y no ha sido así, de modo que cierro la conversación. Cuando lo desee, responda a este ticket y lo retomamos.', register: 'formal' },
      { id: 'close-reopen', text: 'Te pedí que mantuviéramos el respeto y no ha sido así, así que cierro la conversación. Cuando quieras, responde a este ticket y lo retomamos.', register: 'informal' },
      { id: 'close-handoff', text: 'Voy a terminar aquí la conversación. He trasladado su caso y un compañero se pondrá en contacto con usted.', register: 'formal' },
      { id: 'close-handoff', text: 'Voy a terminar aquí la conversación. He trasladado tu caso y un compañero se pondrá en contacto contigo.', register: 'informal' },
    ],
    byChannel: {
      email: 'Por correo puedes simplemente dejar de responder a los insultos; si contestas, envía un único mensaje de cierre y pasa el ticket a tu supervisor.',
      messaging: 'En un chat, envía primero el mensaje de cierre, espera un momento y después cierra el chat.',
    },
  },
  'legal-threat': {
    title: 'Amenaza legal: sigue escuchando y deja constancia',
    lead: 'El cliente menciona abogados, juzgados o una reclamación ante un organismo. Tómalo en serio, no como algo personal.',
    steps: [
      'Lo que decida hacer el cliente no depende de ti; no discutas sobre ello.',
      'Sigue escuchándole y trabajando en el problema.',
      'Avisa enseguida a tu supervisor o al equipo que lleva los asuntos legales.',
      'Guarda el registro del incidente: hora, ticket, sus palabras exactas y lo que hiciste.',
      'Si sigue adelante, prepárate para ayudar al equipo legal.',
    ],
    wording: [
      { id: 'entitled', text: 'Está en su derecho, y entiendo que se lo plantee. Mientras tanto, me gustaría seguir buscando una solución con usted.', register: 'formal' },
      { id: 'entitled', text: 'Estás en tu derecho, y entiendo que te lo plantees. Mientras tanto, quiero seguir buscando una solución contigo.', register: 'informal' },
      { id: 'noted', text: 'He tomado nota de lo que me dice y lo he trasladado al equipo adecuado. Esto es lo que puedo hacer por usted ahora mismo.', register: 'formal' },
      { id: 'noted', text: 'He tomado nota de lo que me dices y lo he trasladado al equipo adecuado. Esto es lo que puedo hacer por ti ahora mismo.', register: 'informal' },
      { id: 'focus', text: 'Me lo tomo en serio. Veamos qué podemos resolver hoy, para que tenga toda la información decida lo que decida.', register: 'formal' },
      { id: 'focus', text: 'Me lo tomo en serio. Veamos qué podemos resolver hoy, para que tengas toda la información decidas lo que decidas.', register: 'informal' },
    ],
  },
  'physical-threat': {
    title: 'Amenaza de daño: seguridad primero, informa ya',
    lead: 'El mensaje amenaza con violencia o intimidación contra alguien o contra un lugar.',
    steps: [
      'Tu seguridad y la de tus compañeros van primero. No provoques ni desafíes.',
      'Informa de inmediato a tu supervisor y a quien tu empresa designe para seguridad.',
      'Guarda el registro del incidente: hora, ticket, sus palabras exactas y lo que hiciste.',
      'Si puedes, mantén la calma y céntrate en el problema; no prometas nada bajo presión.',
      'Si alguien corre peligro inmediato, sigue el procedimiento de emergencia.',
    ],
    wording: [
      { id: 'boundary', text: 'Quiero resolver esto y sigo trabajando en ello, pero no puedo continuar si se amenaza a nadie.', register: 'formal' },
      { id: 'boundary', text: 'Quiero resolver esto y sigo en ello, pero no puedo continuar si amenazas a alguien.', register: 'informal' },
      { id: 'reported', text: 'He trasladado su mensaje al equipo responsable. Centrémonos en el problema para que pueda ayudarle.', register: 'formal' },
      { id: 'reported', text: 'He trasladado tu mensaje al equipo responsable. Centrémonos en el problema para que pueda ayudarte.', register: 'informal' },
      { id: 'focus', text: 'Entiendo que esté muy enfadado. Las amenazas no van a acelerar nada; contarme qué necesita, sí.', register: 'formal' },
      { id: 'focus', text: 'Entiendo que estés muy enfadado. Las amenazas no van a acelerar nada; contarme qué necesitas, sí.', register: 'informal' },
    ],
  },
  escalation: {
    title: 'Escalar: una jugada de equipo, no un fracaso',
    lead: 'El cliente quiere hablar con otra persona o con alguien de más arriba, un compañero conoce mejor el caso o has llegado a tu límite.',
    steps: [
      'Pasar el caso después de hacer lo que estaba en tu mano es buen servicio, no una derrota.',
      'Detéctalo a tiempo: un cliente que insiste, un compañero con más experiencia, un límite que has cruzado.',
      'Explica al cliente qué va a pasar y cuándo.',
      'Envía el resumen de traspaso para que no tenga que repetirlo todo.',
    ],
    wording: [
      { id: 'bring-in', text: 'Entendido. Aviso ahora a mi supervisor y le paso todo lo que me ha contado, para que no tenga que repetirlo.', register: 'formal' },
      { id: 'bring-in', text: 'Entendido. Aviso ahora a mi supervisora y le paso todo lo que me has contado, para que no tengas que repetirlo.', register: 'informal' },
      { id: 'colleague', text: 'Un compañero que conoce bien este tipo de casos se hará cargo. Se pondrá en contacto con usted antes de {hora}.', register: 'formal' },
      { id: 'colleague', text: 'Una compañera que conoce bien este tipo de casos se hará cargo. Te escribirá antes de {hora}.', register: 'informal' },
      { id: 'insisting', text: 'Me lo ha pedido más de una vez y tiene razón en esperarlo. Lo estoy gestionando ahora mismo.', register: 'formal' },
      { id: 'insisting', text: 'Me lo has pedido más de una vez y tienes razón en esperarlo. Lo estoy gestionando ahora mismo.', register: 'informal' },
    ],
  },
  recognition: {
    title: 'Se ha calmado: bien hecho',
    lead: 'Los últimos mensajes del cliente son tranquilos. Ha sido gracias a tu paciencia. Mantén el tono y pasa a la solución.',
    steps: [
      'Date un segundo para notarlo: has reconducido esta conversación.',
      'Mantén el tono cálido y sereno que te ha traído hasta aquí.',
      'Ahora es el momento de las soluciones: confirmad juntos el siguiente paso.',
    ],
    wording: [
      { id: 'thanks', text: 'Gracias por su paciencia. Vamos a dejarlo resuelto.', register: 'formal' },
      { id: 'thanks', text: 'Gracias por tu paciencia. Vamos a dejarlo resuelto.', register: 'informal' },
      { id: 'next-step', text: 'Gracias, eso me ayuda mucho. Lo siguiente que voy a hacer es: {paso}.' },
      { id: 'together', text: 'Le agradezco la paciencia. ¿Repasamos juntos las opciones?', register: 'formal' },
      { id: 'together', text: 'Te agradezco la paciencia. ¿Repasamos juntos las opciones?', register: 'informal' },
    ],
  },
  'cool-down': {
    title: 'Ha sido duro: tómate un minuto',
    lead: 'La conversación ha terminado. Date un minuto antes del siguiente cliente; los dos os merecéis tu mejor versión.',
    steps: [
      'Respira con la guía durante un minuto.',
      'Si puedes, habla con alguien: un compañero o tu responsable. Soltarlo ayuda.',
      'No le des más vueltas: era por la situación, no por ti.',
      'Haz una pausa corta: agua, un té, algo de comer, unos pasos lejos de la pantalla.',
      'Más tarde, apunta una cosa que funcionó y otra que probarías distinta.',
    ],
    wording: [
      { id: 'talk', text: '¿Tienes cinco minutos? Acabo de tener una conversación difícil y me vendría bien comentarla.' },
      { id: 'break', text: 'Me tomo una pausa corta después de un ticket complicado; vuelvo en diez minutos.' },
      { id: 'lead', text: 'Para que lo sepas: el ticket {ticket} se puso agresivo. Lo he gestionado, pero quizá quieras ver el registro.' },
    ],
    breathing: {
      intro: 'Sigue el círculo durante un minuto.',
      phases: [
        { kind: 'inhale', seconds: 4, label: 'Inspira' },
        { kind: 'hold', seconds: 2, label: 'Mantén' },
        { kind: 'exhale', seconds: 6, label: 'Suelta el aire despacio' },
      ],
      totalSeconds: 60,
    },
  },
};
