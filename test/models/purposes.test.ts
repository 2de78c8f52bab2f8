import { purposeRoutines, stemsOf } from '../../interaction-models/source/purposes';
import en from '../../interaction-models/source/en';
import de from '../../interaction-models/source/de';
import es from '../../interaction-models/source/es';
import { getCatalog } from '../../lambda/content/index';
import { RoutineId } from '../../lambda/content/routine-ids';

describe('routines by purpose, from content', () => {
  it('finds the short, gentle, off-the-floor and in-bed routines in the shipped content', () => {
    expect(purposeRoutines(getCatalog())).toMatchObject({
      short: RoutineId.Breathing,
      gentle: RoutineId.FlareDay,
      offFloor: RoutineId.DeskBreak,
      inBed: RoutineId.BedsideMorning,
    });
  });

  it.each([
    [en.purposes, ['neck routine', 'Upper back routine', 'desk break'], ['neck', 'upper back']],
    [
      de.purposes,
      ['Nackenroutine', 'Haltungsroutine', 'Nacken und Schultern'],
      ['nacken', 'haltung'],
    ],
    [
      es.purposes,
      ['rutina de cuello', 'rutina nocturna', 'rutina para el dolor de espalda'],
      ['cuello', 'nocturna', 'dolor de espalda'],
    ],
  ])('takes the subject out of a name (%#)', (words, names, subjects) => {
    expect(stemsOf(names, words)).toEqual(subjects);
  });
});
