import { ruleTables } from './table.ts';

ruleTables('physical_threat', {
  es: {
    flags: ['te voy a partir la cara', 'sé dónde viven', 'voy a ir a la tienda a romperles todo', 'si no me devuelven el dinero voy para allá y no respondo de mí', 'te espero afuera', 'les voy a quemar la tienda', 'COMO NO ME LO ARREGLEIS VOY A LA TIENDA Y OS ROMPO EL MOSTRADOR', 'si me vuelve a empujar le devuelvo el combo', 'me presentaré en su casa, y no precisamente a tomar café', 'ojalá que se mueran todos', 'voy a acabar contigo', 'el cabrón del repartidor me tiró la caja, lo estoy esperando en la esquina, que se prepare'],
    leavesAlone: ['me muero de la risa', 'la espera me está matando', 'voy a matar el tiempo leyendo', 'me dan ganas de tirar el móvil por la ventana', 'te voy a pegar el enlace', 'te mato jajaja es broma', 'mañana voy a estar esperando afuera de mi casa porque el timbre no sirve', 'que se mueran de envidia mis amigas con este vestido', 'el cuchillo que compré no corta nada, ¿lo puedo cambiar?', 'ayer casi me rompo la cara con la puerta de vuestra tienda', 'la promo está bomba 💣 gracias', 'lo estoy esperando en la portería, gracias'],
  },
  en: {
    flags: ['I know where you live', "I'll come down there and smash your face", 'watch your back', 'someone is going to get hurt', 'I will burn your store down', "if that driver throws my parcel in the mud again I'm gonna beat his ass", 'nice shop windows. shame if a brick found its way through one', 'I happen to know where your CEO lives', 'I hope you die', "I'm going to end you", 'next time I see that driver I will smack that grin off his face', 'your staff should be shot', "your useless bloody driver dumped my parcel in the mud. I'll be waiting for him tomorrow", "he's not leaving in one piece", "if your engineer turns up late again I'll knock his f***ing block off"],
    leavesAlone: ['this wait is killing me', 'I could kill for a coffee', 'my phone died', 'shoot me an email', 'you guys are killing it', 'the app crashed and burned', "our buzzer is broken, so I'll be waiting outside the building from 1pm", 'in the end you refunded me, thanks', 'we will bury you in paperwork if you ask for an audit', "I'll be waiting for the driver at the side gate, thanks", "the chef's knife I bought doesn't cut anything", 'think twice before buying the cheaper model'],
  },
});
