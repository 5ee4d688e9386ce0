"""The demo: a generated crisis scenario, a local "world" speaking the real APIs of the polled
sources, local notification sinks, the demo tenant's configuration and the simulator.

`scenario.py` and `wire.py` are pure Python (no Django) so the world server and the tests can use
them anywhere; `seed.py` and the management commands run inside Django.
"""
