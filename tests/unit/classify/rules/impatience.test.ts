import { ruleTables } from './table.ts';

ruleTables('impatience', {
  es: {
    flags: ['es la tercera vez que escribo', 'llevo dos semanas esperando', 'sigo esperando respuesta', 'lo necesito hoy mismo', 'urgente: no funciona', '¿cuánto más tengo que esperar?', 'nadie me contesta', 'les escribo nuevamente porque no he recibido respuesta a mi correo', 'necesito una respuesta en un plazo de 5 días hábiles', 'ustedes no resuelven nada, páseme con un humano ya', 'si tu jefe no me llama hoy voy a la tienda', 'ya no quiero hablar contigo, hace una semana q estoy escribiendo por lo mismo', 'oe ya pe, 2 horas y nada', 'necesito el certificado HOY para la notaría, ya lo pedí el lunes y nada', 'ya hablé con 3 asesores y nadie me soluciona nada', 'SON UNOS INÚTILES, TRES SEMANAS y nadie me dice nada'],
    leavesAlone: ['¿cuándo llega mi pedido?', 'no hay prisa, gracias', 'gracias por la ayuda', 'compré la aspiradora hace un mes y funciona bien, ¿tienen filtros?', 'a la segunda vez que la usé empezó a oler raro, ¿la cambian?', 'quiero saber si el pedido llega hoy', 'ayer hablé con un asesor por teléfono y me solucionó todo, gracias', 'vinimos con 3 personas a la tienda'],
  },
  en: {
    flags: ['third time I am writing', 'still waiting for a reply', 'been on hold for 2 hours', 'I need this ASAP', 'how much longer?', 'no reply since Monday', "I'm just chasing up my email of 3 March, I haven't had a reply yet", 'you have until Monday to fix this', "I'll file with the CFPB if the fee isn't reversed by the end of the week", "you're the 4th agent to tell me something different", 'This is my fourth reminder regarding the refund', 'I WANT A HUMAN NOW. NOT A BOT. NOW!!!!', 'Despite repeated requests, the deposit has not been refunded', 'this is the 4th f*cking time im explaining this', 'As I said in my email yesterday, the engineer did not turn up', 'As I told the last agent, I already reset the router'],
    leavesAlone: ['when will my order arrive?', 'no rush, thanks', 'thanks for the quick reply', 'I flew this route so many times I should have my own seat', 'is there an email address? too long for a DM', 'I want to cancel today, how do I do it?', 'but NOW I DO understand, thanks'],
  },
});
