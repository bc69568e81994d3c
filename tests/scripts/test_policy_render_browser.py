#!/usr/bin/python3
"""The public notice in a real browser (Debian's headless `chromium`): render the example
policy in Chinese and English, load each page, and check that
  - the key sections, landmarks and stamp are in the DOM the browser built;
  - the page does not scroll sideways at phone widths (320 and 390 CSS px): the page is
    laid out in an iframe of exactly that width and the iframe document's scrollWidth is
    read by a probe script (the notice itself has no scripts);
  - a 390x844 screenshot is a real picture: a valid PNG of that size with many colours,
    dark text pixels and no single colour covering almost everything.
Needs chromium and a CJK font (fonts-noto-cjk); scripts/setup.sh installs both."""
import html
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import unittest
import zlib

BIN = os.environ.get("PIGUARD_BIN", "build/piguard")
SRC = os.environ.get("PIGUARD_SOURCE_DIR", ".")
EXAMPLE = os.path.join(SRC, "examples", "policy", "bluebay-2026.1.yaml")
SECTIONS = ["collection", "categories", "trustees", "retention", "rights", "refusal"]
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

PROBE = """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0">
<iframe id="f" style="width:{width}px;height:844px;border:0" srcdoc="{srcdoc}"></iframe>
<pre id="probe-result"></pre>
<script>
document.getElementById("f").addEventListener("load", () => {{
  const d = document.getElementById("f").contentDocument;
  const w = d.defaultView.innerWidth;
  const wide = [];
  for (const el of d.body.querySelectorAll("*")) {{
    if (el.closest(".table-wrap") && el.tagName !== "DIV") continue;  // tables scroll in their box
    const r = el.getBoundingClientRect();
    if (r.right > w + 0.5) wide.push(el.tagName + (el.id ? "#" + el.id : "") + " " + Math.round(r.right));
  }}
  document.getElementById("probe-result").textContent = JSON.stringify({{
    inner_width: w,
    scroll_width: d.documentElement.scrollWidth,
    too_wide: wide.slice(0, 10),
    lang: d.documentElement.lang,
    h1: d.querySelector("h1").textContent,
    sections: [...d.querySelectorAll("main section > h2")].map(h => h.id),
    landmarks: ["header", "nav", "main", "footer"].filter(t => d.querySelector(t)),
    th_scoped: d.querySelectorAll("th[scope]").length,
    sha: (d.querySelector("header code") || {{}}).textContent,
  }});
}});
</script></body></html>"""


def chromium(*args, timeout=90):
    with tempfile.TemporaryDirectory() as profile:
        p = subprocess.run([CHROMIUM, "--headless", "--disable-gpu", "--no-sandbox", "--hide-scrollbars",
                            "--no-first-run", "--mute-audio", f"--user-data-dir={profile}", *args],
                           capture_output=True, timeout=timeout, env=dict(os.environ, HOME=profile))
    return p


def png_pixels(data):
    """Decodes an 8-bit RGB/RGBA, non-interlaced PNG with zlib; returns (w, h, rows of bytes, bpp)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, w = 8, b"", None
    while pos < len(data):
        length, ctype = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if ctype == b"IHDR":
            w, h, depth, color, _, _, interlace = struct.unpack(">IIBBBBB", chunk)
            assert depth == 8 and color in (2, 6) and interlace == 0, (depth, color, interlace)
            bpp = 3 if color == 2 else 4
        elif ctype == b"IDAT":
            idat += chunk
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = w * bpp
    rows, prev = [], bytearray(stride)
    for y in range(h):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if f == 1:
                line[i] = (line[i] + a) & 255
            elif f == 2:
                line[i] = (line[i] + b) & 255
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                pa, pb, pc = abs(b - c), abs(a - c), abs(a + b - 2 * c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return w, h, rows, bpp


class PolicyRenderBrowserTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        if not CHROMIUM:
            raise AssertionError("chromium not found: install it with scripts/setup.sh (Debian package chromium)")
        fonts = subprocess.run(["fc-list", ":lang=zh", "family"], capture_output=True, text=True).stdout
        if not fonts.strip():
            raise AssertionError("no Chinese font: install fonts-noto-cjk (scripts/setup.sh)")
        cls.tmp = tempfile.TemporaryDirectory()
        cls.pages = {}
        for lang in ("zh", "en"):
            out = os.path.join(cls.tmp.name, f"notice.{lang}.html")
            p = subprocess.run([BIN, "policy", "render", EXAMPLE, "--lang", lang, "--format", "html", "-o", out],
                               capture_output=True, timeout=60)
            assert p.returncode == 0, p.stderr.decode()
            with open(out, encoding="utf-8") as f:
                cls.pages[lang] = (out, f.read())

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def probe(self, lang, width):
        _, page = self.pages[lang]
        probe = os.path.join(self.tmp.name, f"probe.{lang}.{width}.html")
        with open(probe, "w", encoding="utf-8") as f:
            f.write(PROBE.format(width=width, srcdoc=html.escape(page, quote=True)))
        p = chromium("--window-size=800,1000", "--virtual-time-budget=5000", "--dump-dom", "file://" + probe)
        dom = p.stdout.decode("utf-8", "replace")
        m = re.search(r'<pre id="probe-result">(.*?)</pre>', dom, re.S)
        self.assertTrue(m and m.group(1).strip(), f"probe did not run; chromium said: {p.stderr.decode()[-2000:]}")
        return json.loads(html.unescape(m.group(1)))

    def test_dom_sections_and_no_horizontal_overflow(self):
        sha = re.search(r"[0-9a-f]{64}", self.pages["en"][1]).group(0)
        expected_h1 = {"zh": "蓝湾通信有限公司个人信息收集使用规则",
                       "en": "Bluebay Telecom Co., Ltd.: Rules for Collecting and Using Personal Information"}
        for lang in ("zh", "en"):
            for width in (320, 390):
                with self.subTest(lang=lang, width=width):
                    r = self.probe(lang, width)
                    self.assertEqual(r["inner_width"], width)
                    self.assertLessEqual(r["scroll_width"], width, f"page scrolls sideways: {r['too_wide']}")
                    self.assertEqual(r["too_wide"], [])
                    self.assertEqual(r["lang"], "zh-CN" if lang == "zh" else "en")
                    self.assertEqual(r["h1"], expected_h1[lang])
                    self.assertEqual(r["sections"], SECTIONS)
                    self.assertEqual(r["landmarks"], ["header", "nav", "main", "footer"])
                    self.assertGreater(r["th_scoped"], 20)
                    self.assertEqual(r["sha"], sha)

    def test_dom_as_the_browser_parsed_it(self):
        for lang, needles in (("zh", ["我们收集哪些信息、为什么收集", "委托处理：谁会收到您的信息", "拒绝提供信息的后果",
                                      "迅达速递有限公司", "我们将自收到投诉之日起15日内答复。", "服务终止后5年"]),
                              ("en", ["What we collect and why", "Entrusted processing: who receives your information",
                                      "If you refuse", "Swift Courier Co., Ltd.",
                                      "We reply to a complaint within 15 days of receiving it.",
                                      "5 years after the service ends"])):
            path, _ = self.pages[lang]
            p = chromium("--window-size=390,844", "--dump-dom", "file://" + path)
            dom = p.stdout.decode("utf-8")
            self.assertIn("<main id=\"main\">", dom)
            for n in needles:
                self.assertIn(n, dom, f"{lang}: {n}")

    def test_screenshot_is_a_real_page(self):
        for lang in ("zh", "en"):
            with self.subTest(lang=lang):
                path, _ = self.pages[lang]
                shot = os.path.join(self.tmp.name, f"shot.{lang}.png")
                p = chromium("--window-size=390,844", f"--screenshot={shot}", "file://" + path)
                self.assertTrue(os.path.exists(shot), p.stderr.decode()[-2000:])
                with open(shot, "rb") as f:
                    data = f.read()
                w, h, rows, bpp = png_pixels(data)
                self.assertEqual((w, h), (390, 844))
                colours, counts, dark = set(), {}, 0
                for row in rows:
                    for x in range(0, len(row), bpp):
                        px = row[x:x + 3]
                        colours.add(px)
                        counts[px] = counts.get(px, 0) + 1
                        dark += sum(px) < 200
                top = max(counts.values()) / (w * h)
                self.assertGreater(len(colours), 50, "too few colours: blank or broken page")
                self.assertLess(top, 0.95, "one colour covers almost the whole page")
                self.assertGreater(dark, 2000, "hardly any dark (text) pixels")
                # The title (dark green, bold) sits in the top band.
                band = rows[10:120]
                self.assertTrue(any(sum(r[x:x + 3]) < 300 for r in band for x in range(0, len(r), bpp)))


if __name__ == "__main__":
    unittest.main(verbosity=2)
