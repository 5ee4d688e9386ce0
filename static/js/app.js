// Live-connection status for screen readers and sighted users; no inline script (CSP).
document.addEventListener("htmx:wsOpen", function () {
  var el = document.getElementById("live-status");
  if (el) { el.textContent = "Live"; el.dataset.state = "open"; }
});
document.addEventListener("htmx:wsClose", function () {
  var el = document.getElementById("live-status");
  if (el) { el.textContent = "Live updates disconnected, reconnecting…"; el.dataset.state = "closed"; }
});
