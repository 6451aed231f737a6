import type { APIRoute, GetStaticPaths } from 'astro';
import { downloadUrl } from '../../../../schema/index.ts';
import { completeDownloads, type CompleteDownload } from '../../lib/downloads.ts';

/** Every complete download, as CSV and as CSV for Excel: `/downloads/results-round-8.csv`, `...-excel.csv`. */
export const getStaticPaths = (() =>
  [...completeDownloads.values()].flatMap((download) =>
    [false, true].map((excel) => ({
      params: { file: downloadUrl(download.name, excel).replace('/downloads/', '') },
      props: { download, excel },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ download: CompleteDownload; excel: boolean }> = ({ props: { download, excel } }) =>
  new Response(download.csv(excel), { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
