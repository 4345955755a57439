import { ruleTables } from './table.ts';

ruleTables('escalation_request', {
  es: {
    flags: ['quiero hablar con un supervisor', 'pásame con tu jefe', 'con un humano por favor, no con un bot', 'quiero hablar con alguien que sepa', 'comuníqueme con el gerente', 'escalen mi caso', 'otro agente por favor', 'necesito ablar con un supervisr, porfavor', 'me comunicas con tu gefe? ya me cansé', 'mire señorita, o me pasa con el gerente o me cambio de compañía', 'Quiero que me atienda un ejecutivo, no la máquina', 'Escálalo, por favor', '¿Hay alguien con más conocimientos técnicos que me pueda atender?', '¡Supervisor!', 'ya estoy harto, que me pase con el manager', 'Quiero que me atienda el jefe de la oficina'],
    leavesAlone: ['mi supervisor en el trabajo me pidió la factura', 'no quiero hablar con un supervisor, solo arréglenlo', 'compré una escalera', 'tu supervisora es una incompetente, me colgó', 'dile a tu jefe que si lo veo le meto un cabezazo', '¿qué me pasa con el router que se reinicia?', '¿se puede escalar el plan de almacenamiento a 2 TB?', 'ya son las 11. ¿alguien?'],
  },
  en: {
    flags: ['let me talk to your manager', 'escalate this', 'I want a real person not a bot', 'transfer me to someone who knows what they are doing', 'get me a supervisor', 'the bot is dumber than a rock, get me a person', 'I need someone at a higher level to look at my account', 'I want it looked at by someone above you.', "I'm not talking to you. Manager. Now.", 'I need another rep assigned to this', "I'd like to speak to a team leader about it."],
    leavesAlone: ['my manager asked me to get an invoice', "I don't want to speak to a manager, just fix it", 'thanks for your help', 'your manager is an idiot, he promised a callback', 'can you put me through to billing please', 'after speaking with someone, I was put on hold again', 'the supervisor on my building site needs the safety data sheet', 'can i get a human-readable version of the invoice?', "I'm the store manager at a franchise and we'd like a business account", 'I spoke to a human on the phone yesterday and she fixed everything', 'Regards,\nJane Smith\nManager', 'Your store manager in Parramatta is a smug little grub.', 'Just wanted to say the supervisor at your Main St store was lovely', 'and again! Another rep kicked butt! Thank you!!!'],
  },
});
