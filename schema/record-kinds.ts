import { AreaId, ActionId, ErratumId, FootnoteId, ObjectiveId, PassageId, PlanId } from './ids.ts';
import {
  AreaRecord,
  ObjectiveRecord,
  PlanRecord,
  areaRecordsOf,
  objectiveRecordsOf,
  planRecordsOf,
} from './flat-records.ts';
import { Erratum } from './erratum.ts';
import { Footnote } from './footnote.ts';
import { Passage } from './passage.ts';
import { defineRecordKind, idParameter, type AnyRecordKind, type PathParameter } from './record-kind.ts';
import {
  actionTable,
  areaTable,
  erratumTable,
  footnoteTable,
  objectiveTable,
  passageTable,
  planTable,
} from './tables.ts';
import { apiUrl, pageUrl } from './urls.ts';
import { Country, Iso3 } from './mem/country.ts';
import { Result, ResultId } from './mem/result.ts';
import { Round, RoundNumber, roundSortKey } from './mem/round.ts';
import { countryTable, resultTable, roundTable } from './mem/tables.ts';
import { Commitment } from './commitments/commitment.ts';
import { DocumentRecord, documentRecordsOf } from './commitments/document-record.ts';
import { COMMITMENT_DOCUMENT_IDS, CommitmentDocumentId, CommitmentId, documentSortKey } from './commitments/ids.ts';
import {
  commitmentErratumTable,
  commitmentFootnoteTable,
  commitmentTable,
  documentTable,
} from './commitments/tables.ts';
import { ActionDetail, actionDetailsOf } from './lineage/action-detail.ts';
import { lineageRowsOf, lineageTable, relatedTable } from './lineage/tables.ts';
import { sourceLayoutTable } from './source-layout.ts';

/**
 * The registry of the kinds of record a release publishes, in the order the bundle lists their
 * tables. Adding a kind is adding its schema and table, its build step, its entry here, and its
 * pages: the bundle, the loader, the API, the OpenAPI document and the portal derive the rest.
 */

/** `{plan}`: a plan. */
export const planParameter: PathParameter = {
  name: 'plan',
  schema: PlanId,
  expected: `one of ${PlanId.options.join(', ')}`,
  description: 'Plan identifier, e.g. 2021-2025.',
};

/** `{round}`: a MEM round. */
export const roundParameter: PathParameter = {
  name: 'round',
  schema: RoundNumber,
  expected: `a round number such as 8 (${apiUrl.rounds()} lists them)`,
  description: 'MEM round number, e.g. 8.',
};

/** `{iso3}`: a country. */
export const countryParameter: PathParameter = {
  name: 'iso3',
  schema: Iso3,
  expected: `an ISO 3166-1 alpha-3 code in capitals such as JAM (${apiUrl.countries()} lists them)`,
  description: 'ISO 3166-1 alpha-3 code of the country, e.g. JAM.',
};

/** `{id}` of a commitment document. */
export const documentParameter: PathParameter = {
  ...idParameter('document', CommitmentDocumentId, 'ungass-2016'),
  expected: `one of ${COMMITMENT_DOCUMENT_IDS.join(', ')}`,
};

const COUNTRY =
  'its ISO 3166-1 codes, its names in English, Spanish, Portuguese and French with their ' +
  'source, its OAS membership and MEM participation with sourced notes, and `data_status`';
const ROUND =
  'what it evaluated and in what unit, its years, schedule and published figures, and its ' +
  'rating scale where known (statuses best first, each saying whether it counts as ' +
  'achieved), every fact with its source';
const DOCUMENT =
  'its title, issuer, date and kind of instrument, how many commitments it holds and the ' +
  'section headings they are printed under, its footnotes, errata and provenance';
const byId = (record: { id: string }) => record.id;

export const planKind = defineRecordKind({
  name: 'plans',
  table: planTable,
  recordsOf: (dataset) => planRecordsOf(dataset.plans),
  idOf: byId,
  served: {
    schema: PlanRecord,
    tag: 'Plans',
    noun: 'plan',
    parameter: planParameter,
    one: {
      operationId: 'getPlan',
      description: 'One plan with its document, counts, footnotes, errata and areas by id.',
    },
    all: {
      operationId: 'getPlans',
      summary: 'The Hemispheric Plans of Action',
      description:
        'The three plans, oldest first, each with its document (symbol, session, dates, ISBN), counts and areas by id.',
    },
  },
  page: pageUrl.plan,
});

export const passageKind = defineRecordKind({
  name: 'passages',
  table: passageTable,
  recordsOf: (dataset) => dataset.passages,
  idOf: byId,
  served: {
    schema: Passage,
    tag: 'Records',
    noun: 'passage',
    parameter: idParameter('passage', PassageId, '2021-2025-introduction-1'),
    one: {
      operationId: 'getPassage',
      description:
        "A passage of a plan's framing text (a paragraph of its introduction, or a clause or paragraph of the " +
        '2011-2015 draft resolution): its exact text, the heading it is printed under, provenance, footnotes and errata.',
    },
  },
  page: null,
});

export const areaKind = defineRecordKind({
  name: 'areas',
  table: areaTable,
  recordsOf: (dataset) => areaRecordsOf(dataset.plans),
  idOf: byId,
  served: {
    schema: AreaRecord,
    tag: 'Records',
    noun: 'area',
    parameter: idParameter('area', AreaId, '2021-2025-ptr'),
    one: {
      operationId: 'getArea',
      description: 'An area (pillar) of a plan: its heading as printed, provenance and objectives by id.',
    },
  },
  page: pageUrl.area,
});

export const objectiveKind = defineRecordKind({
  name: 'objectives',
  table: objectiveTable,
  recordsOf: (dataset) => objectiveRecordsOf(dataset.plans),
  idOf: byId,
  served: {
    schema: ObjectiveRecord,
    tag: 'Records',
    noun: 'objective',
    parameter: idParameter('objective', ObjectiveId, '2021-2025-ptr-1'),
    one: {
      operationId: 'getObjective',
      description: 'An objective: its exact text, provenance, footnotes, errata and priority actions by id.',
    },
  },
  page: pageUrl.objective,
});

export const actionKind = defineRecordKind({
  name: 'actions',
  table: actionTable,
  recordsOf: actionDetailsOf,
  idOf: byId,
  served: {
    schema: ActionDetail,
    tag: 'Records',
    noun: 'priority action',
    parameter: idParameter('priority action', ActionId, '2016-2020-dr-4-3'),
    one: {
      operationId: 'getAction',
      description:
        'A priority action: its exact text, printed number, place in the plan, provenance, ' +
        'footnotes and errata; its lineage across the plans (predecessors, successors and each ' +
        "link's relation, score, basis and reason); and its related commitments, computed by " +
        'text similarity as a reading aid, not an official mapping. Its CSV has the columns of ' +
        'actions.csv.',
    },
  },
  page: pageUrl.action,
});

export const footnoteKind = defineRecordKind({
  name: 'footnotes',
  table: footnoteTable,
  recordsOf: (dataset) => dataset.footnotes,
  idOf: byId,
  served: {
    schema: Footnote,
    tag: 'Records',
    noun: 'footnote',
    parameter: idParameter('footnote', FootnoteId, '2021-2025-fn-1'),
    one: {
      operationId: 'getFootnote',
      description: 'A footnote of a plan: its text as printed and the records it annotates.',
    },
  },
  page: null,
});

export const erratumKind = defineRecordKind({
  name: 'errata',
  table: erratumTable,
  recordsOf: (dataset) => dataset.errata,
  idOf: byId,
  served: {
    schema: Erratum,
    tag: 'Records',
    noun: 'erratum',
    parameter: idParameter('erratum', ErratumId, '2021-2025-e001'),
    one: {
      operationId: 'getErratum',
      description: 'A correction of a source defect: what the source prints, what is published instead, and why.',
    },
  },
  page: null,
});

export const roundKind = defineRecordKind({
  name: 'rounds',
  table: roundTable,
  recordsOf: (dataset) => dataset.rounds,
  idOf: (round) => String(round.round),
  served: {
    schema: Round,
    tag: 'MEM',
    noun: 'round',
    parameter: roundParameter,
    sortKey: roundSortKey,
    one: { operationId: 'getRound', description: `A round of the Multilateral Evaluation Mechanism: ${ROUND}.` },
    all: {
      operationId: 'getRounds',
      summary: 'MEM evaluation rounds',
      description: `The rounds of the Multilateral Evaluation Mechanism, in order, each with ${ROUND}.`,
    },
  },
  page: pageUrl.round,
});

export const countryKind = defineRecordKind({
  name: 'countries',
  table: countryTable,
  recordsOf: (dataset) => dataset.countries,
  idOf: (country) => country.iso3,
  served: {
    schema: Country,
    tag: 'MEM',
    noun: 'country',
    parameter: countryParameter,
    one: {
      operationId: 'getCountry',
      description: `A country: ${COUNTRY} (synthetic for a fictional demonstration state).`,
    },
    all: {
      operationId: 'getCountries',
      summary: 'Countries',
      description:
        `The OAS member states by ISO 3166-1 alpha-3 code, each with ${COUNTRY}. A demonstration ` +
        `build adds fictional states, marked \`data_status: synthetic\`.`,
    },
  },
  page: pageUrl.country,
});

export const resultKind = defineRecordKind({
  name: 'results',
  table: resultTable,
  recordsOf: (dataset) => dataset.results,
  idOf: byId,
  served: {
    schema: Result,
    tag: 'MEM',
    noun: 'result',
    parameter: idParameter('result', ResultId, 'mem8-jam-2021-2025-ptr-3-2'),
    one: {
      operationId: 'getResult',
      description:
        'How a MEM round judged a country on one unit: the status, its label and whether it ' +
        'counts as achieved, the finding and recommendation as the report prints them, the ' +
        "report and its page, the unit's place in the plans, and `data_status` (official, or " +
        'synthetic demonstration data).',
    },
  },
  page: null,
});

export const documentKind = defineRecordKind({
  name: 'documents',
  table: documentTable,
  recordsOf: documentRecordsOf,
  idOf: byId,
  served: {
    schema: DocumentRecord,
    tag: 'Commitments',
    noun: 'document',
    parameter: documentParameter,
    sortKey: documentSortKey,
    one: { operationId: 'getDocument', description: `An international document: ${DOCUMENT}.` },
    all: {
      operationId: 'getDocuments',
      summary: 'International documents',
      description:
        `The international documents on drug policy whose commitments are published (UN and ` +
        `Summits of the Americas), in the order of their sources, each with ${DOCUMENT}.`,
    },
  },
  page: pageUrl.document,
});

export const commitmentKind = defineRecordKind({
  name: 'commitments',
  table: commitmentTable,
  recordsOf: (dataset) => dataset.commitments,
  idOf: byId,
  served: {
    schema: Commitment,
    tag: 'Commitments',
    noun: 'commitment',
    parameter: idParameter('commitment', CommitmentId, 'ungass-2016-1-a'),
    one: {
      operationId: 'getCommitment',
      description:
        'A paragraph, recommendation or mandate of an international document: its text as ' +
        'printed, number, section heading, footnotes, errata and provenance.',
    },
  },
  page: pageUrl.commitment,
});

export const commitmentFootnoteKind = defineRecordKind({
  name: 'commitment_footnotes',
  table: commitmentFootnoteTable,
  recordsOf: (dataset) => dataset.commitment_footnotes,
  idOf: byId,
  served: null,
  page: null,
});

export const commitmentErratumKind = defineRecordKind({
  name: 'commitment_errata',
  table: commitmentErratumTable,
  recordsOf: (dataset) => dataset.commitment_errata,
  idOf: byId,
  served: null,
  page: null,
});

export const lineageKind = defineRecordKind({
  name: 'lineage',
  table: lineageTable,
  recordsOf: lineageRowsOf,
  idOf: null,
  served: null,
  page: null,
});

export const relatedKind = defineRecordKind({
  name: 'related',
  table: relatedTable,
  recordsOf: (dataset) => dataset.related,
  idOf: null,
  served: null,
  page: null,
});

export const sourceLayoutKind = defineRecordKind({
  name: 'source_layout',
  table: sourceLayoutTable,
  recordsOf: (dataset) => dataset.source_layout,
  idOf: null,
  served: null,
  page: null,
});

/** Every kind of record a release publishes, in the order of the bundle's tables. */
export const RECORD_KINDS: ReadonlyArray<AnyRecordKind> = [
  planKind,
  passageKind,
  areaKind,
  objectiveKind,
  actionKind,
  footnoteKind,
  erratumKind,
  roundKind,
  countryKind,
  resultKind,
  documentKind,
  commitmentKind,
  commitmentFootnoteKind,
  commitmentErratumKind,
  lineageKind,
  relatedKind,
  sourceLayoutKind,
];

/** The CSV tables of a release bundle, in the order its datapackage.json lists them: one per kind. */
export const BUNDLE_TABLES = RECORD_KINDS.map((kind) => kind.table);
