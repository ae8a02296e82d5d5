// The queue by keyboard: j and k move through the rows, t takes the next case; Enter opens the case whose
// link has focus, as any link (j and k move the focus with the selection). Single-key shortcuts can be
// switched off (WCAG 2.1.4), remembered in this browser, and never act while typing in a field or with a
// modifier key held. Without JavaScript every action is still a plain link or form.
(function () {
  'use strict';
  var STORAGE = 'arbiter.queue.shortcuts';
  var selected = -1;
  var toggle = document.getElementById('shortcuts');

  function stored() {
    try {
      return window.localStorage.getItem(STORAGE);
    } catch (unavailable) {
      return null;
    }
  }

  function store(value) {
    try {
      window.localStorage.setItem(STORAGE, value);
    } catch (unavailable) {
      // not remembered: the switch still holds for this page
    }
  }

  function enabled() {
    return !toggle || toggle.checked;
  }

  if (toggle) {
    toggle.checked = stored() !== 'off';
    toggle.closest('.shortcuts').hidden = false;
    toggle.addEventListener('change', function () {
      store(toggle.checked ? 'on' : 'off');
    });
  }

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

  function typing(target) {
    return target && target.closest
      && (target.isContentEditable || target.closest('input, select, textarea, button, [contenteditable]'));
  }

  document.addEventListener('keydown', function (event) {
    if (!enabled() || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || event.isComposing
        || typing(event.target)) {
      return;
    }
    if (event.key === 'j') {
      select(selected + 1);
      event.preventDefault();
    } else if (event.key === 'k') {
      select(selected - 1);
      event.preventDefault();
    } else if (event.key === 't') {
      var take = document.querySelector('form[action="/disputes/next"]');
      if (take) {
        event.preventDefault();
        take.submit();
      }
    }
  });
}());
