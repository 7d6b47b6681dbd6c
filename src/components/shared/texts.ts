import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { FormsConfig } from '../../schema/config.js';
import { externalLink } from './notices.js';

/*
 * Texts a local authority may reword through `config.texts`, without forking the library: its own contact line,
 * link texts and next steps. Each has a stable id (the README lists them); the library's wording, translated by
 * msg(), stands wherever the config gives none. A replacement is the authority's own wording in every locale, may
 * name `{localAuthority}` and `{contactEmail}`, and is always shown as text, never as HTML.
 */

/** Every text id `config.texts` may set, on either form. */
export const textIds = [
  'contact-line',
  'guidance-link',
  'part-time-timetable-link',
  'notification.next-steps',
  'outcome-review.next-steps',
] as const;

export type TextId = (typeof textIds)[number];

const isTextId = (id: string): id is TextId => (textIds as readonly string[]).includes(id);

/** `{name}` placeholders a replacement may use, filled from the resolved configuration. */
function fill(text: string, config: FormsConfig): string {
  const values: Record<string, string> = {
    localAuthority: config.localAuthority.name,
    contactEmail: config.localAuthority.contactEmail ?? '',
  };
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** The authority's replacement for `id`, when the config gives a non-blank one. */
export function textOverride(config: FormsConfig, id: TextId): string | undefined {
  const replacement = config.texts?.[id];
  return typeof replacement === 'string' && replacement.trim() !== '' ? fill(replacement.trim(), config) : undefined;
}

/** The text for `id`: the authority's replacement, or the library's own wording (`fallback`, already localised). */
export function configuredText(config: FormsConfig, id: TextId, fallback: string): string {
  return textOverride(config, id) ?? fallback;
}

/** One sentence per `config.texts` key that names no text, for the element's configuration problems. */
export function unknownTextProblems(config: FormsConfig): string[] {
  return Object.keys(config.texts ?? {})
    .filter((id) => !isTextId(id))
    .map((id) => {
      const setting = `texts.${id}`;
      return msg(str`"${setting}" is not a text this form can reword; it is ignored.`);
    });
}

/**
 * The contact line under a form's introduction: "Questions about this form:" and the authority's contact email,
 * or the authority's own `contact-line` (with the email after it, when there is one). Nothing when neither is set.
 */
export function contactLine(config: FormsConfig): TemplateResult | typeof nothing {
  const email = config.localAuthority.contactEmail;
  const text = textOverride(config, 'contact-line');
  if (!email && text === undefined) return nothing;
  return html`<p class="body" data-text="contact-line">
    ${text ?? msg('Questions about this form:')}
    ${email ? html`<a class="link" href=${`mailto:${email}`}>${email}</a>` : nothing}
  </p>`;
}

/** A link to the authority's guidance (`localAuthority.guidanceUrl`), titled by `guidance-link`. */
export function guidanceLink(config: FormsConfig): TemplateResult | typeof nothing {
  const url = config.localAuthority.guidanceUrl;
  if (!url) return nothing;
  const name = config.localAuthority.name;
  return html`<p class="body" data-text="guidance-link">
    ${externalLink(url, configuredText(config, 'guidance-link', msg(str`${name} guidance`)))}
  </p>`;
}

/** The link text for the authority's part-time timetable notification form. */
export function partTimeTimetableLinkText(config: FormsConfig): string {
  return configuredText(config, 'part-time-timetable-link', msg('Part-time timetable notification form'));
}
