import pytest

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
        workers.flush()  # every article read

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


def test_entity_workers_for_a_few_new_texts_load_the_model_themselves(tmp_path, monkeypatch):
    """A rebuild expecting a few new texts: one worker, forked at once, loads
    the model itself and runs it on each text as it comes (this process
    resolves them); past FEW_NEW_TEXTS the rest is left to analyse_articles."""
    from newsdigest.entities import ner, pipeline
    from newsdigest.entities.registry import load_registry

    bodies = [f"<p>Mayor Ilse Marrow opened the Kestrel Ferry Terminal in Orvel on day {n}.</p>" for n in range(5)]
    articles = [pipeline.ArticleInput(f"a{n}", f"Ferry Terminal {n}", html) for n, html in enumerate(bodies)]
    plain = pipeline.analyse_articles(articles, cache_path=None)
    monkeypatch.setattr(pipeline, "FEW_NEW_TEXTS", 3)
    monkeypatch.setattr(pipeline, "_WORKER_STATE", None)
    workers = pipeline.EntityWorkers(registry=load_registry(None), cache_path=tmp_path / "ner.sqlite", processes=2, expected_new=2)
    here: list[str] = []
    real_model_output = ner.model_output

    def model_here(texts, **kwargs):
        here.extend(texts)
        return real_model_output(texts, **kwargs)

    try:
        assert workers.few and workers._pool is not None  # started before any article arrived
        for article in articles:
            workers.add(article.title, article.html)
        workers.flush()
        monkeypatch.setattr(ner, "model_output", model_here)  # the worker was forked before: its model is real
        with_workers = pipeline.analyse_articles(articles, cache_path=tmp_path / "ner.sqlite", workers=workers)
        assert len(here) == 2 and with_workers.stats.ner_docs == 5  # the worker took the first three
        assert workers.map(len, ["ab", "c"]) is None  # the one worker is kept for the related articles
    finally:
        workers.close()
    assert pipeline._WORKER_STATE is None  # no shared worker state was made here: the worker loaded its own model
    assert with_workers.analyses == plain.analyses
    many = pipeline.EntityWorkers(registry=load_registry(None), cache_path=None, processes=2, expected_new=4)
    try:
        assert not many.few and many._pool is None  # more than a few: the model is loaded here, at the first new text
    finally:
        many.close()


def test_related_articles_and_companions_left_to_a_worker_equal_those_made_here(tmp_path, monkeypatch):
    """analyse_articles(defer=True) with workers: related articles are worked
    out by a worker while the caller goes on, entity companions by finish(),
    and both are in place, equal to the ones made without workers, once
    finish() returns."""
    from newsdigest.entities import pipeline
    from newsdigest.entities.registry import load_registry

    towns = ["Kestrel", "Orvel", "Brannock"]
    bodies = [f"<p>Mayor Ilse Marrow of {towns[n % 3]} met the Orvel Water Board and Tomas Venn on day {n}.</p>" for n in range(9)]
    articles = [pipeline.ArticleInput(f"a{n}", f"Water Talks {n}", html, newest_rank=n) for n, html in enumerate(bodies)]
    plain = pipeline.analyse_articles(articles, cache_path=tmp_path / "ner.sqlite")
    assert plain.related_pending is None and plain.companion_inputs is None and any(plain.related.values())
    assert any(e.companions for e in plain.index.entities.values())
    workers = pipeline.EntityWorkers(registry=load_registry(None), cache_path=tmp_path / "ner.sqlite", processes=2, expected_new=1)

    def not_here(*args, **kwargs):
        raise AssertionError("this process worked out the related articles")

    monkeypatch.setattr(pipeline, "related_articles", not_here)  # the worker was forked before: its own is real
    try:
        for article in articles:
            workers.add(article.title, article.html)
        workers.flush()
        deferred = pipeline.analyse_articles(articles, cache_path=tmp_path / "ner.sqlite", workers=workers, defer=True)
        assert deferred.related_pending is not None and deferred.related == {}
        assert all(e.companions == [] for e in deferred.index.entities.values())
        deferred.finish()
    finally:
        workers.close()
    assert deferred.related == plain.related
    assert {k: e.companions for k, e in deferred.index.entities.items()} == {k: e.companions for k, e in plain.index.entities.items()}


def test_new_articles_are_estimated_from_the_last_build(tmp_path):
    import json

    from newsdigest.entities.model_worker import expected_new_texts, wants_early_worker

    content, cache = tmp_path / "content", tmp_path / "cache"
    (content / "articles").mkdir(parents=True)
    for n in range(5):
        (content / "articles" / f"a{n}.md").write_text("Title: x\n\nBody.\n", encoding="utf-8")
    settings = {"PATH": str(content), "ENTITY_CACHE_DIR": str(cache), "ENTITY_PROCESSES": 2}
    assert expected_new_texts(cache, content) is None  # a first build: no idea
    assert not wants_early_worker(settings)
    cache.mkdir()
    (cache / "last-run.json").write_text(json.dumps({"articles": 3, "source_files": 3}), encoding="utf-8")
    assert expected_new_texts(cache, content) == 2
    assert wants_early_worker(settings)
    assert not wants_early_worker({**settings, "ENTITY_PROCESSES": 1})
    assert not wants_early_worker({**settings, "ENTITY_EARLY_WORKERS": False})
    (cache / "last-run.json").write_text(json.dumps({"articles": 5, "source_files": 5}), encoding="utf-8")
    assert expected_new_texts(cache, content) == 0
    assert not wants_early_worker(settings)  # nothing new: no model to load
    (cache / "last-run.json").write_text("{not json", encoding="utf-8")
    assert expected_new_texts(cache, content) is None


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


def test_a_model_worker_started_early_is_taken_over_or_stopped(tmp_path):
    """newsdigest.run_pelican forks the model worker before Pelican loads:
    EntityWorkers for a few new texts takes that very worker over; for many
    new texts (or none) it stops it and goes its own way."""
    from newsdigest.entities import model_worker, pipeline
    from newsdigest.entities.registry import load_registry

    model_worker.start_model_worker()
    early = model_worker._Started.pool
    workers = pipeline.EntityWorkers(registry=load_registry(None), cache_path=tmp_path / "ner.sqlite", processes=2, expected_new=1)
    try:
        assert workers._pool is early and model_worker.take_model_worker() is None
        workers.add("Ferry Terminal", "<p>Mayor Ilse Marrow opened the Kestrel Ferry Terminal in Orvel.</p>")
        raws, _ = workers.collect()
        assert len(raws) == 1  # the early worker loaded the model and ran it
    finally:
        workers.close()
    model_worker.start_model_worker()
    early = model_worker._Started.pool
    many = pipeline.EntityWorkers(registry=load_registry(None), cache_path=None, processes=2, expected_new=40)
    try:
        assert many._pool is None and model_worker.take_model_worker() is None
        with pytest.raises(ValueError):
            early.apply_async(len, ("x",))  # stopped: a terminated pool takes no work
    finally:
        many.close()


def test_run_pelican_starts_the_model_worker_early_only_for_a_few_new_articles(tmp_path, monkeypatch):
    import json

    from newsdigest import run_pelican
    from newsdigest.entities import model_worker

    started = []
    monkeypatch.setattr(run_pelican, "start_model_worker", lambda: started.append(True))
    content, cache = tmp_path / "content", tmp_path / ".cache"
    (content / "articles").mkdir(parents=True)
    for n in range(4):
        (content / "articles" / f"a{n}.md").write_text("Title: x\n\nBody.\n", encoding="utf-8")
    conf = tmp_path / "conf.py"
    conf.write_text(f"PATH = 'content'\nENTITY_PROCESSES = 2\nENTITY_CACHE_DIR = {str(cache)!r}\n", encoding="utf-8")
    assert not run_pelican.start_model_worker_early(["-s", str(conf)])  # a first build
    cache.mkdir()
    (cache / "last-run.json").write_text(json.dumps({"source_files": 3}), encoding="utf-8")
    assert run_pelican.start_model_worker_early(["-s", str(conf)])  # PATH, relative to the settings file
    assert run_pelican.start_model_worker_early([str(content), "-s", str(conf), "-o", str(tmp_path / "out")])
    (cache / "last-run.json").write_text(json.dumps({"source_files": 4}), encoding="utf-8")
    assert not run_pelican.start_model_worker_early(["-s", str(conf)])  # nothing new
    bad = tmp_path / "bad.py"
    bad.write_text("raise SystemExit('set SITEURL')\n", encoding="utf-8")
    assert not run_pelican.start_model_worker_early(["-s", str(bad)])  # Pelican will say why
    assert started == [True, True] and model_worker.take_model_worker() is None
