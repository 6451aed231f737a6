import type { Provenance } from '../../../schema/index.ts';
import { DATA_FILES } from '../../paths.ts';
import { DataError } from '../read/data-error.ts';
import { findTextDefects } from '../parse/text-defects.ts';

/**
 * Stops the build when a published text still carries page furniture, markup or a lost hyphen, naming the source line
 * that prints it.
 */
export function refuseTextDefects(
  records: Iterable<{ id: string; text: string; provenance: Provenance }>,
  hyphenated: ReadonlyMap<string, string>,
) {
  for (const record of records) {
    const [defect] = findTextDefects(record.text, hyphenated);
    if (defect) {
      throw new DataError(
        `${DATA_FILES.sources}/${record.provenance.source}.txt`,
        record.provenance.lines[0],
        null,
        `the text of ${record.id} contains a defect (${defect}); repair it with an erratum`,
      );
    }
  }
}
