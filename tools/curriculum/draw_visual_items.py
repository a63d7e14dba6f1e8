#!/usr/bin/env python3
"""Draws the q-*.svg diagrams of the visual quiz items in modules 3-6 (deterministic: seeded random).

Run: python3 tools/curriculum/draw_visual_items.py  (overwrites courses/smp-practitioner/0[3-6]*/assets/q-*.svg,
except the older q-blend-* and q-donor-* files, which it does not touch)."""
import random, math, os
from xml.sax.saxutils import escape
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "courses", "smp-practitioner")
SKIN = {"II": "#f1d3bd", "III": "#e2b48f", "IV": "#c68d62", "V": "#8d5a3b", "VI": "#5a3a29"}

def svg(w, h, title, desc, body):
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="{w}" height="{h}" role="img" font-family="sans-serif">\n'
            f'  <title>{escape(title)}</title>\n  <desc>{escape(desc)}</desc>\n{body}\n</svg>\n')

def save(module, name, text):
    p = os.path.join(ROOT, module, "assets", name)
    open(p, "w").write(text)

def scatter(rng, x0, y0, x1, y1, spacing, inside=None, jitter=0.45):
    """Random, non-grid points: a jittered grid with cell jitter, then filtered."""
    pts = []
    y = y0
    row = 0
    while y < y1:
        x = x0 + (spacing / 2 if row % 2 else 0)
        while x < x1:
            px = x + rng.uniform(-jitter, jitter) * spacing
            py = y + rng.uniform(-jitter, jitter) * spacing
            if x0 <= px <= x1 and y0 <= py <= y1 and (inside is None or inside(px, py)):
                pts.append((px, py))
            x += spacing
        y += spacing * 0.87
        row += 1
    return pts

def dots(pts, rng, r=1.6, rvar=0.35, color="#2f2f2f", opacity=0.9, blur=None, missing=0.0, ovar=0.0):
    out = []
    for (x, y) in pts:
        if rng.random() < missing:
            continue
        rr = r * (1 + rng.uniform(-rvar, rvar))
        op = max(0.15, min(1, opacity + rng.uniform(-ovar, ovar)))
        o = f' opacity="{op:.2f}"' if ovar else ""
        out.append(f'<circle cx="{x:.0f}" cy="{y:.0f}" r="{rr:.1f}"{o}/>')
    f = f' filter="url(#{blur})"' if blur else ""
    return f'<g fill="{color}" fill-opacity="{opacity:.2f}"{f}>' + "".join(out) + "</g>" if ovar == 0 else f'<g fill="{color}"{f}>' + "".join(out) + "</g>"

def blurdef(name, sd):
    return f'<defs><filter id="{name}" x="-100%" y="-100%" width="300%" height="300%"><feGaussianBlur stdDeviation="{sd}"/></filter></defs>'

def frame(w, h, skin):
    return f'<rect x="0" y="0" width="{w}" height="{h}" fill="{skin}"/>'

def border(w, h):
    return f'<rect x="0.5" y="0.5" width="{w-1}" height="{h-1}" fill="none" stroke="#8a7060" stroke-width="1"/>'

# ---------------------------------------------------------------- module 3: healed patches and dots
def patch(kind, seed, w=300, h=200, skin=SKIN["III"]):
    rng = random.Random(seed)
    pts = scatter(rng, 8, 8, w - 8, h - 8, 13)
    parts = [frame(w, h, skin)]
    if kind == "right":
        parts.append(dots(pts, rng, r=1.9, rvar=0.3, color="#303030", opacity=0.88, ovar=0.06))
    elif kind == "deep":
        parts.append(blurdef("b", 2.2))
        parts.append(dots(pts, rng, r=4.6, rvar=0.3, color="#4c5e74", opacity=0.7, blur="b", ovar=0.1))
    elif kind == "shallow":
        keep = [p for p in pts if not (60 < p[0] < 150 and 40 < p[1] < 120) and not (200 < p[0] < 270 and 120 < p[1] < 185)]
        parts.append(dots(keep, rng, r=1.7, rvar=0.35, color="#3a3a3a", opacity=0.5, missing=0.35, ovar=0.25))
    elif kind == "helmet":
        parts.append(blurdef("b", 3.2))
        pts2 = scatter(rng, 8, 8, w - 8, h - 8, 8)
        parts.append(dots(pts2, rng, r=5.0, rvar=0.2, color="#39424d", opacity=0.55, blur="b"))
    elif kind == "grid":
        for gy in range(14, h - 6, 13):
            for gx in range(14, w - 6, 13):
                parts.append(f'<circle cx="{gx}" cy="{gy}" r="1.9" fill="#303030" fill-opacity="0.9"/>')
    elif kind in ("round", "tilted", "dragged"):
        pts = scatter(rng, 20, 20, w - 20, h - 20, 34)
        for (x, y) in pts:
            if kind == "round":
                parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{4*(1+rng.uniform(-.15,.15)):.1f}" fill="#2e2e2e"/>')
            elif kind == "tilted":
                parts.append(f'<path d="M {x-4:.1f} {y:.1f} A 4 4 0 1 1 {x+4:.1f} {y:.1f} L {x:.1f} {y+11:.1f} Z" fill="#2e2e2e" transform="rotate(35 {x:.1f} {y:.1f})"/>')
            else:
                parts.append(f'<ellipse cx="{x:.1f}" cy="{y:.1f}" rx="{9*(1+rng.uniform(-.3,.3)):.1f}" ry="3" fill="#2e2e2e" fill-opacity="0.75"/>')
    parts.append(border(w, h))
    return "\n".join(parts)

def skin_section(w=600, h=360, deposits=(), labels=False):
    """Unlabelled cross-section: epidermis, papillary dermis (with papillae), reticular dermis, fat, a follicle."""
    epi = 60; pap = 100; ret = 250
    wave = " ".join(f"L {x} {epi + 11 + 8*math.sin(x/16):.1f}" for x in range(0, w + 1, 4))
    p = [f'<rect x="0" y="0" width="{w}" height="{h}" fill="#ffffff"/>',
         f'<rect x="0" y="{ret}" width="{w}" height="{h-ret}" fill="#f6e3a8"/>']
    # fat lobules
    rng = random.Random(7)
    for i in range(18):
        cx = rng.uniform(10, w - 10); cy = rng.uniform(ret + 15, h - 10)
        p.append(f'<ellipse cx="{cx:.0f}" cy="{cy:.0f}" rx="{rng.uniform(18,30):.0f}" ry="{rng.uniform(12,20):.0f}" fill="#fbefc6" stroke="#e3cf8e"/>')
    p.append(f'<rect x="0" y="{pap}" width="{w}" height="{ret-pap}" fill="#e7b8a6"/>')
    for i in range(26):  # collagen bundles
        y = rng.uniform(pap + 14, ret - 8); x = rng.uniform(0, w - 60)
        p.append(f'<path d="M {x:.0f} {y:.0f} q 30 -6 60 0" stroke="#dcaa95" stroke-width="3" fill="none"/>')
    p.append(f'<path d="M 0 {pap} {wave} L {w} {pap} Z" fill="#f9d9d6"/>'.replace(f"M 0 {pap} L", f"M 0 {pap} L", 1))
    p.append(f'<path d="M 0 {epi} {wave} L {w} {epi} Z" fill="#e6c9a2"/>')
    p.append(f'<rect x="0" y="{epi-12}" width="{w}" height="12" fill="#cfae86"/>')
    p.append(f'<path d="M 0 {epi+10} {wave}" fill="none" stroke="#9c6f55" stroke-width="1.5"/>')
    # follicle
    fx = w - 90
    p.append(f'<path d="M {fx} {epi-12} L {fx-6} {ret+40} Q {fx} {ret+62} {fx+14} {ret+40} L {fx+8} {epi-12} Z" fill="#e0b9a0" stroke="#a47b62"/>')
    p.append(f'<path d="M {fx+3} {epi-30} L {fx+2} {ret+40}" stroke="#3b2a20" stroke-width="3"/>')
    p.append(f'<rect x="0" y="0" width="{w}" height="{epi-12}" fill="#ffffff"/>')
    for (cx, cy, r, col, sd) in deposits:
        if sd:
            p.append(f'<defs><filter id="d{cx}{cy}" x="-100%" y="-100%" width="300%" height="300%"><feGaussianBlur stdDeviation="{sd}"/></filter></defs>')
            p.append(f'<circle cx="{cx}" cy="{cy}" r="{r}" fill="{col}" filter="url(#d{cx}{cy})"/>')
        else:
            p.append(f'<circle cx="{cx}" cy="{cy}" r="{r}" fill="{col}"/>')
    p.append(f'<text x="10" y="30" font-size="14" fill="#555">surface</text>')
    p.append(border(w, h))
    return "\n".join(p)

# ---------------------------------------------------------------- module 5: faces and hairlines
def face(w, h, brow, nose, chin, eyew=52, headw=130, hair=None, drawn=None, temple_rebuild=True):
    cx = w / 2
    top = 14
    hw = headw
    p = [f'<rect x="0" y="0" width="{w}" height="{h}" fill="#ffffff"/>']
    ear_y = (brow + nose) / 2
    for s in (-1, 1):
        ex = cx + s * (hw - 4)
        p.append(f'<path d="M {ex} {ear_y-42} C {ex+s*26} {ear_y-52}, {ex+s*30} {ear_y+10}, {ex+s*8} {ear_y+40}" fill="#f2d6c1" stroke="#7a5c48" stroke-width="2"/>')
    jaw = chin - 40
    d = (f"M {cx} {top} C {cx+hw*0.62} {top}, {cx+hw} {top+60}, {cx+hw} {brow-40} "
         f"C {cx+hw} {nose}, {cx+hw*0.8} {jaw}, {cx+hw*0.35} {chin-8} C {cx+hw*0.15} {chin}, {cx-hw*0.15} {chin}, {cx-hw*0.35} {chin-8} "
         f"C {cx-hw*0.8} {jaw}, {cx-hw} {nose}, {cx-hw} {brow-40} C {cx-hw} {top+60}, {cx-hw*0.62} {top}, {cx} {top} Z")
    p.append(f'<path d="{d}" fill="#f2d6c1" stroke="#7a5c48" stroke-width="2.5"/>')
    p.append(f'<clipPath id="head"><path d="{d}"/></clipPath>')
    if hair:
        p.append(f'<g clip-path="url(#head)">{hair}</g>')
    ey = brow + 30
    for s in (-1, 1):
        bx0 = cx + s * 18; bx1 = cx + s * (eyew + 30)
        p.append(f'<path d="M {bx0} {brow} Q {(bx0+bx1)/2} {brow-12} {bx1} {brow+4}" fill="none" stroke="#6b4f3d" stroke-width="7" stroke-linecap="round"/>')
        ex0 = cx + s * 24; ex1 = cx + s * (24 + eyew)
        p.append(f'<path d="M {ex0} {ey} Q {(ex0+ex1)/2} {ey-14} {ex1} {ey} Q {(ex0+ex1)/2} {ey+12} {ex0} {ey} Z" fill="#ffffff" stroke="#7a5c48" stroke-width="2"/>')
        p.append(f'<circle cx="{(ex0+ex1)/2}" cy="{ey}" r="7" fill="#5b6b73"/>')
    p.append(f'<path d="M {cx} {brow+20} L {cx-8} {nose-12} Q {cx-22} {nose-2} {cx-14} {nose} Q {cx} {nose+6} {cx+14} {nose} Q {cx+22} {nose-2} {cx+8} {nose-12}" fill="none" stroke="#7a5c48" stroke-width="2"/>')
    my = nose + (chin - nose) * 0.36
    p.append(f'<path d="M {cx-30} {my} Q {cx} {my+10} {cx+30} {my}" fill="none" stroke="#9a5b50" stroke-width="3" stroke-linecap="round"/>')
    if drawn:
        p.append(drawn)
    return "\n".join(p), (cx - 24 - eyew, cx + 24 + eyew)

def hair_region(rng, w, h, line, soft=True, spacing=5.0, color="#2e2824", side_from=None, tz=18, inside=None, rbase=1.3):
    """Stubble above a hairline y=line(x) (and on the sides); soft edge = sparser, lighter, smaller dots near the line."""
    out = []
    for (x, y) in scatter(rng, 0, 0, w, h, spacing):
        if inside and not inside(x, y):
            continue
        yl = line(x)
        if y > yl:
            if soft and y < yl + 9 and rng.random() < 0.18:
                out.append(f'<circle cx="{x:.0f}" cy="{y:.0f}" r="{0.7*rbase:.1f}" opacity="0.35"/>')
            continue
        depth = yl - y
        if soft and depth < tz:
            if rng.random() < 0.55 * (1 - depth / tz):
                continue
            out.append(f'<circle cx="{x:.0f}" cy="{y:.0f}" r="{rbase*(0.6+0.4*depth/tz):.1f}" opacity="{0.35+0.5*depth/tz:.2f}"/>')
        else:
            out.append(f'<circle cx="{x:.0f}" cy="{y:.0f}" r="{rbase*(1+rng.uniform(-.2,.2)):.1f}" opacity="0.85"/>')
    return f'<g fill="{color}">' + "".join(out) + "</g>"

def hairline_fn(cx, centre_y, apex_x, apex_y, temple_x, temple_y, side_y, w):
    """Piecewise hairline: centre -> recession apex (on canthus line) -> temporal point -> down the side."""
    pts = [(0, side_y), (temple_x[0] - 14, temple_y + 8), (temple_x[0], temple_y), (apex_x[0], apex_y), (cx, centre_y),
           (apex_x[1], apex_y), (temple_x[1], temple_y), (temple_x[1] + 14, temple_y + 8), (w, side_y)]
    def f(x):
        for (x0, y0), (x1, y1) in zip(pts, pts[1:]):
            if x0 <= x <= x1:
                t = (x - x0) / (x1 - x0) if x1 != x0 else 0
                t = (1 - math.cos(math.pi * t)) / 2
                return y0 + (y1 - y0) * t
        return side_y
    return f

def main():
    M3, M4, M5, M6 = "03-needle-depth", "04-ink-colour", "05-hairline-design", "06-scar-camouflage"
    W, H = 300, 200
    desc = {
        "right": "Small, crisp, evenly dark dots at random spacing; every dot present.",
        "deep": "Large, soft-edged blue-grey dots, several touching their neighbours.",
        "shallow": "Faint, uneven dots with two areas where most dots are missing.",
        "helmet": "Dots merged into one flat, dark shadow with no separate dots visible.",
        "grid": "Identical dots in straight rows and columns.",
        "round": "Round dots of even size.",
        "tilted": "Teardrop-shaped dots, each with a tail pointing the same way.",
        "dragged": "Elongated oval dots, smeared sideways.",
    }
    for name, kind, seed in [("q-healed-a.svg", "shallow", 11), ("q-healed-b.svg", "right", 12), ("q-healed-c.svg", "deep", 13),
                             ("q-texture-a.svg", "grid", 21), ("q-texture-b.svg", "helmet", 22), ("q-texture-c.svg", "right", 23),
                             ("q-dot-a.svg", "dragged", 31), ("q-dot-b.svg", "round", 32), ("q-dot-c.svg", "tilted", 33)]:
        save(M3, name, svg(W, H, "Healed SMP patch seen from above, close up", desc[kind], patch(kind, seed)))
    save(M3, "q-skin-section.svg", svg(600, 360, "Unlabelled cross-section of scalp skin",
         "Surface at the top; a thin outer layer, a wavy border over a thin pale band with small upward folds, a thick band with coarse fibres, fatty tissue at the bottom, and a hair follicle on the right whose bulb lies in the fat. No deposit is shown.",
         skin_section()))
    # module 4
    save(M4, "q-depth-deposits.svg", svg(600, 360, "Cross-section of scalp skin with three pigment deposits",
         "Three black deposits: one at the left in the outermost layer just under the surface, one in the middle just below the wavy border, and one at the right deep in the thick fibrous band, drawn larger and blurred.",
         skin_section(deposits=[(120, 55, 6, "#1e1e1e", 0), (300, 88, 7, "#1e1e1e", 0), (470, 200, 10, "#1e1e1e", 3)])))
    for name, col, r, sd, d in [("q-cast-a.svg", "#7a5a42", 2.0, 0, "Dots with a warm brown tone."),
                                ("q-cast-b.svg", "#333333", 1.9, 0, "Dots with a neutral charcoal tone."),
                                ("q-cast-c.svg", "#56708e", 3.0, 1.0, "Dots with a cool blue-grey tone, slightly soft-edged.")]:
        rng = random.Random(sum(map(ord, name)))
        pts = scatter(rng, 8, 8, W - 8, H - 8, 13)
        body = [frame(W, H, SKIN["II"])]
        if sd: body.append(blurdef("b", sd))
        body.append(dots(pts, rng, r=r, color=col, opacity=0.85, blur="b" if sd else None))
        body.append(border(W, H))
        save(M4, name, svg(W, H, "Healed SMP patch on fair skin, close up", d, "\n".join(body)))
    # shade match: top half client's stubble, bottom half healed test dots
    for name, col, op, d in [("q-shade-a.svg", "#9b918a", 0.8, "Test dots much paler than the stubble above them."),
                             ("q-shade-b.svg", "#141a24", 1.0, "Test dots much blacker than the stubble above them, with a slight blue tinge."),
                             ("q-shade-c.svg", "#4a4440", 0.9, "Test dots the same grey-brown as the stubble above them.")]:
        rng = random.Random(sum(map(ord, name)))
        body = [frame(W, H, SKIN["III"])]
        body.append(dots(scatter(rng, 8, 8, W - 8, 92, 12), rng, r=1.8, color="#4a4440", opacity=0.9))
        body.append(f'<line x1="0" y1="100" x2="{W}" y2="100" stroke="#ffffff" stroke-width="3" stroke-dasharray="8 6"/>')
        body.append(dots(scatter(rng, 8, 108, W - 8, H - 8, 12), rng, r=1.8, color=col, opacity=op))
        body.append('<text x="8" y="16" font-size="12" fill="#ffffff">client\'s stubble</text><text x="8" y="120" font-size="12" fill="#ffffff">healed test dots</text>')
        body.append(border(W, H))
        save(M4, name, svg(W, H, "Client's stubble above, healed test dots below", d, "\n".join(body)))
    for name, col, r, sd, op, d in [("q-vi-a.svg", "#0a0f18", 3.6, 1.4, 1.0, "On very dark skin, test dots that are jet black with a soft blue-black halo, larger than the stubble."),
                                    ("q-vi-b.svg", "#6b5a50", 1.7, 0, 0.5, "On very dark skin, test dots that are barely visible."),
                                    ("q-vi-c.svg", "#151515", 1.9, 0, 0.92, "On very dark skin, crisp dots that match the black stubble above them.")]:
        rng = random.Random(sum(map(ord, name)))
        body = [frame(W, H, SKIN["VI"])]
        body.append(dots(scatter(rng, 8, 8, W - 8, 92, 12), rng, r=1.9, color="#151515", opacity=0.92))
        body.append(f'<line x1="0" y1="100" x2="{W}" y2="100" stroke="#ffffff" stroke-width="3" stroke-dasharray="8 6"/>')
        if sd: body.append(blurdef("b", sd))
        body.append(dots(scatter(rng, 8, 108, W - 8, H - 8, 12), rng, r=r, color=col, opacity=op, blur="b" if sd else None))
        body.append('<text x="8" y="16" font-size="12" fill="#ffffff">client\'s stubble</text><text x="8" y="120" font-size="12" fill="#ffffff">healed test dots</text>')
        body.append(border(W, H))
        save(M4, name, svg(W, H, "Fitzpatrick VI skin: stubble above, healed test dots below", d, "\n".join(body)))
    # module 5 faces for landmark items
    for name, (w, h, brow, nose, chin, hw), d in [
            ("q-face-long.svg", (400, 540, 240, 370, 495, 128), "Front view of a bald man with a long face: brows, eyes, nose, mouth and ears; no hairline marked."),
            ("q-face-short.svg", (400, 460, 220, 320, 415, 140), "Front view of a bald man with a short, broad face: brows, eyes, nose, mouth and ears; no hairline marked.")]:
        body, _ = face(w, h, brow, nose, chin, headw=hw)
        save(M5, name, svg(w, h, "Front view of a bald head, no hairline marked", d, body))
    # hairline options on one face (age choice)
    w, h, brow, nose, chin = 400, 500, 232, 350, 466
    cx = 200; canth = (126 - 0, 274)
    opts = {
        "q-age-a.svg": (dict(centre_y=165, apex_y=162, apex_dx=0, temple_y=178, side_y=300), "Low, nearly flat hairline close to the brows, with the temple corners filled in."),
        "q-age-b.svg": (dict(centre_y=118, apex_y=96, apex_dx=0, temple_y=192, side_y=300), "Hairline about a third of the face height above the brows, with open recessions at the outer-eye-corner lines and small temporal points; soft edge."),
        "q-age-c.svg": (dict(centre_y=88, apex_y=60, apex_dx=6, temple_y=212, side_y=300), "High hairline with deep, soft recessions and only small, sparse temporal points; soft edge."),
    }
    for name, (o, d) in opts.items():
        rng = random.Random(sum(map(ord, name)))
        line = hairline_fn(cx, o["centre_y"], (canth[0] - o["apex_dx"], canth[1] + o["apex_dx"]), o["apex_y"], (86, 314), o["temple_y"], o["side_y"], w)
        body, _ = face(w, h, brow, nose, chin, headw=126, hair=hair_region(rng, w, h, line, soft=True, spacing=4.4, inside=lambda x, y: abs(x - 200) < 128 and y < 320))
        save(M5, name, svg(w, h, "Front view of a head with a shaved-look SMP hairline", d, body))
    # symmetry (pencil drawings)
    for name, (dl, dr, tilt), d in [("q-sym-a.svg", (0, 0, 0), "Dashed pencil hairline, both temporal points and both recessions level."),
                                    ("q-sym-b.svg", (0, -34, 0), "Dashed pencil hairline; the temporal point on the viewer's right is drawn clearly higher than the one on the left."),
                                    ("q-sym-c.svg", (0, 0, 28), "Dashed pencil hairline that slopes: lower on the viewer's left, higher on the right.")]:
        line = hairline_fn(cx, 118, (126, 274), 96, (86, 314), 192, 215, w)
        pts = []
        for x in range(70, 331, 4):
            y = line(x)
            if x > 250: y += dr * min(1, (x - 250) / 60)
            y += tilt * (200 - x) / 130
            pts.append(f"{x},{y:.1f}")
        drawn = f'<polyline points="{" ".join(pts)}" fill="none" stroke="#5a3f8a" stroke-width="2.5" stroke-dasharray="7 5"/>'
        drawn += f'<line x1="200" y1="20" x2="200" y2="226" stroke="#5a3f8a" stroke-width="1" stroke-dasharray="2 4"/>'
        body, _ = face(w, h, brow, nose, chin, headw=126, drawn=drawn)
        save(M5, name, svg(w, h, "Front view with a hairline drawn in pencil before treatment", d, body))
    # front-edge close-ups
    for name, kind, d in [("q-edge-a.svg", "soft", "Front edge close up: the dots get smaller, lighter and sparser towards the forehead, with a few strays and an irregular border."),
                          ("q-edge-b.svg", "hard", "Front edge close up: dots of one size and tone right up to a smooth, sharp border."),
                          ("q-edge-c.svg", "gappy", "Front edge close up: an irregular border with several gaps where dots are missing or faint.")]:
        rng = random.Random(sum(map(ord, name)))
        base = lambda x: 120 + 10 * math.sin(x / 47) + (6 * math.sin(x / 9.0) if kind != "hard" else 0)
        if kind == "hard": base = lambda x: 120 + 10 * math.sin(x / 47)
        body = [frame(W, H, SKIN["II"])]
        if kind == "gappy":
            pts = [p for p in scatter(rng, 0, 0, W, H, 8) if p[1] < base(p[0])]
            body.append(dots(pts, rng, r=2.0, rvar=0.2, color="#3a3430", opacity=0.7, missing=0.3, ovar=0.3))
        else:
            body.append(hair_region(rng, W, H, base, soft=(kind == "soft"), spacing=8, rbase=2.1))
        body.append(border(W, H))
        save(M5, name, svg(W, H, "Close-up of an SMP front edge: stubble above, forehead below", d, "\n".join(body)))
    # density match: sides show natural hair, middle treated
    for name, sp, col, blur, d in [("q-dens-a.svg", 9, "#3a3430", 0, "Top zone with dots at the same spacing and tone as the hair on both sides."),
                                   ("q-dens-b.svg", 18, "#3a3430", 0, "Top zone with dots about twice as far apart as the hair on both sides, skin showing between them."),
                                   ("q-dens-c.svg", 6, "#262a30", 1.2, "Top zone packed with darker, slightly blurred dots, much denser than the hair on both sides.")]:
        rng = random.Random(sum(map(ord, name)))
        body = [frame(W, H, SKIN["III"])]
        side = [p for p in scatter(rng, 0, 0, W, H, 9) if p[0] < 70 or p[0] > W - 70]
        body.append(dots(side, rng, r=1.8, color="#3a3430", opacity=0.9))
        if blur: body.append(blurdef("b", blur))
        mid = [p for p in scatter(rng, 70, 0, W - 70, H, sp)]
        body.append(dots(mid, rng, r=1.8 if not blur else 2.2, color=col, opacity=0.9, blur="b" if blur else None))
        body.append(f'<line x1="70" y1="0" x2="70" y2="{H}" stroke="#ffffff" stroke-width="1.5" stroke-dasharray="4 6"/><line x1="{W-70}" y1="0" x2="{W-70}" y2="{H}" stroke="#ffffff" stroke-width="1.5" stroke-dasharray="4 6"/>')
        body.append('<text x="6" y="{}" font-size="11" fill="#ffffff">own hair</text><text x="{}" y="{}" font-size="11" fill="#ffffff">own hair</text>'.format(H-6, W-62, H-6))
        body.append(border(W, H))
        save(M5, name, svg(W, H, "Top view: the client's own shaved hair at both sides, treated zone in the middle", d, "\n".join(body)))
    # parting for a woman with long hair
    for name, kind, d in [("q-part-a.svg", "stripe", "A centre parting between long hair, with a dense, dark stripe of dots along the parting line."),
                          ("q-part-b.svg", "none", "A centre parting between long hair, with pale scalp showing along the parting."),
                          ("q-part-c.svg", "matched", "A centre parting between long hair, with scattered dots matched to the hair colour so the parting looks narrower.")]:
        rng = random.Random(sum(map(ord, name)))
        body = [frame(W, H, SKIN["II"])]
        if kind == "stripe":
            body.append(dots(scatter(rng, 135, 0, 165, H, 4), rng, r=1.8, color="#111111", opacity=1))
        elif kind == "matched":
            body.append(dots(scatter(rng, 118, 0, 182, H, 9), rng, r=1.5, color="#6a4a32", opacity=0.8))
        for i in range(44):
            s = -1 if i % 2 else 1
            x0 = 150 + s * (20 + (i // 2) * 3.2 + rng.uniform(0, 6))
            body.append(f'<path d="M {x0:.0f} -5 C {x0 + s*10:.0f} 60, {x0 + s*20:.0f} 140, {x0 + s*26:.0f} {H+5}" stroke="#6a4a32" stroke-width="2.2" fill="none" stroke-opacity="0.9"/>')
        body.append(border(W, H))
        save(M5, name, svg(W, H, "Top view of a woman's centre parting with long hair", d, "\n".join(body)))
    # module 6 scars
    def scar_img(name, centre_pts, widths, d, title="Back of a shaved head: stubble with a pale strip scar"):
        rng = random.Random(sum(map(ord, name)))
        w, h = 500, 260
        body = [frame(w, h, SKIN["III"])]
        xs = [p[0] for p in centre_pts]
        def yc(x):
            for (x0, y0), (x1, y1) in zip(centre_pts, centre_pts[1:]):
                if x0 <= x <= x1: return y0 + (y1 - y0) * (x - x0) / (x1 - x0)
            return None
        def wd(x):
            for (x0, w0), (x1, w1) in zip(widths, widths[1:]):
                if x0 <= x <= x1: return w0 + (w1 - w0) * (x - x0) / (x1 - x0)
            return 0
        up = " ".join(f"L {x} {yc(x)-wd(x)/2:.1f}" for x in range(xs[0], xs[-1] + 1, 5))
        dn = " ".join(f"L {x} {yc(x)+wd(x)/2:.1f}" for x in range(xs[-1], xs[0] - 1, -5))
        path = f"M {xs[0]} {yc(xs[0])} {up} {dn} Z"
        pts = [p for p in scatter(rng, 0, 0, w, h, 9) if not (xs[0] - 2 <= p[0] <= xs[-1] + 2 and yc(min(max(p[0], xs[0]), xs[-1])) is not None and abs(p[1] - yc(min(max(p[0], xs[0]), xs[-1]))) < wd(min(max(p[0], xs[0]), xs[-1])) / 2 + 2)]
        body.append(dots(pts, rng, r=1.7, color="#343030", opacity=0.88))
        body.append(f'<path d="{path}" fill="#f4e2d4" stroke="#e8cdb9" stroke-width="1"/>')
        body.append(border(w, h))
        save(M6, name, svg(w, h, title, d, "\n".join(body)))
    scar_img("q-fut-1.svg", [(70, 150), (180, 128), (300, 124), (430, 142)], [(70, 0), (90, 8), (250, 10), (410, 8), (430, 0)],
             "A pale strip scar about 10 units wide runs across the stubble from a tapered left end (near x 70) to a tapered right end (near x 430), curving slightly upwards in the middle.")
    scar_img("q-fut-2.svg", [(40, 110), (200, 130), (330, 132), (470, 116)], [(40, 0), (70, 6), (190, 10), (240, 26), (290, 10), (440, 6), (470, 0)],
             "A pale strip scar crosses the stubble from a tapered left end (near x 40) to a tapered right end (near x 470); it widens to about three times its usual width in one section just right of centre (near x 240).")
    # FUE strategy
    for name, kind, d in [("q-fue-a.svg", "polka", "Many small white round scars, each with one dark dot placed in its centre."),
                          ("q-fue-b.svg", "area", "Random dots at natural spacing over the whole area, falling both on and between the small white scars, which are hard to pick out."),
                          ("q-fue-c.svg", "some", "Small white round scars; only the few largest have been covered with dots, the rest untreated.")]:
        rng = random.Random(sum(map(ord, name)))
        body = [frame(W, H, SKIN["III"])]
        stub = scatter(rng, 0, 0, W, H, 11)
        body.append(dots(stub, rng, r=1.6, color="#343030", opacity=0.75))
        scars = scatter(random.Random(5), 10, 10, W - 10, H - 10, 24, jitter=0.4)
        sr = [3.2 * (1 + random.Random(i).uniform(-0.25, 0.45)) for i in range(len(scars))]
        for (x, y), r in zip(scars, sr):
            body.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="#f7ebe1"/>')
        if kind == "polka":
            for (x, y), r in zip(scars, sr):
                body.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="1.8" fill="#262626"/>')
        elif kind == "area":
            body.append(dots(scatter(rng, 0, 0, W, H, 11), rng, r=1.6, color="#343030", opacity=0.85))
        else:
            big = sorted(range(len(scars)), key=lambda i: -sr[i])[:6]
            for i in big:
                x, y = scars[i]
                body.append(dots(scatter(rng, x - 6, y - 6, x + 6, y + 6, 4), rng, r=1.3, color="#343030", opacity=0.85))
        body.append(border(W, H))
        save(M6, name, svg(W, H, "Close-up of an FUE donor area after SMP", d, "\n".join(body)))
    # scar profiles (cross-section) : hypertrophic vs keloid vs flat
    for name, kind, d in [("q-profile-a.svg", "keloid", "Cross-section: a raised scar that spreads well beyond the dashed lines marking the original wound edges, overhanging the normal skin."),
                          ("q-profile-b.svg", "flat", "Cross-section: a flat, pale scar level with the skin, within the dashed wound edges."),
                          ("q-profile-c.svg", "hyper", "Cross-section: a raised, pink scar that stays between the dashed lines marking the original wound edges.")]:
        w, h = 300, 200
        body = [f'<rect x="0" y="0" width="{w}" height="{h}" fill="#ffffff"/>', f'<rect x="0" y="110" width="{w}" height="90" fill="#eec9b8"/>',
                f'<rect x="0" y="100" width="{w}" height="10" fill="#f3d9c4"/>']
        if kind == "keloid":
            body.append('<path d="M 40 100 C 50 60, 80 48, 150 46 C 220 48, 250 60, 262 100 Z" fill="#c98a86" stroke="#a8635f" stroke-width="1.5"/>')
        elif kind == "hyper":
            body.append('<path d="M 118 100 C 122 78, 135 72, 150 72 C 165 72, 178 78, 182 100 Z" fill="#e59a9a" stroke="#c4706f" stroke-width="1.5"/>')
        else:
            body.append('<rect x="118" y="100" width="64" height="12" fill="#f8ece3" stroke="#e8d2c2"/>')
        body.append('<line x1="118" y1="30" x2="118" y2="180" stroke="#444" stroke-width="1.5" stroke-dasharray="5 4"/><line x1="182" y1="30" x2="182" y2="180" stroke="#444" stroke-width="1.5" stroke-dasharray="5 4"/>')
        body.append('<text x="92" y="24" font-size="12" fill="#444">original wound edges</text>')
        body.append(border(w, h))
        save(M6, name, svg(w, h, "Scar seen in cross-section, with the original wound edges dashed", d, "\n".join(body)))
    # another artist's work
    for name, kind, d in [("q-prior-a.svg", "faded", "Earlier SMP by another artist: crisp, well-sized dots that have faded evenly and thinned out."),
                          ("q-prior-b.svg", "patchy", "Earlier SMP by another artist: crisp dots with several random patches where dots are missing."),
                          ("q-prior-c.svg", "blown", "Earlier SMP by another artist: a dense, blue-grey shadow of merged, spread dots ending in a hard, straight line.")]:
        rng = random.Random(sum(map(ord, name)))
        body = [frame(W, H, SKIN["II"])]
        if kind == "faded":
            body.append(dots(scatter(rng, 8, 8, W - 8, H - 8, 15), rng, r=1.8, color="#4a4a4a", opacity=0.5, ovar=0.05))
        elif kind == "patchy":
            body.append(dots([p for p in scatter(rng, 8, 8, W - 8, H - 8, 12) if not (40 < p[0] < 120 and 30 < p[1] < 100) and not (180 < p[0] < 260 and 110 < p[1] < 180)], rng, r=1.9, color="#333333", opacity=0.85, missing=0.1))
        else:
            body.append(blurdef("b", 3))
            body.append(dots([p for p in scatter(rng, 0, 40, W, H, 7) if p[1] > 60], rng, r=4.5, color="#4a5a70", opacity=0.6, blur="b"))
            body.append(f'<rect x="0" y="0" width="{W}" height="58" fill="{SKIN["II"]}"/>')
        body.append(border(W, H))
        save(M6, name, svg(W, H, "Close-up of SMP done elsewhere, as the client arrives", d, "\n".join(body)))

main()
