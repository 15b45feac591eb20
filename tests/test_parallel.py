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
