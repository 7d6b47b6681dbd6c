import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Finding } from '../../schema/result.js';

/** GOV.UK warning text: a round "!" icon and bold text; "Warning" is read out before it. */
export function warningText(content: string | TemplateResult): TemplateResult {
  return html`<div class="warning-text" part="warning">
    <span class="warning-text__icon" aria-hidden="true">!</span>
    <strong class="warning-text__text"><span class="visually-hidden">${msg('Warning')}</span> ${content}</strong>
  </div>`;
}

/** A link that leaves the form: a new tab, said in the link text, so nothing typed is lost. */
export function externalLink(href: string, text: string): TemplateResult {
  return html`<a class="link" href=${href} target="_blank" rel="noopener noreferrer"
    >${text} ${msg('(opens in new tab)')}</a
  >`;
}

/** GOV.UK inset text: a grey bar beside a note. */
export function insetText(content: string | TemplateResult): TemplateResult {
  return html`<div class="inset-text" part="notice">${content}</div>`;
}

/** A finding as the reader should meet it: warnings as warning text, notices as inset text. */
export function findingNotice(finding: Finding): TemplateResult {
  return finding.severity === 'info'
    ? insetText(finding.message)
    : html`<div data-code=${finding.code}>${warningText(finding.message)}</div>`;
}

/** Warnings first, then notices; errors are left to the error summary. */
export function findingNotices(findings: readonly Finding[]): TemplateResult | typeof nothing {
  const warnings = findings.filter((finding) => finding.severity === 'warning');
  const infos = findings.filter((finding) => finding.severity === 'info');
  if (!warnings.length && !infos.length) return nothing;
  return html`${warnings.map(findingNotice)}${infos.map(findingNotice)}`;
}

/**
 * A GOV.UK notification banner: a coloured title bar over a white body. `error` draws it in the error colour.
 * `alert` makes it a live alert (sending failed), said in full, title first, when it appears or takes focus; the
 * whole banner is the focus target (`id`), so its title is read with its message.
 */
export function notificationBanner(options: {
  title: string;
  content: TemplateResult;
  kind?: 'info' | 'error';
  id?: string;
  alert?: boolean;
}): TemplateResult {
  const id = options.id ?? 'notification';
  return html`<div
    class=${options.kind === 'error' ? 'notification notification--error' : 'notification'}
    part="notification"
    id=${id}
    tabindex="-1"
    role=${options.alert ? 'alert' : 'region'}
    aria-labelledby=${`${id}-title`}
  >
    <div class="notification__header"><h2 class="heading-s" id=${`${id}-title`}>${options.title}</h2></div>
    <div class="notification__content">${options.content}</div>
  </div>`;
}
