"""A TCP relay between the application and PostgreSQL that counts round trips and can
add latency, so tests and benchmarks see what a team member in another city meets.

A round trip is one exchange on the wire: the client sends, then waits for the server's
answer before it sends again. The relay counts a new exchange each time data goes to the
server after the server has answered (or for the first data of a connection). Once a
connection is ready, the server has answered when it says so: PostgreSQL ends each answer
the client waits for with ReadyForQuery, and a client in the middle of a pipeline that
needs results so far asks for them (Flush) and waits for them. Statements sent down a
pipeline without waiting between them may get their results while the rest is still
being sent, which is no answer: counting any data back as one made a pipeline several
exchanges on loopback and one across a slow link. During the start-up (TLS refused,
authentication) any data back is an answer. So the count is exact and the same on any
machine. ``one_way_delay`` holds every chunk that long
in each direction (a 50 ms round trip is 0.025 s each way), keeping the order of the
bytes.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.engine import make_url

CHUNK = 65536


# The start-up packets a client may send before its start-up message: SSLRequest and
# GSSENCRequest (8 bytes: the length, then this code), answered by one byte.
_ENCRYPTION_REQUESTS = (80877103, 80877104)
_READY_FOR_QUERY = ord("Z")
_FLUSH = ord("H")


class _Messages:
    """Walks a stream of PostgreSQL messages (a type byte, then a four-byte length that
    counts itself and the body), chunk by chunk: the type of each message begun."""

    def __init__(self) -> None:
        self.header = bytearray()
        self.body_left = 0

    def types_in(self, data: bytes) -> list[int]:
        kinds = []
        at = 0
        while at < len(data):
            if self.body_left:
                step = min(self.body_left, len(data) - at)
                self.body_left -= step
                at += step
                continue
            needed = 5 - len(self.header)
            self.header += data[at : at + needed]
            at += min(needed, len(data) - at)
            if len(self.header) < 5:
                break
            kinds.append(self.header[0])
            self.body_left = int.from_bytes(self.header[1:5], "big") - 4
            self.header.clear()
        return kinds


@dataclass
class _Connection:
    """One client connection: whether the client is waiting for an answer, and what the
    two streams of messages have said."""

    waiting_for_answer: bool = False
    started: bool = False  # the client has sent its start-up message
    startup_left: int = 0  # bytes of the start-up message still to pass over
    ready: bool = False  # the server has said ReadyForQuery once: the start-up is over
    flush_asked: bool = False  # the client asked for the results so far (Flush)
    from_client: _Messages = field(default_factory=_Messages)
    from_server: _Messages = field(default_factory=_Messages)

    def client_sent(self, data: bytes) -> None:
        if not self.started:
            if len(data) < 8:
                return
            length, code = int.from_bytes(data[:4], "big"), int.from_bytes(data[4:8], "big")
            if length == 8 and code in _ENCRYPTION_REQUESTS:
                return
            self.started, self.startup_left = True, length  # the start-up message
        if self.startup_left:
            skipped = min(self.startup_left, len(data))
            self.startup_left -= skipped
            data = data[skipped:]
        if _FLUSH in self.from_client.types_in(data):
            self.flush_asked = True

    def server_answered(self, data: bytes) -> bool:
        """Whether ``data`` from the server answers what the client waits for: the end of
        an answer (ReadyForQuery), results it asked for in a pipeline (Flush), or during
        the start-up anything (TLS refused, authentication)."""
        if not self.started:
            return True  # the one-byte answer to a request for encryption
        kinds = self.from_server.types_in(data)
        answered = False
        if kinds and (self.flush_asked or not self.ready):
            answered, self.flush_asked = True, False
        if _READY_FOR_QUERY in kinds:
            answered = self.ready = True
        return answered


@dataclass
class WireCounts:
    round_trips: int = 0
    connections: int = 0
    bytes_to_server: int = 0
    bytes_to_client: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)


class WireProxy:
    """Relays 127.0.0.1:<port> to the server of ``url``; use as a context manager."""

    def __init__(self, url: str, one_way_delay: float = 0.0) -> None:
        target = make_url(url)
        self.target_host = target.host or "127.0.0.1"
        self.target_port = target.port or 5432
        self.url = url
        self.one_way_delay = one_way_delay
        self.counts = WireCounts()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._server: asyncio.AbstractServer | None = None
        self.port = 0

    def __enter__(self) -> WireProxy:
        self._thread.start()
        self._server = asyncio.run_coroutine_threadsafe(
            asyncio.start_server(self._serve, "127.0.0.1", 0), self._loop
        ).result()
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    def __exit__(self, *_exc: object) -> None:
        async def stop() -> None:
            assert self._server is not None
            self._server.close()
            tasks = [task for task in asyncio.all_tasks() if task is not asyncio.current_task()]
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

        # Connections cut by the stop are expected; asyncio would report each one.
        self._loop.set_exception_handler(lambda _loop, _context: None)

        asyncio.run_coroutine_threadsafe(stop(), self._loop).result()
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)

    @property
    def relayed_url(self) -> str:
        """``url`` pointing at the relay instead of the server."""
        return _relayed(self.url, self.port)

    @contextmanager
    def counting(self) -> Iterator[WireCounts]:
        """Counts of what crosses the wire inside the ``with`` block."""
        before = WireCounts(
            self.counts.round_trips,
            self.counts.connections,
            self.counts.bytes_to_server,
            self.counts.bytes_to_client,
        )
        window = WireCounts()
        yield window
        window.round_trips = self.counts.round_trips - before.round_trips
        window.connections = self.counts.connections - before.connections
        window.bytes_to_server = self.counts.bytes_to_server - before.bytes_to_server
        window.bytes_to_client = self.counts.bytes_to_client - before.bytes_to_client

    async def _serve(
        self, client_reader: asyncio.StreamReader, client_writer: asyncio.StreamWriter
    ) -> None:
        server_reader, server_writer = await asyncio.open_connection(
            self.target_host, self.target_port
        )
        connection = _Connection()
        with self.counts._lock:
            self.counts.connections += 1
        await asyncio.gather(
            self._pipe(client_reader, server_writer, connection, to_server=True),
            self._pipe(server_reader, client_writer, connection, to_server=False),
            return_exceptions=True,
        )
        for writer in (client_writer, server_writer):
            writer.close()

    async def _pipe(
        self,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        connection: _Connection,
        to_server: bool,
    ) -> None:
        queue: asyncio.Queue[tuple[float, bytes]] = asyncio.Queue()
        sender = asyncio.ensure_future(self._deliver(queue, writer))
        try:
            while data := await reader.read(CHUNK):
                self._count(connection, to_server, data)
                queue.put_nowait((time.monotonic() + self.one_way_delay, data))
        finally:
            queue.put_nowait((0.0, b""))
            await sender
            if writer.can_write_eof():
                writer.write_eof()

    def _count(self, connection: _Connection, to_server: bool, data: bytes) -> None:
        with self.counts._lock:
            if to_server:
                connection.client_sent(data)
                self.counts.bytes_to_server += len(data)
                if not connection.waiting_for_answer:
                    self.counts.round_trips += 1
                    connection.waiting_for_answer = True
            else:
                self.counts.bytes_to_client += len(data)
                if connection.server_answered(data):
                    connection.waiting_for_answer = False

    @staticmethod
    async def _deliver(
        queue: asyncio.Queue[tuple[float, bytes]], writer: asyncio.StreamWriter
    ) -> None:
        while True:
            due, data = await queue.get()
            if not data:
                return
            pause = due - time.monotonic()
            if pause > 0:
                await asyncio.sleep(pause)
            writer.write(data)
            await writer.drain()


class _SharedCountsProxy(WireProxy):
    """The relay of ``RelayProcess``: each count also written, as it is made, to memory
    the measuring process reads."""

    def __init__(self, url: str, one_way_delay: float, shared: Any) -> None:
        super().__init__(url, one_way_delay)
        self._shared = shared

    def _count(self, connection: _Connection, to_server: bool, data: bytes) -> None:
        super()._count(connection, to_server, data)
        with self._shared.get_lock():
            counts = self.counts
            self._shared[:] = [
                counts.round_trips,
                counts.connections,
                counts.bytes_to_server,
                counts.bytes_to_client,
            ]

    def publish_connections(self) -> None:
        with self._shared.get_lock():
            self._shared[1] = self.counts.connections


def _relay_in_child(url: str, one_way_delay: float, shared: Any, pipe: Any) -> None:
    proxy = _SharedCountsProxy(url, one_way_delay, shared)
    with proxy:
        pipe.send(proxy.port)
        with contextlib.suppress(EOFError, OSError):
            while True:  # until the measuring process closes its end or asks to stop
                if pipe.recv() == "connections":
                    proxy.publish_connections()
                    pipe.send("ok")


class RelayProcess:
    """``WireProxy`` run in a process of its own, with the same ``relayed_url`` and
    ``counting``.

    A network's latency costs the client's processor nothing: the kernel holds the
    packets. A relay thread inside the measured process does cost it: copying each
    answer chunk by chunk, it waits for Python's interpreter lock at every chunk while
    the application's threads hold it (taking apart the answer, painting), and so adds
    delay that grows with the client's own work. The benchmarks measure the window with
    the relay in another process, as ``tc netem`` would have been."""

    def __init__(self, url: str, one_way_delay: float = 0.0) -> None:
        self.url = url
        self.one_way_delay = one_way_delay
        self.port = 0
        self._process: Any = None
        self._pipe: Any = None
        self._shared: Any = None

    def __enter__(self) -> RelayProcess:
        import multiprocessing

        context = multiprocessing.get_context("spawn")  # nothing of Qt or the pools
        self._shared = context.Array("q", 4)
        self._pipe, child_end = context.Pipe()
        self._process = context.Process(
            target=_relay_in_child,
            args=(self.url, self.one_way_delay, self._shared, child_end),
            daemon=True,
        )
        self._process.start()
        child_end.close()
        self.port = self._pipe.recv()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._pipe.close()
        self._process.join(5)
        if self._process.is_alive():
            self._process.terminate()
            self._process.join(5)

    @property
    def relayed_url(self) -> str:
        return _relayed(self.url, self.port)

    def _now(self) -> WireCounts:
        self._pipe.send("connections")  # connections made but not yet spoken on
        self._pipe.recv()
        with self._shared.get_lock():
            return WireCounts(*self._shared[:])

    @contextmanager
    def counting(self) -> Iterator[WireCounts]:
        """Counts of what crosses the wire inside the ``with`` block."""
        before = self._now()
        window = WireCounts()
        yield window
        after = self._now()
        window.round_trips = after.round_trips - before.round_trips
        window.connections = after.connections - before.connections
        window.bytes_to_server = after.bytes_to_server - before.bytes_to_server
        window.bytes_to_client = after.bytes_to_client - before.bytes_to_client


def _relayed(url: str, port: int) -> str:
    return make_url(url).set(host="127.0.0.1", port=port).render_as_string(hide_password=False)
