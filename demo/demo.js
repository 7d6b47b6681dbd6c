// The demo page's own script: logs every event the forms fire, passes the submitted notification to the
// outcome review, and lists what the receiver has stored.
const notification = document.querySelector('offsite-direction-notification');
const review = document.querySelector('offsite-direction-outcome-review');
const events = document.getElementById('events');
const submissions = document.getElementById('submissions');
const todayInput = document.getElementById('today');
const localeSelect = document.getElementById('locale');

function logEntry(list, title, json) {
  const item = document.createElement('li');
  const heading = document.createElement('p');
  heading.textContent = title;
  const details = document.createElement('details');
  const summary = document.createElement('summary');
  summary.textContent = 'JSON';
  const pre = document.createElement('pre');
  pre.textContent = JSON.stringify(json, null, 2);
  details.append(summary, pre);
  item.append(heading, details);
  list.prepend(item);
}

for (const type of ['offsite-direction-submit', 'offsite-direction-invalid', 'offsite-direction-change']) {
  document.addEventListener(type, (event) => {
    const time = new Date().toLocaleTimeString('en-GB');
    logEntry(events, `${time} ${type} from <${event.target.localName}>`, event.detail);
    if (type === 'offsite-direction-submit' && event.target === notification) {
      review.notification = event.detail;
      document.getElementById('review-note').textContent =
        `Filled from notification ${event.detail.submissionId}.`;
    }
    if (type === 'offsite-direction-submit') setTimeout(refresh, 1500);
  });
}

document.getElementById('clear-log').addEventListener('click', () => events.replaceChildren());

async function refresh() {
  const response = await fetch('/api/submissions');
  const { submissions: stored } = await response.json();
  submissions.replaceChildren();
  for (const record of stored) {
    logEntry(submissions, `${record.receivedAt} ${record.envelope.form} ${record.envelope.submissionId}`, record.envelope);
  }
}
document.getElementById('refresh').addEventListener('click', refresh);
refresh();

todayInput.addEventListener('change', () => {
  for (const form of [notification, review]) {
    if (todayInput.value) form.setAttribute('today', todayInput.value);
    else form.removeAttribute('today');
  }
});

localeSelect.addEventListener('change', () => {
  window.offsiteDirectionForms?.setLocale?.(localeSelect.value);
});
