import { css } from 'lit';
import type { Finding } from '../../schema/result.js';
import { pathWithin } from './paths.js';
import { askedPaths, askedSections, type FormDefinition, type QuestionView, type Section } from './questions.js';

/** How the questions step is laid out: every section on one page, or one section per page. */
export type FormLayout = 'single' | 'pages';

/** True when `at` is one of `paths`, a part of one, or a group that holds one. */
function covers(at: string | undefined, paths: readonly string[]): boolean {
  return at !== undefined && paths.some((path) => pathWithin(path, at) || pathWithin(at, path));
}

/**
 * `layout="pages"`: which section's page shows, and whether its Continue goes back to check your answers (after a
 * Change link) or on to the next page. The pages are the definition's sections that apply now, so a section
 * that stops applying drops out and the numbers follow. The browser's history is left alone: Back is a link.
 */
export class PagedLayout<V extends QuestionView> {
  private index = 0;
  /** Set by a Change link on check your answers: the page's Continue goes back there. */
  returnToCheck = false;

  constructor(
    private readonly definition: () => FormDefinition<V>,
    private readonly view: () => V,
  ) {}

  /** The pages now: the sections that apply. */
  pages(): Section<V>[] {
    return askedSections(this.definition(), this.view());
  }

  /** The page showing (the last one, if fewer apply than before). */
  current(): { section: Section<V> | undefined; number: number; count: number } {
    const pages = this.pages();
    const index = Math.min(this.index, Math.max(pages.length - 1, 0));
    return { section: pages[index], number: index + 1, count: pages.length };
  }

  get isLast(): boolean {
    const { number, count } = this.current();
    return number >= count;
  }

  /** True when a finding is about a question on the page showing. */
  onPage(finding: Finding): boolean {
    const { section } = this.current();
    return section !== undefined && covers(finding.path, askedPaths(section, this.view()));
  }

  next(): void {
    if (!this.isLast) this.index = this.current().number;
  }

  previous(): void {
    this.index = Math.max(this.current().number - 2, 0);
  }

  first(): void {
    this.index = 0;
    this.returnToCheck = false;
  }

  last(): void {
    this.index = Math.max(this.pages().length - 1, 0);
    this.returnToCheck = false;
  }

  /** Shows the page that asks `path`, whose Continue then returns to check your answers. */
  openFor(path: string): void {
    const index = this.pages().findIndex((section) => covers(path, askedPaths(section, this.view())));
    if (index === -1) return;
    this.index = index;
    this.returnToCheck = true;
  }

  /** Shows the first page with one of these errors on it (none: the page stays). */
  showFirstWith(findings: readonly Finding[]): void {
    const errors = findings.filter((finding) => finding.severity === 'error');
    const view = this.view();
    const index = this.pages().findIndex((section) => errors.some((finding) => covers(finding.path, askedPaths(section, view))));
    if (index !== -1) this.index = index;
  }

  /** The page showing, by its section's id, for a draft to keep. */
  get pageId(): string | undefined {
    return this.current().section?.id;
  }

  /** Shows the page a draft kept (by section id), if the form still has it. */
  restore(pageId: unknown): void {
    if (typeof pageId !== 'string') return;
    const index = this.pages().findIndex((section) => section.id === pageId);
    if (index !== -1) this.index = index;
  }
}

/** The caption above a page's heading ("Section 2 of 7"). */
export const pagedStyles = css`
  .caption-m {
    display: block;
    margin: 0 0 var(--odf-space-1, 5px);
    color: var(--odf-secondary-text-colour, #505a5f);
    font-size: 18px;
    line-height: 1.11;
    font-weight: 400;
  }

  @container (min-width: 641px) {
    .caption-m {
      font-size: 24px;
      line-height: 1.25;
    }
  }
`;
