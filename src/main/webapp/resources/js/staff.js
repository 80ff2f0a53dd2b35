/* Staff pages: an error summary that appears (on load, or in a form's ajax answer) takes the focus,
   so keyboard and screen reader users land on "There is a problem" and its links to the fields. */
(function () {
  /* each summary once: one that stays (the page updated elsewhere, as the text preview does)
     must not take the focus back from the field being typed in */
  function focusSummary() {
    var summary = document.querySelector('.pc-error-summary:not([data-focused])');
    if (summary) {
      summary.setAttribute('data-focused', 'true');
      summary.focus();
    }
  }

  function watch() {
    focusSummary();
    /* a form's ajax answer replaces part of the page: look again whenever nodes are added */
    new MutationObserver(function (changes) {
      for (var i = 0; i < changes.length; i++) {
        if (changes[i].addedNodes.length) {
          focusSummary();
          return;
        }
      }
    }).observe(document.body, {childList: true, subtree: true});
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', watch);
  } else {
    watch();
  }

  /* "Copy" buttons (a new API key): the text of the element the button names, with a word that
     it worked or what to do when the browser refuses */
  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('button[data-copy]');
    if (!button) {
      return;
    }
    var text = document.getElementById(button.getAttribute('data-copy')).textContent.trim();
    var done = document.getElementById(button.id + 'Done');
    var say = function (words) {
      if (done) {
        done.textContent = words;
      }
    };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(function () {
        say('Copied.');
      }, function () {
        say('Your browser did not allow copying: select the key and copy it yourself.');
      });
    } else {
      say('Your browser cannot copy from here: select the key and copy it yourself.');
    }
  });

  /* a link in the summary moves the focus into its field, not just the view */
  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('.pc-error-summary a');
    if (!link) {
      return;
    }
    var field = document.getElementById(decodeURIComponent(link.getAttribute('href').slice(1)));
    if (field) {
      var input = field.matches('input, select, textarea') ? field
          : field.querySelector('input, select, textarea');
      event.preventDefault();
      (input || field).focus();
      (input || field).scrollIntoView({block: 'center'});
    }
  });
})();
