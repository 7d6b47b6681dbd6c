// The inbox's pages, server-rendered in the GOV.UK look of the forms. No inline script or style: the one
// stylesheet is /inbox/assets/inbox.css, and the Content Security Policy allows nothing else.
import { notificationSections, outcomeKind, reviewSections } from './answers.mjs';
import { html, peopleDate, peopleTime } from './html.mjs';
import { flagLabels, flags, shortReference, statusLabels, statuses } from './register.mjs';

const SERVICE = 'Offsite directions inbox';

export function layout({ title, user, csrf, body, errors = false }) {
  return html`<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${errors ? 'Error: ' : ''}${title} – ${SERVICE}</title>
<link rel="stylesheet" href="/inbox/assets/inbox.css">
</head>
<body>
<a href="#main" class="skip-link">Skip to main content</a>
<header class="header">
  <div class="width header__inner">
    <a href="/inbox/" class="header__service">${SERVICE}</a>
    ${user
      ? html`<nav aria-label="Account" class="header__account">
      <span class="header__user">Signed in as ${user}</span>
      <form method="post" action="/inbox/sign-out" class="header__form">
        <input type="hidden" name="csrf" value="${csrf}">
        <button type="submit" class="link-button">Sign out</button>
      </form>
    </nav>`
      : ''}
  </div>
</header>
<div class="width">
<main id="main" class="main" tabindex="-1">
${body}
</main>
</div>
<footer class="footer"><div class="width">The local authority decides how long these records are kept.</div></footer>
</body>
</html>`;
}

function errorSummary(errors) {
  if (!errors.length) return '';
  return html`<div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1" autofocus>
  <h2 class="error-summary__title" id="error-summary-title">There is a problem</h2>
  <ul class="error-summary__list">${errors.map((error) => html`<li><a href="#${error.field}">${error.message}</a></li>`)}</ul>
</div>`;
}

export function signInPage({ csrf, username = '', errors = [] }) {
  const fieldError = (name) => errors.find((error) => error.field === name);
  const input = (name, labelText, type, autocomplete, value) => {
    const error = fieldError(name);
    return html`<div class="form-group${error ? ' form-group--error' : ''}">
  <label class="label" for="${name}">${labelText}</label>
  ${error ? html`<p id="${name}-error" class="error-message"><span class="visually-hidden">Error:</span> ${error.message}</p>` : ''}
  <input class="input${error ? ' input--error' : ''}" id="${name}" name="${name}" type="${type}" autocomplete="${autocomplete}"
    spellcheck="false" value="${value}"${error ? html` aria-describedby="${name}-error"` : ''}>
</div>`;
  };
  return layout({
    title: 'Sign in',
    errors: errors.length > 0,
    body: html`${errorSummary(errors)}
<h1 class="heading-l">Sign in</h1>
<p class="body">For caseworkers of the local authority’s Exclusion and Access Team.</p>
<form method="post" action="/inbox/sign-in" novalidate>
  <input type="hidden" name="csrf" value="${csrf}">
  ${input('username', 'Username', 'text', 'username', username)}
  ${input('password', 'Password', 'password', 'current-password', '')}
  <button type="submit" class="button">Sign in</button>
</form>`,
  });
}

const tag = (status) => html`<strong class="tag tag--${status}">${statusLabels[status]}</strong>`;

export function statusSentence(direction) {
  const on = peopleDate(direction.statusDate);
  switch (direction.status) {
    case 'notified': return `First review by ${on}`;
    case 'review-due': return `First review was due ${on}`;
    case 'outcome-overdue': return `Estimated end ${on} passed with no outcome`;
    case 'extended': return `Extended to ${on}`;
    case 'returned': return `Returned to school ${on}`;
    default: return `Managed move from ${on}`;
  }
}

function query(filters) {
  const params = new URLSearchParams();
  if (filters.q) params.set('q', filters.q);
  if (filters.status) params.set('status', filters.status);
  if (filters.school) params.set('school', filters.school);
  for (const flag of filters.flags) params.append('flag', flag);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function registerPage({ user, csrf, today, directions, total, unlinked, filters, schools }) {
  const option = (value, text, chosen) => html`<option value="${value}"${chosen ? html` selected` : ''}>${text}</option>`;
  const filtered = filters.q || filters.status || filters.school || filters.flags.length > 0;
  return layout({
    title: 'Offsite directions',
    user,
    csrf,
    body: html`<span class="caption">Today is ${peopleDate(today)}</span>
<h1 class="heading-l">Offsite directions</h1>
<form method="get" action="/inbox/" class="filters" role="search" aria-label="Filter the register">
  <div class="form-group">
    <label class="label" for="q">Search by pupil name, UPN or reference</label>
    <input class="input input--wide" id="q" name="q" type="search" value="${filters.q}" spellcheck="false">
  </div>
  <div class="filters__row">
    <div class="form-group">
      <label class="label" for="status">Status</label>
      <select class="select" id="status" name="status">
        ${option('', 'Any status', !filters.status)}
        ${statuses.map((status) => option(status, statusLabels[status], filters.status === status))}
      </select>
    </div>
    <div class="form-group">
      <label class="label" for="school">School</label>
      <select class="select" id="school" name="school">
        ${option('', 'Any school', !filters.school)}
        ${schools.map((school) => option(school.laestab, `${school.name} (${school.laestab})`, filters.school === school.laestab))}
      </select>
    </div>
  </div>
  <div class="form-group">
    <fieldset class="fieldset">
      <legend class="fieldset__legend">Only directions with</legend>
      <div class="checkboxes">
        ${flags.map((flag) => html`<div class="checkboxes__item">
          <input class="checkboxes__input" id="flag-${flag}" name="flag" type="checkbox" value="${flag}"${filters.flags.includes(flag) ? html` checked` : ''}>
          <label class="checkboxes__label" for="flag-${flag}">${flagLabels[flag]}</label>
        </div>`)}
      </div>
    </fieldset>
  </div>
  <button type="submit" class="button">Apply filters</button>
  ${filtered ? html`<a class="link filters__clear" href="/inbox/">Clear filters</a>` : ''}
</form>
<p class="body" id="result-count" role="status">${directions.length === total ? `${total} ${total === 1 ? 'direction' : 'directions'}` : `${directions.length} of ${total} directions`}</p>
<p class="body"><a class="link" href="/inbox/export.csv${query(filters)}" download>Download ${filtered ? 'these directions' : 'the register'} as CSV</a></p>
${directions.length === 0
  ? html`<p class="body">No directions match.</p>`
  : html`<div class="table-wrap"><table class="table" aria-describedby="result-count">
  <caption class="visually-hidden">Offsite directions, newest first</caption>
  <thead><tr>
    <th scope="col">Reference</th><th scope="col">Pupil</th><th scope="col">School</th>
    <th scope="col">Placement</th><th scope="col">Status</th><th scope="col">Flags</th>
  </tr></thead>
  <tbody>
  ${directions.map((direction) => html`<tr>
    <td><a class="link" href="/inbox/directions/${direction.id}">${direction.reference}</a></td>
    <td>${direction.pupilName}<br><span class="hint">UPN ${direction.upn}</span></td>
    <td>${direction.schoolName}<br><span class="hint">${direction.schoolLaestab}</span></td>
    <td>${peopleDate(direction.startDate)} to ${peopleDate(direction.estimatedEndDate)}</td>
    <td>${tag(direction.status)}<br><span class="hint">${statusSentence(direction)}</span></td>
    <td>${direction.flags.length ? html`<ul class="flag-list">${direction.flags.map((flag) => html`<li class="flag">${flagLabels[flag]}</li>`)}</ul>` : 'None'}</td>
  </tr>`)}
  </tbody>
</table></div>`}
<h2 class="heading-m" id="unlinked">Outcome reviews not matched to a notification</h2>
${unlinked.length === 0
  ? html`<p class="body">None: every outcome review is linked to its notification.</p>`
  : html`<p class="body">No notification has the review’s notification reference, or the same UPN and placement start date.</p>
<ul class="list">${unlinked.map((review) => html`<li><a class="link" href="/inbox/reviews/${review.envelope.submissionId.toLowerCase()}">${shortReference(review.envelope.submissionId)}</a>:
  ${review.envelope.data.pupil.firstName} ${review.envelope.data.pupil.lastName} (UPN ${review.envelope.data.pupil.upn}), ${review.envelope.data.homeSchool.name}, review of ${peopleDate(review.envelope.data.review.date)}</li>`)}</ul>`}`,
  });
}

function summaryList(section) {
  return html`<h3 class="heading-s">${section.title}</h3>
<dl class="summary-list">${section.rows.map((row) => html`<div class="summary-list__row">
  <dt class="summary-list__key">${row.label}</dt>
  <dd class="summary-list__value${row.long ? ' summary-list__value--long' : ''}">${row.value === undefined || row.value === '' ? html`<span class="hint">Not given</span>` : row.value}</dd>
</div>`)}</dl>`;
}

function history(direction) {
  const events = [
    { at: direction.notification.receivedAt, text: `Notification received (sent ${peopleTime(direction.notification.envelope.submittedAt)})` },
    ...direction.reviews.map((review) => ({
      at: review.receivedAt,
      text: `Outcome review ${shortReference(review.envelope.submissionId)} received: ${outcomeKind(review.envelope.data.outcome.kind)}, review held ${peopleDate(review.envelope.data.review.date)} (linked by ${review.linkedBy === 'notificationId' ? 'notification reference' : 'UPN and start date'})`,
    })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  return html`<ol class="timeline">${events.map((event) => html`<li><span class="timeline__time">${peopleTime(event.at)}</span> ${event.text}</li>`)}</ol>`;
}

export function directionPage({ user, csrf, direction }) {
  const { data } = direction.notification.envelope;
  return layout({
    title: `${direction.pupilName}, ${direction.reference}`,
    user,
    csrf,
    body: html`<a class="back-link" href="/inbox/">Back to the register</a>
<span class="caption">Direction ${direction.reference} · ${data.homeSchool.name}</span>
<h1 class="heading-l">${direction.pupilName}</h1>
<p class="body">${tag(direction.status)} ${statusSentence(direction)}</p>
${direction.flags.length ? html`<ul class="flag-list">${direction.flags.map((flag) => html`<li class="flag">${flagLabels[flag]}</li>`)}</ul>` : ''}
<p class="body hint">Reference ${direction.id}</p>
<h2 class="heading-m">History</h2>
${history(direction)}
<h2 class="heading-m">Notification</h2>
${notificationSections(direction.notification.envelope).map((section) => summaryList(section))}
${direction.reviews.map((review, index) => html`<h2 class="heading-m">Outcome review ${index + 1}: ${peopleDate(review.envelope.data.review.date)} (${shortReference(review.envelope.submissionId)})</h2>
${reviewSections(review.envelope).map((section) => summaryList(section))}`)}
${direction.reviews.length === 0 ? html`<p class="body">No outcome review has been received.</p>` : ''}`,
  });
}

export function reviewPage({ user, csrf, review }) {
  const { data } = review.envelope;
  return layout({
    title: `Outcome review ${shortReference(review.envelope.submissionId)}`,
    user,
    csrf,
    body: html`<a class="back-link" href="/inbox/#unlinked">Back to the register</a>
<span class="caption">Outcome review ${shortReference(review.envelope.submissionId)} · not matched to a notification</span>
<h1 class="heading-l">${data.pupil.firstName} ${data.pupil.lastName}</h1>
<p class="body">Received ${peopleTime(review.receivedAt)}.</p>
<h2 class="heading-m">Answers</h2>
${reviewSections(review.envelope).map((section) => summaryList(section))}`,
  });
}

export function messagePage({ user, csrf, title, message }) {
  return layout({ title, user, csrf, body: html`<h1 class="heading-l">${title}</h1><p class="body">${message}</p><p class="body"><a class="link" href="/inbox/">Go to the register</a></p>` });
}
