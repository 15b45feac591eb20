from newsdigest.parallel import fork_map


def test_fork_map_gives_the_same_results_in_order_in_workers_and_in_process():
    offset = 7  # a closure: workers are forked, nothing but items and results is pickled
    items = list(range(300))
    expected = [i * i + offset for i in items]
    assert fork_map(lambda i: i * i + offset, items, processes=2, min_items=10) == expected
    assert fork_map(lambda i: i * i + offset, items, processes=1) == expected


def test_fork_map_uses_worker_processes_for_large_batches_only():
    import os

    parent = os.getpid()
    assert parent not in set(fork_map(lambda i: os.getpid(), list(range(100)), processes=2, min_items=50))
    assert set(fork_map(lambda i: os.getpid(), list(range(10)), processes=2, min_items=50)) == {parent}


def test_ner_prefetch_gives_what_the_model_gives_and_run_ner_takes_it(tmp_path, monkeypatch):
    from newsdigest.entities import ner

    texts = [f"Prime Minister Anna Kovacs met officials from the Orvel Water Board in Kestrel on day {n}." for n in range(20)]
    cache = tmp_path / "ner.sqlite"
    prefetch = ner.NerPrefetch(cache_path=cache, processes=2, batch_size=4)
    for text in texts + texts[:3]:  # a text seen twice is run once
        prefetch.add(text)
    got = prefetch.collect()
    expected = ner.run_ner(texts, cache_path=None)
    assert got == {ner.text_key(t): raw for t, raw in zip(texts, expected)}
    assert any(label == "PERSON" for raw in expected for *_, label in raw.ents)

    def no_model(*args, **kwargs):
        raise AssertionError("the model ran on a prefetched text")

    monkeypatch.setattr(ner, "_analyse", no_model)
    stats = ner.NerStats()
    assert ner.run_ner(texts, cache_path=cache, prefetched=got, stats=stats) == expected
    assert stats.ner_docs == len(texts)  # counted as run: the prefetch ran them
    again = ner.NerPrefetch(cache_path=cache, processes=2, batch_size=4)
    for text in texts:
        again.add(text)  # all cached now: nothing is submitted
    assert again.collect() == {}


def test_forked_call_returns_in_the_parent_or_says_why_it_failed():
    import os

    import pytest

    from newsdigest.parallel import ForkedCall

    parent = os.getpid()
    call = ForkedCall(lambda n: (os.getpid(), n * 2), 21)
    child, value = call.get()
    assert value == 42 and child != parent
    assert ForkedCall(lambda n: (os.getpid(), n), 1, fork=False).get() == (parent, 1)
    with pytest.raises(RuntimeError, match="ValueError: no such river"):
        ForkedCall(lambda: (_ for _ in ()).throw(ValueError("no such river"))).get()
