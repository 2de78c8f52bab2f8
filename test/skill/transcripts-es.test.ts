import { Device } from '../support/device';
import { transcript } from '../support/transcript';

describe('Transcripción: la rutina matutina en la cama, en español', () => {
  it('runs start to finish on sí and siguiente alone (es-ES), and says how to get up', async () => {
    const device = await transcript(
      `
      U: abre entrenador de espalda
      A: Te doy la bienvenida a Entrenador de Espalda … no un médico … dolor agudo … rutina matutina en la cama. ¿Empezamos? (open)
      U: sí
      A: Rutina matutina en la cama: 6 ejercicios, alrededor de … minutos. Todo se hace en la cama. Muévete despacio
      A: Primero un poco de calor, si quieres … Sáltate este si tu piel no nota bien el calor … Esto es opcional … Lo siguiente: respiración abdominal en la cama. ¿Seguimos? (open)
      U: sí
      A: Respiración abdominal en la cama … Inhala durante 4 segundos y exhala durante 6 … inhala … dos … tres … cuatro … exhala … dos … tres … cuatro … cinco … seis
      A: Lo siguiente: balanceo de rodilla. ¿Seguimos? (open)
      U: sí
      A: Balanceo de rodilla … Primero el lado izquierdo … 1 de 3 … Abraza la rodilla izquierda hacia el pecho … Balancéala con suavidad de lado a lado … tres … dos … uno … Y baja el pie a la cama … 2 de 3 … Otra vez, rodilla izquierda arriba … Ahora, el otro lado. ¿Seguimos? (open)
      U: siguiente
      A: Ahora el lado derecho … 3 de 3 … Lo siguiente: gato vaca en la cama. ¿Seguimos? (open)
      U: siguiente
      A: Gato vaca en la cama … Sigue así durante un minuto … Y para … Lo siguiente: basculación pélvica en la cama. ¿Seguimos? (open)
      U: siguiente
      A: Basculación pélvica en la cama … 1 de 5 … Aprieta la parte baja del abdomen y presiona la zona lumbar contra el colchón … Aguanta y sigue respirando … Y suelta … 2 de 5 … Otra vez, presiona hacia abajo … 5 de 5 … Lo siguiente: rotación de rodillas en la cama. ¿Seguimos? (open)
      U: siguiente
      A: Rotación de rodillas en la cama … Primero el lado izquierdo … Ahora el lado derecho … ¡Hecho! Rutina matutina en la cama: 6 ejercicios … primer día de tu racha
      A: gírate primero de lado … empujando con los brazos … Hasta la próxima (end)
    `,
      new Device({ locale: 'es-ES' }),
    );
    const record = await device.store.get(device.userId);
    expect(record?.history).toEqual([
      expect.objectContaining({ routineId: 'bedside-morning', date: '2026-11-23' }),
    ]);
    expect(record?.resume).toBeUndefined();
  });

  it('starts in one breath (es-MX), pauses, resumes, and keeps the streak the next morning', async () => {
    await transcript(
      `
      U: pide a entrenador de espalda que empiece la rutina matutina
      A: no un médico … Rutina matutina en la cama: 6 ejercicios
      U: pausa
      A: En pausa. Di continuar (open)
      U: continuar
      A: Seguimos donde lo dejaste
      U: salta
      U: salta
      U: salta
      U: salta
      A: ¡Hecho! Rutina matutina en la cama (end)
      -- 1 days later
      U: abre entrenador de espalda
      A: Qué bien tenerte de vuelta … Ayer estiraste … ¿Empezamos? (open)
      U: empieza la rutina matutina en la cama
      U: salta
      U: salta
      U: salta
      U: salta
      U: salta
      A: Ya llevas 2 días seguidos (end)
    `,
      new Device({ locale: 'es-MX' }),
    );
  });

  it('answers help, pain and stop in Spanish (es-US)', async () => {
    await transcript(
      `
      U: abre entrenador de espalda
      U: ayuda
      A: Puedes decir: empieza la rutina matutina en la cama … ¿Qué quieres hacer? (open)
      U: sí
      U: me duele
      A: Deja el movimiento ahora … fisioterapeuta
      U: para
      A: Tu progreso está guardado … abre Entrenador de Espalda (end)
    `,
      new Device({ locale: 'es-US' }),
    );
  });
});
