/* 40 progress: sorts the children ranking in place. Without JavaScript the page offers one
   pre-sorted copy of the table per key indicator (shown through :target); with it, the default
   copy is kept, the others are dropped, and every column header becomes a sort button.
   Numbers are compared through data-value (plain "1234.5"), never through the vi text. */
(function () {
  'use strict';

  function valueOf(row, column) {
    var cell = row.cells[column];
    var text = cell ? cell.getAttribute('data-value') : null;
    if (text === null || text === '') { return null; }
    var n = parseFloat(text);
    return isNaN(n) ? null : n;
  }

  function sortRows(table, column, descending) {
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var keyed = rows.map(function (row, i) {
      // Column 1 holds the name's dictionary rank: the tie-breaker.
      return { row: row, value: valueOf(row, column), name: valueOf(row, 1), index: i };
    });
    keyed.sort(function (a, b) {
      if (a.value === null || b.value === null) {
        if (a.value !== b.value) { return a.value === null ? 1 : -1; }
      } else if (a.value !== b.value) {
        return descending ? b.value - a.value : a.value - b.value;
      }
      if (a.name !== b.name && a.name !== null && b.name !== null) { return a.name - b.name; }
      return a.index - b.index;
    });
    keyed.forEach(function (k, i) {
      var pos = k.row.querySelector('.rank-pos');
      if (pos) { pos.textContent = String(i + 1); }
      body.appendChild(k.row);
    });
  }

  function label(th) {
    return (th.textContent || '').replace(/\s+/g, ' ').trim();
  }

  function setUp(container) {
    var main = container.querySelector('.rank-view-default');
    var table = main && main.querySelector('table');
    if (!table || !table.tHead || !table.tBodies.length) { return; }
    Array.prototype.slice.call(container.querySelectorAll('.rank-view')).forEach(function (view) {
      if (view !== main) { view.parentNode.removeChild(view); }
    });
    container.classList.add('js-sortable');
    var caption = table.caption;
    var captionBase = caption ? caption.getAttribute('data-caption-base') : null;
    var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
    headers.forEach(function (th, column) {
      var preferred = th.getAttribute('data-sort-default');
      if (!preferred) { return; }
      var name = label(th);
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort-button';
      button.textContent = name;
      th.textContent = '';
      th.appendChild(button);
      button.addEventListener('click', function () {
        var current = th.getAttribute('aria-sort');
        var descending = current === 'ascending' ? true : current === 'descending' ? false : preferred === 'desc';
        sortRows(table, column, descending);
        headers.forEach(function (other) { if (other !== th) { other.removeAttribute('aria-sort'); } });
        th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
        if (caption && captionBase) {
          caption.textContent = captionBase + (column === 1
            ? ', xếp theo tên' + (descending ? ' (Z–A)' : ' (A–Z)')
            : ', xếp theo ' + name.charAt(0).toLowerCase() + name.slice(1) + (descending ? ' từ cao đến thấp' : ' từ thấp đến cao'));
        }
      });
    });
  }

  function start() {
    Array.prototype.slice.call(document.querySelectorAll('[data-rank-views]')).forEach(setUp);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
