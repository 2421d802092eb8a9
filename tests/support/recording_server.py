"""The recording OpenAI-compatible server lives in the package (the benchmarks use it too)."""

from workbench.bench import Behaviour, RecordingServer

__all__ = ["Behaviour", "RecordingServer"]
