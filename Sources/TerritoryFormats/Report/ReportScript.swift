/// The report's only script, inline and a few lines long: it makes the overview's rep table sortable by a click
/// (or Enter) on a column heading, numbers by the cell's `data-v` or its leading number, text in Chinese
/// collation; a second click reverses. It loads nothing and changes nothing else; without it (scripts off,
/// print, a mail preview) the table reads the same, in plan order.
enum ReportScript {
    static let sortableRepTable = """
        (function () {
          var t = document.getElementById("rep-table");
          if (!t || !t.tHead || !t.tBodies.length) return;
          t.classList.add("sortable");
          var rows = Array.prototype.slice.call(t.tBodies[0].rows);
          rows.forEach(function (r, i) { r.dataset.i = i; });
          function key(td) {
            var v = td.getAttribute("data-v");
            if (v !== null) return parseFloat(v);
            var x = td.textContent.trim(), n = parseFloat(x);
            return isNaN(n) ? x : n;
          }
          Array.prototype.forEach.call(t.tHead.rows[0].cells, function (th, c) {
            th.tabIndex = 0;
            function sort() {
              var up = th.getAttribute("aria-sort") === "descending";
              Array.prototype.forEach.call(t.tHead.rows[0].cells, function (h) { h.removeAttribute("aria-sort"); });
              th.setAttribute("aria-sort", up ? "ascending" : "descending");
              rows.sort(function (a, b) {
                var x = key(a.cells[c]), y = key(b.cells[c]);
                var d = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y), "zh");
                return (up ? d : -d) || a.dataset.i - b.dataset.i;
              });
              rows.forEach(function (r) { t.tBodies[0].appendChild(r); });
            }
            th.addEventListener("click", sort);
            th.addEventListener("keydown", function (e) { if (e.key === "Enter") sort(); });
          });
        })();
        """
}
