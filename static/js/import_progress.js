// The import job page (templates/admin/registry/venture/import_job.html): while the job runs, ask
// for its progress every few seconds and show it; once it has finished, reload the page, which
// then shows the report. Without JavaScript the page refreshes itself instead (<noscript>).
(function () {
  "use strict";
  var box = document.getElementById("import-job-progress");
  if (!box) {
    return;
  }
  var url = box.getAttribute("data-progress-url");
  var every = (parseInt(box.getAttribute("data-refresh-seconds"), 10) || 2) * 1000;
  var text = document.getElementById("import-progress-text");
  var bar = box.querySelector("progress");
  var status = document.getElementById("import-job-status");

  function show(progress) {
    if (progress.finished) {
      window.location.reload();
      return;
    }
    if (text.textContent !== progress.text) {
      text.textContent = progress.text;
      bar.textContent = progress.text;
    }
    if (progress.total > 0) {
      bar.max = progress.total;
      bar.value = progress.done;
    } else {
      bar.removeAttribute("value");
    }
    if (status && status.getAttribute("data-import-status") !== progress.status) {
      // The status word is translated on the page; a change of status is rare, so reload for it.
      window.location.reload();
      return;
    }
    window.setTimeout(poll, every);
  }

  function poll() {
    fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(response.status);
        }
        return response.json();
      })
      .then(show)
      .catch(function () {
        window.setTimeout(poll, every * 2);
      });
  }

  window.setTimeout(poll, every);
})();
