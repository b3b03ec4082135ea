"""Execution engines: one process, a local process pool, or a Dask cluster.

All three run the same per-document function (:func:`process_window`) and
yield results in input order, so their outputs are identical. Inputs are
consumed in bounded windows: memory stays flat however many documents come.
"""
from __future__ import annotations

from itertools import islice
from typing import TYPE_CHECKING, Iterable, Iterator, Optional

if TYPE_CHECKING:  # pragma: no cover
    from .api import Options

_PROCESSOR = None  # one per worker process, loaded on first use


def _processor(model: str, batch_size: int):
    global _PROCESSOR
    if _PROCESSOR is None or _PROCESSOR.model != model:
        from .api import pipeline_version
        from .process import Processor

        _PROCESSOR = Processor(model=model, batch_size=batch_size, version=pipeline_version(model))
    return _PROCESSOR


def process_window(items: list, model: str, batch_size: int, doc_date: Optional[str]) -> list:
    """The per-document function every engine runs (in a worker): items → results."""
    return list(_processor(model, batch_size).process(items, doc_date=doc_date))


def _windows(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while True:
        window = list(islice(it, size))
        if not window:
            return
        yield window


def run_serial(items: Iterable, opts: "Options") -> Iterator:
    yield from _processor(opts.model, opts.batch_size).process(items, doc_date=opts.doc_date)


def run_pool(items: Iterable, opts: "Options") -> Iterator:
    """A process pool with the model loaded once per worker; bounded in-flight windows."""
    import multiprocessing as mp
    from collections import deque

    ctx = mp.get_context("spawn")  # fork + spaCy threads is fragile; spawn is safe everywhere
    window = max(4, opts.batch_size)
    with ctx.Pool(processes=opts.workers) as pool:
        pending: deque = deque()
        for chunk in _windows(items, window):
            pending.append(pool.apply_async(process_window, (chunk, opts.model, opts.batch_size, opts.doc_date)))
            while len(pending) >= 2 * opts.workers:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()


def run_dask(items: Iterable, opts: "Options") -> Iterator:
    """The same per-document function over a Dask distributed cluster.

    ``opts.scheduler`` is the address of a running scheduler; without one a
    ``LocalCluster`` with ``opts.workers`` single-threaded workers is started.
    """
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as exc:  # pragma: no cover - depends on the extra
        raise RuntimeError("the dask engine needs: pip install 'communique[dask]'") from exc
    from collections import deque

    cluster = None
    if opts.scheduler:
        client = Client(opts.scheduler)
    else:
        cluster = LocalCluster(n_workers=opts.workers, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        window = max(4, opts.batch_size)
        pending: deque = deque()
        for chunk in _windows(items, window):
            pending.append(client.submit(process_window, chunk, opts.model, opts.batch_size, opts.doc_date, pure=False))
            while len(pending) >= 2 * max(1, opts.workers):
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
