// The demo page's own script: logs every event the forms fire, passes the submitted notification to the
// outcome review. What the receiver stored is in the inbox (/inbox/), for signed-in caseworkers only.
const notification = document.querySelector('offsite-direction-notification');
const review = document.querySelector('offsite-direction-outcome-review');
const events = document.getElementById('events');
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
    if (type === 'offsite-direction-submit') {
      document.getElementById('sent-note').textContent =
        `Sent ${event.detail.submissionId}: sign in to the inbox to see it in the register.`;
    }
  });
}

document.getElementById('clear-log').addEventListener('click', () => events.replaceChildren());

todayInput.addEventListener('change', () => {
  for (const form of [notification, review]) {
    if (todayInput.value) form.setAttribute('today', todayInput.value);
    else form.removeAttribute('today');
  }
});

localeSelect.addEventListener('change', () => {
  window.offsiteDirectionForms?.setLocale?.(localeSelect.value);
});
