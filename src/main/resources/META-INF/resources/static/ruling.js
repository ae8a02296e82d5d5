// The ruling form beside the evidence (issue 16). Three things, none needed to rule without JavaScript:
// - the clause list offers only the clauses that fit the outcome, party and grade chosen (the server refuses a
//   mismatch anyway, beside the clause), and the template list only those for the clause cited (or any clause);
// - r brings the keyboard to the form (the queue's shortcut switch turns it off too; never while typing or with a
//   modifier key held);
// - htmx, which answers the preview in place, swaps the form also when it comes back refused (400) with its problems.
(function () {
  'use strict';
  var SHORTCUTS = 'arbiter.queue.shortcuts';

  if (window.htmx) {
    window.htmx.config.includeIndicatorStyles = false; // no inline style: the page's CSP allows none
    window.htmx.config.responseHandling = [
      { code: '204', swap: false },
      { code: '[23]..', swap: true },
      { code: '400', swap: true },
      { code: '[45]..', swap: false, error: true }
    ];
  }

  function form() {
    return document.getElementById('ruling-form');
  }

  function chosen(f, name) {
    var field = f.elements[name]; // a select, or the outcome's radio buttons (a RadioNodeList has a value too)
    return field ? field.value || '' : '';
  }

  function words(option, name) {
    var value = option.getAttribute('data-' + name) || '';
    return value ? value.split(' ') : [];
  }

  // Whether a clause option fits what the form has chosen so far; a choice not made yet fits every clause.
  function fits(option, outcome, party, grade) {
    if (outcome && words(option, 'outcomes').indexOf(outcome) < 0) {
      return false;
    }
    if (party && words(option, 'parties').indexOf(party) < 0) {
      return false;
    }
    if (grade) {
      return words(option, 'grades').indexOf(grade) >= 0;
    }
    // No grade is "no penalty" once a party is chosen: a clause that requires a penalty does not fit it.
    return !party || option.getAttribute('data-penalty-required') !== 'true';
  }

  function filterChoices() {
    var f = form();
    if (!f || !f.elements.clause) {
      return;
    }
    var outcome = chosen(f, 'outcome');
    var party = chosen(f, 'responsible');
    var grade = chosen(f, 'grade');
    Array.prototype.forEach.call(f.elements.clause.options, function (option) {
      if (!option.value) {
        return;
      }
      var fit = fits(option, outcome, party, grade);
      // The clause already chosen stays visible, so the server's message can say why it does not fit.
      option.hidden = !fit && !option.selected;
      option.disabled = !fit && !option.selected;
    });
    // The templates: those written for the clause cited, or for any clause.
    var code = (f.elements.clause.value || '').split('/')[0];
    if (f.elements.templateChoice) {
      Array.prototype.forEach.call(f.elements.templateChoice.options, function (option) {
        var clause = option.getAttribute('data-clause');
        var fit = !option.value || !clause || !code || clause === code;
        option.hidden = !fit && !option.selected;
        option.disabled = !fit && !option.selected;
      });
    }
  }

  document.addEventListener('change', function (event) {
    if (event.target.form === form() && /^(outcome|responsible|grade|clause)$/.test(event.target.name)) {
      filterChoices();
    }
  });
  document.addEventListener('htmx:afterSwap', filterChoices);
  filterChoices();

  function shortcutsOn() {
    try {
      return window.localStorage.getItem(SHORTCUTS) !== 'off';
    } catch (unavailable) {
      return true;
    }
  }

  document.addEventListener('keydown', function (event) {
    if (event.key !== 'r' || !shortcutsOn() || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey
        || event.isComposing) {
      return;
    }
    var target = event.target;
    if (target && target.closest && (target.isContentEditable
        || target.closest('input, select, textarea, button, [contenteditable]'))) {
      return;
    }
    var f = form();
    if (!f) {
      return;
    }
    event.preventDefault();
    var first = f.querySelector('input[name="outcome"]:checked') || f.querySelector('input[name="outcome"]');
    f.scrollIntoView({ block: 'start' });
    first.focus();
  });
}());
