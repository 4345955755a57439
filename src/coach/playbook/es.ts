import type { Playbook } from './types.ts';

/** Guía de Calma en español. Los hechos vienen de la formación del equipo; la redacción es nuestra. */
export const es: Playbook = {
  calming: {
    title: 'Primero, calmar',
    lead: 'El cliente está alterado. Hasta que no se sienta escuchado no aceptará ninguna solución: primero calmar, después resolver.',
    steps: [
      'Lee el mensaje entero y déjale terminar; no interrumpas todavía con una solución.',
      'Deja que se desahogue: la frustración tiene que salir antes de que pueda escuchar.',
      'Mantén la calma en tu respuesta; escríbela, reléela y luego envíala.',
      'Nombra lo que siente y por qué es comprensible ("esperar dos semanas es frustrante").',
      'Solo entonces pasa a las soluciones y búscalas juntos: ofrece opciones y pregunta cuál prefiere.',
    ],
    wording: [
      { text: 'Entiendo lo frustrante que ha sido esto y quiero resolverlo con usted.', register: 'formal' },
      { text: 'Entiendo lo frustrante que ha sido esto y quiero resolverlo contigo.', register: 'informal' },
      { text: 'Gracias por explicármelo todo. No debería haber tenido que insistir tanto, y lo siento.', register: 'formal' },
      { text: 'He leído todo lo que nos envió. Para asegurarme de que lo entiendo: {resumen}. ¿Es así?', register: 'formal' },
      { text: 'Tenemos dos formas de arreglarlo. ¿Cuál te viene mejor?', register: 'informal' },
    ],
  },
  vulgarity: {
    title: 'Palabrotas: un límite con calma',
    lead: 'El cliente está usando palabras malsonantes. Es por la situación, no por ti.',
    steps: [
      'Recuerda que el problema lo tiene el cliente, no tú.',
      'Si hace falta responder, pídele con educación pero con firmeza que pare, y sigue ayudando.',
      'Si continúa y nadie más puede intervenir, puedes terminar la conversación después de avisarle.',
      'Marca al cliente para que quien lo atienda después esté prevenido.',
    ],
    wording: [
      { text: 'Quiero ayudarle con esto y lo voy a hacer. Le pido, por favor, que mantengamos la conversación sin palabras ofensivas.', register: 'formal' },
      { text: 'Quiero ayudarte con esto y lo voy a hacer. Te pido, por favor, que mantengamos la conversación sin palabrotas.', register: 'informal' },
      { text: 'Si el lenguaje continúa tendré que terminar la conversación. Preferiría de verdad resolver su problema.', register: 'formal' },
    ],
    byChannel: {
      email: 'Por correo puedes optar por ignorar las palabrotas y responder solo al fondo del asunto.',
      messaging: 'En un chat en vivo, dilo ahora, una vez y con calma, y vuelve al problema.',
    },
  },
  insult: {
    title: 'Insultos: nada personal, firmeza y educación',
    lead: 'El cliente te insulta a ti o a tus compañeros. Representas a la empresa; reacciona contra ella, no contra ti.',
    steps: [
      'No te lo tomes como algo personal y nunca respondas a un insulto con otro.',
      'Pídele con educación y firmeza que deje los comentarios personales.',
      'Si lo hace, sigue ayudando con el problema de fondo.',
      'Si sigue después de tu petición y nadie más puede atenderle, avísale de que terminas la conversación y termínala.',
    ],
    wording: [
      { text: 'Estoy aquí para ayudarle y voy a seguir haciéndolo. Le pido, por favor, que deje los comentarios personales.', register: 'formal' },
      { text: 'Estoy aquí para ayudarte y voy a seguir haciéndolo. Te pido, por favor, que dejes los comentarios personales.', register: 'informal' },
      { text: 'Entiendo que está muy molesto con nosotros. No puedo continuar si siguen los insultos, así que centrémonos en el problema.', register: 'formal' },
      { text: 'Como le indiqué, no puedo continuar la conversación mientras sigan los insultos. La doy por terminada; puede escribirnos de nuevo cuando quiera.', register: 'formal' },
    ],
    byChannel: {
      email: 'Por correo puedes dejar el insulto sin respuesta y contestar solo al fondo.',
      messaging: 'En el chat hay que responder: marca el límite en una frase tranquila.',
    },
  },
  'legal-threat': {
    title: 'Amenaza legal: sigue escuchando y deja constancia',
    lead: 'El cliente menciona acciones legales o una queja ante un organismo. Tómalo en serio, no como algo personal.',
    steps: [
      'No controlas lo que decida el cliente; no discutas sobre ello.',
      'Sigue escuchando con paciencia e intentando resolver el problema.',
      'Informa de la amenaza a tu supervisor o al equipo que lleva los temas legales.',
      'Deja constancia: hora, ticket, las palabras exactas y lo que hiciste.',
      'Si el cliente sigue adelante, prepárate para ayudar al equipo legal.',
    ],
    wording: [
      { text: 'Lo entiendo, y está en su derecho. Mientras tanto, me gustaría seguir buscando una solución con usted.', register: 'formal' },
      { text: 'He tomado nota y se lo he trasladado al equipo responsable. Esto es lo que puedo hacer por usted ahora mismo.', register: 'formal' },
      { text: 'Lo entiendo, y estás en tu derecho. Mientras tanto, quiero seguir buscando una solución contigo.', register: 'informal' },
    ],
  },
  'physical-threat': {
    title: 'Amenaza física: tu seguridad primero, informa ya',
    lead: 'El mensaje amenaza con violencia o intimidación contra una persona o un lugar.',
    steps: [
      'Tu seguridad y la de tus compañeros va primero. No provoques ni desafíes.',
      'Informa enseguida a tu supervisor y a las personas que tu empresa designa para seguridad.',
      'Deja constancia: hora, ticket, las palabras exactas y lo que hiciste.',
      'Si puedes, mantén la conversación tranquila y centrada en el problema; no hagas promesas bajo presión.',
      'Si alguien corre peligro inmediato, sigue el procedimiento de emergencia.',
    ],
    wording: [
      { text: 'Quiero resolver esto y voy a seguir trabajando en ello. No puedo continuar si hay amenazas contra nadie.', register: 'formal' },
      { text: 'He trasladado su mensaje al equipo responsable. Centrémonos en el problema para que pueda ayudarle.', register: 'formal' },
    ],
  },
  escalation: {
    title: 'Escalar: es trabajo en equipo, no un fracaso',
    lead: 'El cliente pide hablar con otra persona o con alguien de más arriba, o has llegado a tu límite.',
    steps: [
      'Escalar después de hacer lo que está en tu mano es parte de un buen servicio.',
      'Explica al cliente qué va a pasar y cuándo.',
      'Pasa un resumen breve para que no tenga que repetirlo todo.',
    ],
    wording: [
      { text: 'Entendido. Aviso ahora a mi supervisor y le paso todo lo que me ha contado, para que no tenga que repetirlo.', register: 'formal' },
      { text: 'Un compañero con más experiencia en este tema se hará cargo. Se pondrá en contacto con usted antes de {hora}.', register: 'formal' },
      { text: 'Entendido. Aviso ahora a mi supervisora y le paso todo lo que me has contado.', register: 'informal' },
    ],
  },
  'cool-down': {
    title: 'Ha sido duro: tómate un minuto',
    lead: 'La conversación ha terminado. El próximo cliente merece lo mejor de ti, y tú también.',
    steps: [
      'Respira despacio: inspira en cuatro, mantén cuatro, suelta en seis. Repite durante un minuto.',
      'Si puedes, coméntalo con un compañero y suelta la tensión.',
      'No le des más vueltas: era por la situación, no por ti.',
      'Haz una pausa corta: agua, un té, unos pasos lejos de la pantalla.',
      'Más tarde, anota una cosa que repetirías y una que cambiarías.',
    ],
    wording: [],
  },
};
