/** The scripted difficult conversation `npm start` plays: calm → frustrated → insult → legal threat → supervisor. */

export interface DemoStep {
  /** shown in the terminal and used in the screenshot name */
  label: string;
  role: 'end-user' | 'agent';
  text: string;
}

export interface DemoScript {
  ticket: string;
  subject: string;
  requester: { name: string; id: string };
  agent: string;
  requesterLabel: string;
  steps: DemoStep[];
}

export const DEMO: Record<'es' | 'en', DemoScript> = {
  es: {
    ticket: '4821',
    subject: 'Mi pedido 48213 no ha llegado',
    requester: { name: 'Lucía Fernández', id: '555' },
    agent: 'Carlos Ruiz',
    requesterLabel: 'Solicitante',
    steps: [
      { label: 'calm', role: 'end-user', text: 'Hola, buenos días.\nPedí un portátil el día 3 (pedido 48213) y todavía no ha llegado. ¿Me podéis decir dónde está?\nGracias.' },
      { label: 'agent-reply', role: 'agent', text: 'Hola Lucía, gracias por escribirnos. Lo reviso ahora mismo y te digo algo.' },
      { label: 'frustrated', role: 'end-user', text: 'Es la tercera vez que escribo. Llevo dos semanas esperando y nadie me da una respuesta clara. Estoy harta.' },
      { label: 'insult', role: 'end-user', text: '¿En serio? Sois unos incompetentes, no sabéis hacer vuestro trabajo.' },
      { label: 'legal-threat', role: 'end-user', text: 'Si mañana no tengo el portátil o mi dinero, os denuncio ante la OCU y pido la hoja de reclamaciones.' },
      { label: 'supervisor', role: 'end-user', text: 'Quiero hablar con un supervisor. YA.' },
    ],
  },
  en: {
    ticket: '4821',
    subject: 'My order 48213 has not arrived',
    requester: { name: 'Laura Finch', id: '555' },
    agent: 'Carl Reed',
    requesterLabel: 'Requester',
    steps: [
      { label: 'calm', role: 'end-user', text: 'Hi there,\nI ordered a laptop on the 3rd (order 48213) and it still has not arrived. Could you tell me where it is?\nThanks.' },
      { label: 'agent-reply', role: 'agent', text: 'Hi Laura, thanks for getting in touch. I am checking it right now.' },
      { label: 'frustrated', role: 'end-user', text: 'This is the third time I am writing. I have been waiting for two weeks and nobody gives me a straight answer. I am fed up.' },
      { label: 'insult', role: 'end-user', text: 'Seriously? You people are incompetent, you cannot even do your job.' },
      { label: 'legal-threat', role: 'end-user', text: 'If I do not have my laptop or my money by tomorrow, I will file a complaint with Trading Standards and take you to small claims court.' },
      { label: 'supervisor', role: 'end-user', text: 'I want to speak to a supervisor. NOW.' },
    ],
  },
};
