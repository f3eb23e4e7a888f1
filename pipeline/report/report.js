// The index: a search box that filters the rows (also read from ?q= or #q= in the URL, so a
// link can open a filtered index) and sortable columns. No network, no libraries.
(function () {
  "use strict";
  var table = document.getElementById("drugs");
  if (!table) { return; }
  var body = table.tBodies[0];
  var search = document.getElementById("search");
  var count = document.getElementById("count");

  function filter() {
    var words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
    var shown = 0;
    Array.prototype.forEach.call(body.rows, function (row) {
      var text = row.getAttribute("data-search");
      var match = words.every(function (w) { return text.indexOf(w) !== -1; });
      row.classList.toggle("hidden", !match);
      if (match) { shown += 1; }
    });
    count.textContent = shown + " of " + body.rows.length + " drugs";
  }

  function sortBy(th) {
    var index = th.cellIndex;
    var numeric = th.getAttribute("data-type") === "number";
    var dir = th.getAttribute("aria-sort") === "descending" ? "ascending" : "descending";
    if (!numeric && !th.hasAttribute("aria-sort")) { dir = "ascending"; }
    Array.prototype.forEach.call(th.parentNode.cells, function (c) { c.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", dir);
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = a.cells[index].getAttribute("data-sort"), y = b.cells[index].getAttribute("data-sort");
      var cmp;
      if (numeric) {
        // Empty cells (no value) sort last in either direction.
        if (x === "" || y === "") { return (x === "") - (y === ""); }
        cmp = parseFloat(x) - parseFloat(y);
      } else {
        cmp = x.localeCompare(y);
      }
      return dir === "ascending" ? cmp : -cmp;
    });
    rows.forEach(function (r) { body.appendChild(r); });
  }

  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
    if (th.classList.contains("sortable")) {
      th.addEventListener("click", function () { sortBy(th); });
    }
  });
  search.addEventListener("input", filter);
  var params = new URLSearchParams(location.search || location.hash.replace(/^#/, ""));
  if (params.get("q")) { search.value = params.get("q"); }
  if (params.get("sort")) {
    var th = document.getElementById("col-" + params.get("sort"));
    if (th) { sortBy(th); }
  }
  filter();
}());
