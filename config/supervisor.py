"""Keep a Celery process running where no orchestrator does it.

    python -m config.supervisor beat -l info -s var/celerybeat-schedule   # celery -A config beat …
    python -m config.supervisor worker -Q eu.ingest,eu.classify -c 2      # celery -A config worker …
    python -m config.pools ingest --supervised                            # one pool's worker, the same

Beat survives database and broker outages by itself (config/beat.py) and a worker reconnects to a
broker that comes back; this is the backstop for whatever still ends the process: an out-of-memory
kill, a bug, a crash in a library. One is known: Celery/kombu 5.7 end a worker whose Redis broker
drops while it holds unacknowledged messages (docs/reliability.md). The supervisor runs the command
as its child, restarts it when it exits (after about 1 s, doubling to at most 30 s while it keeps
dying within a minute of starting) and passes SIGTERM/SIGINT on to it, waiting for it to finish its
warm shutdown, so `./run stop` stops both. Kubernetes runs the pools and the scheduler's beat
without it where its own restart policy does the same (deploy/helm/); docker compose's services
restart by policy too.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

CELERY = str(Path(sys.executable).with_name("celery"))
STABLE_AFTER_SECONDS = 60.0
MAX_DELAY_SECONDS = 30.0


def supervise(command: list[str], *, name: str) -> int:
    """Run `command` until SIGTERM/SIGINT, starting it again whenever it exits; 0 when stopped."""
    stopping = {"yes": False}
    child: dict[str, Any] = {"proc": None}

    def stop(signum: int, _frame: Any) -> None:
        stopping["yes"] = True
        proc = child["proc"]
        if proc is not None and proc.poll() is None:
            proc.send_signal(signum)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    delay = 0.5
    while not stopping["yes"]:
        started = time.monotonic()
        proc = subprocess.Popen(command)  # noqa: S603 - our own argv
        child["proc"] = proc
        code = proc.wait()
        if stopping["yes"]:
            return 0
        lived = time.monotonic() - started
        delay = 0.5 if lived > STABLE_AFTER_SECONDS else min(delay * 2, MAX_DELAY_SECONDS)
        print(
            f"supervisor: {name} exited with {code} after {lived:.0f} s; restarting in {delay:g} s",
            file=sys.stderr,
            flush=True,
        )
        end = time.monotonic() + delay
        while time.monotonic() < end and not stopping["yes"]:
            time.sleep(0.2)
    return 0


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("beat", "worker"):
        print(__doc__, file=sys.stderr)
        return 2
    return supervise([CELERY, "-A", "config", *argv], name=f"celery {argv[0]}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
