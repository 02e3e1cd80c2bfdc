#!/usr/bin/env python3
"""Draws the two SupportBot Teams icons with nothing but Python's standard library.

    python3 deployment/teams/make-icons.py        # rewrites color.png and outline.png beside this file

color.png   192x192, full colour: the accent-blue square with a white speech bubble holding a blue check mark.
outline.png 32x32, white on transparent: the same bubble drawn as a white line with a white check mark.

The output is deterministic (same bytes on every run), so the committed PNGs can be regenerated and
compared. Shapes are described as coverage functions and anti-aliased by 4x4 supersampling.
"""
import math
import os
import struct
import sys
import zlib

ACCENT = (0x0F, 0x6C, 0xBD)  # keep in step with "accentColor" in manifest.json
WHITE = (0xFF, 0xFF, 0xFF)
SAMPLES = 4


def rounded_rect_distance(x, y, left, top, right, bottom, radius):
    """Signed distance from (x, y) to a rounded rectangle: negative inside."""
    cx, cy = (left + right) / 2, (top + bottom) / 2
    hx, hy = (right - left) / 2 - radius, (bottom - top) / 2 - radius
    qx, qy = abs(x - cx) - hx, abs(y - cy) - hy
    outside = math.hypot(max(qx, 0.0), max(qy, 0.0))
    inside = min(max(qx, qy), 0.0)
    return outside + inside - radius


def in_triangle(x, y, a, b, c):
    def side(p, q, r):
        return (p[0] - r[0]) * (q[1] - r[1]) - (q[0] - r[0]) * (p[1] - r[1])

    d1, d2, d3 = side((x, y), a, b), side((x, y), b, c), side((x, y), c, a)
    has_neg = d1 < 0 or d2 < 0 or d3 < 0
    has_pos = d1 > 0 or d2 > 0 or d3 > 0
    return not (has_neg and has_pos)


def segment_distance(x, y, a, b):
    ax, ay = a
    bx, by = b
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(x - (ax + t * dx), y - (ay + t * dy))


def on_polyline(x, y, points, width):
    return any(segment_distance(x, y, points[i], points[i + 1]) <= width / 2 for i in range(len(points) - 1))


class Bubble:
    """A speech bubble with a check mark, in a unit square scaled to `size` pixels."""

    def __init__(self, size):
        s = size / 32.0
        self.body = (3 * s, 4 * s, 29 * s, 23 * s, 5 * s)
        self.tail = ((7 * s, 21 * s), (14 * s, 21 * s), (6 * s, 29 * s))
        self.check = [(10 * s, 13.5 * s), (14 * s, 17.5 * s), (22 * s, 9.5 * s)]
        self.check_width = 3.0 * s
        self.stroke = 2.0 * s

    def filled(self, x, y):
        return rounded_rect_distance(x, y, *self.body) <= 0 or in_triangle(x, y, *self.tail)

    def outline(self, x, y):
        d = rounded_rect_distance(x, y, *self.body)
        ring = -self.stroke <= d <= 0
        tail = in_triangle(x, y, *self.tail) and d > -self.stroke
        return ring or tail

    def checked(self, x, y):
        return on_polyline(x, y, self.check, self.check_width)


def coverage(px, py, shape):
    hits = 0
    for sy in range(SAMPLES):
        for sx in range(SAMPLES):
            if shape(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES):
                hits += 1
    return hits / (SAMPLES * SAMPLES)


def blend(under, over, alpha):
    return tuple(round(u + (o - u) * alpha) for u, o in zip(under, over))


def color_icon(size=192):
    bubble = Bubble(size)
    rows = []
    for y in range(size):
        row = []
        for x in range(size):
            pixel = blend(ACCENT, WHITE, coverage(x, y, bubble.filled))
            pixel = blend(pixel, ACCENT, coverage(x, y, bubble.checked))
            row.append(pixel + (255,))
        rows.append(row)
    return rows


def outline_icon(size=32):
    bubble = Bubble(size)
    rows = []
    for y in range(size):
        row = []
        for x in range(size):
            alpha = coverage(x, y, lambda u, v: bubble.outline(u, v) or bubble.checked(u, v))
            row.append(WHITE + (round(alpha * 255),) if alpha > 0 else (0, 0, 0, 0))
        rows.append(row)
    return rows


def png_bytes(rows):
    """An 8-bit RGBA PNG: signature, IHDR, one IDAT (filter 0 on every row), IEND."""
    height, width = len(rows), len(rows[0])

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + bytes(channel for pixel in row for channel in pixel) for row in rows)
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def main(argv):
    out_dir = argv[1] if len(argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    for name, rows in (("color.png", color_icon()), ("outline.png", outline_icon())):
        path = os.path.join(out_dir, name)
        with open(path, "wb") as f:
            f.write(png_bytes(rows))
        print(f"wrote {path} ({len(rows[0])}x{len(rows)})")


if __name__ == "__main__":
    main(sys.argv)
