"""Related articles (IDF over shared entities) and same-story detection."""

from newsdigest.scoring import jaccard, related_articles, same_story_groups, shingles


def test_rare_shared_entities_outrank_common_ones():
    sets = {
        "a": {"kenya", "ruto", "lamu-port"},
        "b": {"kenya", "lamu-port"},          # shares the rare port
        "c": {"kenya", "ruto"},               # shares only common names
        "d": {"kenya"},
        "e": {"kenya", "ruto"},
        "f": {"uganda"},
    }
    related = related_articles(sets)
    assert [r.article_id for r in related["a"]][:1] == ["b"]
    scores = {r.article_id: r.score for r in related["a"]}
    assert scores["b"] > scores["c"] > scores["d"]
    assert "f" not in scores
    assert related["f"] == []
    assert related["a"][0].shared[0] == "lamu-port"  # rarest first


def test_ties_follow_the_given_order_and_limit():
    sets = {str(i): {"x"} for i in range(10)}
    related = related_articles(sets, order={str(i): -i for i in range(10)}, limit=3)
    assert [r.article_id for r in related["0"]] == ["9", "8", "7"]


ORIGINAL = (
    "The regional water board approved a plan on Tuesday to build two reservoirs north of the city, "
    "ending a dispute that had lasted three years. Farmers had argued that the reservoirs would flood "
    "grazing land, but the board said new routes for cattle would be opened before work begins. "
    "The first reservoir is due to hold water by the end of next year, the chairman said."
)
REWRITE = (
    "A regional water board on Tuesday approved a plan to build two reservoirs north of the city, "
    "ending a dispute that had lasted three years. Farmers had argued that the reservoirs would flood "
    "grazing land; the board said that new routes for cattle would be opened before any work begins. "
    "The first reservoir should hold water by the end of next year, its chairman told reporters."
)
OTHER = (
    "The national football team lost its opening match of the tournament on Saturday evening after "
    "conceding two late goals, and the coach said the squad would need to improve quickly."
)


def test_syndicated_rewrite_is_the_same_story_but_a_different_story_is_not():
    groups = same_story_groups({"orig": ORIGINAL, "rewrite": REWRITE, "other": OTHER})
    assert [o for o, _ in groups["orig"]] == ["rewrite"]
    assert [o for o, _ in groups["rewrite"]] == ["orig"]
    assert "other" not in groups


def test_articles_on_the_same_topic_in_different_words_are_not_duplicates():
    different = (
        "Two new reservoirs will be dug north of the city after the water board voted this week. "
        "Cattle herders, who feared losing pasture, were promised fresh corridors. Engineers expect "
        "the first to fill late next year."
    )
    assert same_story_groups({"orig": ORIGINAL, "x": different}) == {}


def test_shingles_and_jaccard():
    assert shingles("A b c d") == {"a b c", "b c d"}
    assert jaccard({"a"}, set()) == 0.0 and jaccard({"a", "b"}, {"b", "c"}) == 1 / 3


def test_lsh_banding_is_the_one_datasketch_chooses_for_our_threshold():
    from datasketch import MinHashLSH

    from newsdigest.scoring import LSH_BANDS, LSH_ROWS, MINHASH_PERMUTATIONS, SAME_STORY_LSH_THRESHOLD

    lsh = MinHashLSH(threshold=SAME_STORY_LSH_THRESHOLD, num_perm=MINHASH_PERMUTATIONS)
    assert (lsh.b, lsh.r) == (LSH_BANDS, LSH_ROWS)


def test_minhash_signature_is_datasketchs_affine32_minhash():
    import random

    from datasketch import MinHash

    from newsdigest.scoring import MINHASH_PERMUTATIONS, minhash_signature, shingles

    rng = random.Random(7)
    vocabulary = ["harbour", "ministry", "convoy", "río", "Łódź", "talks", "ceasefire", "1,200", "‘quote’", "x"]
    cases = [shingles(ORIGINAL), {"only one"}]
    cases += [{" ".join(rng.choices(vocabulary, k=3)) for _ in range(rng.randint(2, 400))} for _ in range(20)]
    for words in cases:
        reference = MinHash(num_perm=MINHASH_PERMUTATIONS, seed=1, scheme="affine32")
        reference.update_batch([w.encode("utf-8") for w in words])
        ours = minhash_signature(words)
        assert ours.dtype.name == "uint64"
        assert ours.tolist() == reference.hashvalues.tolist()


def test_hashed_shingles_give_the_same_jaccard_as_the_strings():
    from newsdigest.scoring import hashed_jaccard, hashed_shingles

    a = "The Orvel dam will open on Monday, the water board said, after a month of repairs to its gates."
    b = "The Orvel dam will open on Monday, the board said, after a month of repairs to the gates and locks."
    assert round(hashed_jaccard(hashed_shingles(a), hashed_shingles(b)), 4) == round(jaccard(shingles(a), shingles(b)), 4) > 0
    assert hashed_jaccard(hashed_shingles(a), hashed_shingles(a)) == 1.0
    assert hashed_jaccard(hashed_shingles(a), hashed_shingles("")) == 0.0
