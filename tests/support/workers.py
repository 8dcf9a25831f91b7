"""A real Celery worker process for the tests that prove the worker path (started by tests/conftest.py)."""

import re
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from config.celery import app


def wait_until(predicate: Callable[[], Any], *, timeout: float = 30.0, interval: float = 0.1, what: str = "") -> Any:
    """Poll `predicate` until it returns something truthy; fail the test after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        result = predicate()
        if result:
            return result
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout:.0f}s waiting for {what or predicate!r}")
        time.sleep(interval)


@dataclass
class CeleryWorker:
    """A `celery -A config worker` process consuming the test database and the test broker."""

    process: subprocess.Popen[bytes]
    hostname: str
    queue: str
    outbox_dir: Path
    log_path: Path

    def sent_email_files(self) -> list[Path]:
        """The emails the worker process wrote with the file backend (one file per message sent)."""
        return sorted(path for path in self.outbox_dir.iterdir() if path.is_file())

    def log_position(self) -> int:
        return self.log_path.stat().st_size

    def tasks_received_since(self, position: int, task_name: str) -> int:
        """How many `task_name` messages the worker logged receiving after `log_position()` was taken."""
        with self.log_path.open("rb") as log:
            log.seek(position)
            text = log.read().decode(errors="replace")
        # Celery logs "Task registry.tasks.deliver_email[<task id>] received" for each message.
        return len(re.findall(rf"Task {re.escape(task_name)}\[[^\]]+\] received", text))

    def log_tail(self, lines: int = 40) -> str:
        return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])

    def ping(self, timeout: float = 1.0) -> bool:
        return bool(app.control.ping(destination=[self.hostname], timeout=timeout))
