/** A page longer than this many screens of a desktop must offer a way to jump within it. */
export const SCREENS = 5;

/** What a page offers to move within it, measured in the page. */
export interface InPageNavigation {
  readonly height: number;
  /** How many contents (nav.contents) it has. */
  readonly contents: number;
  /** How many links back to them it keeps in a corner of the screen. */
  readonly backLink: number;
  /** The links of its contents, and of the way back to them, that lead to nothing seen on the page. */
  readonly unresolved: ReadonlyArray<string>;
}

/** Run in the page: its height and its in-page navigation. */
export function inPageNavigation(): InPageNavigation {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('nav.contents a, a.to-contents')];
  const unresolved = links
    .filter((a) => {
      const target = document.getElementById(decodeURIComponent(a.hash.slice(1)));
      return !a.hash || !target || target.getBoundingClientRect().height === 0;
    })
    .map((a) => a.getAttribute('href')!);
  return {
    height: document.documentElement.scrollHeight,
    contents: document.querySelectorAll('nav.contents').length,
    backLink: document.querySelectorAll('a.to-contents').length,
    unresolved,
  };
}

/**
 * What is wrong with a page's in-page navigation, one line each: a page longer than SCREENS
 * screens of `screenHeight` needs one contents and one link back to them, and no link of either
 * may lead nowhere.
 */
export function inPageNavigationProblems(path: string, nav: InPageNavigation, screenHeight: number): string[] {
  const long = nav.height > SCREENS * screenHeight;
  return [
    ...(long && nav.contents !== 1 ? [`${path} (${nav.height} px) has ${nav.contents} contents`] : []),
    ...(long && nav.backLink !== 1 ? [`${path} (${nav.height} px) has no link back to its contents`] : []),
    ...nav.unresolved.map((href) => `${path}: ${href} leads nowhere`),
  ];
}
