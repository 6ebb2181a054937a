"""Builds a Pagefind index of the same records as thidua's own search index, for the comparison in
docs/tim-kiem.md. Needs PyPI `pagefind[bin]` (not a build dependency of thidua).

Usage: python3 pagefind_compare.py SITE_DIR

Reads the records from SITE_DIR/tim-kiem/chi-muc/d-*.js, gives Pagefind their text folded (marks
removed, đ→d, since Pagefind folds marks but keeps đ) with the original text as metadata, writes
SITE_DIR/pagefind/ and a test page SITE_DIR/pagefind-test.html?q=… that folds the query the same
way and shows the first 20 results, so measure_search.py --pagefind can time it.
"""
import glob
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata


def fold(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c)).lower()


def records(site):
    rows = []
    for path in sorted(glob.glob(os.path.join(site, "tim-kiem", "chi-muc", "d-*.js")),
                       key=lambda p: int(re.search(r"d-(\d+)\.js", p).group(1))):
        text = open(path, encoding="utf-8").read()
        rows += json.loads(text[text.index(",") + 1:text.rindex(")")])
    return rows


TEST_PAGE = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Pagefind</title></head><body>
<p id="trang-thai"></p><ol id="ket-qua"></ol>
<script type="module">
const fold = s => s.replace(/[đĐ]/g, "d").normalize("NFD").replace(/[\\u0300-\\u036f]/g, "").toLowerCase();
const q = new URLSearchParams(location.search).get("q") || "";
const pagefind = await import("./pagefind/pagefind.js");
const search = await pagefind.search(fold(q));
const page = await Promise.all(search.results.slice(0, 20).map(r => r.data()));
for (const d of page) {
  const li = document.createElement("li");
  li.textContent = d.meta.kind + ": " + d.meta.title + " – " + d.meta.place;
  document.getElementById("ket-qua").appendChild(li);
}
document.getElementById("trang-thai").textContent = "Tìm thấy " + search.results.length + " kết quả";
</script></body></html>
"""


def build(site):
    """One small HTML file per record, indexed by the Pagefind CLI (its Python API adds one record per
    round trip, about 100 ms each: over an hour for a national site)."""
    kinds = ["Điển hình", "Đơn vị", "Văn bản", "Khen thưởng"]
    rows = records(site)
    work = tempfile.mkdtemp(prefix="thidua-pagefind-")
    for i, (kind, title, path, place, text) in enumerate(rows):
        meta = "".join(f'<span data-pagefind-meta="{k}">{html.escape(v)}</span>'
                       for k, v in (("title", title), ("kind", kinds[kind]), ("place", place), ("snippet", text), ("url", path)))
        body = html.escape(fold(" ".join((title, place, text))))
        with open(os.path.join(work, f"{i}.html"), "w", encoding="utf-8") as f:
            f.write(f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{i}</title></head>'
                    f'<body><div hidden>{meta}</div><main data-pagefind-body><p>{body}</p></main></body></html>')
    out = os.path.join(site, "pagefind")
    shutil.rmtree(out, ignore_errors=True)
    subprocess.run([sys.executable, "-m", "pagefind", "--site", work, "--output-path", out], check=True)
    shutil.rmtree(work)
    with open(os.path.join(site, "pagefind-test.html"), "w", encoding="utf-8") as f:
        f.write(TEST_PAGE)
    print(f"{len(rows)} records indexed")


if __name__ == "__main__":
    build(os.path.abspath(sys.argv[1]))
