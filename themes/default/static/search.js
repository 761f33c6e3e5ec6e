// loa search: answers the search page's form in the browser from the static index that
// `loa build` writes under <language root>/search/index/. Folds and cuts the query exactly as
// src/search/tokens.rs cuts the pages: lower case, Vietnamese tones dropped (the folding table
// comes from the index), words for spaced scripts, character pairs for Khmer, Thai, Lao, Tai Viet.
(function () {
  "use strict";
  var form = document.querySelector("form[data-index]");
  if (!form || !window.fetch || !window.Map) return;
  var input = form.querySelector("input[name=q]");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var base = form.getAttribute("data-index");
  var meta = null, fold = null, shards = {}, timer = 0, latest = 0;
  var UNSPACED = /[\u0E00-\u0EFF\u1000-\u109F\u1780-\u17D3\u17DC\u17DD\u17E0-\u17E9\u19E0-\u19FF\uAA00-\uAA5F\uAA80-\uAADF]/;
  var WORD = /[\p{Alphabetic}\p{N}]/u;

  function load(name) {
    return fetch(base + name).then(function (r) {
      if (!r.ok) throw new Error(r.status);
      return r.json();
    });
  }
  function ready() {
    if (meta) return Promise.resolve(meta);
    return load("docs.json").then(function (m) {
      fold = new Map();
      Object.keys(m.fold).forEach(function (to) {
        Array.from(m.fold[to]).forEach(function (c) { fold.set(c, to); });
      });
      meta = m;
      return m;
    });
  }
  function foldText(text) {
    return Array.from(text.normalize("NFC")).map(function (c) {
      return fold.has(c) ? fold.get(c) : c;
    }).join("").toLowerCase();
  }
  // Mirrors tokens::tokens: [{text, prefix}] where prefix says whether longer tokens match too.
  function tokens(text) {
    var out = [], word = "", run = [];
    function flushRun() {
      if (run.length === 1) out.push({ text: run[0], prefix: true });
      for (var i = 0; i + 1 < run.length; i++) out.push({ text: run[i] + run[i + 1], prefix: false });
      run = [];
    }
    function flushWord() {
      if (word) out.push({ text: word, prefix: true });
      word = "";
    }
    Array.from(foldText(text)).forEach(function (c) {
      if (UNSPACED.test(c)) { flushWord(); run.push(c); }
      else { flushRun(); if (WORD.test(c)) word += c; else flushWord(); }
    });
    flushRun(); flushWord();
    return out;
  }
  function shardOf(token) {
    var c = Array.from(token)[0];
    return /^[a-z0-9]$/i.test(c) ? c : "u" + c.codePointAt(0).toString(16);
  }
  function shard(name) {
    if (meta.shards.indexOf(name) < 0) return Promise.resolve({});
    if (!shards[name]) shards[name] = load(name + ".json");
    return shards[name];
  }
  function search(query) {
    var wanted = tokens(query);
    if (!wanted.length) return Promise.resolve(null);
    return Promise.all(wanted.map(function (t) { return shard(shardOf(t.text)); })).then(function (found) {
      var total = null;
      wanted.forEach(function (t, i) {
        var scores = new Map(), index = found[i];
        Object.keys(index).forEach(function (key) {
          if (key === t.text || (t.prefix && key.indexOf(t.text) === 0)) {
            var posting = index[key];
            for (var j = 0; j < posting.length; j += 2) {
              var bonus = key === t.text ? 2 : 1;
              scores.set(posting[j], Math.max(scores.get(posting[j]) || 0, posting[j + 1] * bonus));
            }
          }
        });
        if (total === null) { total = scores; return; }
        var next = new Map();
        total.forEach(function (score, doc) { if (scores.has(doc)) next.set(doc, score + scores.get(doc)); });
        total = next;
      });
      return Array.from(total.entries()).sort(function (a, b) { return b[1] - a[1] || a[0] - b[0]; });
    });
  }
  function show(query) {
    var ticket = ++latest;
    status.setAttribute("data-state", "busy");
    ready().then(function () { return search(query); }).then(function (results) {
      if (ticket !== latest) return;
      list.textContent = "";
      status.setAttribute("data-state", "done");
      if (results === null) { status.textContent = form.getAttribute("data-ready"); return; }
      status.textContent = results.length
        ? form.getAttribute("data-found").replace("{count}", results.length)
        : form.getAttribute("data-none");
      results.forEach(function (result) {
        var doc = meta.docs[result[0]];
        var item = document.createElement("li");
        if (doc[3] !== document.documentElement.lang) item.lang = doc[3];
        var link = document.createElement("a");
        link.href = doc[0];
        link.textContent = doc[1];
        var heading = document.createElement("h2");
        heading.className = "card-title";
        heading.appendChild(link);
        item.appendChild(heading);
        if (doc[2]) {
          var summary = document.createElement("p");
          summary.textContent = doc[2];
          item.appendChild(summary);
        }
        list.appendChild(item);
      });
    }).catch(function () {
      if (ticket !== latest) return;
      status.setAttribute("data-state", "done");
      status.textContent = form.getAttribute("data-error");
    });
  }
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    history.replaceState(null, "", "?q=" + encodeURIComponent(input.value));
    show(input.value);
  });
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { show(input.value); }, 250);
  });
  var initial = new URLSearchParams(location.search).get("q");
  if (initial) { input.value = initial; show(initial); }
  else status.textContent = form.getAttribute("data-ready");
})();
