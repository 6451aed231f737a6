/** The part of Pagefind's browser API the search page uses. */
interface Pagefind {
  search(
    query: string,
    options?: { filters?: Record<string, string> },
  ): Promise<{ results: Array<{ data(): Promise<PagefindResult> }> }>;
}
interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string; id?: string; plan?: string };
}

const MAX_RESULTS = 50;

/** A text node wrapped in an element, so result metadata is never parsed as HTML. */
function element(tag: string, text: string, className?: string) {
  const node = document.createElement(tag);
  node.textContent = text;
  if (className) node.className = className;
  return node;
}

/**
 * Runs the search in the page's URL (`q`, and `plan` as a filter) and lists the results with each
 * record's id and plan. Pagefind's index is fetched only here, when there is something to search.
 */
export async function runSearch() {
  const params = new URLSearchParams(location.search);
  const query = params.get('q')?.trim() ?? '';
  const plan = params.get('plan') ?? '';
  const input = document.querySelector<HTMLInputElement>('#search-q')!;
  const select = document.querySelector<HTMLSelectElement>('#search-plan')!;
  const status = document.querySelector<HTMLElement>('#search-status')!;
  const list = document.querySelector<HTMLOListElement>('#search-results')!;
  // The notice is for readers without JavaScript; this script running means search can run.
  document.querySelector<HTMLElement>('#search-needs-js')!.hidden = true;
  input.value = query;
  select.value = plan;
  if (!query) {
    input.focus();
    return;
  }
  try {
    const pagefindUrl = '/pagefind/pagefind.js';
    const pagefind: Pagefind = await import(/* @vite-ignore */ pagefindUrl);
    const search = await pagefind.search(query, plan ? { filters: { plan } } : {});
    const results = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
    list.replaceChildren(
      ...results.map((result) => {
        const item = document.createElement('li');
        const link = element('a', result.meta.title ?? result.url);
        link.setAttribute('href', result.url);
        const heading = document.createElement('h2');
        heading.append(link);
        const meta = element('p', '', 'result-meta');
        meta.append(
          element('span', `${status.dataset.id} `),
          element('code', result.meta.id ?? ''),
          element('span', ` · ${status.dataset.plan} ${result.meta.plan ?? ''}`),
        );
        const excerpt = document.createElement('p');
        excerpt.lang = 'en';
        excerpt.innerHTML = result.excerpt; // Pagefind's excerpt: the page's own text with <mark> around matches.
        item.append(heading, meta, excerpt);
        return item;
      }),
    );
    status.textContent = search.results.length
      ? status.dataset.count!.replace('{count}', String(search.results.length)).replace('{query}', query)
      : status.dataset.none!.replace('{query}', query);
  } catch {
    status.textContent = status.dataset.failed!;
  }
}
