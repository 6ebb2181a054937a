/* Showcase enhancements: in-page filtering of model cards, copy-link and print buttons.
   Every control starts hidden in the HTML and is shown only here, so without JavaScript the page
   offers the browse pages and plain links instead. */
(function () {
  "use strict";

  function groupDigits(n) {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  }

  function initFilter(form) {
    var grid = document.querySelector("[data-showcase-cards]");
    if (!grid) { return; }
    var cards = Array.prototype.slice.call(grid.querySelectorAll(".model-card"));
    var selects = Array.prototype.slice.call(form.querySelectorAll("select[data-filter]"));
    var status = form.querySelector(".filter-status");
    var empty = document.querySelector(".filter-empty");

    function apply() {
      var shown = 0;
      var active = false;
      cards.forEach(function (card) {
        var match = selects.every(function (select) {
          if (!select.value) { return true; }
          active = true;
          return card.getAttribute("data-" + select.getAttribute("data-filter")) === select.value;
        });
        card.hidden = !match;
        if (match) { shown += 1; }
      });
      if (status) {
        status.textContent = active ? "Đang hiện " + groupDigits(shown) + " trong " + groupDigits(cards.length) + " điển hình." : "";
      }
      if (empty) { empty.hidden = shown !== 0; }
    }

    selects.forEach(function (select) { select.addEventListener("change", apply); });
    form.addEventListener("reset", function () { window.setTimeout(apply, 0); });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    form.hidden = false;
    apply();
  }

  function initCopy(button) {
    var url = button.getAttribute("data-copy");
    if (!url || !navigator.clipboard) { return; }
    var status = document.querySelector(".share-status");
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(url).then(function () {
        if (status) { status.textContent = "Đã sao chép liên kết: " + url; }
      }, function () {
        if (status) { status.textContent = "Không sao chép được; hãy chép địa chỉ: " + url; }
      });
    });
  }

  function initPrint(button) {
    if (typeof window.print !== "function") { return; }
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  }

  var filter = document.querySelector(".showcase-filter");
  if (filter) { initFilter(filter); }
  Array.prototype.forEach.call(document.querySelectorAll(".share-copy"), initCopy);
  Array.prototype.forEach.call(document.querySelectorAll(".print-page"), initPrint);
})();
