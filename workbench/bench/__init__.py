"""Benchmarks: what privacy, encryption and audit cost on this machine, against their floors.

``workbench bench [--quick] [--json]`` runs them all; docs/performance.md is written from a run.
The loopback echo server used by the benchmarks (and the tests) is here too.
"""

from ._echo import Behaviour, RecordingServer
from ._run import GOALS, SECTIONS, markdown, run

__all__ = ["GOALS", "SECTIONS", "Behaviour", "RecordingServer", "markdown", "run"]
