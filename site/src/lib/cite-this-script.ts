import { citationFile, citations, type CitationFileForm, type CitationSubject } from './citation.ts';

/** The reader's date, as YYYY-MM-DD in their own time zone. */
const today = () => {
  const now = new Date();
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
};

/**
 * In the browser: renders the citations again with the reader's access date, in the boxes and in
 * the files to download, and shows the copy buttons, which need the clipboard. Without
 * JavaScript the citations stay readable, selectable and downloadable, dated the day of the build.
 */
export function enableCiteThis() {
  const section = document.querySelector<HTMLElement>('[data-cite-subject]');
  if (!section) return;
  const subject = JSON.parse(section.dataset.citeSubject!) as CitationSubject;
  const date = today();
  const cited = citations(subject, date);
  const forms: Record<string, string> = { ...cited };
  for (const box of section.querySelectorAll<HTMLElement>('[data-cite]')) {
    const text = forms[box.dataset.cite!]!;
    if (box instanceof HTMLTextAreaElement) box.value = text;
    else box.textContent = text;
  }
  for (const link of section.querySelectorAll<HTMLAnchorElement>('[data-download]')) {
    link.href = citationFile(link.dataset.download as CitationFileForm, cited).href;
  }
  const note = section.querySelector<HTMLElement>('#cite-accessed')!;
  note.textContent = note.textContent!.replace(/\d{4}-\d{2}-\d{2}/, date);
  if (!navigator.clipboard) return;
  for (const button of section.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
    button.hidden = false;
    button.addEventListener('click', async () => {
      await navigator.clipboard.writeText(forms[button.dataset.copy!]!);
      note.textContent = note.dataset.copied!;
    });
  }
}
