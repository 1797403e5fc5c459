"""Acceptance over the real corpus in ../shared (run by .ci/run when it is there).

The corpus is not ours and is never copied into the project: this reads it in place,
imports it through the command line into a temporary archive and checks the result
against the corpus's own manifest.

    python -m tests.acceptance ../shared
"""

from __future__ import annotations

import csv
import json
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from desktop.cli.main import main as cli


def _run(*args: str) -> tuple[int, str]:
    import contextlib
    import io

    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        code = cli(list(args))
    return code, buffer.getvalue()


def run(shared: Path) -> int:
    checks: list[tuple[str, Callable[[], bool]]] = []
    with tempfile.TemporaryDirectory() as folder:
        db = str(Path(folder) / "acceptance.sqlite3")
        corpus = shared / "corpus" / "dantri"
        code, out = _run("--db", db, "import", str(shared / "samples"), str(corpus))
        print(out.strip())
        rows = json.loads(_run("--db", db, "list", "--json")[1])
        by_file = {}
        for row in rows:
            shown = json.loads(_run("--db", db, "show", str(row["id"]), "--json")[1])
            by_file[shown["original_name"]] = shown
        manifest = list(
            csv.DictReader((corpus / "manifest.tsv").open(encoding="utf-8"), delimiter="\t")
        )

        checks.append(("import exits 0", lambda: code == 0))
        # 31 articles and SOURCES.md, which is a Markdown file like any other.
        checks.append(("32 files imported", lambda: len(rows) == 32))
        for entry in manifest:
            name, byline, title, date = (
                entry["file"],
                entry["byline"],
                entry["title"],
                entry["date"],
            )
            article = by_file.get(name, {})

            def same_title(a: dict = article, t: str = title) -> bool:
                return a.get("title") == t

            def same_date(a: dict = article, d: str = date) -> bool:
                return a.get("date") == f"{d[:4]}-{d[4:6]}"

            # A credit on the last line has the reporter's name on the line above it
            # (a two-line sign-off, SOURCES.md): that name is the author.
            lines = [line for line in (corpus / name).read_text("utf-8").split("\n") if line]
            above = lines[-2] if len(lines) > 2 else ""

            def credit(a: dict = article, b: str = byline, above: str = above) -> bool:
                if not b:
                    return a.get("author") is None and a.get("source") is None
                if b.startswith("Theo "):
                    return a.get("source") == b[5:] and a.get("author") == above
                if b == "Tổng hợp":
                    return a.get("source") == b and a.get("author") == above
                if b.startswith(("Ảnh:", "Video:", "Clip:")):
                    # A photo credit is never the author; it stays at the end of the body.
                    body = str(a.get("body") or "").rstrip()
                    return a.get("author") == above and body.endswith(f"*{b}*")
                return a.get("author") == b

            checks.append((f"{name}: title", same_title))
            checks.append((f"{name}: date", same_date))
            checks.append((f"{name}: byline {byline!r}", credit))

        def hits(query: str, expected_file: str) -> Callable[[], bool]:
            def check() -> bool:
                found = json.loads(_run("--db", db, "list", "--query", query, "--json")[1])
                return any(by_file.get(expected_file, {}).get("id") == r["id"] for r in found)

            return check

        checks.append(("'thanh hoa' finds the seed", hits("thanh hoa", "seed-article.txt")))
        checks.append(("'Thanh Hóa' finds the seed", hits("Thanh Hóa", "seed-article.txt")))
        checks.append(("'bdbp' finds the seed", hits("bdbp", "seed-article.txt")))
        checks.append(("'dang uy' finds the seed", hits("dang uy", "seed-article.txt")))

        encodings = shared / "corpus" / "encodings"
        code2, out2 = _run("--db", db, "import", str(encodings / "derived"))
        print(out2.strip())
        checks.append(
            (
                "derived encodings are duplicates of news_tech_205",
                lambda: "imported 0, duplicates 4" in out2,
            )
        )
        code3, out3 = _run(
            "--db", db, "import", str(encodings / "real-tcvn3" / "2004-A33.tcvn3.txt")
        )
        tcvn = json.loads(_run("--db", db, "list", "--query", "thông tư liên tịch", "--json")[1])
        checks.append(
            ("real TCVN3 imports and is searchable", lambda: code3 == 0 and len(tcvn) >= 1)
        )
        checks.append(("archive is healthy", lambda: _run("--db", db, "check")[0] == 0))

        passed = failed = 0
        for label, check in checks:
            problem = ""
            try:
                ok = check()
            except Exception as error:  # noqa: BLE001 - report any failure of a check by name
                ok, problem = False, f" ({error})"
            if ok:
                passed += 1
            else:
                failed += 1
                print(f"FAILED: {label}{problem}")
    print(f"acceptance: {passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(run(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared")))
