/**
 * What Alexa can hear in Spanish (es-ES, es-MX, es-US share it). `(a|b)` one of, `[a|b]`
 * optional, `{slot}` a slot. Run `npm run models:build` after editing.
 *
 * Neutral Spanish that Madrid, Mexico City and Miami all say: "tú", no "vosotros", and both
 * sides' words where they differ ("vale"/"está bien", "inspira"/"inhala"). One-shots arrive as
 * "pide a entrenador de espalda que empiece ...", so samples take the subjunctive too.
 */
import {
  BreathingPatternId,
  BuiltIn,
  HoldLengthId,
  Intent,
  PaceId,
  Slot,
  SlotType,
} from '../../lambda/ids';
import type { GrammarSource } from './grammar';

const start = '(empieza|empiece|comienza|comience|inicia|inicie|haz|haga|pon|ponga)';
const art = '[la|el|mi|una|un]';

const source: GrammarSource = {
  // "entrenador de espalda": says what it is in everyday words; three words, so the
  // preposition is allowed; no launch word ("abre", "inicia"); the same name in every
  // Spanish-speaking market.
  invocationName: 'entrenador de espalda',
  intents: [
    {
      name: Intent.StartRoutine,
      slots: { [Slot.Routine]: SlotType.Routine },
      samples: [
        `${start} ${art} {routine}`,
        `${start} [la] rutina {routine}`,
        '(vamos a|quiero|me gustaría|quisiera) (hacer|empezar) [la|el|mi] {routine}',
        '(podemos|puedo) hacer [la|el|mi] {routine}',
        '(guíame|llévame) (por|con) [la|el|mi] {routine}',
        'toca [la|el|mi] {routine}',
        'quiero [la|el|mi] {routine}',
        '{routine} por favor',
        'hora de [la|el|mi] {routine}',
        `${start} [mi|una|la] (rutina|sesión|tabla)`,
        '(vamos a|quiero) (estirar|empezar|hacer ejercicio)',
        '(vamos a|quiero) hacer (mis|unos) (estiramientos|ejercicios)',
        'estoy (listo|lista) para (estirar|empezar)',
        'me gustaría (estirar|hacer mis estiramientos)',
        '(empecemos|estiremos|comencemos)',
        'estira conmigo',
        'ayúdame a estirar',
        'hora de estirar',
      ],
    },
    {
      name: Intent.StartExercise,
      slots: { [Slot.Exercise]: SlotType.Exercise },
      samples: [
        `(haz|haga|hagamos|prueba|pruebe|probemos) ${art} {exercise}`,
        '(vamos a|quiero|me gustaría|quisiera) (hacer|probar) [la|el|una|un] {exercise}',
        '(podemos|puedo) (hacer|probar) [la|el|una|un] {exercise}',
        '(guíame|llévame) (por|con) [la|el] {exercise}',
        'qué tal [la|el|una|un] {exercise}',
        'solo [la|el] {exercise}',
        '[solo] el ejercicio {exercise}',
        'enséñame [la|el] {exercise}',
        `${start} el ejercicio {exercise}`,
      ],
    },
    {
      name: Intent.ListRoutines,
      samples: [
        'qué rutinas (hay|tienes|puedo hacer)',
        '(dime|enumera|nombra|lee) [todas] las rutinas',
        'me (diga|lea) [todas] las rutinas',
        'cuáles son las rutinas',
        'qué (rutinas|sesiones|estiramientos) tienes',
        'qué opciones (hay|tengo)',
        'entre qué puedo elegir',
        'qué más (hay|puedo hacer)',
        'dame la lista [de rutinas]',
        '(lista de rutinas|qué rutinas)',
        'qué tipos de rutinas (hay|tienes)',
      ],
    },
    {
      name: Intent.TodayPlan,
      samples: [
        'qué toca hoy',
        'qué (hago|debería hacer|tengo que hacer) hoy',
        'cuál es (el plan|mi plan) (de|para) hoy',
        'qué hay (en el plan|planeado|para hoy)',
        'qué (rutina|ejercicio) toca hoy',
        '(dime|dame) el plan de hoy',
        'qué dice el plan [semanal]',
        'cuál es el plan',
        'hoy es día de (fuerza|descanso)',
        'qué me toca [hoy]',
        'plan de hoy',
      ],
    },
    {
      name: Intent.DescribeExercise,
      slots: { [Slot.Exercise]: SlotType.Exercise },
      samples: [
        'cómo (se hace|hago) [la|el] {exercise}',
        '(explícame|descríbeme|explica|describe) [la|el] {exercise}',
        'me (explique|describa) [la|el] {exercise}',
        'qué es [la|el|una|un] {exercise}',
        'háblame (de la|del) {exercise}',
        'para qué sirve [la|el] {exercise}',
        'cómo (se hace|hago) (esto|este ejercicio|este)',
        '(explícame|descríbeme) (esto|este ejercicio) [otra vez]',
        'qué ejercicio es este',
        'qué estoy haciendo',
        'para qué sirve (esto|este ejercicio)',
        'no sé cómo (se hace|hacerlo)',
        'cómo tengo que (estar|ponerme)',
        'en qué postura (estoy|tengo que estar)',
        'qué debería notar',
      ],
    },
    {
      name: Intent.TimeLeft,
      samples: [
        'cuánto (falta|queda)',
        'cuánto tiempo (falta|queda)',
        'cuánto (dura|va a durar) (esto|todavía)',
        'cuántos (ejercicios|estiramientos) (faltan|quedan)',
        'cuántos (faltan|quedan)',
        'cuándo (terminamos|acabamos)',
        '(ya|casi) (terminamos|acabamos)',
        'falta mucho',
        'queda mucho',
        'por dónde voy',
        'qué (falta|queda)',
      ],
    },
    {
      name: Intent.Skip,
      samples: [
        '(salta|sáltate|sáltalo|sáltala|omite) [este|esta|este ejercicio] [por favor]',
        '(salte|omita) (este|esta|este ejercicio)',
        'pasa de (este|esta) [ejercicio]',
        'no quiero hacer (este|esta|este ejercicio)',
        'no puedo hacer (este|esta|este ejercicio)',
        '(este|esta) no',
        'mejor (este|esta) no',
        '(podemos|puedo) saltar (este|esta) [ejercicio]',
        'saltemos (este|esta) [ejercicio]',
        'déjalo fuera',
        'quítalo por hoy',
      ],
    },
    {
      name: Intent.SetPace,
      slots: { [Slot.Pace]: SlotType.Pace },
      samples: [
        '{pace}',
        '{pace} por favor',
        '(ve|habla|cuenta|hazlo) {pace} [por favor]',
        // After "pide a ... que": the subjunctive.
        '(vaya|hable|cuente|lo haga) {pace} [por favor]',
        '(puedes|podrías) (ir|hablar|contar) {pace}',
        'un poco {pace} [por favor]',
        '(pon|cambia) el ritmo a {pace}',
        'ritmo {pace}',
        'quiero ir {pace}',
        'necesito que vayas {pace}',
      ],
    },
    {
      name: Intent.SetHoldLength,
      slots: { [Slot.HoldLength]: SlotType.HoldLength },
      samples: [
        '(aguantar|mantener) {holdLength}',
        'quiero (aguantar|mantener) {holdLength}',
        '(aguanta|mantén) [las posturas|cada postura] {holdLength}',
        'posturas {holdLength} [por favor]',
        'que las posturas duren {holdLength}',
        '(pon|cambia) el tiempo de las posturas a {holdLength}',
        '(puedo|podemos) (aguantar|mantener) {holdLength}',
        'déjame (aguantar|mantener) {holdLength}',
        'cada postura {holdLength}',
      ],
    },
    {
      name: Intent.SetBreathing,
      slots: {
        [Slot.BreathingPattern]: SlotType.BreathingPattern,
        [Slot.Inhale]: 'AMAZON.NUMBER',
        [Slot.Exhale]: 'AMAZON.NUMBER',
        [Slot.HoldIn]: 'AMAZON.NUMBER',
        [Slot.HoldOut]: 'AMAZON.NUMBER',
      },
      samples: [
        '{pattern}',
        '(usa|cambia a|prueba|pon) [la] {pattern}',
        'cambia [mi|la] respiración a {pattern}',
        'quiero [la] {pattern}',
        'patrón {pattern}',
        '(inhala|inspira) en {inhale} [y] (exhala|espira) en {exhale}',
        '(inhala|inspira) (durante|por) {inhale} [segundos] [y] (exhala|espira) (durante|por) {exhale} [segundos]',
        '(inhalar|inspirar) en {inhale} [y] (exhalar|espirar) en {exhale}',
        'toma aire en {inhale} [y] suéltalo en {exhale}',
        '(inhala|inspira) en {inhale} aguanta {holdIn} [y] (exhala|espira) en {exhale}',
        '(inhala|inspira) en {inhale} aguanta {holdIn} (exhala|espira) en {exhale} [y] aguanta {holdOut}',
        '{inhale} [segundos] dentro [y] {exhale} [segundos] fuera',
      ],
    },
    {
      name: Intent.FlareOn,
      samples: [
        'tengo (un brote|un mal día|la espalda fatal)',
        'estoy (con un brote|en un brote|en plena crisis)',
        '(activa|pon|enciende) el modo (suave|brote)',
        'modo (suave|brote) [por favor]',
        'mi espalda (está fatal|está muy rígida|está mal) hoy',
        'hoy es un (mal día|día de brote)',
        '(usa|dame) las versiones suaves',
        've (suave|con cuidado) [conmigo] [hoy]',
        '(hazlo|hazla) más (suave|fácil)',
        'hoy necesito algo suave',
        'versiones fáciles por favor',
        'con cuidado por favor',
      ],
    },
    {
      name: Intent.FlareOff,
      samples: [
        '(desactiva|quita|apaga) el modo (suave|brote)',
        'modo (suave|brote) (no|apagado|fuera)',
        'ya no (quiero|necesito) el modo (suave|brote)',
        '(hoy|ya) me siento mejor',
        '(se me pasó|ya pasó|se acabó) el brote',
        'ya no tengo brote',
        '(usa|dame) las versiones (normales|completas)',
        'vuelve a las versiones (normales|completas)',
        'estoy (listo|lista) para la versión completa',
        'mi espalda está (bien|mejor) hoy',
      ],
    },
    {
      name: Intent.QuietOn,
      samples: [
        '(activa|pon|enciende) el modo (silencioso|susurro)',
        'modo (silencioso|susurro) [por favor]',
        'susúrrame [por favor]',
        '(susurre|hable bajito|hable en voz baja)',
        '(puedes|podrías) susurrar',
        'habla (bajito|en voz baja|más bajo|más bajito) [por favor]',
        '(mi pareja|mi marido|mi mujer|mi esposo|mi esposa) está durmiendo',
        '(los niños|todos) están durmiendo',
        'no quiero despertar a nadie',
        'baja la voz',
        'voz baja por favor',
      ],
    },
    {
      name: Intent.QuietOff,
      samples: [
        '(desactiva|quita|apaga) el modo (silencioso|susurro)',
        'modo (silencioso|susurro) (no|apagado|fuera)',
        '(deja de|no hace falta) susurrar',
        'habla (normal|con normalidad) [otra vez] [por favor]',
        '(usa|vuelve a) tu voz normal',
        'ya puedes hablar (normal|más alto)',
        'voz normal [por favor]',
        '(ya están|ya estamos|todos están) despiertos',
        'ya no hace falta que susurres',
      ],
    },
    {
      name: Intent.Pain,
      samples: [
        '(me duele|eso duele|esto duele)',
        '(me duele|eso duele|esto duele) (mucho|bastante)',
        '(ay|ay ay|ay me duele|auch)',
        'tengo (dolor|un dolor agudo|un pinchazo|un tirón)',
        'siento (dolor|un pinchazo|un tirón|algo raro)',
        'me (duele|está doliendo) la espalda',
        '(esto|eso) (no me sienta bien|no va bien)',
        'algo no va bien',
        'me he hecho daño',
        'me hice daño',
        '(dolor|dolor agudo)',
      ],
    },
    {
      name: Intent.Progress,
      samples: [
        'cómo (voy|lo estoy haciendo)',
        'me diga (cómo voy|mi racha|mi progreso)',
        'cuál es mi (racha|progreso)',
        '(dime|dame) mi (racha|progreso)',
        'cuántos días (llevo|seguidos llevo)',
        'cuánto dura mi racha',
        'cuántas (sesiones|rutinas|veces) (he hecho|llevo) [esta semana]',
        'qué he hecho (esta semana|hasta ahora)',
        'mi (progreso|racha)',
        'sigo con mi racha',
        'por mi (progreso|racha)',
      ],
    },
    { name: BuiltIn.Next },
    {
      name: BuiltIn.Previous,
      samples: ['vuelve [atrás] [un paso]', '(el|al) (anterior|ejercicio anterior)'],
    },
    {
      name: BuiltIn.Repeat,
      samples: ['(dilo|repítelo) otra vez', 'qué has dicho', 'qué dijiste', 'otra vez por favor'],
    },
    {
      name: BuiltIn.Pause,
      samples: ['espera [un momento|un segundo]', 'un momento', 'dame un (momento|minuto|segundo)'],
    },
    {
      name: BuiltIn.Resume,
      samples: ['sigue', 'continuar', 'ya estoy (aquí|de vuelta)', 'sigamos', 'vamos a seguir'],
    },
    {
      name: BuiltIn.StartOver,
      samples: ['(empieza|empezar|vuelve a empezar) desde el principio', 'empezar de nuevo'],
    },
    { name: BuiltIn.Yes },
    { name: BuiltIn.No },
    {
      name: BuiltIn.Help,
      samples: ['qué puedo (decir|hacer|preguntar)', 'qué digo', 'cómo funciona (esto|esta skill)', 'estoy perdido'],
    },
    {
      name: BuiltIn.Stop,
      samples: ['terminar', '(ya está|suficiente|basta) por hoy', 'terminamos por hoy'],
    },
    { name: BuiltIn.Cancel },
    { name: BuiltIn.NavigateHome },
    { name: BuiltIn.Fallback },
  ],
  types: [
    {
      name: SlotType.Pace,
      values: [
        {
          id: PaceId.Slower,
          name: 'más despacio',
          synonyms: ['despacio', 'más lento', 'lento', 'más lentamente', 'no tan rápido'],
        },
        {
          id: PaceId.Faster,
          name: 'más rápido',
          synonyms: ['rápido', 'más deprisa', 'deprisa', 'más ligero', 'acelera'],
        },
        {
          id: PaceId.Normal,
          name: 'ritmo normal',
          synonyms: ['normal', 'velocidad normal', 'como siempre', 'el ritmo de siempre'],
        },
      ],
    },
    {
      name: SlotType.HoldLength,
      values: [
        {
          id: HoldLengthId.Longer,
          name: 'más',
          synonyms: ['más tiempo', 'más largo', 'más largas', 'un poco más', 'un rato más'],
        },
        {
          id: HoldLengthId.Shorter,
          name: 'menos',
          synonyms: ['menos tiempo', 'más corto', 'más cortas', 'un poco menos'],
        },
        {
          id: HoldLengthId.Normal,
          name: 'lo normal',
          synonyms: ['normal', 'lo de siempre', 'como siempre', 'el tiempo normal'],
        },
      ],
    },
    {
      name: SlotType.BreathingPattern,
      values: [
        {
          id: BreathingPatternId.Relaxed,
          name: 'respiración relajada',
          synonyms: ['relajada', 'cuatro seis', 'cuatro dentro seis fuera', 'respiración tranquila'],
        },
        {
          id: BreathingPatternId.Box,
          name: 'respiración cuadrada',
          synonyms: ['cuadrada', 'respiración en caja', 'box', 'cuatro cuatro cuatro cuatro'],
        },
        {
          id: BreathingPatternId.FourSevenEight,
          name: 'cuatro siete ocho',
          synonyms: ['respiración cuatro siete ocho', 'la cuatro siete ocho', 'el cuatro siete ocho'],
        },
      ],
    },
  ],
};

export default source;
