import { beforeAll, describe, expect, it } from 'vitest';
import { actionsOf, areasOf, textRecordsOf, type Dataset } from '../../schema/index.ts';
import { publishedBundle } from './published-bundle.ts';

let dataset: Dataset;
let actionsCsv: Record<string, string>[];
let plansCsv: Record<string, string>[];
beforeAll(() => {
  const bundle = publishedBundle();
  dataset = bundle.dataset;
  actionsCsv = bundle.csv('actions.csv');
  plansCsv = bundle.csv('plans.csv');
});

const find = (id: string) => {
  const record = textRecordsOf(dataset.plans).find((r) => r.id === id);
  if (!record) throw new Error(`no record ${id}`);
  return record;
};

describe('the published plans', () => {
  it.each([
    ['2011-2015', [4, 11, 5, 12, 7], 142],
    ['2016-2020', [7, 5, 5, 8, 5], 128],
    ['2021-2025', [6, 5, 12, 4, 2], 142],
  ])('plan %s has five areas with %j objectives and %i priority actions', (planId, objectivesPerArea, actions) => {
    const plan = dataset.plans.find((p) => p.id === planId)!;
    expect(plan.areas.map((a) => a.objectives.length)).toEqual(objectivesPerArea);
    expect(plan.counts).toEqual({ areas: 5, objectives: objectivesPerArea.reduce((a, b) => a + b), actions });
    expect(actionsCsv.filter((row) => row.plan === planId)).toHaveLength(actions);
    expect(plansCsv.find((row) => row.id === planId)).toMatchObject({
      area_count: '5',
      objective_count: String(objectivesPerArea.reduce((a, b) => a + b)),
      action_count: String(actions),
    });
  });

  it('lists each plan in plans.csv with the document it is published from', () => {
    expect(
      plansCsv.map((row) => [
        row.id,
        row.period_start,
        row.period_end,
        row.symbol,
        row.isbn,
        row.session_start,
        row.place,
      ]),
    ).toEqual([
      ['2011-2015', '2011', '2015', 'CICAD/doc.1860/11 rev. 2 corr.1', '', '2011-05-04', 'Paramaribo, Suriname'],
      [
        '2016-2020',
        '2016',
        '2020',
        'OEA/Ser.L/XIV.2.60 CICAD/doc.2255/16 Rev.',
        '978-0-8270-6623-6',
        '2016-11-02',
        'Nassau, The Bahamas',
      ],
      ['2021-2025', '2021', '2025', 'OEA/Ser.L/XIV.2.68 CICAD/doc.2533/20', '', '2020-12-09', 'Bogotá, D.C., Colombia'],
    ]);
  });

  it('numbers every objective and priority action continuously, from 1 or a', () => {
    for (const area of areasOf(dataset.plans)) {
      expect(area.objectives.map((o) => o.number)).toEqual(area.objectives.map((_, i) => String(i + 1)));
      for (const objective of area.objectives) {
        const letters = area.plan === '2011-2015';
        const expected = objective.actions.map((_, i) =>
          letters ? String.fromCharCode(97 + i) : `${objective.number}.${i + 1}`,
        );
        const printed = objective.actions.map((a) => (letters ? a.number : `${objective.number}.${a.number}`));
        expect(printed, objective.id).toEqual(expected);
        expect(objective.actions.map((a) => a.ordinal)).toEqual(objective.actions.map((_, i) => i + 1));
      }
    }
  });

  it('gives every record a unique id built from its place in the plan', () => {
    const ids = actionsOf(dataset.plans).map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const a of actionsOf(dataset.plans)) expect(a.id).toBe(`${a.objective}-${a.number}`);
    expect(find('2016-2020-dr-4-3').text).toMatch(/^Conduct a situational diagnosis/);
    expect(find('2011-2015-cm-2-h').text).toBe(
      'Promote the utilization of pre-export notification information systems.',
    );
  });

  // First and last priority action of every area of every plan, as printed in the source.
  it.each([
    [
      '2011-2015-is-1-a',
      'Establish and/or strengthen National Drug Authorities (NDAs) at a high political level ' +
        'through the necessary measures that guarantee their adequate functioning.',
    ],
    [
      '2011-2015-is-4-a',
      'Design, develop, and strengthen monitoring and evaluation mechanisms which show the ' +
        'progress and fulfillment of programs and other drug interventions that make up national ' +
        'drug policies.',
    ],
    [
      '2011-2015-dr-1-a',
      'Update demand reduction policies, plans and programs based on the results of monitoring and evaluation.',
    ],
    [
      '2011-2015-dr-11-c',
      'Promote agreements with educational institutions with experience in research to conduct ' +
        'long-term studies to measure the impact of prevention and treatment programs.',
    ],
    [
      '2011-2015-sr-1-a',
      'Update supply reduction policies, plans and programs based on the results of monitoring and evaluation.',
    ],
    [
      '2011-2015-sr-5-e',
      'Promote, when applicable, in accordance with national priorities, actions with ' +
        'international organizations to reduce the negative impact of the world drug problem on ' +
        'the environment.',
    ],
    [
      '2011-2015-cm-1-a',
      'Review control measures to prevent the illicit manufacture of drugs and to detect and ' +
        'dismantle laboratories; on the basis of this review, modify programs or introduce new ' +
        'ones as necessary.',
    ],
    [
      '2011-2015-cm-12-c',
      'Strengthen technical capacities for the administration and disposition of assets ' +
        'related to drug trafficking and related crimes.',
    ],
    [
      '2011-2015-ic-1-a',
      'Promote the enactment of national legislation and/or adopt administrative measures that ' +
        'would reaffirm the principle of cooperation as contained in international instruments ' +
        'to confront the world drug problem.',
    ],
    [
      '2011-2015-ic-7-e',
      'Promote the formation of a special CICAD working group to evaluate the availability of ' +
        'resources of the CICAD Executive Secretariat and propose additional sources of funding.',
    ],
    ['2016-2020-is-1-1', 'Place national drug authorities at a high political level.'],
    [
      '2016-2020-is-7-2',
      'Encourage legal reforms, where appropriate, that promote proportional sentencing put ' +
        'forth by member states for low-level drug-related offenses.',
    ],
    [
      '2016-2020-dr-1-1',
      'Establishment and/or update of programs in the areas of prevention, treatment, ' +
        'rehabilitation and social integration, taking into account gender, age and cultural ' +
        'relevance, as appropriate.',
    ],
    ['2016-2020-dr-5-3', 'Development of assessments on national needs and, care and treatment services offered.'],
    [
      '2016-2020-sr-1-1',
      'Design, implementation and update of, as appropriate, national policies and programs to ' +
        'prevent and decrease illicit cultivation and production of drugs.',
    ],
    [
      '2016-2020-sr-5-2',
      'Promotion of the exchange of information to better understand the scope of the adverse ' +
        'effects of small-scale drug trafficking, including those on health, society, the ' +
        'economy, and security.',
    ],
    [
      '2016-2020-cm-1-1',
      'Implementation of procedures and strengthening of human resources capabilities to ' +
        'detect, investigate, and dismantle laboratories or facilities for the illicit ' +
        'manufacture of drugs.',
    ],
    [
      '2016-2020-cm-8-4',
      'Improvement to the information systems on drug trafficking and related crimes, ' +
        'including alerts on changing behaviors and modus operandi of criminal drug trafficking ' +
        'organizations.',
    ],
    [
      '2016-2020-ic-1-1',
      'Development and implementation of a set of activities for the promotion and ' +
        'strengthening of technical assistance and horizontal cooperation among member states, ' +
        'third States and with relevant international organizations.',
    ],
    [
      '2016-2020-ic-5-3',
      'Adoption of measures, where appropriate, to promote cooperation facilitating ' +
        'extraditions, in accordance with current legislation of each country.',
    ],
    ['2021-2025-is-1-1', 'Place national drug authorities at a high political level.'],
    [
      '2021-2025-is-6-2',
      'Promote legal reforms as needed, to promote proportional sentencing for minor drug-related offenses.',
    ],
    [
      '2021-2025-ptr-1-1',
      'Establish and/or update evidence-based programs in the areas of health promotion, ' +
        'prevention, early intervention, treatment, care, rehabilitation, social integration, ' +
        'and recovery and related support services, as well as initiatives and measures aimed at ' +
        'minimizing the adverse public health and social consequences of drug abuse, taking into ' +
        'account gender, age, community, and cultural context, and establish budgetary ' +
        'mechanisms for such programs.',
    ],
    [
      '2021-2025-ptr-5-3',
      'Assessment, at the national, regional, and local levels, of the needs and supply of ' +
        'primary care, treatment, and reintegration services.',
    ],
    [
      '2021-2025-cc-1-1',
      'Develop or strengthen intelligence and interdiction capabilities to detect, ' +
        'investigate, and dismantle laboratories or facilities used in the illicit manufacture ' +
        'of drugs.',
    ],
    [
      '2021-2025-cc-12-4',
      'Encourage the development and implementation of comprehensive intervention strategies ' +
        'to counter local illicit distribution and sale of drugs.',
    ],
    [
      '2021-2025-rime-1-1',
      'Develop and strengthen national drug observatories (NDO) or similar technical offices ' +
        'ensuring they have adequate human and financial resources.',
    ],
    [
      '2021-2025-rime-4-5',
      'Increase hemispheric cooperation and partnerships among member states and sharing of ' +
        'best practices and lessons learned.',
    ],
    [
      '2021-2025-ic-1-1',
      'Develop and implement a plan for promoting and strengthening technical assistance and ' +
        'horizontal cooperation among member states and with states outside of the Western ' +
        'Hemisphere, and with relevant international and regional organizations, and related ' +
        'initiatives and programs.',
    ],
    [
      '2021-2025-ic-2-4',
      'Promote the accession, ratification, and implementation of the international legal ' +
        'instruments related to the world drug problem and related crimes.',
    ],
  ])('publishes %s exactly as the source prints it', (id, text) => {
    expect(find(id).text).toBe(text);
    expect(actionsCsv.find((row) => row.id === id)?.text).toBe(text);
  });

  it.each([
    [
      '2011-2015-is-2',
      'Design, implement, strengthen and update national evidence-based strategies and policies on drugs.',
      'corrected',
    ],
    [
      '2011-2015-ic-7-c',
      'Mandate the Executive Secretariat of CICAD to present a work plan for Commission ' +
        'approval at each spring session that is in accordance with the objectives and actions ' +
        'of the Hemispheric Drug Strategy and this Action Plan. This work plan will be ' +
        'accompanied by a projection of income and expenditure for each program and action.',
      'corrected',
    ],
    [
      '2016-2020-is-5-2',
      'Develop mechanisms for the monitoring and evaluation of the various alternative ' +
        'measures to incarceration for low-level drug-related offenses in collaboration, as ' +
        'appropriate, with academic and research institutions.',
      'corrected',
    ],
    [
      '2016-2020-dr-3-4',
      'Exploring the means of providing treatment, rehabilitation and social reintegration ' +
        'services for drug-dependent criminal offenders as an alternative to criminal ' +
        'prosecution or imprisonment.',
      'corrected',
    ],
    [
      '2016-2020-sr-3-6',
      'Promotion, in accordance with the circumstances of each State, of the participation of ' +
        'local communities and relevant organizations in the alternative, integral and ' +
        'sustainable development strategy, in order to take their needs and capabilities into ' +
        'account.',
      'as-printed',
    ],
    [
      '2016-2020-ic-4',
      'Strengthen international cooperation as defined in the international legal instruments ' +
        'related to the world drug problem, with respect for human rights.',
      'corrected',
    ],
    [
      '2021-2025-is-2-6',
      'Integrate a human rights, gender, and social inclusion approach, particularly with ' +
        'respect to at-risk populations, in the process of formulating, implementing, and ' +
        'updating national drug policies and/or strategies.',
      'corrected',
    ],
    [
      '2021-2025-is-4-1',
      'Adopt alternative measures to incarceration for minor or non-violent drug-related ' +
        'offenses, where appropriate, while safeguarding the sovereignty of states, and ensuring ' +
        'individual accountability, respecting human rights and the gender perspective.',
      'as-printed',
    ],
    [
      '2021-2025-cc-1-6',
      'Define and implement coordinated actions between national and regional entities to ' +
        'dismantle organized criminal groups involved in drug trafficking and related crimes.',
      'corrected',
    ],
    [
      '2021-2025-cc-3-8',
      "Use, as appropriate, CICAD's Model Regulations for the control of Chemical Substances " +
        'Used in the Illicit Production of Narcotic Drugs and Psychotropic Substances (2019) in ' +
        'the formulation of national chemical control regulations.',
      'as-printed',
    ],
    [
      '2021-2025-cc-11-2',
      'Design and implement specific research-based plans to mitigate the environmental impact ' +
        'of illicit crop cultivation and drug production, with the participation of local ' +
        'communities.',
      'corrected',
    ],
    [
      '2021-2025-rime-4-1',
      'Regularly collect information and data to evaluate implementation of the Hemispheric Plan of',
      'damaged',
    ],
  ])('publishes %s repaired across its source defects', (id, text, status) => {
    expect(find(id).text).toBe(text);
    expect(find(id).text_status).toBe(status);
  });

  it('attaches every footnote to what it annotates', () => {
    const annotates = Object.fromEntries(dataset.footnotes.map((f) => [f.id, f.annotates]));
    expect(annotates).toEqual({
      '2011-2015-fn-1': ['2011-2015'],
      '2011-2015-fn-2': ['2011-2015-ic-7-c'],
      '2016-2020-fn-1': ['2016-2020-is-2'],
      '2016-2020-fn-2': ['2016-2020-ic-4'],
      '2021-2025-fn-1': ['2021-2025-introduction-3'],
      '2021-2025-fn-2': ['2021-2025-is-2'],
      '2021-2025-fn-3': ['2021-2025-is-2-6'],
      '2021-2025-fn-4': ['2021-2025-ptr-1'],
      '2021-2025-fn-5': expect.arrayContaining(['2021-2025-ptr-2', '2021-2025-ptr-2-4']),
      '2021-2025-fn-6': ['2021-2025-cc-2-4'],
      '2021-2025-fn-7': ['2021-2025-cc-12-3'],
    });
    expect(dataset.plans[0]!.footnotes).toEqual(['2011-2015-fn-1']);
    expect(find('2021-2025-ptr-2-4').footnotes).toEqual(['2021-2025-fn-5']);
    const nicaragua = dataset.footnotes.find((f) => f.id === '2011-2015-fn-1')!;
    expect(nicaragua.text).toMatch(
      /^The Government of Nicaragua reiterates .* struggle against … transnational organized crime\. Although Nicaragua shares/,
    );
    expect(nicaragua.text_status).toBe('damaged');
    expect(dataset.footnotes.find((f) => f.id === '2021-2025-fn-1')!.text).toBe('Community includes ethnicity.');
  });

  it('carries the source document details of every plan', () => {
    const [p2011, p2016, p2021] = dataset.plans;
    expect(p2011!.document).toMatchObject({
      symbol: 'CICAD/doc.1860/11 rev. 2 corr.1',
      place: 'Paramaribo, Suriname',
      isbn: null,
      adopted: '2011-05',
    });
    expect(p2016!.document).toMatchObject({
      symbol: 'OEA/Ser.L/XIV.2.60 CICAD/doc.2255/16 Rev.',
      isbn: '978-0-8270-6623-6',
      session_dates: ['2016-11-02', '2016-11-04'],
    });
    expect(p2021!.document).toMatchObject({
      symbol: 'OEA/Ser.L/XIV.2.68 CICAD/doc.2533/20',
      adopted: '2020-12-10',
      place: 'Bogotá, D.C., Colombia',
    });
    expect(p2021!.area_term).toBe('pillar');
  });
});
