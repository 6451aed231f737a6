import {
  apiLink,
  apiUrl,
  documentKind,
  planKind,
  type CommitmentDocument,
  type PlanDocument,
} from '../../schema/index.ts';
import type { ReleaseStore } from '../storage/release-store.ts';
import { recordKey } from '../storage/table-design.ts';

/** The printed document a record is published from, as its HTML page names it. */
export interface PrintedDocument {
  readonly title: string;
  readonly issuer: string;
  /** Its symbol, where it prints one. */
  readonly symbol: string | null;
  /** Its date of adoption, only as precise as printed. */
  readonly date: string | null;
  /** The document's record pinned to the release, e.g. `/v1/plans/2016-2020?release=2026-11-22.2`. */
  readonly href: string;
}

type Fields = Readonly<Record<string, unknown>>;

const ofPlan = (plan: string, document: PlanDocument, release: string): PrintedDocument => ({
  title: document.title,
  issuer: document.issuer,
  symbol: document.symbol,
  date: document.adopted,
  href: apiLink(apiUrl.plan(plan), { query: { release } }),
});

const ofCommitmentDocument = (document: CommitmentDocument, release: string): PrintedDocument => ({
  title: document.title,
  issuer: document.issuer,
  symbol: null,
  date: document.date,
  href: apiLink(apiUrl.document(document.id), { query: { release } }),
});

/**
 * The printed document a record is published from, read from the same release: a plan's own
 * `document`; a commitment document itself; for a record of a plan (area, objective,
 * action, footnote, erratum) the document of the plan it names in `plan`, and for a commitment
 * that of the document it names in `document`, each one more read by key. Null for a record
 * without provenance (MEM rounds, countries, results), which no document prints.
 */
export async function printedDocumentOf(
  store: ReleaseStore,
  release: string,
  record: Fields,
): Promise<PrintedDocument | null> {
  if (typeof record.document === 'object' && record.document !== null) {
    return ofPlan(String(record.id), record.document as PlanDocument, release);
  }
  if (!record.provenance) return null;
  if (typeof record.issuer === 'string') return ofCommitmentDocument(record as unknown as CommitmentDocument, release);
  const [kind, id] =
    typeof record.document === 'string' ? [documentKind, record.document] : [planKind, String(record.plan)];
  const item = await store.get(recordKey(release, kind, id));
  if (!item) throw new Error(`Release ${release} has no ${kind.name} record ${id}, which ${String(record.id)} names`);
  const parent = JSON.parse(item.json) as Fields;
  return kind === documentKind
    ? ofCommitmentDocument(parent as unknown as CommitmentDocument, release)
    : ofPlan(id, parent.document as PlanDocument, release);
}
