import { ruleTables } from './table.ts';

ruleTables('legal_threat', {
  es: {
    flags: ['los voy a demandar', 'mi abogado se pondrá en contacto', 'voy a poner una queja en PROFECO', 'presentaré un reclamo ante el SERNAC', 'los denuncio en INDECOPI', 'pido la hoja de reclamaciones', 'voy a ir a Defensa del Consumidor', 'nos vemos en los tribunales', 'si no me devuelven el dinero, tomaré acciones legales'],
    leavesAlone: ['¿dónde están los términos legales?', 'quiero denunciar mi tarjeta robada', 'hay mucha demanda estos días', 'a mi juicio el producto es bueno', 'no voy a demandar a nadie, solo quiero mi dinero'],
  },
  en: {
    flags: ['I will sue you', 'my lawyer will be in touch', 'see you in small claims court', 'I am reporting you to the BBB', 'complaint with Trading Standards', 'I will contact the attorney general', 'taking legal action'],
    leavesAlone: ['Sue from accounting asked for the invoice', 'the tennis court booking failed', 'where are your terms and conditions?', 'I ordered a suit'],
  },
});
