/** A gentle routine (flare day) plays every step's gentle version whatever the user's setting. */
import { Routine } from '../../lambda/content/schema';
import { narrateRoutine } from '../../lambda/narration';
import { fixtureRoutine, lookupFixture } from './fixtures';
import { options, spoken } from './support';

const gentleRoutine = Routine.parse({
  ...fixtureRoutine,
  id: 'fixture-flare-day',
  gentle: true,
  steps: [{ exercise: 'relaxed-breathing' }, { exercise: 'knee-to-chest' }],
});
const said = (plan: ReturnType<typeof narrateRoutine>) =>
  plan.steps.flatMap((s) => s.chunks.flatMap((c) => spoken(c.timeline))).join(' ');

describe('a gentle routine', () => {
  it('says the gentle hold and note with flare mode off', () => {
    const text = said(narrateRoutine(gentleRoutine, lookupFixture, options({ gentle: false })));
    expect(text).toContain('Hold for 15 seconds.');
    expect(text).not.toContain('Hold for 30 seconds.');
    expect(text).toContain('Only draw the knee in as far as is easy.');
  });

  it('is said exactly as it would be in flare mode', () => {
    expect(narrateRoutine(gentleRoutine, lookupFixture, options({ gentle: false }))).toEqual(
      narrateRoutine(gentleRoutine, lookupFixture, options({ gentle: true })),
    );
  });

  it('leaves an ordinary routine at full strength with flare mode off', () => {
    const ordinary = { ...gentleRoutine, gentle: undefined };
    const text = said(narrateRoutine(ordinary, lookupFixture, options({ gentle: false })));
    expect(text).toContain('Hold for 30 seconds.');
    expect(text).not.toContain('Only draw the knee in');
  });
});
