/* Small enhancements of the frame; every page works without them. */
(function () {
  "use strict";
  // A wide table scrolls inside its wrapper: when it overflows, keyboard users must be able to
  // reach and scroll it, and screen readers need to know what the region holds.
  function markScrollers() {
    var wraps = document.querySelectorAll(".table-scroll");
    for (var i = 0; i < wraps.length; i++) {
      var w = wraps[i];
      if (w.scrollWidth > w.clientWidth + 1 && !w.hasAttribute("tabindex")) {
        var caption = w.querySelector("caption");
        w.tabIndex = 0;
        w.setAttribute("role", "region");
        w.setAttribute("aria-label", caption ? caption.textContent.replace(/\s+/g, " ").trim() : "Bảng số liệu");
      }
    }
  }
  // On a phone the navigation is one scrollable row: bring the current section into view.
  function showCurrentSection() {
    var nav = document.querySelector(".site-nav ul");
    var current = nav && nav.querySelector("[aria-current]");
    if (!current || nav.scrollWidth <= nav.clientWidth) return;
    var offset = current.getBoundingClientRect().left - nav.getBoundingClientRect().left + nav.scrollLeft;
    nav.scrollLeft = Math.max(0, offset - 24);
  }
  var timer = 0;
  window.addEventListener("resize", function () {
    clearTimeout(timer);
    timer = setTimeout(markScrollers, 200);
  });
  markScrollers();
  showCurrentSection();
})();
