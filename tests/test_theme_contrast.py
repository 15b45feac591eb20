"""WCAG AA contrast of the theme's colour pairs, in light and dark schemes,
computed from the CSS custom properties in theme/static/css/site.css."""

import re

from conftest import ROOT

CSS = (ROOT / "theme" / "static" / "css" / "site.css").read_text(encoding="utf-8")
# (foreground, background, minimum ratio): 4.5 for body-size text.
PAIRS = [("fg", "bg", 4.5), ("muted", "bg", 4.5), ("accent", "bg", 4.5), ("accent", "accent-bg", 4.5),
         ("place", "accent-bg", 4.5), ("person", "accent-bg", 4.5), ("org", "accent-bg", 4.5),
         ("place", "bg", 4.5), ("person", "bg", 4.5), ("org", "bg", 4.5), ("focus", "bg", 3.0)]


def variables(block: str) -> dict[str, str]:
    return dict(re.findall(r"--([\w-]+):\s*(#[0-9a-fA-F]{6})", block))


def luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def ratio(a: str, b: str) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_light_and_dark_schemes_meet_aa():
    light = variables(CSS.split("@media (prefers-color-scheme: dark)")[0])
    dark = {**light, **variables(CSS.split("@media (prefers-color-scheme: dark)")[1].split("}")[0])}
    for scheme, colours in (("light", light), ("dark", dark)):
        for fg, bg, minimum in PAIRS:
            value = ratio(colours[fg], colours[bg])
            assert value >= minimum, f"{scheme}: --{fg} on --{bg} is {value:.2f}:1, below {minimum}:1"
