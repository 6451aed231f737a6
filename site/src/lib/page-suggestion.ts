import { PAGE_INDEX_URL, closestPages, type PageIndex } from './closest-pages.ts';

/**
 * On the 404 page, which CloudFront serves as a static file for every unknown address: offers the
 * existing pages closest to the address (closestPages), in the language of its prefix, in
 * `#page-suggestion`, whose `data-{language}` attributes hold the sentence around `{pages}`.
 * Nothing is shown when no page is close, or when the index cannot be read.
 */
export async function suggestClosestPages() {
  const suggestion = document.querySelector<HTMLElement>('#page-suggestion')!;
  let index: PageIndex;
  try {
    const response = await fetch(PAGE_INDEX_URL);
    if (!response.ok) return;
    index = await response.json();
  } catch {
    return;
  }
  const { language, paths } = closestPages(location.pathname, index);
  const sentence = suggestion.dataset[language];
  if (!paths.length || !sentence) return;
  const [before = '', after = ''] = sentence.split('{pages}');
  const pages = new Intl.ListFormat(language, { type: 'disjunction' }).formatToParts(paths).map((part) => {
    if (part.type !== 'element') return part.value;
    const link = document.createElement('a');
    link.href = part.value;
    link.textContent = part.value;
    return link;
  });
  suggestion.lang = language;
  suggestion.replaceChildren(before, ...pages, after);
  suggestion.hidden = false;
}
