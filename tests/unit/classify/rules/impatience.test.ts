import { ruleTables } from './table.ts';

ruleTables('impatience', {
  es: {
    flags: ['es la tercera vez que escribo', 'llevo dos semanas esperando', 'sigo esperando respuesta', 'lo necesito hoy mismo', 'urgente: no funciona', '¿cuánto más tengo que esperar?', 'nadie me contesta'],
    leavesAlone: ['¿cuándo llega mi pedido?', 'no hay prisa, gracias', 'gracias por la ayuda'],
  },
  en: {
    flags: ['third time I am writing', 'still waiting for a reply', 'been on hold for 2 hours', 'I need this ASAP', 'how much longer?', 'no reply since Monday'],
    leavesAlone: ['when will my order arrive?', 'no rush, thanks', 'thanks for the quick reply'],
  },
});
