"""Execution engines: one process, a local process pool, or a Dask cluster.

All three run the same per-document function (:func:`process_window`, which
is :meth:`Processor.process` over a list of ingested items) and yield results
in input order, so their outputs are identical. Inputs are consumed in
bounded windows (at most ``2 × workers`` windows in flight): memory stays flat
however many documents come, and the main process keeps reading files and
writing JSON while the workers parse.

The pipeline version written into every record is computed once, in the
calling process, and sent to the workers, so a run never mixes versions even
if the code on disk changes while it runs.
"""
from __future__ import annotations

import gc

import threading
from itertools import islice
from typing import TYPE_CHECKING, Iterable, Iterator, Optional

if TYPE_CHECKING:  # pragma: no cover
    from .api import Options
    from .process import Processor

_PROCESSOR: "Optional[Processor]" = None  # one per worker process, loaded on first use
_KEY: Optional[tuple] = None
# spaCy pipelines are not meant to be shared between threads: a Dask worker with
# several threads (or a threaded LocalCluster) runs one window at a time per process.
_LOCK = threading.RLock()


_WARM_UP = ("Foreign Minister Park Jin met his Russian counterpart Sergey Lavrov in Seoul on Monday, "
            "June 1, 2020. The two sides agreed to expand trade to $30 billion by 2025.")


def _processor(
    model: str, batch_size: int, version: Optional[str] = None, dates_profile: str = "auto"
) -> "Processor":
    global _PROCESSOR, _KEY
    if version is None:
        from .api import pipeline_version

        version = pipeline_version(model)
    key = (model, batch_size, version, dates_profile)
    with _LOCK:
        if _PROCESSOR is None or _KEY != key:
            from .process import Processor

            if _PROCESSOR is not None and (_PROCESSOR.model, _PROCESSOR.dates_profile) == (model, dates_profile):
                # Same model, other settings: reuse the loaded spaCy pipeline.
                _PROCESSOR.batch_size, _PROCESSOR.version = batch_size, version
            else:
                _PROCESSOR = Processor(model=model, batch_size=batch_size, version=version, dates_profile=dates_profile)
                # The model, vocab and lexicons live as long as the process: build the lazily
                # loaded tables now (one short text through every component), then move it all
                # out of the collector's reach, so that the full collections a batch run
                # triggers do not walk hundreds of thousands of objects that can never be garbage.
                _PROCESSOR.nlp(_WARM_UP)
                gc.collect()
                gc.freeze()
            _KEY = key
        return _PROCESSOR


def process_window(
    items: list,
    model: str,
    batch_size: int,
    doc_date: Optional[str],
    version: Optional[str] = None,
    dates_profile: str = "auto",
) -> list:
    """The per-document function every engine runs (in a worker): ingested items → results, in order."""
    with _LOCK:
        return list(_processor(model, batch_size, version, dates_profile).process(items, doc_date=doc_date))


def _windows(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while True:
        window = list(islice(it, size))
        if not window:
            return
        yield window


def _version(opts: "Options") -> str:
    from .api import run_version

    return run_version(opts)


def _window_size(opts: "Options") -> int:
    return max(4, opts.batch_size)


def run_serial(items: Iterable, opts: "Options") -> Iterator:
    """This process: one streaming ``nlp.pipe`` over all documents."""
    proc = _processor(opts.model, opts.batch_size, _version(opts), opts.dates_profile)
    yield from proc.process(items, doc_date=opts.doc_date)


def run_pool(items: Iterable, opts: "Options") -> Iterator:
    """A pool of ``opts.workers`` processes, the model loaded once per worker.

    Windows of documents go to the workers; results come back in input order.
    A worker that dies (killed, out of memory) ends the run with a
    ``RuntimeError``; the JSON already written is kept, so a rerun resumes.
    """
    import multiprocessing as mp
    from collections import deque
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    version = _version(opts)
    # spawn, not fork: forking a process that holds spaCy/BLAS threads is fragile.
    pool = ProcessPoolExecutor(max_workers=opts.workers, mp_context=mp.get_context("spawn"))
    pending: deque = deque()
    try:
        for chunk in _windows(items, _window_size(opts)):
            pending.append(pool.submit(process_window, chunk, opts.model, opts.batch_size, opts.doc_date, version,
                                       opts.dates_profile))
            while len(pending) >= 2 * opts.workers:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    except BrokenProcessPool as exc:
        raise RuntimeError(
            "a worker process died (killed or out of memory); finished documents are kept, rerun to resume"
        ) from exc
    finally:
        for fut in pending:
            fut.cancel()
        pool.shutdown(wait=True, cancel_futures=True)


def run_dask(items: Iterable, opts: "Options") -> Iterator:
    """The same per-document function over a Dask distributed cluster.

    ``opts.scheduler`` is the address of a running scheduler (its workers need
    this package and the model installed); without one a ``LocalCluster`` of
    ``opts.workers`` single-threaded worker processes is started and stopped.
    """
    try:
        from dask.distributed import Client, LocalCluster
        from distributed.scheduler import KilledWorker
    except ImportError as exc:  # pragma: no cover - depends on the extra
        raise RuntimeError("the dask engine needs: pip install 'communique[dask]'") from exc
    import logging
    from collections import deque

    version = _version(opts)
    cluster = None
    pending: deque = deque()
    try:
        if opts.scheduler:
            client = Client(opts.scheduler, timeout="30s")
        else:
            cluster = LocalCluster(
                n_workers=opts.workers, threads_per_worker=1, processes=True,
                dashboard_address=None, silence_logs=logging.ERROR,
            )
            client = Client(cluster)
    except OSError as exc:
        if cluster is not None:
            cluster.close()
        raise RuntimeError(f"cannot reach the Dask scheduler {opts.scheduler or '(local)'}: {exc}") from exc
    try:
        slots = max(1, sum(client.nthreads().values()))
        for chunk in _windows(items, _window_size(opts)):
            pending.append(
                client.submit(process_window, chunk, opts.model, opts.batch_size, opts.doc_date, version,
                              opts.dates_profile, pure=False)
            )
            while len(pending) >= 2 * slots:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    except KilledWorker as exc:
        raise RuntimeError(
            f"Dask workers kept dying on a window of documents ({exc}); finished documents are kept, rerun to resume"
        ) from exc
    finally:
        for fut in pending:
            fut.cancel()
        client.close()
        if cluster is not None:
            cluster.close()
