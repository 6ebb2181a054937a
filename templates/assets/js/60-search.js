/* Search page. The index is a set of small scripts (tim-kiem/chi-muc/*.js) loaded with <script>
   elements, which works from a sub-folder and from file:// where fetch() of local files does not.
   A query loads the term shards of its words, then only the record chunks of the results shown.
   Text from the index is put in the page with textContent only. */
(function () {
  "use strict";
  var form = document.querySelector(".search-form[data-index]");
  if (!form) return;
  var input = form.querySelector("input[name=q]");
  var statusLine = document.getElementById("trang-thai");
  var list = document.getElementById("ket-qua");
  var root = form.getAttribute("data-root") || "";
  var manifestURL = form.getAttribute("data-index");
  var base = manifestURL.slice(0, manifestURL.lastIndexOf("/") + 1);
  var PAGE = 20;
  var manifest = null;
  var shards = {};
  var chunks = {};
  var loading = {};
  var current = null;
  var generation = 0;

  window.ThiduaSearch = {
    manifest: function (m) { manifest = m; },
    terms: function (key, terms) { shards[key] = terms; },
    docs: function (n, rows) { chunks[n] = rows; }
  };

  function load(url) {
    if (!loading[url]) {
      loading[url] = new Promise(function (resolve, reject) {
        var s = document.createElement("script");
        s.src = url;
        s.async = true;
        s.onload = function () { resolve(); };
        s.onerror = function () { delete loading[url]; reject(new Error(url)); };
        document.head.appendChild(s);
      });
    }
    return loading[url];
  }

  // One folded character per character, so positions in folded text are positions in the original.
  function foldChar(c) {
    if (c === "đ" || c === "Đ") return "d";
    var code = c.charCodeAt(0);
    if (code < 128) return c.toLowerCase();
    if (code >= 0xD800 && code <= 0xDFFF) return c;
    return c.normalize("NFD").charAt(0).toLowerCase().charAt(0);
  }
  function fold(s) {
    var out = "";
    for (var i = 0; i < s.length; i++) out += foldChar(s.charAt(i));
    return out;
  }
  function words(q) {
    var seen = {};
    return fold(q).split(/[^a-z0-9]+/).filter(function (w) {
      if (!w || seen[w]) return false;
      seen[w] = true;
      return true;
    }).slice(0, 8);
  }

  // Shards are keyed by a term's first letters; a crowded prefix is split into longer keys.
  function shardFor(term) {
    var best = null;
    manifest.shards.forEach(function (k) {
      if (term.lastIndexOf(k, 0) === 0 && (!best || k.length > best.length)) best = k;
    });
    return best;
  }
  function shardsForPrefix(p) {
    return manifest.shards.filter(function (k) { return k.lastIndexOf(p, 0) === 0 || p.lastIndexOf(k, 0) === 0; });
  }

  // A word's matches: record id → score (field 0 text, 1 place, 2 title; doubled, +1 for a whole word).
  function matches(word, prefix) {
    var found = {};
    function add(list, exact) {
      var id = 0;
      for (var i = 0; i < list.length; i++) {
        id += list[i] >> 2;
        var score = (list[i] & 3) * 2 + (exact ? 1 : 0);
        if (!(id in found) || found[id] < score) found[id] = score;
      }
    }
    var keys = prefix ? shardsForPrefix(word) : [shardFor(word)];
    keys.forEach(function (k) {
      var terms = k && shards[k];
      if (!terms) return;
      if (!prefix) { if (terms[word]) add(terms[word], true); return; }
      Object.keys(terms).forEach(function (t) {
        if (t.lastIndexOf(word, 0) === 0) add(terms[t], t === word);
      });
    });
    return found;
  }

  function kindOf(id) {
    var k = 0;
    for (var i = 0; i < manifest.starts.length; i++) if (id >= manifest.starts[i]) k = i;
    return k;
  }

  function run(q) {
    var ws = words(q);
    var gen = ++generation;
    if (!ws.length) {
      current = null;
      list.textContent = "";
      statusLine.textContent = q.trim() ? "Hãy gõ ít nhất một chữ hoặc số." : "";
      return Promise.resolve();
    }
    statusLine.textContent = "Đang tìm…";
    // The last word is matched as a prefix (people type names partly), when long enough to be useful.
    var last = ws[ws.length - 1];
    var prefixLast = last.length >= 2 && shardsForPrefix(last).length <= 24;
    var needed = {};
    ws.forEach(function (w, i) {
      var keys = i === ws.length - 1 && prefixLast ? shardsForPrefix(w) : [shardFor(w)];
      keys.forEach(function (k) { if (k) needed[base + "t-" + k + ".js"] = true; });
    });
    return Promise.all(Object.keys(needed).map(load)).then(function () {
      if (gen !== generation) return;
      var maps = ws.map(function (w, i) { return matches(w, i === ws.length - 1 && prefixLast); });
      maps.sort(function (a, b) { return Object.keys(a).length - Object.keys(b).length; });
      var results = [];
      Object.keys(maps[0]).forEach(function (id) {
        var total = 0;
        for (var i = 0; i < maps.length; i++) {
          if (!(id in maps[i])) return;
          total += maps[i][id];
        }
        results.push({ id: +id, score: total });
      });
      results.sort(function (a, b) { return b.score - a.score || a.id - b.id; });
      current = { query: q.trim(), words: ws, prefixLast: prefixLast, all: results, kind: -1, shown: 0 };
      list.textContent = "";
      return showMore();
    }).catch(function () {
      if (gen === generation) statusLine.textContent = "Không tải được chỉ mục tìm kiếm. Hãy tải lại trang.";
    });
  }

  function filtered() {
    if (current.kind < 0) return current.all;
    return current.all.filter(function (r) { return kindOf(r.id) === current.kind; });
  }

  function showMore() {
    var gen = generation;
    var rows = filtered();
    var page = rows.slice(current.shown, current.shown + PAGE);
    var needed = {};
    page.forEach(function (r) { needed[base + "d-" + Math.floor(r.id / manifest.chunk) + ".js"] = true; });
    return Promise.all(Object.keys(needed).map(load)).then(function () {
      if (gen !== generation) return;
      page.forEach(function (r) {
        var row = chunks[Math.floor(r.id / manifest.chunk)][r.id % manifest.chunk];
        list.appendChild(resultItem(row));
      });
      current.shown += page.length;
      renderStatus(rows.length);
    });
  }

  function resultItem(row) {
    var li = document.createElement("li");
    var kind = document.createElement("span");
    kind.className = "result-kind";
    kind.textContent = manifest.kinds[row[0]];
    var a = document.createElement("a");
    a.className = "result-title";
    a.href = root + row[2];
    a.appendChild(highlight(row[1]));
    li.appendChild(kind);
    li.appendChild(a);
    if (row[3]) {
      var place = document.createElement("span");
      place.className = "result-place";
      place.appendChild(highlight(row[3]));
      li.appendChild(place);
    }
    if (row[4]) {
      var p = document.createElement("p");
      p.className = "result-snippet";
      p.appendChild(highlight(row[4]));
      li.appendChild(p);
    }
    return li;
  }

  // Marks every word that starts with a query word (the last one as typed so far).
  function highlight(text) {
    var frag = document.createDocumentFragment();
    var folded = fold(text);
    var ws = current.words;
    var at = 0;
    var re = /[a-z0-9]+/g;
    var m;
    while ((m = re.exec(folded))) {
      var len = 0;
      for (var i = 0; i < ws.length; i++) {
        var w = ws[i];
        var ok = m[0] === w || (current.prefixLast && i === ws.length - 1 && m[0].lastIndexOf(w, 0) === 0);
        if (ok) len = Math.max(len, w.length);
      }
      if (!len) continue;
      if (m.index > at) frag.appendChild(document.createTextNode(text.slice(at, m.index)));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(m.index, m.index + len);
      frag.appendChild(mark);
      at = m.index + len;
    }
    if (at < text.length) frag.appendChild(document.createTextNode(text.slice(at)));
    return frag;
  }

  var more = document.createElement("button");
  more.type = "button";
  more.className = "search-more button-secondary";
  more.textContent = "Xem thêm kết quả";
  more.hidden = true;
  more.addEventListener("click", function () { showMore(); });
  list.parentNode.insertBefore(more, list.nextSibling);

  var filters = document.createElement("div");
  filters.className = "search-filters";
  filters.setAttribute("role", "group");
  filters.setAttribute("aria-label", "Lọc theo loại");
  list.parentNode.insertBefore(filters, list);

  function renderStatus(count) {
    var n = current.all.length;
    var last = current.words[current.words.length - 1];
    var hint = !current.prefixLast && last.length < 3 ? " Từ “" + last + "” quá ngắn để tìm theo phần đầu: hãy gõ thêm chữ." : " Thử bớt từ hoặc kiểm tra chính tả.";
    statusLine.textContent = n === 0
      ? "Không tìm thấy kết quả nào cho “" + current.query + "”." + hint
      : "Tìm thấy " + n.toLocaleString("vi-VN") + " kết quả cho “" + current.query + "”" +
        (current.kind >= 0 ? ", đang xem " + count.toLocaleString("vi-VN") + " kết quả loại " + manifest.kinds[current.kind].toLowerCase() : "") + ".";
    more.hidden = current.shown >= count;
    renderFilters();
  }

  function renderFilters() {
    filters.textContent = "";
    var counts = manifest.kinds.map(function () { return 0; });
    current.all.forEach(function (r) { counts[kindOf(r.id)]++; });
    if (counts.filter(Boolean).length < 2) return;
    [-1].concat(manifest.kinds.map(function (_, i) { return i; })).forEach(function (k) {
      var n = k < 0 ? current.all.length : counts[k];
      if (!n) return;
      var b = document.createElement("button");
      b.type = "button";
      b.className = "chip";
      b.setAttribute("aria-pressed", String(current.kind === k));
      b.textContent = (k < 0 ? "Tất cả" : manifest.kinds[k]) + " (" + n.toLocaleString("vi-VN") + ")";
      b.addEventListener("click", function () {
        current.kind = k;
        current.shown = 0;
        list.textContent = "";
        showMore();
      });
      filters.appendChild(b);
    });
  }

  function submit(q) {
    try {
      var url = new URL(window.location.href);
      if (q.trim()) url.searchParams.set("q", q.trim()); else url.searchParams.delete("q");
      window.history.replaceState(null, "", url.toString());
    } catch (e) { /* file:// pages may refuse; the results still show */ }
    return run(q);
  }

  var ready = load(manifestURL);
  var timer = 0;
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    clearTimeout(timer);
    ready.then(function () { submit(input.value); });
  });
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { ready.then(function () { submit(input.value); }); }, 250);
  });
  var q = new URLSearchParams(window.location.search).get("q") || "";
  var header = document.getElementById("q-header");
  if (header) header.value = q;
  input.value = q;
  ready.then(function () { if (q) run(q); }, function () {
    statusLine.textContent = "Không tải được chỉ mục tìm kiếm.";
  });
})();
