"""Measures what a first search query downloads on a built site (for docs/tim-kiem.md).

Usage: python3 measure_search.py --site DIR [--pagefind] "dak mil" "da nang" ...

Opens tim-kiem/index.html?q=… in headless Chromium (a fresh page per query, so each is a first
query), lists the files the page loaded, and adds up their sizes as served raw and gzip-compressed
(level 6, what a portal's web server typically sends). With --pagefind it opens the Pagefind test
page pagefind-test.html?q=… instead (see docs/tim-kiem.md for how that page was made).
"""
import argparse
import gzip
import os
import sys
import time
import urllib.parse

sys.path.insert(0, os.path.dirname(__file__))
import functools  # noqa: E402
import http.server  # noqa: E402
import socket  # noqa: E402
import threading  # noqa: E402

from run_browser_tests import make_driver  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402


REQUESTS = []


class RecordingHandler(http.server.SimpleHTTPRequestHandler):
    """Logs every path asked for, including requests from web workers that the page's resource
    timing does not list (Pagefind searches in a worker)."""

    def do_GET(self):
        REQUESTS.append(self.path.split("?")[0])
        super().do_GET()

    def log_message(self, *args):
        pass


def serve(root):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), functools.partial(RecordingHandler, directory=root))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{port}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--site", required=True)
    ap.add_argument("--pagefind", action="store_true")
    ap.add_argument("queries", nargs="+")
    args = ap.parse_args()
    site = os.path.abspath(args.site)
    server, base = serve(os.path.dirname(site))
    prefix = f"{base}/{os.path.basename(site)}/"
    driver = make_driver()
    gz_cache = {}

    def sizes(url):
        path = urllib.parse.unquote(urllib.parse.urlparse(url).path)[len(urllib.parse.urlparse(prefix).path):]
        full = os.path.join(site, path)
        if full not in gz_cache:
            data = open(full, "rb").read()
            gz_cache[full] = (len(data), len(gzip.compress(data, 6)))
        return gz_cache[full]

    print("| query | results | files | raw KB | gzip KB | of which index gzip KB | time ms |")
    print("|---|---|---|---|---|---|---|")
    try:
        for q in args.queries:
            page = "pagefind-test.html" if args.pagefind else "tim-kiem/index.html"
            driver.execute_cdp_cmd("Network.enable", {})
            driver.execute_cdp_cmd("Network.clearBrowserCache", {})
            driver.execute_cdp_cmd("Network.setCacheDisabled", {"cacheDisabled": True})
            REQUESTS.clear()
            t0 = time.time()
            driver.get(prefix + page + "?q=" + urllib.parse.quote(q))
            WebDriverWait(driver, 60, poll_frequency=0.05).until(
                lambda d: d.execute_script("const s = document.getElementById('trang-thai'); return s && /^(Tìm thấy|Không tìm thấy)/.test(s.textContent)"))
            elapsed = (time.time() - t0) * 1000
            status = driver.execute_script("return document.getElementById('trang-thai').textContent")
            time.sleep(0.3)
            urls = [urllib.parse.urljoin(base, p) for p in REQUESTS]
            if os.environ.get("MEASURE_DEBUG"):
                print(REQUESTS, file=sys.stderr)
            raw = gz = index_gz = 0
            for u in urls:
                if not u.startswith(prefix):
                    continue
                r, g = sizes(u)
                raw += r
                gz += g
                if "/chi-muc/" in u or "/pagefind/" in u:
                    index_gz += g
            count = status.split(" kết quả")[0].replace("Tìm thấy ", "") if status.startswith("Tìm thấy") else "0"
            print(f"| {q} | {count} | {len(urls)} | {raw / 1024:.0f} | {gz / 1024:.0f} | {index_gz / 1024:.0f} | {elapsed:.0f} |", flush=True)
    finally:
        driver.quit()
        server.shutdown()


if __name__ == "__main__":
    main()
