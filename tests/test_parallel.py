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


def test_entity_workers_give_what_the_model_and_resolver_give(tmp_path, monkeypatch):
    """pipeline.EntityWorkers: texts sent while Pelican reads come back as
    the model's output and resolved analyses, which analyse_articles takes
    instead of running the model; cached texts are not sent again."""
    from newsdigest.entities import ner, pipeline
    from newsdigest.entities.registry import load_registry

    bodies = [f"<p>Prime Minister Anna Kovacs met officials from the Orvel Water Board in Kestrel on day {n}.</p>" for n in range(20)]
    articles = [pipeline.ArticleInput(f"a{n}", f"Water Talks {n}", html) for n, html in enumerate(bodies)]
    plain = pipeline.analyse_articles(articles, cache_path=None)
    assert any(e.kind == "person" for a in plain.analyses.values() for e in a.entities)
    cache = tmp_path / "ner.sqlite"
    workers = pipeline.EntityWorkers(registry=load_registry(None), cache_path=cache, processes=2, batch_size=4)
    try:
        for article in articles + articles[:3]:  # an article seen twice is sent once
            workers.add(article.title, article.html)

        def no_model(*args, **kwargs):
            raise AssertionError("this process ran the model on a text the workers had done")

        monkeypatch.setattr(ner, "model_output", no_model)  # the workers were forked before: theirs is real
        monkeypatch.setattr(pipeline, "Resolver", no_model)  # and resolution too was done by them
        with_workers = pipeline.analyse_articles(articles, cache_path=cache, workers=workers)
        assert workers.map(len, ["ab", "c"]) == [2, 1]  # later work on the same workers
    finally:
        workers.close()
    assert with_workers.analyses == plain.analyses and with_workers.stats.ner_docs == 20
    again = pipeline.EntityWorkers(registry=load_registry(None), cache_path=cache, processes=2, batch_size=4)
    try:
        for article in articles:
            again.add(article.title, article.html)  # all cached now: nothing is sent, no worker started
        assert again.collect() == ({}, {}) and again.map(len, ["ab"]) is None
    finally:
        again.close()


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


def test_fork_map_leaves_a_callers_freeze_as_it_was():
    import gc

    assert gc.get_freeze_count() == 0
    fork_map(lambda i: i, list(range(50)), processes=2, min_items=10)
    assert gc.get_freeze_count() == 0  # its own freeze undone
    gc.freeze()
    try:
        fork_map(lambda i: i, list(range(50)), processes=2, min_items=10)
        assert gc.get_freeze_count() > 0  # the caller's kept
    finally:
        gc.unfreeze()
