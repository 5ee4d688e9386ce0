"""Keep Celery beat running: `python -m config.beat_supervisor [celery beat options]`.

The scheduler (config.beat) survives database and broker outages by itself; this is the backstop
for whatever still ends the process (an out-of-memory kill, a bug, a crash in a library). It runs
`celery -A config beat <options>` as a child, restarts it when it exits (after about 1 s, doubling to at
most 30 s while it keeps dying within a minute of starting), and passes SIGTERM/SIGINT on to it,
waiting for it to exit, so `./run stop` stops both.
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


def main(argv: list[str]) -> int:
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
        proc = subprocess.Popen([CELERY, "-A", "config", "beat", *argv])  # noqa: S603 - our own argv
        child["proc"] = proc
        code = proc.wait()
        if stopping["yes"]:
            return 0
        lived = time.monotonic() - started
        delay = 0.5 if lived > STABLE_AFTER_SECONDS else min(delay * 2, MAX_DELAY_SECONDS)
        print(
            f"beat supervisor: beat exited with {code} after {lived:.0f} s; restarting in {delay:.0f} s",
            file=sys.stderr,
            flush=True,
        )
        end = time.monotonic() + delay
        while time.monotonic() < end and not stopping["yes"]:
            time.sleep(0.2)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
