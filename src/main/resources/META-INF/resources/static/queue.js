// The queue by keyboard: j and k move through the rows, Enter opens the selected case, t takes the next one.
// Without JavaScript every action is still a plain link or form.
(function () {
  'use strict';
  var selected = -1;

  function rows() {
    return Array.prototype.slice.call(document.querySelectorAll('table.queue tbody tr'));
  }

  function select(index) {
    var all = rows();
    if (all.length === 0) {
      return;
    }
    selected = Math.max(0, Math.min(all.length - 1, index));
    all.forEach(function (row, i) {
      row.classList.toggle('selected', i === selected);
    });
    var link = all[selected].querySelector('a');
    if (link) {
      link.focus();
    }
  }

  document.addEventListener('keydown', function (event) {
    var target = event.target;
    if (event.altKey || event.ctrlKey || event.metaKey
        || (target && target.closest && target.closest('input, select, textarea, button'))) {
      return;
    }
    var key = event.key || (event.keyCode === 13 ? 'Enter' : String.fromCharCode(event.keyCode).toLowerCase());
    if (key === 'j') {
      select(selected + 1);
    } else if (key === 'k') {
      select(selected - 1);
    } else if (key === 'Enter' && selected >= 0) {
      var link = rows()[selected].querySelector('a');
      if (link) {
        window.location.href = link.href;
        event.preventDefault();
      }
    } else if (key === 't') {
      var take = document.querySelector('form[action="/disputes/next"]');
      if (take) {
        take.submit();
      }
    }
  });
}());
