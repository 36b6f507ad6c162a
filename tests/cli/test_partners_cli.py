"""partner add / partner list / demo through the command line, on both databases."""

from __future__ import annotations


def test_partner_add_then_list(cli, db_url):
    added = cli(
        "--db",
        db_url,
        "partner",
        "add",
        "--id",
        "P001",
        "--name",
        "杭州云帆科技有限公司",
        "--edition",
        "enterprise",
        "--start",
        "2026-01-01",
        "--months",
        "12",
        "--json",
    )
    assert added.code == 0, added.stderr
    assert added.json["id"] == "P001"
    listed = cli("partner", "list", "--json", "--db", db_url)
    assert listed.code == 0
    assert listed.json["partners"] == [
        {
            "id": "P001",
            "name": "杭州云帆科技有限公司",
            "edition": "enterprise",
            "start": "2026-01-01",
            "months": 12,
            "term_end": "2026-12-31",
            "calendar": "CN",
            "designated_tam": None,
        }
    ]


def test_duplicate_partner_is_refused_and_writes_nothing(cli, db_url):
    def add(name):
        return cli(
            "--db",
            db_url,
            "partner",
            "add",
            "--id",
            "P001",
            "--name",
            name,
            "--edition",
            "standard",
            "--start",
            "2026-01-01",
            "--months",
            "12",
            "--json",
        )

    assert add("A").code == 0
    again = add("B")
    assert again.code == 3
    assert again.json["error"] == "already_exists"
    assert "P001" in again.stderr
    names = [p["name"] for p in cli("--db", db_url, "partner", "list", "--json").json["partners"]]
    assert names == ["A"]


def test_malformed_date_and_edition_are_usage_errors(cli, db_url):
    bad_date = cli(
        "--db",
        db_url,
        "partner",
        "add",
        "--id",
        "P1",
        "--name",
        "A",
        "--edition",
        "enterprise",
        "--start",
        "2026-13-01",
        "--months",
        "12",
    )
    assert bad_date.code == 2
    assert "2026-13-01" in bad_date.stderr
    bad_edition = cli(
        "--db",
        db_url,
        "partner",
        "add",
        "--id",
        "P1",
        "--name",
        "A",
        "--edition",
        "platinum",
        "--start",
        "2026-01-01",
        "--months",
        "12",
    )
    assert bad_edition.code == 2
    assert cli("--db", db_url, "partner", "list", "--json").json["partners"] == []


def test_demo_fills_every_edition_and_status(cli, db_url):
    result = cli("--db", db_url, "demo", "--json")
    assert result.code == 0, result.stderr
    assert result.json["partners"] == 60
    assert result.json["engagements"] > 300
    partners = cli("--db", db_url, "partner", "list", "--json").json["partners"]
    assert {p["edition"] for p in partners} == {"standard", "commercial", "enterprise"}
    assert len({p["calendar"] for p in partners}) >= 4
    assert any("有限公司" in p["name"] for p in partners)


def test_demo_can_fill_the_same_database_twice(cli, sqlite_url):
    first = cli("--db", sqlite_url, "demo", "--partners", "30", "--json")
    second = cli("--db", sqlite_url, "demo", "--partners", "30", "--seed", "8", "--force", "--json")
    assert (first.code, second.code) == (0, 0), second.stderr
    assert len(cli("--db", sqlite_url, "partner", "list", "--json").json["partners"]) == 60
