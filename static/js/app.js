// Command-center behaviour. No inline script anywhere (CSP: script-src 'self').
(function () {
  "use strict";

  // --- Live connection status (also announced to screen readers via aria-live) -------------
  function setStatus(state, text) {
    var el = document.getElementById("live-status");
    if (!el) return;
    el.dataset.state = state;
    var txt = el.querySelector(".txt");
    (txt || el).textContent = text;
  }
  document.addEventListener("htmx:wsOpen", function () { setStatus("open", "Live"); });
  document.addEventListener("htmx:wsClose", function (e) {
    // The ws extension retries 1006/1012/1013 by itself; anything else will not come back.
    var code = e.detail && e.detail.event ? e.detail.event.code : 1006;
    if ([1006, 1012, 1013].indexOf(code) >= 0) {
      setStatus("closed", "Live updates disconnected, reconnecting…");
    } else {
      setStatus("closed", "Live updates stopped (" + code + "). Reload the page to reconnect.");
    }
  });
  document.addEventListener("htmx:wsError", function () { setStatus("closed", "Live updates unavailable, retrying…"); });

  // --- Time: countdowns to the ACK deadline and "open for" durations -------------------------
  function fmt(seconds) {
    var s = Math.abs(Math.round(seconds));
    var h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), r = s % 60;
    var out = (h ? h + "h " : "") + (h || m ? m + "m " : "") + r + "s";
    return out;
  }
  function tick() {
    var now = Date.now();
    document.querySelectorAll("[data-deadline]").forEach(function (el) {
      if (el.dataset.sla === "stopped") return;
      var left = (Date.parse(el.dataset.deadline) - now) / 1000;
      if (left >= 0) {
        el.textContent = fmt(left) + " left";
        el.classList.toggle("soon", left < 120);
        el.classList.remove("breached");
      } else {
        el.textContent = "breached " + fmt(left) + " ago";
        el.classList.add("breached");
      }
    });
    document.querySelectorAll("[data-since]").forEach(function (el) {
      el.textContent = fmt((now - Date.parse(el.dataset.since)) / 1000);
    });
  }
  setInterval(tick, 1000);
  document.addEventListener("DOMContentLoaded", tick);

  // --- Live lists: keep one row per id (the newest copy, on top), cap their length ----------
  function tidy() {
    document.querySelectorAll("[data-dedupe]").forEach(function (list) {
      var seen = {};
      Array.prototype.slice.call(list.children).forEach(function (child) {
        if (!child.id) return;
        if (seen[child.id]) { child.remove(); } else { seen[child.id] = true; }
      });
      if (list.id === "feed") {
        var rows = list.querySelectorAll(":scope > article");
        for (var i = 100; i < rows.length; i++) rows[i].remove();
      }
    });
    tick();
  }
  document.addEventListener("htmx:wsAfterMessage", tidy);
  document.addEventListener("htmx:afterSettle", tick);

  // --- Live fragments whose target is not on this page are dropped before htmx swaps them ------
  // The server renders each broadcast for the tab's page, not for what the tab still shows: a
  // row that scrolled past the feed's cap, an "empty" placeholder already gone. htmx logs every
  // such swap as an error (htmx:oobErrorNoTarget); here it is simply not made.
  htmx.defineExtension("live-oob", {
    transformResponse: function (text) {
      var holder = document.createElement("template");
      holder.innerHTML = text;
      var dropped = false;
      Array.prototype.slice.call(holder.content.children).forEach(function (el) {
        var spec = el.getAttribute("hx-swap-oob") || "true";
        var colon = spec.indexOf(":");
        var selector = colon >= 0 ? spec.slice(colon + 1) : (el.id ? "#" + CSS.escape(el.id) : null);
        if (selector && !document.querySelector(selector)) { el.remove(); dropped = true; }
      });
      return dropped ? holder.innerHTML : text;
    },
  });

  // --- Flash messages fade after a while (they stay in the DOM for screen readers) ----------
  document.addEventListener("DOMContentLoaded", function () {
    setTimeout(function () {
      document.querySelectorAll(".msg-success").forEach(function (el) { el.classList.add("faded"); });
    }, 6000);
  });
})();
