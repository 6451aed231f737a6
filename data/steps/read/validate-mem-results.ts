import { parse } from 'csv-parse/sync';
import {
  Assessment,
  RESULT_COLUMNS,
  actionsOf,
  assessmentKey,
  objectivesOf,
  type Country,
  type Plan,
  type ResultColumn,
  type Round,
} from '../../../schema/index.ts';
import { DataError } from './data-error.ts';

/** What a results file is checked against. */
export interface ResultContext {
  readonly rounds: ReadonlyArray<Round>;
  readonly countries: ReadonlyArray<Country>;
  readonly plans: ReadonlyArray<Plan>;
  /** Results already accepted; a row that repeats one of them is a duplicate. */
  readonly stored: ReadonlyArray<Assessment>;
}

/** The line of the first byte sequence that is not UTF-8, or null when the whole file is UTF-8. */
function firstNonUtf8Line(bytes: Uint8Array): number | null {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return null;
}

/** Which unit ids a round accepts, and how to say what it expects. */
function unitRule(round: Round, plans: ReadonlyArray<Plan>): { accepts: (unit: string) => boolean; expected: string } {
  const plan = plans.filter((p) => p.id === round.plan);
  if (round.unit === 'priority-action') {
    const ids = new Set(actionsOf(plan).map((a) => a.id));
    return {
      accepts: (unit) => ids.has(unit),
      expected: `a priority action id of the ${round.plan} plan, such as ${[...ids][0]}`,
    };
  }
  if (round.unit === 'objective') {
    const ids = new Set(objectivesOf(plan).map((o) => o.id));
    return {
      accepts: (unit) => ids.has(unit),
      expected: `an objective id of the ${round.plan} plan, such as ${[...ids][0]}`,
    };
  }
  const count = round.recommendations;
  const pattern = new RegExp(`^mem${round.round}-rec-([1-9]\\d*)$`);
  return {
    accepts: (unit) => {
      const n = pattern.exec(unit)?.[1];
      return n !== undefined && (count === undefined || Number(n) <= count);
    },
    expected:
      `a recommendation of round ${round.round}, mem${round.round}-rec-1` +
      `${count ? ` to mem${round.round}-rec-${count}` : ''}`,
  };
}

/**
 * Checks a results CSV (one row per assessment, the columns of RESULT_COLUMNS) and returns every
 * problem at once, each with its line and column: bytes that are not UTF-8, a wrong header, an
 * unknown round, country, unit or status, a missing source, a bad date, demonstration data, a
 * duplicate of another row or of a stored result. The assessments are returned only when there
 * is no problem at all.
 */
export function validateResults(
  file: string,
  bytes: Uint8Array,
  context: ResultContext,
): { assessments: Assessment[]; problems: DataError[] } {
  const problems: DataError[] = [];
  const problem = (line: number, column: ResultColumn | null, message: string) =>
    problems.push(
      new DataError(file, line, column, message, column === null ? null : RESULT_COLUMNS.indexOf(column) + 1),
    );
  const badLine = firstNonUtf8Line(bytes);
  if (badLine !== null) {
    problem(badLine, null, 'this line is not UTF-8 text; save the file as "CSV UTF-8"');
    return { assessments: [], problems };
  }
  let rows: Array<{ record: string[]; info: { lines: number } }>;
  try {
    rows = parse(Buffer.from(bytes), {
      bom: true,
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
    }) as unknown as typeof rows;
  } catch (error) {
    const { lines, message } = error as { lines?: number; message: string };
    problem(lines ?? 1, null, `not valid CSV: ${message}`);
    return { assessments: [], problems };
  }
  const [header, ...records] = rows;
  if (!header || header.record.join(',') !== RESULT_COLUMNS.join(',')) {
    problem(1, null, `the header must be exactly: ${RESULT_COLUMNS.join(',')}`);
    return { assessments: [], problems };
  }

  const rounds = new Map(context.rounds.map((r) => [r.round, r]));
  const unitRules = new Map(context.rounds.map((r) => [r.round, unitRule(r, context.plans)]));
  const countries = new Map(context.countries.map((c) => [c.iso3, c]));
  const seen = new Map(context.stored.map((a) => [assessmentKey(a), 0]));
  const assessments: Assessment[] = [];
  for (const { record, info } of records) {
    const line = info.lines;
    if (record.length !== RESULT_COLUMNS.length) {
      problem(line, null, `expected ${RESULT_COLUMNS.length} cells, found ${record.length}`);
      continue;
    }
    const cell = Object.fromEntries(RESULT_COLUMNS.map((name, i) => [name, record[i]!.trim()])) as Record<
      ResultColumn,
      string
    >;
    const before = problems.length;

    const round = rounds.get(Number(cell.round));
    if (!/^\d+$/.test(cell.round) || !round)
      problem(line, 'round', `"${cell.round}" is not a MEM round (1-${context.rounds.length})`);
    const country = countries.get(cell.country);
    if (!country)
      problem(line, 'country', `"${cell.country}" is not the ISO 3166-1 alpha-3 code of an OAS member state`);
    else if (!country.mem_participant)
      problem(line, 'country', `${country.names.en} (${country.iso3}) does not take part in the MEM`);
    if (round) {
      const rule = unitRules.get(round.round)!;
      if (!rule.accepts(cell.unit)) problem(line, 'unit', `"${cell.unit}" is not ${rule.expected}`);
      if (!round.scale)
        problem(
          line,
          'status',
          `round ${round.round}'s rating scale is not known yet: add its statuses, with their ` +
            `source, to data/mem/rounds.yaml first`,
        );
      else if (!round.scale.statuses.some((s) => s.code === cell.status)) {
        problem(
          line,
          'status',
          `"${cell.status}" is not a status of round ${round.round}: ` +
            `${round.scale.statuses.map((s) => s.code).join(', ')}`,
        );
      }
    }
    if (!cell.finding) problem(line, 'finding', 'the finding is missing: transcribe what the report says');
    if (!cell.source_title)
      problem(line, 'source_title', 'the source is missing: give the title of the published report');
    if (!Assessment.shape.source.unwrap().shape.url.safeParse(cell.source_url).success)
      problem(line, 'source_url', `the source URL "${cell.source_url}" is missing or not an http(s) URL`);
    if (!/^[1-9]\d*$/.test(cell.source_page))
      problem(line, 'source_page', `"${cell.source_page}" is not a page number of the report`);
    if (!Assessment.shape.published.safeParse(cell.published).success)
      problem(line, 'published', `"${cell.published}" is not a date YYYY-MM-DD`);
    if (cell.data_status !== 'official')
      problem(
        line,
        'data_status',
        `"${cell.data_status}": only official results are imported; demonstration data is generated, never imported`,
      );

    const key = assessmentKey({ round: Number(cell.round), country: cell.country, unit: cell.unit });
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problem(
        line,
        null,
        earlier === 0
          ? `round ${cell.round}, ${cell.country}, ${cell.unit} is already in the stored results`
          : `duplicate of line ${earlier}: round ${cell.round}, ${cell.country}, ${cell.unit}`,
      );
    } else seen.set(key, line);

    if (problems.length === before) {
      assessments.push(
        Assessment.parse({
          round: Number(cell.round),
          country: cell.country,
          unit: cell.unit,
          status: cell.status,
          finding: cell.finding,
          recommendation: cell.recommendation || null,
          source: { title: cell.source_title, url: cell.source_url, page: Number(cell.source_page) },
          published: cell.published,
          data_status: 'official',
        }),
      );
    }
  }
  return problems.length ? { assessments: [], problems } : { assessments, problems };
}
