import {
  actionsOf,
  objectivesOf,
  type Assessment,
  type Country,
  type Plan,
  type RatingScale,
  type Round,
} from '../../../schema/index.ts';

/**
 * The fictional states of the demonstration data, in ISO 3166-1's user-assigned range (XAA-XZZ),
 * which no real country will ever have.
 */
export const DEMONSTRATION_STATES: ReadonlyArray<Country> = ['A', 'B', 'C', 'D', 'E', 'F'].map((letter) => ({
  iso3: `XA${letter}`,
  iso2: `X${letter}`,
  oas_member: false,
  mem_participant: true,
  notes: [{ text: 'A fictional state: its results are synthetic demonstration data, not real.', source: null }],
  names: {
    en: `Demonstration State ${letter}`,
    es: `Estado de demostración ${letter}`,
    pt: `Estado de demonstração ${letter}`,
    fr: `État de démonstration ${letter}`,
  },
  names_source: 'Invented for the demonstration data',
  data_status: 'synthetic',
}));

/** The rating scale of the demonstration data: invented, because the real scales of rounds 7 and 8 are not known. */
export const DEMONSTRATION_SCALE: RatingScale = {
  statuses: [
    { code: 'demo-achieved', label: 'Achieved (demonstration)', achieved: true },
    { code: 'demo-partly-achieved', label: 'Partly achieved (demonstration)', achieved: false },
    { code: 'demo-not-achieved', label: 'Not achieved (demonstration)', achieved: false },
  ],
  complete: true,
  source: null,
};

/** A small, fast, seeded pseudo-random generator (mulberry32): the same seed gives the same data on every machine. */
function seededRandom(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Demonstration results for rounds 7 (objectives of 2016-2020) and 8 (priority actions of
 * 2021-2025) for every demonstration state: deterministic for a seed, every one labelled
 * `synthetic` in its data and its finding, and citing no report, since none publishes it.
 */
export function demonstrationResults(
  rounds: ReadonlyArray<Round>,
  plans: ReadonlyArray<Plan>,
  seed = 20261122,
): Assessment[] {
  const random = seededRandom(seed);
  const units = (round: Round) => {
    const plan = plans.filter((p) => p.id === round.plan);
    return round.unit === 'objective' ? objectivesOf(plan).map((o) => o.id) : actionsOf(plan).map((a) => a.id);
  };
  return rounds
    .filter((round) => round.round === 7 || round.round === 8)
    .flatMap((round) =>
      DEMONSTRATION_STATES.flatMap((state) =>
        units(round).map((unit): Assessment => {
          const status = DEMONSTRATION_SCALE.statuses[Math.floor(random() * DEMONSTRATION_SCALE.statuses.length)]!;
          return {
            round: round.round,
            country: state.iso3,
            unit,
            status: status.code,
            finding:
              `Synthetic demonstration finding: ${state.names.en} is shown as "${status.label}" for ` +
              `${unit}. Not a real evaluation.`,
            recommendation: null,
            source: null,
            published: null,
            data_status: 'synthetic',
          };
        }),
      ),
    );
}
