import type { CommitmentDocument, CommitmentDocumentId } from '../../../schema/index.ts';

/**
 * What each commitment document is, as its source prints it (the line is given for each date):
 * the compilation's manifest describes the file, these describe the documents within it. None
 * gives a `publication` yet: an address is recorded only once someone has verified it.
 */
export const DOCUMENT_FACTS: Record<
  CommitmentDocumentId,
  Pick<CommitmentDocument, 'issuer' | 'date' | 'instrument' | 'publication'>
> = {
  // Line 54: adopted at the ministerial segment of the Commission's sixty-second session, 2019.
  'cnd-2019': { issuer: 'Commission on Narcotic Drugs', date: '2019', instrument: 'Ministerial Declaration' },
  // Line 172, footnote 1: "General Assembly resolution S-30-1, annex. Adopted on 19 April 2016."
  'ungass-2016': {
    issuer: 'General Assembly',
    date: '2016-04-19',
    instrument: 'Outcome document of the thirtieth special session of the General Assembly',
  },
  // Line 588: the high-level segment of the Commission's fifty-seventh session, 2014.
  'jms-2014': { issuer: 'Commission on Narcotic Drugs', date: '2014', instrument: 'Joint Ministerial Statement' },
  // Line 588 of the compilation: adopted by the General Assembly in its resolution 64/182 of 18 December 2009.
  'pd-2009': {
    issuer: 'Commission on Narcotic Drugs; General Assembly',
    date: '2009',
    instrument: 'Political Declaration and Plan of Action',
  },
  'soa-security': {
    issuer: 'Summits of the Americas',
    date: null,
    instrument: 'Compilation of Summit mandates (Declarations and Plans of Action), security sectoral area',
  },
};
