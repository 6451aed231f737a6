import type { Provenance } from '../../schema/index.ts';
import { DataError } from './data-error.ts';
import { findTextDefects } from './text-defects.ts';

/** Stops the build when a published text still carries page furniture, markup or a lost hyphen, naming the source line that prints it. */
export function refuseTextDefects(
  records: Iterable<{ id: string; text: string; provenance: Provenance }>,
  hyphenated: ReadonlyMap<string, string>,
) {
  for (const record of records) {
    const [defect] = findTextDefects(record.text, hyphenated);
    if (defect) {
      throw new DataError(
        `data/sources/${record.provenance.source}.txt`,
        record.provenance.lines[0],
        null,
        `the text of ${record.id} contains a defect (${defect}); repair it with an erratum`,
      );
    }
  }
}
