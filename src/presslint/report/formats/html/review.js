"use strict";
// The review page's behaviour: filters, next/previous finding, the focused finding described.
// It reads only presslint's own data-* attributes and writes only textContent and classes.
(function () {
  const marks = Array.prototype.slice.call(document.querySelectorAll("mark.finding"));
  const description = document.getElementById("description");
  const visibleCount = document.getElementById("visible");
  const position = document.getElementById("position");
  let current = -1;

  function shown() {
    return marks.filter(function (mark) { return !mark.classList.contains("filtered"); });
  }

  function applyFilters() {
    const hidden = { severity: new Set(), family: new Set() };
    document.querySelectorAll("input[data-filter]").forEach(function (input) {
      if (!input.checked) hidden[input.dataset.filter].add(input.value);
    });
    let visible = 0;
    marks.forEach(function (mark) {
      const off = hidden.severity.has(mark.dataset.severity) || hidden.family.has(mark.dataset.family);
      mark.classList.toggle("filtered", off);
      mark.tabIndex = off ? -1 : 0;
      if (!off) visible += 1;
    });
    visibleCount.textContent = String(visible);
  }

  function describe(mark) {
    const list = shown();
    current = marks.indexOf(mark);
    position.textContent = String(list.indexOf(mark) + 1) + " of " + String(list.length);
    let text = mark.dataset.severity + " · " + mark.dataset.rule + " · line " + mark.dataset.line +
      ", column " + mark.dataset.column + ": " + mark.dataset.message;
    if (mark.dataset.suggestion !== undefined) text += " → " + mark.dataset.suggestion;
    description.textContent = text;
  }

  function move(step) {
    const list = shown();
    if (list.length === 0) return;
    let at = list.indexOf(marks[current]);
    if (at < 0) {
      // from a finding filtered out, or from none: the next one after it in the page
      const after = list.filter(function (mark) { return marks.indexOf(mark) > current; });
      at = step > 0 ? (after.length ? list.indexOf(after[0]) - 1 : -1) : (after.length ? list.indexOf(after[0]) : 0);
    }
    const next = list[(at + step + list.length) % list.length];
    next.focus({ preventScroll: true });
    next.scrollIntoView({ block: "center" });
  }

  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === "j" || event.key === "n") { move(1); event.preventDefault(); }
    else if (event.key === "k" || event.key === "p") { move(-1); event.preventDefault(); }
  });
  document.addEventListener("focusin", function (event) {
    if (event.target instanceof HTMLElement && event.target.matches("mark.finding")) describe(event.target);
  });
  document.getElementById("next").addEventListener("click", function () { move(1); });
  document.getElementById("previous").addEventListener("click", function () { move(-1); });
  document.querySelectorAll("input[data-filter]").forEach(function (input) {
    input.addEventListener("change", applyFilters);
  });
  applyFilters();
})();
