"""The wire relay the team benchmarks count round trips with: its count must be exact,
or the benchmark's round-trip figures mean nothing."""

from __future__ import annotations

import time

import psycopg
from team_processes import psycopg_dsn
from wire_proxy import RelayProcess, WireProxy


def test_each_query_is_one_round_trip_and_pipelined_ones_share_it(postgres_url):
    with WireProxy(postgres_url) as proxy:
        with psycopg.connect(psycopg_dsn(proxy.relayed_url), autocommit=True) as connection:
            with proxy.counting() as three:
                for number in range(3):
                    assert connection.execute("SELECT %s::int", [number]).fetchone() == (number,)
            with proxy.counting() as pipelined, connection.pipeline():
                cursors = [connection.execute("SELECT %s::int", [n]) for n in range(5)]
            assert [cursor.fetchone() for cursor in cursors] == [(n,) for n in range(5)]
    assert three.round_trips == 3
    assert three.connections == 0  # the connection was made before counting began
    assert pipelined.round_trips == 1  # five queries, sent without waiting between


def test_a_pipeline_is_one_round_trip_even_when_results_come_back_as_it_is_sent(
    postgres_url,
):
    """On loopback the server answers a pipeline's first statements before the client
    has sent the rest: the client never waited, so it is still one exchange."""
    with WireProxy(postgres_url) as proxy:
        with psycopg.connect(psycopg_dsn(proxy.relayed_url), autocommit=True) as connection:
            with proxy.counting() as pipelined, connection.pipeline():
                cursors = []
                for n in range(20):
                    cursors.append(connection.execute("SELECT %s::int, pg_sleep(0.002)", [n]))
                    time.sleep(0.01)  # the server answers this one before the next is sent
            assert [cursor.fetchone()[0] for cursor in cursors] == list(range(20))
            with proxy.counting() as waited:
                for n in range(3):
                    connection.execute("SELECT %s::int", [n]).fetchone()
    assert pipelined.round_trips == 1
    assert waited.round_trips == 3


def test_a_new_connection_is_counted(postgres_url):
    with WireProxy(postgres_url) as proxy, proxy.counting() as counts:
        with psycopg.connect(psycopg_dsn(proxy.relayed_url)) as connection:
            connection.execute("SELECT 1")
    assert counts.connections == 1
    assert counts.round_trips >= 2  # the start-up handshake, then the query


def test_the_relay_in_its_own_process_counts_the_same(postgres_url):
    """The benchmarks run the relay in another process (its copying must not take the
    measured process's interpreter); its counts must be as exact as the thread's."""
    with RelayProcess(postgres_url, 0.01) as relay:
        with relay.counting() as opening:
            connection = psycopg.connect(psycopg_dsn(relay.relayed_url), autocommit=True)
        with connection, relay.counting() as three:
            for number in range(3):
                assert connection.execute("SELECT %s::int", [number]).fetchone() == (number,)
    assert opening.connections == 1
    assert opening.round_trips >= 2
    assert three.round_trips == 3
    assert three.connections == 0
    assert three.bytes_to_client > 0
