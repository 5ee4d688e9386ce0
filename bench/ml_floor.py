"""The model work of the pipeline on fixed texts, with nothing around it: the ML floor.

`procs` spawned processes, one torch thread each, load what a worker loads (the project's batched
PII redaction and/or the served model's encoder) once, then on every `measure_once()` each runs
its share of the texts in 256-text chunks; events/s = texts / the slowest process's wall time.
The processes stay up between measurements (the model load is not measured) and are stopped on
exit, so the floor can be measured three times in a row without paying the load three times.
"""

from __future__ import annotations

import multiprocessing as mp
import time
from multiprocessing.connection import Connection
from pathlib import Path

CHUNK = 256


def _serve(conn: Connection, texts: list[str], redact: bool, embed: bool, artifact: str | None) -> None:
    import django

    django.setup()
    import torch

    torch.set_num_threads(1)
    from classification import registry
    from classification.tiers import model as model_tier
    from ingestion.redaction import redact_texts

    model = model_tier.load(Path(artifact) if artifact else registry.committed_artifact()) if embed else None
    if redact:
        redact_texts(["warm up John Smith john@example.com"])
    if model is not None:
        model.embed(["warm up"])
    conn.send("ready")
    while conn.recv() == "go":
        start, cpu0 = time.perf_counter(), time.process_time()
        for i in range(0, len(texts), CHUNK):
            chunk = texts[i : i + CHUNK]
            if redact:
                chunk = [r.text for r in redact_texts(chunk)]
            if model is not None:
                model.embed(chunk)
        conn.send((time.perf_counter() - start, time.process_time() - cpu0))


class MLFloor:
    """Use as a context manager around the measurements of one phase (before or after the load)."""

    def __init__(
        self,
        texts: list[str],
        *,
        procs: int = 2,
        redact: bool = True,
        embed: bool = True,
        artifact: str | None = None,
    ) -> None:
        self.texts, self.procs = texts, procs
        self.redact, self.embed, self.artifact = redact, embed, artifact
        self.cpu_ms_per_event = 0.0
        self._workers: list[tuple[mp.process.BaseProcess, Connection]] = []

    def __enter__(self) -> MLFloor:
        ctx = mp.get_context("spawn")
        for k in range(self.procs):
            here, there = ctx.Pipe()
            share = self.texts[k :: self.procs]
            proc = ctx.Process(target=_serve, args=(there, share, self.redact, self.embed, self.artifact))
            proc.start()
            self._workers.append((proc, here))
        for _, conn in self._workers:
            if conn.recv() != "ready":
                raise RuntimeError("an ML floor process did not start")
        return self

    def measure_once(self) -> float:
        for _, conn in self._workers:
            conn.send("go")
        results = [conn.recv() for _, conn in self._workers]
        self.cpu_ms_per_event = 1000 * sum(cpu for _, cpu in results) / len(self.texts)
        return len(self.texts) / max(wall for wall, _ in results)

    def __exit__(self, *exc: object) -> None:
        for proc, conn in self._workers:
            conn.send("stop")
            proc.join(timeout=30)
            if proc.is_alive():
                proc.kill()
        self._workers = []
