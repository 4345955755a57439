import { ruleTables } from './table.ts';

ruleTables('legal_threat', {
  es: {
    flags: ['los voy a demandar', 'mi abogado se pondrá en contacto', 'voy a poner una queja en PROFECO', 'presentaré un reclamo ante el SERNAC', 'los denuncio en INDECOPI', 'pido la hoja de reclamaciones', 'voy a ir a Defensa del Consumidor', 'nos vemos en los tribunales', 'si no me devuelven el dinero, tomaré acciones legales', 'no quiero llegar a Consumo, pero si no me devolvéis el dinero lo haré', 'he presentado una solicitud ante la Junta Arbitral de Consumo'],
    leavesAlone: ['¿dónde están los términos legales?', 'quiero denunciar mi tarjeta robada', 'hay mucha demanda estos días', 'a mi juicio el producto es bueno', 'no voy a demandar a nadie, solo quiero mi dinero', 'no voy a poner ninguna queja en la Superintendencia, solo quiero entender el cargo', 'trabajo en un estudio de abogados y necesito una cotización', 'me robaron la cartera y ya puse la denuncia en comisaría, necesito bloquear la tarjeta'],
  },
  en: {
    flags: ['I will sue you', 'my lawyer will be in touch', 'see you in small claims court', 'I am reporting you to the BBB', 'complaint with Trading Standards', 'I will contact the attorney general', 'taking legal action', "I really don't want to go to Ofcom, but you're leaving me no choice", "if I don't hear back by Friday I'm lodging a claim with VCAT"],
    leavesAlone: ['Sue from accounting asked for the invoice', 'the tennis court booking failed', 'where are your terms and conditions?', 'I ordered a suit', "the attorney handling my father's estate needs a copy of the invoice", "how do I know if I'm eligible for the class action settlement?", 'I think the gas regulator on the BBQ is faulty', 'I chose you because of your A+ rating with the BBB', "I'm a solicitor setting up a firm account, is there a volume price?", "my laptop was stolen and I've reported it to the police, how do I move my licence?"],
  },
});
