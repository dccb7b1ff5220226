#!/usr/bin/env python3
"""Draws the sample article's image: an abstract network of neurons (SVG, deterministic).

    Scripts/draw-sample-image.py > Docs/sample-image.svg
    chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1200,630 \
        --screenshot=/tmp/sample.png file://$PWD/Docs/sample-image.svg
    convert /tmp/sample.png -quality 85 Articles/static/images/hoe-werkt-ketamine.jpg
"""
import math
import random

random.seed(2025)
WIDTH, HEIGHT = 1200, 630
nodes = []
for _ in range(70):
    x = random.uniform(40, WIDTH - 40)
    y = random.uniform(40, HEIGHT - 40)
    # Denser towards a brain-like ellipse in the middle.
    dx, dy = (x - WIDTH / 2) / 430, (y - HEIGHT / 2) / 250
    if dx * dx + dy * dy > 1 and random.random() < 0.75:
        angle = random.uniform(0, 2 * math.pi)
        radius = random.uniform(0, 1) ** 0.5
        x, y = WIDTH / 2 + 430 * radius * math.cos(angle), HEIGHT / 2 + 250 * radius * math.sin(angle)
    nodes.append((x, y, random.uniform(3, 9)))

edges = []
for i, (x1, y1, _) in enumerate(nodes):
    distances = sorted((math.hypot(x1 - x2, y1 - y2), j) for j, (x2, y2, _) in enumerate(nodes) if j != i)
    for distance, j in distances[:3]:
        if i < j or (j, i) not in edges:
            edges.append((i, j))

out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}">',
       '<defs><radialGradient id="bg" cx="50%" cy="45%" r="70%"><stop offset="0" stop-color="#1d3b63"/>'
       '<stop offset="1" stop-color="#0b1626"/></radialGradient>'
       '<radialGradient id="glow"><stop offset="0" stop-color="#ffe9a8" stop-opacity="0.9"/>'
       '<stop offset="1" stop-color="#ffe9a8" stop-opacity="0"/></radialGradient></defs>',
       f'<rect width="{WIDTH}" height="{HEIGHT}" fill="url(#bg)"/>']
for i, j in edges:
    (x1, y1, _), (x2, y2, _) = nodes[i], nodes[j]
    mx, my = (x1 + x2) / 2 + random.uniform(-30, 30), (y1 + y2) / 2 + random.uniform(-30, 30)
    opacity = random.uniform(0.25, 0.7)
    out.append(f'<path d="M{x1:.1f},{y1:.1f} Q{mx:.1f},{my:.1f} {x2:.1f},{y2:.1f}" stroke="#7fb3e6" '
               f'stroke-opacity="{opacity:.2f}" stroke-width="{random.uniform(1, 2.5):.1f}" fill="none"/>')
for x, y, r in nodes:
    if random.random() < 0.3:
        out.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r * 4:.1f}" fill="url(#glow)"/>')
    out.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="#cfe4ff"/>')
out.append('</svg>')
print("\n".join(out))
