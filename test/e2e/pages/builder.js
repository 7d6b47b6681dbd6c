// What a form builder does around the widget: it draws the element it was told to (here from the query string),
// keeps its own fields across a reload ("Allow save"), and refuses to send while a mandatory field is empty.
(function () {
  var params = new URLSearchParams(location.search);
  var review = params.get('form') === 'review';
  var element = document.createElement(review ? 'offsite-direction-outcome-review' : 'offsite-direction-notification');
  element.setAttribute('target-field', '#offsite-envelope');
  element.setAttribute('today', review ? '2026-04-22' : '2026-03-02');
  element.setAttribute('draft-key', review ? 'builder-review' : 'builder-notification');
  document.getElementById('widget-slot').appendChild(element);

  var field = document.getElementById('offsite-envelope');
  var savedKey = 'builder-saved:' + (review ? 'review' : 'notification');
  var saved = sessionStorage.getItem(savedKey);
  if (saved !== null) field.value = saved;
  // A hidden input fires no events of its own; the widget fires input and change on it as a user edit would.
  field.addEventListener('change', function () {
    sessionStorage.setItem(savedKey, field.value);
  });

  var form = document.getElementById('builder');
  form.addEventListener('submit', function (event) {
    var error = document.getElementById('builder-error');
    if (!field.value) {
      event.preventDefault();
      error.hidden = false;
      return;
    }
    error.hidden = true;
    sessionStorage.removeItem(savedKey);
  });
})();
