"""The browser tests' window sizes: a desktop and a phone."""

DESKTOP = {"width": 1280, "height": 900}
MOBILE = {"width": 390, "height": 844}
