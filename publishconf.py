"""Settings for publishing: the public URL comes from NEWSDIGEST_SITEURL."""

import os
import sys

sys.path.append(os.path.dirname(os.path.abspath(__file__)))
from pelicanconf import *  # noqa: E402,F403

SITEURL = os.environ.get("NEWSDIGEST_SITEURL", "").rstrip("/")
if not SITEURL:
    raise SystemExit("publishconf.py: set NEWSDIGEST_SITEURL to the public URL of the site, e.g. https://digest.example.org")
FEED_DOMAIN = SITEURL
RELATIVE_URLS = True
