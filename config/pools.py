"""Worker pools: one per stage, each a separately scalable process with its own concurrency and
memory settings.

    python -m config.pools classify            # what `./run worker classify` and the chart run
    python -m config.pools ingest --concurrency 4
    python -m config.pools ingest --supervised  # restarted if it exits: where no orchestrator does it

| pool | queue | what its processes hold |
|---|---|---|
| ingest | `<region>.ingest` | spaCy + presidio (PII redaction), warmed up at start |
| classify | `<region>.classify` | the MiniLM encoder + severity head, warmed up at start |
| detect | `<region>.detect` | rolling features in Redis; no model |
| notify | `<region>.notify` | provider HTTP/SMTP clients; waits on the network, so more processes per core |
| respond | `<region>.respond` | the encoder (similar past crises) and LLM calls for response plans |
| beat | `<region>.beat` | the periodic sweeps and SLA timers the scheduler sends |

Queue names carry the deployment's data-residency region (`queue(stage)`, e.g. `eu.classify`):
two regions' deployments sharing one broker by mistake still never hand an EU tenant's message to
a US worker. Everything that names a queue goes through `config.queues.queue()`.

The scheduler (`celery beat`, one replica, `python -m config.supervisor beat`) is not a pool: it
only sends. A model loads only in the processes of the pool whose queue needs it
(`config.celery.warm_up_on_start`), so an ingest or detect process never holds the encoder.

Memory figures are resident set sizes measured after warm-up (bench/scale.py prints them; see
docs/deployment.md): `memory_mb` is what one process needs (the chart's request per process),
`max_memory_mb` the size past which a prefork child is replaced after its task (Celery's
--max-memory-per-child), so a slow leak ends in a restart, not in the kernel's OOM killer.
The environment overrides both per deployment: CRISIS_WORKER_CONCURRENCY, CRISIS_WORKER_MAX_MEMORY_MB.
"""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from config.queues import queue
from config.supervisor import supervise


@dataclass(frozen=True)
class Pool:
    name: str
    stages: tuple[str, ...]
    concurrency: int  # processes (prefork children) of one worker
    memory_mb: int  # resident memory of one process after warm-up (measured)
    max_memory_mb: int  # a child past this is replaced after its current task
    loads: str

    @property
    def queues(self) -> tuple[str, ...]:
        return tuple(queue(stage) for stage in self.stages)


POOLS: dict[str, Pool] = {
    pool.name: pool
    for pool in (
        # bench/scale.py, 4 December: an ingest process peaks at ≈ 890 MiB (spaCy + presidio).
        Pool(
            "ingest", ("ingest",), concurrency=1, memory_mb=900, max_memory_mb=1500, loads="spaCy + presidio"
        ),
        Pool(
            "classify",
            ("classify",),
            concurrency=1,
            memory_mb=850,
            max_memory_mb=1500,
            loads="MiniLM encoder",
        ),
        Pool("detect", ("detect",), concurrency=2, memory_mb=260, max_memory_mb=600, loads="no model"),
        Pool("notify", ("notify",), concurrency=4, memory_mb=260, max_memory_mb=600, loads="no model"),
        Pool(
            "respond", ("respond",), concurrency=1, memory_mb=850, max_memory_mb=1500, loads="MiniLM encoder"
        ),
        Pool("beat", ("beat",), concurrency=2, memory_mb=260, max_memory_mb=600, loads="no model"),
    )
}


def worker_argv(
    pool: Pool,
    *,
    concurrency: int | None = None,
    max_memory_mb: int | None = None,
    loglevel: str = "info",
    extra: tuple[str, ...] = (),
) -> list[str]:
    """The `celery worker` command line of one process of `pool`."""
    processes = concurrency or int(os.environ.get("CRISIS_WORKER_CONCURRENCY") or pool.concurrency)
    ceiling_mb = max_memory_mb or int(os.environ.get("CRISIS_WORKER_MAX_MEMORY_MB") or pool.max_memory_mb)
    return [
        str(Path(sys.executable).with_name("celery")),
        "-A",
        "config",
        "worker",
        "-Q",
        ",".join(pool.queues),
        "-P",
        "prefork",
        "-c",
        str(processes),
        "--max-memory-per-child",
        str(ceiling_mb * 1024),  # Celery counts KiB
        "-n",
        f"{pool.name}-{os.getpid()}@%h",  # the worker keeps this pid (execv): unique per host
        # Many workers on one broker: no gossip/mingle chatter between them (nothing here uses it).
        "--without-gossip",
        "--without-mingle",
        "-l",
        loglevel,
        *extra,
    ]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m config.pools", description=__doc__.split("\n")[0])
    parser.add_argument("pool", choices=sorted(POOLS))
    parser.add_argument("--concurrency", "-c", type=int, help="processes (default: the pool's own)")
    parser.add_argument("--max-memory-mb", type=int, help="replace a child past this resident size")
    parser.add_argument("--loglevel", "-l", default=os.environ.get("CRISIS_WORKER_LOGLEVEL", "info"))
    parser.add_argument("--print", action="store_true", help="print the command instead of running it")
    parser.add_argument(
        "--supervised",
        action="store_true",
        help="run it under config.supervisor: restarted whenever it exits",
    )
    args, extra = parser.parse_known_args(argv)
    command = worker_argv(
        POOLS[args.pool],
        concurrency=args.concurrency,
        max_memory_mb=args.max_memory_mb,
        loglevel=args.loglevel,
        extra=tuple(extra),
    )
    if args.print:
        print(" ".join(command))
        return 0
    if args.supervised:
        return supervise(command, name=f"the {args.pool} worker")
    # The worker replaces this process: signals from the supervisor (Kubernetes, ./run stop) reach
    # Celery itself, which finishes or gives back its tasks on SIGTERM.
    os.execv(command[0], command)  # noqa: S606 - our own argv
    return 0  # not reached


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
