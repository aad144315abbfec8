// The live flow page: draws each snapshot the console streams (Server-Sent Events, event "flow").
function liveFlow(streamUrl, casesUrl) {
  const state = document.getElementById('live-state');
  const cell = (text, link) => {
    const td = document.createElement('td');
    if (link && text) {
      const a = document.createElement('a');
      a.href = casesUrl + '?key=' + encodeURIComponent(text);
      a.textContent = text;
      td.appendChild(a);
    } else {
      td.textContent = text == null ? '' : text;
    }
    return td;
  };
  const number = (value) => {
    const td = cell(value);
    td.className = 'num';
    return td;
  };
  const fill = (id, rows) => {
    const body = document.querySelector('#' + id + ' tbody');
    body.replaceChildren(...rows);
  };
  const source = new EventSource(streamUrl);
  source.onopen = () => { state.textContent = 'live'; state.className = 'state live'; };
  source.onerror = () => { state.textContent = 'reconnecting…'; state.className = 'state'; };
  source.addEventListener('flow', (event) => {
    const snapshot = JSON.parse(event.data);
    document.getElementById('rate-total').textContent = snapshot.perSecond.toFixed(1);
    document.getElementById('count-total').textContent = snapshot.total;
    fill('rates', snapshot.rates.map(rate => {
      const tr = document.createElement('tr');
      tr.append(cell(rate.topic), cell(rate.type), number(rate.perSecond.toFixed(1)), number(rate.total));
      return tr;
    }));
    fill('latest', snapshot.latest.map(record => {
      const tr = document.createElement('tr');
      tr.append(cell(record.time), cell(record.topic), cell(record.type), cell(record.subject, true), cell(record.correlationId, true));
      return tr;
    }));
  });
}
