"""Each metadata rule of the converter, on small articles written for the tests."""

import pytest

from conftest import BODY, FIXTURES
from newsdigest.convert import read_seed


def test_seed_like_fixture_full_record():
    article = read_seed(FIXTURES / "seeds" / "2025-03-14-harbour-deal.txt")
    assert article.title == "Harbour Authority Signs Forty-Year Lease With Coastal Shipping Group"
    assert article.authors == ["Grace Njeri"]
    assert article.editor == "Ali Musa"
    assert article.source == "Coastline Herald"
    assert article.date == "2025-03-14T00:00:00"
    assert article.date_source == "dateline"
    assert article.summary.startswith("The Mombasa Harbour Authority signed")
    assert "Edited By" not in article.body and "Coastline Herald" not in article.body
    assert "£40 million" in article.body and "“This is the largest" in article.body


@pytest.mark.parametrize(
    "dateline, expected",
    [
        ("Published: 14 March 2025", "2025-03-14T00:00:00"),
        ("March 14, 2025", "2025-03-14T00:00:00"),
        ("Updated 2 April 2024 at 10:15", "2024-04-02T10:15:00"),
        ("2025-01-31T08:00:00+03:00", "2025-01-31T08:00:00+03:00"),
        ("Friday, 7th February 2025", "2025-02-07T00:00:00"),
    ],
)
def test_dateline_formats(write_seed, dateline, expected):
    path = write_seed("a.txt", f"Council Passes Budget\n\n{dateline}\n\n{BODY}")
    article = read_seed(path)
    assert (article.date, article.date_source) == (expected, "dateline")
    assert dateline not in article.body


def test_date_in_file_name(write_seed):
    article = read_seed(write_seed("2024-11-05_budget.txt", f"Council Passes Budget\n\n{BODY}"))
    assert (article.date, article.date_source) == ("2024-11-05T00:00:00", "filename")


def test_a_date_inside_a_sentence_is_not_a_dateline(write_seed):
    text = "Council Passes Budget\n\nThe budget, first proposed on March 14, 2023, was approved after a debate that lasted most of the day.\n"
    article = read_seed(write_seed("x.txt", text))
    assert article.date is None and "March 14, 2023" in article.body


@pytest.mark.parametrize(
    "line, authors",
    [
        ("By Grace Njeri", ["Grace Njeri"]),
        ("By Grace Njeri and Tomás de la Cruz", ["Grace Njeri", "Tomás de la Cruz"]),
        ("Written by J. K. Mwangi", ["J. K. Mwangi"]),
        ("Author: Leila Haddad", ["Leila Haddad"]),
    ],
)
def test_bylines(write_seed, line, authors):
    article = read_seed(write_seed("b.txt", f"Council Passes Budget\n\n{line}\n\n{BODY}"))
    assert article.authors == authors
    assert line not in article.body


def test_sentence_starting_with_by_is_body(write_seed):
    text = "Council Passes Budget\n\nBy the end of the year, the council hopes to have hired forty new teachers for rural schools.\n"
    article = read_seed(write_seed("c.txt", text))
    assert article.authors == [] and article.body.startswith("By the end of the year")


@pytest.mark.parametrize(
    "lines, source",
    [
        ("Edited By Ali Musa\nNairobi Evening Post—Monitoring", "Nairobi Evening Post"),
        ("Source: Valley Gazette", "Valley Gazette"),
        ("© 2025 Harbour Times", "Harbour Times"),
        ("Copyright 2024 Northern Ledger. All rights reserved.", "Northern Ledger"),
        ("Lakeside Courier - Monitoring Desk", "Lakeside Courier"),
    ],
)
def test_source_lines(write_seed, lines, source):
    article = read_seed(write_seed("d.txt", f"Council Passes Budget\n\n{BODY}\n{lines}\n"))
    assert article.source == source
    assert source not in article.body


def test_editor_line(write_seed):
    article = read_seed(write_seed("e.txt", f"Council Passes Budget\n\n{BODY}\nEdited by Miriam Chebet\n"))
    assert article.editor == "Miriam Chebet" and "Miriam" not in article.body


def test_original_url_line(write_seed):
    article = read_seed(write_seed("u.txt", f"Council Passes Budget\n\n{BODY}\nOriginal article: https://news.example/budget-2025\n"))
    assert article.url == "https://news.example/budget-2025"


def test_summary_is_the_lede_in_one_or_two_sentences(write_seed):
    text = "Short Lede Story\n\nDr. Sara Lind spoke on Monday. The talk was brief. A third sentence follows here.\n\nSecond paragraph.\n"
    article = read_seed(write_seed("s.txt", text))
    # "Dr." does not end a sentence; the short first sentence is joined by the second.
    assert article.summary == "Dr. Sara Lind spoke on Monday. The talk was brief."


def test_word_count_and_category_from_folder(tmp_path):
    seeds = tmp_path / "seeds"
    (seeds / "politics").mkdir(parents=True)
    path = seeds / "politics" / "budget.txt"
    path.write_text(f"Council Passes Budget\n\n{BODY}", encoding="utf-8")
    article = read_seed(path, seeds_root=seeds)
    assert article.category == "Politics"
    assert article.word_count == len(article.body.split()) > 20


def test_hard_wrapped_paragraphs_are_joined(write_seed):
    text = (
        "Wrapped Story\n\nThe council approved the budget on Tuesday after a long debate that\n"
        "ran late into the evening, officials said.\n\nA second paragraph.\n"
    )
    article = read_seed(write_seed("w.txt", text))
    assert article.blocks[0].text == (
        "The council approved the budget on Tuesday after a long debate that ran late into the evening, officials said."
    )
