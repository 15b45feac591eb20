"""Each boilerplate family is dropped; the article text around it is kept."""

import pytest

from conftest import BODY
from newsdigest.convert import read_seed
from newsdigest.rules import load_rules

CASES = {
    "cookie banner": "This website uses cookies to improve your experience. We'll assume you're ok with this, but you can opt-out if you wish. Accept Read More",
    "cookie consent": "We use cookies to personalise content and ads. Accept all cookies",
    "share heading": "Share this article",
    "share row": "Facebook Twitter WhatsApp",
    "share row with separators": "Facebook | X | LinkedIn | Email",
    "newsletter": "Sign up for our daily newsletter to get the latest headlines in your inbox.",
    "follow": "Follow us on Telegram for breaking news",
    "copyright": "© 2025 Some Outlet Media Group. All rights reserved.",
    "rights": "All rights reserved.",
    "advert": "Advertisement",
    "advert continues": "Story continues below advertisement",
    "skip nav": "Skip to main content",
    "breadcrumb": "Home > World > Africa",
    "tags": "Tags: budget, council, schools",
    "script": "window.dataLayer = window.dataLayer || [];",
    "script var": "var googletag = googletag || {};",
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_family_dropped(write_seed, name):
    line = CASES[name]
    path = write_seed("b.txt", f"Council Passes Budget\n\n{BODY}\n{line}\n\nThe final paragraph stays in the article, said the clerk.\n")
    article = read_seed(path)
    assert line not in article.body
    assert "The regional council approved" in article.body
    assert article.body.endswith("The final paragraph stays in the article, said the clerk.")


def test_read_more_list_dropped_with_its_items(write_seed):
    text = (
        "Council Passes Budget\n\n" + BODY +
        "\nRead more:\nTeachers welcome pay deal\nNew bridge opens to traffic\n- Road tolls to rise\n\n"
        "Residents have until Friday to comment on the plan, the council said.\n"
    )
    article = read_seed(write_seed("r.txt", text))
    for dropped in ("Read more", "Teachers welcome", "New bridge", "Road tolls"):
        assert dropped not in article.body
    assert "Residents have until Friday" in article.body


def test_inline_read_more_line_dropped(write_seed):
    article = read_seed(write_seed("r2.txt", f"Council Passes Budget\n\n{BODY}\nRead more: Teachers welcome pay deal\n"))
    assert "Teachers welcome" not in article.body


def test_sentences_that_mention_cookies_or_sharing_are_kept(write_seed):
    keep = "The bakery shares its cookie recipe with every school that asks, the owner said."
    article = read_seed(write_seed("k.txt", f"Bakery Story\n\n{BODY}\n{keep}\n"))
    assert keep in article.body


def test_user_rules_file_extends_the_defaults(tmp_path, write_seed):
    rules = tmp_path / "extra.yml"
    rules.write_text('families:\n  house_promo:\n    line:\n      - "download our app.*"\n', encoding="utf-8")
    path = write_seed("p.txt", f"Council Passes Budget\n\n{BODY}\nDownload our app for alerts\n")
    assert "Download our app" in read_seed(path).body
    assert "Download our app" not in read_seed(path, rules_files=(rules,)).body


def test_bad_rule_file_is_reported_with_its_name(tmp_path):
    rules = tmp_path / "bad.yml"
    rules.write_text("families:\n  x:\n    line:\n      - '(unclosed'\n", encoding="utf-8")
    with pytest.raises(ValueError, match="bad regular expression"):
        load_rules(rules)
