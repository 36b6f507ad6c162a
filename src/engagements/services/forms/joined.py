"""A database bound to a transaction already open, so several services write as one."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from sqlalchemy.orm import Session

from engagements.services.database import Database

T = TypeVar("T")


class JoinedTransaction(Database):
    """The same database bound to a transaction already open: a service called with it
    writes into that transaction, so the request and the used form commit together."""

    # Services that send a write down a pipeline in a transaction of its own (booking a
    # session on PostgreSQL) write statement by statement into this one instead.
    joins_open_transaction = True

    def __init__(self, db: Database, session: Session) -> None:
        super().__init__(db.engine, read_only=db.read_only, actor=db.actor, catalog=db.catalog)
        self._session = session

    # Extra arguments (such as a required role) were checked when the outer one began.
    @contextmanager
    def reading(self, *_: object, **__: object) -> Iterator[Session]:
        yield self._session

    @contextmanager
    def writing(self, *_: object, **__: object) -> Iterator[Session]:
        yield self._session

    def write(self, use_case: Callable[[Session], T], *_: object, **__: object) -> T:
        return use_case(self._session)
