"""JavaScript run inside each page: facts about layout, images, labels, headings and text contrast.

Each script returns a list of problems (strings); an empty list means the check passed.
"""

OVERFLOW = """
const d = document.documentElement;
return d.scrollWidth > d.clientWidth ? [`scrollWidth ${d.scrollWidth} > clientWidth ${d.clientWidth}`] : [];
"""

# Every image needs an alt attribute; only images hidden from assistive technology may leave it
# empty. Inline SVG shown as an image needs a name.
IMAGES = """
const out = [];
for (const img of document.querySelectorAll('img')) {
  const hidden = img.closest('[aria-hidden="true"]') || img.getAttribute('role') === 'presentation';
  if (!img.hasAttribute('alt')) out.push('img without alt: ' + img.getAttribute('src'));
  else if (!hidden && !img.getAttribute('alt').trim()) out.push('img with empty alt: ' + img.getAttribute('src'));
}
for (const svg of document.querySelectorAll('svg[role="img"]')) {
  const named = svg.getAttribute('aria-label') || svg.getAttribute('aria-labelledby') || svg.querySelector('title');
  if (!named) out.push('svg role=img without a name');
}
return out;
"""

LABELS = """
const out = [];
for (const el of document.querySelectorAll('input, select, textarea')) {
  const type = (el.getAttribute('type') || '').toLowerCase();
  if (['hidden', 'submit', 'button', 'reset', 'image'].includes(type)) continue;
  const named = (el.labels && el.labels.length) || el.getAttribute('aria-label') || el.getAttribute('aria-labelledby');
  if (!named) out.push('form control without label: ' + (el.id || el.name || el.outerHTML.slice(0, 60)));
}
for (const b of document.querySelectorAll('button')) {
  if (!b.textContent.trim() && !b.getAttribute('aria-label')) out.push('button without text');
}
return out;
"""

HEADINGS = """
const hs = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map(h => +h.tagName[1]);
const out = [];
const ones = hs.filter(h => h === 1).length;
if (ones !== 1) out.push(`${ones} h1 elements`);
let prev = 0;
for (const h of hs) { if (h > prev + 1) out.push(`heading level skips from h${prev} to h${h}`); prev = h; }
if (!document.querySelector('main')) out.push('no main landmark');
if (!document.querySelector('a.skip-link[href="#noi-dung"]')) out.push('no skip link');
if (document.documentElement.lang !== 'vi') out.push('html lang is not vi');
for (const t of document.querySelectorAll('table')) {
  const caption = t.querySelector('caption');
  if (!caption || !caption.textContent.trim()) out.push('table without a caption text');
  for (const th of t.querySelectorAll('th')) if (!th.getAttribute('scope')) { out.push('th without scope'); break; }
}
return out;
"""

# WCAG contrast of every visible text against the first opaque background behind it (gradients
# fall back to the element's background colour, which the theme always sets).
CONTRAST = """
function rgba(s) {
  const m = s.match(/rgba?\\(([^)]+)\\)/);
  if (!m) return [0, 0, 0, 0];
  const p = m[1].split(/[ ,\\/]+/).filter(Boolean).map(Number);
  return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
}
function lum(c) {
  const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
  return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]);
}
function blend(top, bottom) {
  const a = top[3];
  return [top[0] * a + bottom[0] * (1 - a), top[1] * a + bottom[1] * (1 - a), top[2] * a + bottom[2] * (1 - a), 1];
}
function background(el) {
  const layers = [];
  for (let e = el; e; e = e.parentElement) {
    const c = rgba(getComputedStyle(e).backgroundColor);
    if (c[3] > 0) { layers.push(c); if (c[3] >= 1) break; }
  }
  let bg = [255, 255, 255, 1];
  for (let i = layers.length - 1; i >= 0; i--) bg = blend(layers[i], bg);
  return bg;
}
const out = [];
const seen = new Set();
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
for (let n = walker.nextNode(); n; n = walker.nextNode()) {
  if (!n.textContent.trim()) continue;
  const el = n.parentElement;
  if (!el || seen.has(el)) continue;
  seen.add(el);
  if (el.closest('script, style, noscript, [aria-hidden="true"], .visually-hidden, svg, option')) continue;
  const r = el.getBoundingClientRect();
  if (r.width === 0 || r.height === 0 || r.bottom < -5000) continue;
  const cs = getComputedStyle(el);
  if (cs.visibility === 'hidden' || +cs.opacity === 0) continue;
  if (el.closest('.skip-link') && r.bottom <= 0) continue;
  const fg = rgba(cs.color);
  const bg = background(el);
  const color = fg[3] < 1 ? blend(fg, bg) : fg;
  const L1 = lum(color), L2 = lum(bg);
  const ratio = (Math.max(L1, L2) + 0.05) / (Math.min(L1, L2) + 0.05);
  const size = parseFloat(cs.fontSize);
  const large = size >= 24 || (size >= 18.66 && +cs.fontWeight >= 700);
  const need = large ? 3 : 4.5;
  if (ratio < need - 0.005) {
    out.push(`${ratio.toFixed(2)}:1 < ${need}:1 for "${n.textContent.trim().slice(0, 40)}" (${cs.color} on rgb(${bg.slice(0, 3).map(Math.round)}))`);
  }
}
return out;
"""
