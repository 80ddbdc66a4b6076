#!/usr/bin/env python3
"""Draws the add-in's icons (assets/icon-{16,32,64,80,128}.png) with the standard library only.

The icon: three stacked bars of falling length on a teal tile, the A/B/C of a
Pareto curve. Run it again after changing the drawing; the PNGs are committed.
"""
import struct
import zlib
from pathlib import Path

TILE = (0x0F, 0x6C, 0x7A)
BAR = (0xFF, 0xFF, 0xFF)
BARS = [(0.20, 0.86), (0.44, 0.66), (0.68, 0.44)]  # (top as a share of height, length share)
BAR_HEIGHT = 0.16


def pixel(x: float, y: float, size: int):
    # Rounded tile: radius 18% of the size; anti-aliasing by 4x4 supersampling.
    r = 0.18 * size
    inside = True
    for cx, cy in ((r, r), (size - r, r), (r, size - r), (size - r, size - r)):
        if (x < r or x > size - r) and (y < r or y > size - r):
            inside = (x - cx) ** 2 + (y - cy) ** 2 <= r * r if abs(x - cx) <= r and abs(y - cy) <= r else inside
    if not inside:
        return None
    for top, length in BARS:
        left = 0.16 * size
        if top * size <= y < (top + BAR_HEIGHT) * size and left <= x < left + length * (size - 2 * left):
            return BAR
    return TILE


def draw(size: int) -> bytes:
    rows = []
    for j in range(size):
        row = bytearray([0])
        for i in range(size):
            acc = [0, 0, 0, 0]
            for sj in range(4):
                for si in range(4):
                    c = pixel(i + (si + 0.5) / 4, j + (sj + 0.5) / 4, size)
                    if c is not None:
                        acc[0] += c[0]
                        acc[1] += c[1]
                        acc[2] += c[2]
                        acc[3] += 1
            n = acc[3]
            row += bytes([acc[0] // n, acc[1] // n, acc[2] // n, n * 255 // 16] if n else [0, 0, 0, 0])
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


if __name__ == "__main__":
    out = Path(__file__).resolve().parent.parent / "assets"
    out.mkdir(exist_ok=True)
    for size in (16, 32, 64, 80, 128):
        (out / f"icon-{size}.png").write_bytes(draw(size))
        print(f"assets/icon-{size}.png")
