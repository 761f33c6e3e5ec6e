// loa serve: reloads the page after each good build and shows build errors over the page.
// Injected only into pages served by `loa serve`; independent of the page's own scripts.
(function () {
  "use strict";
  var script = document.currentScript;
  var generation = script ? script.getAttribute("data-generation") : "";
  var box = null;

  function show(report) {
    if (box) {
      box.remove();
    }
    box = document.createElement("div");
    box.setAttribute("role", "alert");
    box.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;" +
      "background:rgba(20,20,20,.97);color:#fff;font:15px/1.5 ui-monospace,monospace;padding:2rem;";
    var title = document.createElement("h1");
    title.style.cssText = "font:bold 1.4rem system-ui,sans-serif;color:#ff8a80;margin:0 0 .5rem;";
    title.textContent = report.title;
    var hint = document.createElement("p");
    hint.style.cssText = "font-family:system-ui,sans-serif;margin:0 0 1.5rem;";
    hint.textContent = report.hint;
    var list = document.createElement("ul");
    list.style.cssText = "list-style:none;padding:0;margin:0;";
    report.diagnostics.forEach(function (d) {
      var item = document.createElement("li");
      item.style.cssText = "margin:0 0 1rem;white-space:pre-wrap;";
      var where = document.createElement("strong");
      where.style.color = d.severity === "error" ? "#ff8a80" : "#ffd180";
      where.textContent = d.severity + ": " + d.file +
        (d.line ? ":" + d.line + (d.column ? ":" + d.column : "") : "");
      item.appendChild(where);
      item.appendChild(document.createTextNode("\n" + d.message));
      list.appendChild(item);
    });
    box.appendChild(title);
    box.appendChild(hint);
    box.appendChild(list);
    document.body.appendChild(box);
  }

  var initial = document.getElementById("loa-build-error");
  if (initial) {
    show(JSON.parse(initial.textContent));
  }
  if (!window.EventSource) {
    return;
  }
  var lang = document.documentElement.getAttribute("lang") || "";
  var events = new EventSource("/__loa/events?generation=" + encodeURIComponent(generation) +
    "&lang=" + encodeURIComponent(lang));
  events.addEventListener("reload", function (event) {
    if (event.data !== generation) {
      events.close();
      location.reload();
    }
  });
  events.addEventListener("build-error", function (event) {
    show(JSON.parse(event.data));
  });
})();
