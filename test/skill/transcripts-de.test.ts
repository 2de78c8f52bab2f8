import { Device } from '../support/device';
import { transcript } from '../support/transcript';

const german = () => new Device({ locale: 'de-DE' });

describe('Transkript: die Morgenroutine im Bett, auf Deutsch', () => {
  it('runs start to finish on ja and weiter alone, and says how to get up', async () => {
    const device = await transcript(
      `
      U: öffne rücken coach
      A: Willkommen bei Rücken Coach … kein Arzt … stechend … Morgenroutine im Bett. Sollen wir anfangen? (open)
      U: ja
      A: Morgenroutine im Bett: 6 Übungen, etwa … Minuten. Das Ganze machen Sie im Bett. Bewegen Sie sich langsam
      A: Erst etwas Wärme, wenn Sie mögen … Lassen Sie diese Übung aus, wenn Ihre Haut Wärme nur schlecht spürt … Das ist freiwillig … Als Nächstes: Bauchatmung im Bett. Bereit? (open)
      U: ja
      A: Bauchatmung im Bett … Atmen Sie 4 Sekunden ein und 6 Sekunden aus … einatmen … zwei … drei … vier … ausatmen … zwei … drei … vier … fünf … sechs
      A: Als Nächstes: Knieschaukel. Bereit? (open)
      U: ja
      A: Knieschaukel … Zuerst die linke Seite … 1 von 3 … Ziehen Sie das linke Knie mit beiden Händen Richtung Brust … Sanft hin und her schaukeln … drei … zwei … eins … Und den Fuß aufs Bett stellen … 2 von 3 … Und noch einmal, linkes Knie hoch … Als Nächstes die andere Seite. Bereit? (open)
      U: weiter
      A: Jetzt die rechte Seite … 3 von 3 … Als Nächstes: Katze Kuh im Bett. Bereit? (open)
      U: weiter
      A: Katze Kuh im Bett … Machen Sie eine Minute so weiter … Und Stopp … Als Nächstes: Beckenkippen im Bett. Bereit? (open)
      U: weiter
      A: Beckenkippen im Bett … 1 von 5 … Spannen Sie den Unterbauch an und drücken Sie das Kreuz in die Matratze … Halten und weiteratmen … Und loslassen … 2 von 5 … Und noch einmal, nach unten drücken … 5 von 5 … Als Nächstes: Knie kippen im Bett. Bereit? (open)
      U: weiter
      A: Knie kippen im Bett … Zuerst die linke Seite … Lassen Sie beide Knie langsam nach links sinken … Jetzt die rechte Seite … Und noch einmal, Knie nach rechts … Geschafft! Morgenroutine im Bett: 6 Übungen … Tag eins Ihrer Serie
      A: rollen Sie sich zuerst auf die Seite … mit den Armen langsam hoch … Bis zum nächsten Mal (end)
    `,
      german(),
    );
    const record = await device.store.get(device.userId);
    expect(record?.history).toEqual([
      expect.objectContaining({ routineId: 'bedside-morning', date: '2026-11-23' }),
    ]);
    expect(record?.resume).toBeUndefined();
  });

  it('starts by name in one breath, pauses, resumes, and keeps the streak the next morning', async () => {
    await transcript(
      `
      U: frag rücken coach nach meinem fortschritt
      A: kein Arzt … noch keine Routine abgeschlossen … Morgenroutine im Bett
      U: <quit>
      U: starte die morgenroutine mit rücken coach
      A: Morgenroutine im Bett: 6 Übungen
      U: pause
      A: Pause. Sagen Sie weitermachen (open)
      U: weitermachen
      A: Wir machen dort weiter
      U: überspringen
      U: überspringen
      U: überspringen
      U: überspringen
      A: Geschafft! Morgenroutine im Bett (end)
      -- 1 days later
      U: öffne rücken coach
      A: Schön, dass Sie wieder da sind … Gestern haben Sie schon gedehnt … Sollen wir anfangen? (open)
      U: starte die morgenroutine im bett
      U: überspringen
      U: überspringen
      U: überspringen
      U: überspringen
      U: überspringen
      A: Damit sind Sie 2 Tage in Folge dabei (end)
    `,
      german(),
    );
  });

  it('answers help, pain and stop in German', async () => {
    await transcript(
      `
      U: öffne rücken coach
      U: hilfe
      A: Sie können zum Beispiel sagen: starte die Morgenroutine im Bett … Was möchten Sie? (open)
      U: ja
      U: das tut weh
      A: Hören Sie jetzt mit der Bewegung auf … Physiotherapie
      U: stopp
      A: Ihr Stand ist gespeichert … Öffnen Sie einfach Rücken Coach (end)
    `,
      german(),
    );
  });
});
