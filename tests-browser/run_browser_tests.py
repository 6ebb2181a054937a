"""Real-browser tests of a built thidua site in headless Chromium (issue 7).

Usage: python3 run_browser_tests.py --root DIR --site-path site --artifacts artifacts/screenshots

DIR is served over HTTP on 127.0.0.1 and the site sits in its sub-folder `site-path`, as on a portal.
Prints one line per test and ends with "browser: N passed, N failed, N skipped"; exits 1 on a failure.
"""
import argparse
import functools
import http.server
import os
import socket
import sys
import threading
import time
import traceback
import urllib.parse

from selenium import webdriver
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

import page_checks

TESTS = []


def test(fn):
    TESTS.append(fn)
    return fn


class Skip(Exception):
    pass


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(root):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    handler = functools.partial(QuietHandler, directory=root)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{port}"


def make_driver():
    options = webdriver.ChromeOptions()
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--hide-scrollbars", "--lang=vi-VN", "--force-device-scale-factor=1"):
        options.add_argument(arg)
    for path in ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"):
        if os.path.exists(path):
            options.binary_location = path
            break
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver_path = next((p for p in ("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver") if os.path.exists(p)), None)
    service = Service(driver_path) if driver_path else Service()
    driver = webdriver.Chrome(options=options, service=service)
    driver.set_page_load_timeout(30)
    return driver


class Site:
    """The served site: page addresses, the driver and viewport control."""

    def __init__(self, driver, base, site_dir, site_path):
        self.driver = driver
        self.base = f"{base}/{site_path}/"
        self.dir = site_dir

    def url(self, path):
        return urllib.parse.urljoin(self.base, path)

    def viewport(self, width, height=900):
        self.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})

    def open(self, path):
        self.driver.get_log("browser")  # drop what earlier pages logged
        self.driver.get(self.url(path))
        WebDriverWait(self.driver, 10, poll_frequency=0.05).until(lambda d: d.execute_script("return document.readyState") == "complete")

    def severe_logs(self):
        return [e["message"] for e in self.driver.get_log("browser") if e.get("level") == "SEVERE"]

    def run(self, script, *args):
        return self.driver.execute_script(script, *args)

    def first(self, folder, prefer=()):
        """Output path of a page under `folder`: a preferred one when it exists, else the first."""
        for p in prefer:
            if os.path.exists(os.path.join(self.dir, folder, p, "index.html")):
                return f"{folder}/{p}/index.html"
        full = os.path.join(self.dir, folder)
        for name in sorted(os.listdir(full)):
            if os.path.isfile(os.path.join(full, name, "index.html")):
                return f"{folder}/{name}/index.html"
        raise AssertionError(f"no page under {folder}/")


def page_kinds(site):
    model = site.first("dien-hinh", ("trau-vo-beo-mong-an",))
    years = sorted(n for n in os.listdir(os.path.join(site.dir, "khen-thuong")) if n.isdigit())
    free = next(n for n in ("gioi-thieu", "lien-he") if os.path.exists(os.path.join(site.dir, n, "index.html")))
    return {
        "home": "index.html",
        "units": "don-vi/index.html",
        "unit": site.first("don-vi", ("huyen-dinh-lap",)),
        "progress": "tien-do/index.html",
        "indicator": site.first("tien-do"),
        "showcase": "dien-hinh/index.html",
        "model": model,
        "press sheet": model.replace("/index.html", "/bao-chi/index.html"),
        "awards": "khen-thuong/index.html",
        "awards year": f"khen-thuong/{years[-1]}/index.html",
        "documents": "van-ban/index.html",
        "document": site.first("van-ban"),
        "free page": f"{free}/index.html",
        "data": "du-lieu/index.html",
        "search": "tim-kiem/index.html",
        "404": "404.html",
    }


# Each page is loaded once per width and every check runs on it; the tests below read the findings.
CHECKS_WIDE = {"console": None, "images": page_checks.IMAGES, "labels": page_checks.LABELS,
               "headings": page_checks.HEADINGS, "contrast": page_checks.CONTRAST, "axe": None}
CHECKS_NARROW = {"overflow": page_checks.OVERFLOW, "contrast": page_checks.CONTRAST}
# axe-core 3.1 (what PyPI's axe-selenium-python ships) predates HTML 5.2's <div> groups in <dl>.
AXE_OUTDATED_RULES = {"dlitem"}


@functools.lru_cache(maxsize=None)
def findings(site):
    found = {}
    try:
        from axe_selenium_python import Axe
    except ImportError:
        Axe = None
        found["axe-missing"] = True
    for width, checks in ((1280, CHECKS_WIDE), (360, CHECKS_NARROW)):
        site.viewport(width)
        for kind, path in page_kinds(site).items():
            site.open(path)
            where = f"{kind} ({path}) at {width} px"
            for name, script in checks.items():
                bucket = found.setdefault(name, [])
                if name == "console":
                    bucket += [f"{where}: {m}" for m in site.severe_logs()]
                    if not site.driver.title.strip():
                        bucket.append(f"{where}: empty title")
                elif name == "axe":
                    if Axe is None:
                        continue
                    axe = Axe(site.driver)
                    axe.inject()
                    result = axe.run(options={"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa"]}})
                    for v in result["violations"]:
                        if v["id"] in AXE_OUTDATED_RULES:
                            continue
                        nodes = "; ".join(str(n["target"][0]) for n in v["nodes"][:3])
                        bucket.append(f"{where}: {v['id']} ({v['impact']}): {v['help']} – {nodes}")
                else:
                    bucket += [f"{where}: {p}" for p in site.run(script)]
    return found


def expect_none(site, name):
    problems = findings(site).get(name, [])
    assert not problems, "\n".join(problems[:40])


@test
def every_kind_of_page_loads_without_console_errors(site):
    expect_none(site, "console")


@test
def no_page_scrolls_sideways_at_360px(site):
    expect_none(site, "overflow")


@test
def images_have_alt_text(site):
    expect_none(site, "images")


@test
def form_controls_have_labels(site):
    expect_none(site, "labels")


@test
def headings_landmarks_and_tables_are_in_order(site):
    expect_none(site, "headings")


@test
def text_contrast_is_at_least_4_5_to_1(site):
    expect_none(site, "contrast")


@test
def axe_core_finds_no_violations(site):
    if findings(site).get("axe-missing"):
        raise Skip("axe-selenium-python not installed")
    expect_none(site, "axe")


def search_results(site, timeout=10):
    status = site.driver.find_element(By.ID, "trang-thai")
    WebDriverWait(site.driver, timeout, poll_frequency=0.05).until(lambda d: status.text.startswith(("Tìm thấy", "Không tìm thấy")))
    items = site.driver.find_elements(By.CSS_SELECTOR, "#ket-qua > li")
    return status.text, [(i.find_element(By.CSS_SELECTOR, ".result-kind").text,
                          i.find_element(By.CSS_SELECTOR, ".result-title").text,
                          [m.text for m in i.find_elements(By.TAG_NAME, "mark")]) for i in items]


def type_query(site, query):
    box = site.driver.find_element(By.ID, "q")
    box.clear()
    box.send_keys(query)
    box.send_keys(Keys.ENTER)
    WebDriverWait(site.driver, 10, poll_frequency=0.05).until(
        lambda d: urllib.parse.parse_qs(urllib.parse.urlparse(d.current_url).query).get("q") == [query])
    time.sleep(0.1)
    return search_results(site)


@test
def search_finds_names_typed_without_marks(site):
    site.viewport(1280)
    site.open("tim-kiem/index.html")
    expectations = [("dinh lap", "Đình Lập"), ("binh gia", "Bình Gia"), ("trau vo beo", "trâu vỗ béo"),
                    ("Đình Lập", "Đình Lập"), ("huu le", "Hữu Lễ")]
    for query, expected in expectations:
        status, results = type_query(site, query)
        assert results, f"“{query}”: no results ({status})"
        titles = [t for _, t, _ in results[:5]]
        assert any(expected.lower() in t.lower() for t in titles), f"“{query}”: top titles {titles}"
        assert results[0][2], f"“{query}”: first result has no highlighted match"
    status, results = type_query(site, "zzqxw")
    assert not results and status.startswith("Không tìm thấy"), status
    assert not site.severe_logs()


@test
def search_query_comes_from_the_address_and_the_header_form(site):
    site.viewport(360)
    site.open("tim-kiem/index.html?q=dinh%20lap")
    _, results = search_results(site)
    assert results and "Đình Lập" in results[0][1], results[:3]
    assert site.driver.find_element(By.ID, "q").get_attribute("value") == "dinh lap"
    site.open("index.html")
    box = site.driver.find_element(By.ID, "q-header")
    box.send_keys("binh gia")
    box.send_keys(Keys.ENTER)
    WebDriverWait(site.driver, 10, poll_frequency=0.05).until(lambda d: "tim-kiem" in d.current_url)
    _, results = search_results(site)
    assert any("Bình Gia" in t for _, t, _ in results[:5]), results[:5]
    link = site.driver.find_element(By.CSS_SELECTOR, "#ket-qua a.result-title")
    href = link.get_attribute("href")
    assert href.startswith(site.base), f"result link {href} leaves the site folder {site.base}"
    link.click()
    WebDriverWait(site.driver, 10, poll_frequency=0.05).until(lambda d: d.current_url == href)
    assert "404" not in site.driver.title


@test
def search_works_from_file_urls(site):
    site.viewport(1280)
    site.driver.get_log("browser")
    page = "file://" + os.path.abspath(os.path.join(site.dir, "tim-kiem", "index.html")) + "?q=trau%20vo%20beo"
    site.driver.get(page)
    _, results = search_results(site)
    assert any("trâu" in t.lower() for _, t, _ in results[:3]), results[:3]
    assert not site.severe_logs()


@test
def ranking_table_sorts_by_clicking_a_header(site):
    site.viewport(1280)
    # The children ranking of a district's page sorts in place (a province page has it too).
    site.open(page_kinds(site)["unit"])
    # A sortable header is a button in a th (the accessible pattern), or a th marked for sorting.
    buttons = (site.driver.find_elements(By.CSS_SELECTOR, "table th button")
               or site.driver.find_elements(By.CSS_SELECTOR, "table th[data-sort], table th[aria-sort]"))
    assert buttons, "no sortable ranking table on the district page"
    table = buttons[0].find_element(By.XPATH, "ancestor::table")
    target = buttons[1] if len(buttons) > 1 else buttons[0]
    column = target if target.tag_name == "th" else target.find_element(By.XPATH, "ancestor::th")
    index = site.run("return arguments[0].cellIndex", column)

    def column_values():
        return site.run("""return [...arguments[0].tBodies[0].rows].map(r => r.cells[arguments[1]].textContent.trim())""",
                        table, index)

    before = column_values()
    target.click()
    first = column_values()
    target.click()
    second = column_values()
    sort_state = column.get_attribute("aria-sort")
    assert sort_state in ("ascending", "descending"), f"aria-sort after two clicks: {sort_state}"
    assert first != before or second != before, "clicking the header did not reorder the rows"


@test
def screenshots_of_key_pages(site, artifacts):
    os.makedirs(artifacts, exist_ok=True)
    kinds = page_kinds(site)
    shots = {"home": kinds["home"], "unit": kinds["unit"], "model": kinds["model"],
             "search": "tim-kiem/index.html?q=dinh%20lap"}
    for width in (360, 1280):
        for name, path in shots.items():
            site.viewport(width)
            site.open(path)
            if name == "search":
                search_results(site)
            # Lazy images below the fold would show as blank boxes in a full-page shot.
            site.run("document.querySelectorAll('img[loading=lazy]').forEach(i => i.loading = 'eager')")
            WebDriverWait(site.driver, 10, poll_frequency=0.05).until(
                lambda d: d.execute_script("return [...document.images].every(i => i.complete)"))
            height = min(site.run("return document.documentElement.scrollHeight"), 9000)
            site.viewport(width, height)
            time.sleep(0.2)
            site.driver.save_screenshot(os.path.join(artifacts, f"{name}-{width}.png"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", required=True)
    ap.add_argument("--site-path", default="site")
    ap.add_argument("--artifacts", default="artifacts/screenshots")
    ap.add_argument("--only", default="")
    args = ap.parse_args()
    server, base = serve(args.root)
    driver = make_driver()
    site = Site(driver, base, os.path.join(args.root, args.site_path), args.site_path)
    passed = failed = skipped = 0
    started = time.time()
    try:
        for fn in TESTS:
            if args.only and args.only not in fn.__name__:
                continue
            t0 = time.time()
            try:
                if "artifacts" in fn.__code__.co_varnames[:fn.__code__.co_argcount]:
                    fn(site, args.artifacts)
                else:
                    fn(site)
                passed += 1
                print(f"ok    {fn.__name__} ({time.time() - t0:.1f} s)", flush=True)
            except Skip as s:
                skipped += 1
                print(f"skip  {fn.__name__}: {s}", flush=True)
            except (AssertionError, TimeoutException) as e:
                failed += 1
                print(f"FAIL  {fn.__name__}:\n      " + (str(e) or repr(e)).replace("\n", "\n      "), flush=True)
            except Exception:
                failed += 1
                print(f"FAIL  {fn.__name__}: error\n" + traceback.format_exc(), flush=True)
    finally:
        driver.quit()
        server.shutdown()
    print(f"({time.time() - started:.0f} s)")
    print(f"browser: {passed} passed, {failed} failed, {skipped} skipped")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
