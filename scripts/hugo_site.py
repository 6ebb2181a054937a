#!/usr/bin/env python3
"""Writes a Hugo site with the same pages as thidua builds from a fixture made by
`thidua-bench fixture`: one page per unit, model, press sheet, field, award year, indicator,
document and free page, with the same text and the tables thidua computes (values given and
derived, target status per year, sub-unit rankings, commendations) pre-computed as static Markdown.
Used by scripts/bench-hugo.sh so that the speed ratio is measured on equivalent pages.

It reads the fixture's own layout (column order as the generator writes it), not every form that
INPUT.md allows.

usage: hugo_site.py CONTENT_DIR HUGO_SITE_DIR
"""
import csv
import glob
import html
import json
import os
import re
import shutil
import sys
import unicodedata
from collections import defaultdict

CONTENT, SITE = sys.argv[1], sys.argv[2]
RULE_TEXT = {"giam_diem_moi_nam": "giảm ít nhất {v} điểm % mỗi năm", "giam_phan_tram_dau_ky": "giảm {v}% so với đầu kỳ",
             "giam_so_luong": "giảm ít nhất {v} mỗi năm", "toi_da": "tối đa {v}", "toi_thieu": "tối thiểu {v}"}
LEVEL_ORDER = {"tinh": 0, "huyen": 1, "xa": 2}


def slug(s):
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if unicodedata.category(c) != "Mn").lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def read_csv(path):
    text = open(path, encoding="utf-8-sig", newline="").read()
    first = text.split("\n", 1)[0]
    delim = ";" if first.count(";") > first.count(",") else ","
    rows = list(csv.reader(text.splitlines(), delimiter=delim))
    return rows[0], rows[1:]


def vi_num(s):
    s = s.strip().rstrip("%").strip()
    return float(s.replace(".", "").replace(",", ".")) if s else None


def fmt(v, decimals=0):
    if v is None:
        return "–"
    s = f"{abs(v):,.{decimals}f}".replace(",", "\u0001").replace(".", ",").replace("\u0001", ".")
    return ("-" if v < 0 else "") + s


def md_cell(s):
    return str(s).replace("|", "\\|").replace("\n", " ")


def table(header, rows):
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    out += ["| " + " | ".join(md_cell(c) for c in r) + " |" for r in rows]
    return "\n".join(out) + "\n"


def write(path, title, body, description=""):
    full = os.path.join(SITE, "content", path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8") as f:
        f.write("---\n" + f"title: {json.dumps(title, ensure_ascii=False)}\n")
        f.write(f"description: {json.dumps(description[:300], ensure_ascii=False)}\n")
        url = "/" if path == "_index.md" else "/" + path[:-3].replace("__", "/") + "/"
        if path != "_index.md":
            f.write(f"url: {json.dumps(url)}\n")
        f.write("---\n" + body)


def front_matter(path):
    text = open(path, encoding="utf-8").read()
    _, fm, body = text.split("---\n", 2)
    meta, results = {}, []
    for line in fm.splitlines():
        m = re.match(r'\s*- \{ label: (".*?(?<!\\)"), value: (".*")\s*\}$', line)
        if m:
            results.append((json.loads(m.group(1)), json.loads(m.group(2))))
            continue
        m = re.match(r"^(\w+): (.*)$", line)
        if m:
            k, v = m.groups()
            meta[k] = json.loads(v) if v.startswith('"') else ([json.loads(x) for x in re.findall(r'"(?:[^"\\]|\\.)*"', v)] if v.startswith("[") else v)
    return meta, results, body


# --- data --------------------------------------------------------------------------------------
_, unit_rows = read_csv(os.path.join(CONTENT, "units.csv"))
units = {r[0]: {"code": r[0], "name": r[1], "level": r[2], "parent": r[3] or None, "tags": [t for t in r[4].split(";") if t]} for r in unit_rows}
by_name = {u["name"]: c for c, u in units.items()}
children = defaultdict(list)
for c, u in units.items():
    u["slug"] = slug(u["name"]) + "-" + c
    if u["parent"]:
        children[u["parent"]].append(c)

_, ind_rows = read_csv(os.path.join(CONTENT, "indicators.csv"))
indicators = [{"id": r[0], "name": r[1], "unit": r[2], "decimals": int(r[4]), "aggregate": r[5]} for r in ind_rows]
years = sorted(int(os.path.basename(p)[:4]) for p in glob.glob(os.path.join(CONTENT, "progress", "*.csv")))
values = defaultdict(dict)   # (code, indicator) -> {year: (value, derived)}
for y in years:
    _, rows = read_csv(os.path.join(CONTENT, "progress", f"{y}.csv"))
    for r in rows:
        code = r[0] if r[0] in units else by_name[r[0]]
        for i, ind in enumerate(indicators):
            v = vi_num(r[1 + i])
            if v is not None:
                values[(code, ind["id"])][y] = (v, False)


def derive(code):
    for c in children[code]:
        derive(c)
    if not children[code]:
        return
    for y in years:
        for ind in indicators:
            key = (code, ind["id"])
            if y in values[key]:
                continue
            if ind["aggregate"] == "sum":
                vs = [values[(c, ind["id"])].get(y) for c in children[code]]
                if all(v is not None for v in vs):
                    values[key][y] = (sum(v[0] for v in vs), True)
        for ind in indicators:
            if ind["aggregate"].startswith("ratio:"):
                num, den = ind["aggregate"][6:].split("/")
                n, d = values[(code, num)].get(y), values[(code, den)].get(y)
                if n and d and d[0] > 0 and y not in values[(code, ind["id"])]:
                    values[(code, ind["id"])][y] = (100 * n[0] / d[0], True)


for c, u in units.items():
    if not u["parent"]:
        derive(c)

_, target_rows = read_csv(os.path.join(CONTENT, "targets.csv"))
targets = [{"indicator": r[0], "scope": r[1], "rule": r[2], "value": vi_num(r[3]), "from": int(r[4] or years[0]),
            "to": int(r[5] or 2025), "group": r[6], "source": r[7]} for r in target_rows]


def specificity(t, u):
    s = t["scope"]
    if s == u["code"]:
        return 4
    if s.startswith("tag:") and s[4:] in u["tags"]:
        return 3
    if s.startswith("level:") and s[6:] == u["level"]:
        return 2
    return 1 if s == "*" else 0


def evaluate(t, code):
    series = values[(code, t["indicator"])]
    get = lambda y: series.get(y, (None,))[0]
    F, T, V = t["from"], t["to"], t["value"]
    out = []
    for y in [y for y in years if F < y <= T] if t["rule"] != "giam_so_luong" else [y for y in years if F <= y <= T]:
        if t["rule"] == "giam_so_luong":
            a, b = get(y - 1), get(y)
            req, ach = V, (a - b if a is not None and b is not None else None)
        else:
            f, v = get(F), get(y)
            if f is None or v is None:
                req = ach = None
            elif t["rule"] == "giam_diem_moi_nam":
                req, ach = V * (y - F), f - v
            elif t["rule"] == "giam_phan_tram_dau_ky":
                req, ach = f * V / 100 * (y - F) / (T - F), f - v
            else:
                req, ach = f + (V - f) * (y - F) / (T - F), v
        if ach is None:
            status = "chưa có số liệu"
        elif t["rule"] == "toi_da":
            status = "đạt" if ach <= req + 1e-9 else "chưa đạt"
        else:
            status = "đạt" if ach >= req - 1e-9 else "chưa đạt"
        out.append((y, req, ach, status))
    return out


models = []
for p in sorted(glob.glob(os.path.join(CONTENT, "models", "*.md"))):
    meta, results, body = front_matter(p)
    if meta.get("draft") == "true":
        continue
    models.append({"id": os.path.basename(p)[:-3], "meta": meta, "results": results, "body": body})
models_by_unit = defaultdict(list)
for m in models:
    models_by_unit[m["meta"]["unit"]].append(m)
awards = []
for p in sorted(glob.glob(os.path.join(CONTENT, "awards", "*.csv"))):
    _, rows = read_csv(p)
    awards += rows
awards_by_unit, awards_by_model, awards_by_year = defaultdict(list), defaultdict(list), defaultdict(list)
for a in awards:
    awards_by_unit[a[6]].append(a)
    awards_by_year[int(a[9])].append(a)
    if a[10]:
        awards_by_model[a[10]].append(a)


def link(code):
    return f"[{units[code]['name']}](/don-vi/{units[code]['slug']}/)"


def award_table(rows):
    return table(["Số quyết định", "Ngày", "Hình thức", "Đối tượng", "Đơn vị", "Năm"],
                 [[a[0], a[1], a[2], a[3], units[a[6]]["name"], a[9]] for a in rows])


def sparkline(code):
    pts = [(y, values[(code, "ty_le_ho_ngheo")].get(y, (None,))[0]) for y in years]
    pts = [(y, v) for y, v in pts if v is not None]
    if len(pts) < 2:
        return ""
    top = max(v for _, v in pts) or 1
    coords = " ".join(f"{10 + 60 * i:.0f},{70 - 60 * v / top:.1f}" for i, (_, v) in enumerate(pts))
    return (f'<svg role="img" width="320" height="80" viewBox="0 0 320 80"><title>Tỷ lệ hộ nghèo qua các năm</title>'
            f'<polyline fill="none" stroke="#2a6" stroke-width="2" points="{coords}"/></svg>\n\n')


# --- pages -------------------------------------------------------------------------------------
shutil.rmtree(SITE, ignore_errors=True)
os.makedirs(os.path.join(SITE, "layouts", "_default"))
site_title = "Phong trào thi đua “Vì người nghèo - Không để ai bị bỏ lại phía sau”"
with open(os.path.join(SITE, "config.toml"), "w", encoding="utf-8") as f:
    f.write(f'baseURL = "https://thidua.example.gov.vn/vi-nguoi-ngheo/"\nlanguageCode = "vi"\ntitle = {json.dumps(site_title, ensure_ascii=False)}\n'
            'relativeURLs = true\ndisableKinds = ["taxonomy", "term", "section"]\n[markup.goldmark.renderer]\nunsafe = true\n')
layout = """<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} – {{ .Site.Title }}</title><meta name="description" content="{{ .Description }}">
<meta property="og:title" content="{{ .Title }}"><meta property="og:url" content="{{ .Permalink }}"></head>
<body><a href="#noi-dung">Bỏ qua điều hướng</a><header><nav><a href="{{ "/" | relURL }}">Trang chủ</a> <a href="{{ "/don-vi/" | relURL }}">Đơn vị</a>
<a href="{{ "/tien-do/" | relURL }}">Tiến độ</a> <a href="{{ "/dien-hinh/" | relURL }}">Điển hình</a> <a href="{{ "/khen-thuong/" | relURL }}">Khen thưởng</a>
<a href="{{ "/van-ban/" | relURL }}">Văn bản</a></nav></header><main id="noi-dung"><h1>{{ .Title }}</h1>{{ .Content }}</main>
<footer><p>Dữ liệu minh họa.</p></footer></body></html>
"""
for name in ("single.html", "list.html"):
    open(os.path.join(SITE, "layouts", "_default", name), "w", encoding="utf-8").write(layout)
open(os.path.join(SITE, "layouts", "index.html"), "w", encoding="utf-8").write(layout)

ind_by_id = {i["id"]: i for i in indicators}
for code, u in units.items():
    parts = []
    chain, c = [], u["parent"]
    while c:
        chain.insert(0, link(c))
        c = units[c]["parent"]
    if chain:
        parts.append("Thuộc: " + " › ".join(chain) + "\n\n")
    parts.append("## Số liệu qua các năm\n\n" + sparkline(code))
    parts.append(table(["Chỉ tiêu"] + [str(y) for y in years],
                       [[i["name"]] + [fmt(values[(code, i["id"])][y][0], i["decimals"]) + ("*" if values[(code, i["id"])][y][1] else "")
                                        if y in values[(code, i["id"])] else "–" for y in years] for i in indicators]))
    chosen = {}
    for t in targets:
        s = specificity(t, u)
        if s and s > chosen.get((t["indicator"], t["rule"]), (0, None))[0]:
            chosen[(t["indicator"], t["rule"])] = (s, t)
    rows = []
    for (_, t) in chosen.values():
        ind = ind_by_id[t["indicator"]]
        for y, req, ach, status in evaluate(t, code):
            rows.append([ind["name"], RULE_TEXT[t["rule"]].format(v=fmt(t["value"], 1)), y, fmt(req, ind["decimals"]), fmt(ach, ind["decimals"]), status])
    if rows:
        parts.append("\n## Mục tiêu\n\n" + table(["Chỉ tiêu", "Mục tiêu", "Năm", "Yêu cầu", "Đạt được", "Tình trạng"], rows))
    if children[code]:
        last = years[-1]
        ranked = sorted(children[code], key=lambda c: values[(c, "ty_le_ho_ngheo")].get(last, (1e9,))[0])
        parts.append("\n## Đơn vị trực thuộc\n\n" + table(["Hạng", "Đơn vị", f"Tỷ lệ hộ nghèo {last}", f"Số hộ nghèo {last}"],
                     [[k + 1, link(c), fmt(values[(c, "ty_le_ho_ngheo")].get(last, (None,))[0], 2), fmt(values[(c, "so_ho_ngheo")].get(last, (None,))[0])]
                      for k, c in enumerate(ranked)]))
    if models_by_unit[code]:
        parts.append("\n## Điển hình tiên tiến\n\n" + "".join(f"- [{m['meta']['title']}](/dien-hinh/{m['id']}/)\n" for m in models_by_unit[code]))
    if awards_by_unit[code]:
        parts.append("\n## Khen thưởng\n\n" + award_table(awards_by_unit[code]))
    write(f"don-vi__{u['slug']}.md", u["name"], "".join(parts), f"Tiến độ giảm nghèo của {u['name']}")

roots = sorted((c for c, u in units.items() if not u["parent"]), key=lambda c: units[c]["name"])
tree = []
for p in roots:
    tree.append(f"- {link(p)}\n")
    for d in children[p]:
        tree.append(f"  - {link(d)}\n")
        tree += [f"    - {link(c)}\n" for c in children[d]]
write("don-vi.md", "Đơn vị", "".join(tree))

for m in models:
    meta = m["meta"]
    facts = table(["Kết quả", "Giá trị"], m["results"]) if m["results"] else ""
    aw = "\n## Khen thưởng\n\n" + award_table(awards_by_model[m["id"]]) if awards_by_model[m["id"]] else ""
    body = (f"Đơn vị: {link(meta['unit'])} · Năm {meta['year']} · Lĩnh vực: {meta.get('field', '')}\n\n> {meta['summary']}\n\n{facts}\n"
            f"{m['body']}\n{aw}\nLiên hệ: {meta.get('contact', '')}\n\n[Bản dành cho báo chí](/dien-hinh/{m['id']}/bao-chi/)\n")
    write(f"dien-hinh__{m['id']}.md", meta["title"], body, meta["summary"])
    write(f"dien-hinh__{m['id']}__bao-chi.md", meta["title"] + " (tài liệu báo chí)", f"{meta['summary']}\n\n{facts}\n{m['body']}", meta["summary"])
fields = defaultdict(list)
for m in models:
    fields[m["meta"].get("field", "Khác")].append(m)


# thidua shows a list of more than 600 model cards 120 per page: page 1 at the list's address, page k
# at …/trang/k/.
def paged(name, title, ms, item):
    pages = [ms[i:i + 120] for i in range(0, len(ms), 120)] if len(ms) > 600 else [ms]
    for k, chunk in enumerate(pages, start=1):
        path = f"{name}.md" if k == 1 else f"{name}__trang__{k}.md"
        write(path, title if k == 1 else f"{title} (trang {k}/{len(pages)})", "".join(item(m) for m in chunk))


for f, ms in fields.items():
    paged(f"dien-hinh__linh-vuc__{slug(f)}", f"Điển hình lĩnh vực {f}", ms,
          lambda m: f"- [{m['meta']['title']}](/dien-hinh/{m['id']}/): {m['meta']['summary']}\n")
paged("dien-hinh", "Điển hình tiên tiến", models,
      lambda m: f"### [{m['meta']['title']}](/dien-hinh/{m['id']}/)\n\n{m['meta']['summary']}\n\n")

by_form = defaultdict(lambda: defaultdict(int))
for a in awards:
    by_form[a[2]][a[9]] += 1
write("khen-thuong.md", "Khen thưởng", table(["Hình thức", "Năm", "Số lượt"], [[f, y, n] for f, ys in by_form.items() for y, n in sorted(ys.items())])
      + "".join(f"\n- [Năm {y}](/khen-thuong/{y}/)" for y in sorted(awards_by_year)))

def root_of(code):
    while units[code]["parent"]:
        code = units[code]["parent"]
    return code


# thidua lists a year with more than 2,000 commendations province by province.
for y, rows in awards_by_year.items():
    if len(rows) <= 2000:
        write(f"khen-thuong__{y}.md", f"Khen thưởng năm {y}", award_table(rows))
        continue
    by_root = defaultdict(list)
    for a in rows:
        by_root[root_of(a[6])].append(a)
    write(f"khen-thuong__{y}.md", f"Khen thưởng năm {y}",
          "".join(f"- [{units[p]['name']}](/khen-thuong/{y}/{units[p]['slug']}/): {len(by_root[p])} lượt\n" for p in roots if p in by_root))
    for p, part in by_root.items():
        write(f"khen-thuong__{y}__{units[p]['slug']}.md", f"Khen thưởng năm {y}: {units[p]['name']}", award_table(part))

last = years[-1]
top = [c for c, u in units.items() if u["level"] in ("tinh", "huyen")]
for ind in indicators:
    ranked = sorted(top, key=lambda c: values[(c, ind["id"])].get(last, (1e18,))[0])
    write(f"tien-do__{ind['id']}.md", ind["name"], table(["Hạng", "Đơn vị"] + [str(y) for y in years],
          [[k + 1, link(c)] + [fmt(values[(c, ind["id"])].get(y, (None,))[0], ind["decimals"]) for y in years] for k, c in enumerate(ranked)]))

def subtree(code):
    out = [code]
    for c in children[code]:
        out += subtree(c)
    return out


# thidua splits a national indicator by province: one page per province with every unit under it.
for ind in indicators:
    for p in roots:
        ranked = sorted(subtree(p), key=lambda c: values[(c, ind["id"])].get(last, (1e18,))[0])
        write(f"tien-do__{ind['id']}__{units[p]['slug']}.md", f"{ind['name']}: {units[p]['name']}",
              table(["Hạng", "Đơn vị"] + [str(y) for y in years],
                    [[k + 1, link(c)] + [fmt(values[(c, ind["id"])].get(y, (None,))[0], ind["decimals"]) for y in years] for k, c in enumerate(ranked)]))
write("tien-do.md", "Tiến độ", "".join(f"- [{i['name']}](/tien-do/{i['id']}/)\n" for i in indicators))

for folder, prefix, index_title in (("documents", "van-ban__", "Văn bản"), ("pages", "", None)):
    items = []
    for p in sorted(glob.glob(os.path.join(CONTENT, folder, "*.md"))):
        meta, _, body = front_matter(p)
        name = os.path.basename(p)[:-3]
        write(f"{prefix}{name}.md", meta["title"], body, meta.get("summary", ""))
        items.append(f"- [{meta['title']}](/van-ban/{name}/)\n")
    if index_title:
        write("van-ban.md", index_title, "".join(items))
write("tim-kiem.md", "Tìm kiếm", "Nhập từ khóa để tìm điển hình, đơn vị, văn bản và khen thưởng.\n")
write("du-lieu.md", "Dữ liệu mở", "Các bảng số liệu dạng CSV và JSON.\n")
write("_index.md", site_title, open(os.path.join(CONTENT, "index.md"), encoding="utf-8").read()
      + "\n## Điển hình nổi bật\n\n" + "".join(f"- [{m['meta']['title']}](/dien-hinh/{m['id']}/)\n" for m in models if m["meta"].get("featured") == "true"))
print(f"Hugo site: {sum(len(fs) for _, _, fs in os.walk(os.path.join(SITE, 'content')))} content files in {SITE}")
