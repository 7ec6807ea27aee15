// Moves a background job's progress bar while it runs, by polling the job's JSON (same origin, no inline script).
// Without JavaScript the page shows the job as it was when loaded; a reload shows it again.
(function () {
  "use strict";
  var panel = document.querySelector("[data-testid='job'][data-state='running']");
  if (!panel) {
    return;
  }

  var url = panel.getAttribute("data-progress-url");
  var id = panel.getAttribute("data-job-id");
  var bar = panel.querySelector("[data-testid='job-progress']");
  var status = panel.querySelector("[data-testid='job-status']");
  var log = panel.querySelector("[data-testid='job-log']");

  function show(job) {
    if (typeof job.fraction === "number") {
      bar.value = job.fraction;
      bar.textContent = Math.round(job.fraction * 100) + " %";
    } else {
      // Unknown share (an import's activity files): an indeterminate bar.
      bar.removeAttribute("value");
      bar.textContent = "";
    }
    status.textContent = job.status;
    log.textContent = job.log.join("\n");
  }

  function poll() {
    fetch(url, { cache: "no-store", credentials: "same-origin" })
      .then(function (response) { return response.status === 200 ? response.json() : null; })
      .then(function (job) {
        if (!job || String(job.id) !== id) {
          window.location.reload();
          return;
        }
        show(job);
        if (job.state === "running") {
          window.setTimeout(poll, 1000);
        } else {
          // The page renders the outcome (the report, the new back-test) on the server.
          panel.setAttribute("data-state", job.state);
          bar.setAttribute("data-state", job.state);
          window.location.reload();
        }
      })
      .catch(function () { window.setTimeout(poll, 3000); });
  }

  window.setTimeout(poll, 500);
}());
