"""The cyclic garbage collector held back while reads build their objects: by a block
(``collector_waiting``) or until the window has shown the answer (``collector_held``),
never for good."""

from __future__ import annotations

import gc
import time

import pytest

from engagements import collector


@pytest.fixture(autouse=True)
def collector_on():
    gc.enable()
    yield
    gc.enable()


def test_a_hold_keeps_the_collector_off_until_released_once():
    release = collector.collector_held()
    assert not gc.isenabled()
    with collector.collector_waiting():  # a read inside the hold
        assert not gc.isenabled()
    assert not gc.isenabled()  # still held
    release()
    assert gc.isenabled()
    with collector.collector_waiting():
        release()  # a second call does not let go of another read's hold
        assert not gc.isenabled()
    assert gc.isenabled()


def test_holds_overlap_and_the_collector_resumes_after_the_last(monkeypatch):
    first, second = collector.collector_held(), collector.collector_held()
    first()
    assert not gc.isenabled()
    second()
    assert gc.isenabled()


def test_a_hold_never_released_ends_by_itself(monkeypatch):
    monkeypatch.setattr(collector, "HELD_AT_MOST_SECONDS", 0.2)
    collector.collector_held()  # its window was closed before the answer came
    assert not gc.isenabled()
    deadline = time.monotonic() + 5
    while not gc.isenabled() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert gc.isenabled()


def test_a_collector_switched_off_before_stays_off():
    gc.disable()
    collector.collector_held()()
    assert not gc.isenabled()
