#!/bin/sh
# Container entrypoint: a fresh multiprocess metrics directory (samples of a previous run of this
# container would be merged into the new one's), then the role's command.
set -e
if [ -n "${PROMETHEUS_MULTIPROC_DIR:-}" ]; then
    rm -rf "${PROMETHEUS_MULTIPROC_DIR:?}"/* 2>/dev/null || true
    mkdir -p "$PROMETHEUS_MULTIPROC_DIR"
fi
exec "$@"
