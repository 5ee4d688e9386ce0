// Review queue keyboard shortcuts: j/k move, y/Enter confirm, 0-4 severity, p/s/o/l/n category, c save.
(function () {
  "use strict";
  var CATS = { p: "pr", s: "security", o: "operational", l: "legal", n: "none" };

  function items() { return Array.prototype.slice.call(document.querySelectorAll("[data-review-item]")); }
  function current() {
    var active = document.activeElement;
    var item = active && active.closest ? active.closest("[data-review-item]") : null;
    return item || items()[0] || null;
  }
  function focusItem(el) { if (el) { el.focus(); el.scrollIntoView({ block: "nearest" }); } }
  function submit(form) {
    if (!form) return;
    if (form.requestSubmit) form.requestSubmit(); else form.submit();
  }

  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    var tag = (e.target.tagName || "").toLowerCase();
    if (tag === "input" && e.target.type !== "radio" || tag === "textarea" || tag === "select") return;
    var list = items();
    if (!list.length) return;
    var item = current();
    var idx = list.indexOf(item);
    var key = e.key;
    if (key === "j" || key === "ArrowDown" && e.target.matches("[data-review-item]")) {
      focusItem(list[Math.min(idx + 1, list.length - 1)]); e.preventDefault();
    } else if (key === "k" || key === "ArrowUp" && e.target.matches("[data-review-item]")) {
      focusItem(list[Math.max(idx - 1, 0)]); e.preventDefault();
    } else if (key === "y" || (key === "Enter" && e.target.matches("[data-review-item]"))) {
      submit(item.querySelector(".confirm-form")); e.preventDefault();
    } else if (/^[0-4]$/.test(key)) {
      var sev = item.querySelector('.correct-form input[name="severity"][value="P' + key + '"]');
      if (sev) { sev.checked = true; e.preventDefault(); }
    } else if (CATS[key]) {
      var cat = item.querySelector('.correct-form input[name="category"][value="' + CATS[key] + '"]');
      if (cat) { cat.checked = true; e.preventDefault(); }
    } else if (key === "c") {
      submit(item.querySelector(".correct-form")); e.preventDefault();
    }
  });

  // After a decision the list is re-rendered: keep the keyboard on the next item.
  document.addEventListener("htmx:afterSwap", function (e) {
    if (e.detail && e.detail.target && e.detail.target.id === "review-list" || document.getElementById("review-list")) {
      var first = items()[0];
      if (first && !document.activeElement.closest("[data-review-item]")) focusItem(first);
    }
  });
})();
