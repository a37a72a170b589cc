"""Bad input: each case gives its exact message and exit code, and the other files are still checked.

Every case runs beside ``good.txt`` (the seed article, which has known errors): its
findings must be in the same report, so one bad file never hides the rest.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import SEED

Run = Callable[..., tuple[int, str, str]]
GOOD_ERRORS = 4  # error-level findings of the seed article: two names, two caption dates


def _write(data: bytes) -> Callable[[Path], None]:
    return lambda path: path.write_bytes(data)


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _sparse(size: int) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        with open(path, "wb") as handle:
            handle.truncate(size)

    return make


def _dangling(path: Path) -> None:
    path.symlink_to(path.parent / "nowhere.txt")


SOUP = b"<html><body><p>Unclosed <b>bold <i>text</p><div><p>The minister visited Kazkahstan.\n<table><tr><td>cell"
MARKDOWN = (
    b"# Title\n\n- item one\n  - nested Kazkahstan item\n    1. deeper\n\n| a | b |\n|---|---|\n| Kazkahstan | x |\n\n"
    b"```\nKazkahstan in code\n```\n\n    indented Kazkahstan code\n\nInline `Kazkahstan` code.\n"
)
WORD_EXPORT = (
    b'<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><!--[if gte mso 9]><xml>\n'
    b"<w:WordDocument><w:View>Normal</w:View></w:WordDocument></xml><![endif]-->\n"
    b"<style><!-- p.MsoNormal {margin:0cm} --></style></head><body lang=EN-GB>\n"
    b"<p class=MsoListParagraph><![if !supportLists]><span>1.<span>&nbsp;</span></span><![endif]>"
    b"The Kazkahstan delegation<o:p></o:p></p>\n"
    b"<p class=MsoNormal>A <![a](b.png) pasted image.</p>\n<p>Talks with Kazkahstan.</p>\n</body></html>\n"
)
CMS_MARKED = b"<p>A<![CDATA[x > y]]> z</p>\n<p><!--[if IE]>old<![endif]-->]]><!><? x ?> Kazkahstan.</p>\n<!-- open"
NESTED = b"<div><blockquote>" * 10_000 + b"Kazkahstan" + b"</blockquote></div>" * 10_000
MIXED_ENDINGS = b"Headline\r\n\r\nFirst line.\rThe Kazkahstan talks.\n\r\nLast Kazkahstan line.\r\n"
MIXED_HTML = b"<h1>Headline</h1>\r<p>First\r\nKazkahstan</p>\n\r<p>Then\rKazkahstan</p>"
# name, how to make it, the error or notice line (None: none), skipped, findings as (line, column, match)
CASES: list[tuple[str, Callable[[Path], None], str | None, bool, list[tuple[int, int, str]]]] = [
    (
        "windows-1252.txt",
        _write("Headline\n\nLe café est fermé.\n".encode("cp1252")),
        "windows-1252.txt:3: not valid UTF-8 at byte 16 (0xe9); save the file as UTF-8",
        False,
        [],
    ),
    ("report.pdf", _write(b"%PDF-1.4\n\x00\x01\x02binary"), "report.pdf: binary file (NUL bytes), skipped", True, []),
    ("empty.txt", _write(b""), None, False, []),
    ("blank.txt", _write(b"   \n\n\t \n\r\n"), None, False, []),
    (
        "nul-bytes.txt",
        _write(b"Hello world.\n" * 1000 + b"bad\x00byte\n"),
        "nul-bytes.txt:1001: binary file (NUL bytes), skipped",
        True,
        [],
    ),
    (
        "front-matter.md",
        _write(b"---\ntitle: [unclosed\n---\nBody text.\n"),
        "front-matter.md:3: invalid YAML: while parsing a flow sequence; expected ',' or ']', but got '<stream end>'",
        False,
        [],
    ),
    ("soup.html", _write(SOUP), None, False, [(1, 73, "Kazkahstan")]),
    ("edge.md", _write(MARKDOWN), None, False, [(4, 12, "Kazkahstan"), (9, 3, "Kazkahstan")]),  # code: never
    ("word-export.html", _write(WORD_EXPORT), None, False, [(4, 96, "Kazkahstan"), (6, 15, "Kazkahstan")]),
    ("marked-sections.html", _write(CMS_MARKED), None, False, [(2, 45, "Kazkahstan")]),
    ("nested.html", _write(NESTED), None, False, [(1, 170_001, "Kazkahstan")]),
    ("mixed-endings.txt", _write(MIXED_ENDINGS), None, False, [(4, 5, "Kazkahstan"), (6, 6, "Kazkahstan")]),
    ("mixed-endings.md", _write(MIXED_ENDINGS), None, False, [(4, 5, "Kazkahstan"), (6, 6, "Kazkahstan")]),
    ("mixed-endings.html", _write(MIXED_HTML), None, False, [(3, 1, "Kazkahstan"), (6, 1, "Kazkahstan")]),
    ("pipe.txt", _fifo, "pipe.txt: not a regular file, skipped", True, []),
    (
        "export.txt",
        _sparse(100_000_000),
        "export.txt: 100.0 MB, over the 10 MB limit for one article; skipped (see --max-size)",
        True,
        [],
    ),
    ("dangling.txt", _dangling, "dangling.txt: no such file", False, []),
]


@pytest.mark.parametrize(("name", "make", "problem", "skipped", "expected"), CASES, ids=[case[0] for case in CASES])
def test_bad_input_is_reported_and_the_rest_still_checked(
    isolated: Path,
    run_cli: Run,
    name: str,
    make: Callable[[Path], None],
    problem: str | None,
    skipped: bool,
    expected: list[tuple[int, int, str]],
) -> None:
    (isolated / "good.txt").write_bytes(SEED.read_bytes())
    make(isolated / name)
    code, out, err = run_cli("check", "--no-config", "--format", "json", name, "good.txt")
    report = json.loads(out)
    errors = [(entry["message"], entry["skipped"]) for entry in report["errors"]]
    assert errors == ([(problem, skipped)] if problem else [])
    assert err.splitlines() == ([problem] if problem else [])  # one line, never a traceback
    found = [(f["line"], f["column"], f["match"]) for f in report["findings"] if f["path"] == name]
    assert found == expected
    good = [f for f in report["findings"] if f["path"] == "good.txt" and f["severity"] == "error"]
    assert len(good) == GOOD_ERRORS
    assert code == (2 if problem and not skipped else 1)


def test_a_huge_file_is_never_read(tmp_path: Path) -> None:
    huge = tmp_path / "export.txt"
    _sparse(1_000_000_000)(huge)
    program = (
        "import resource, sys\nfrom presslint.cli.main import main\ncode = main(sys.argv[1:])\n"
        "print(code, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)\n"
    )
    command = [sys.executable, "-c", program, "check", "--no-config", str(huge)]
    subprocess.run(command, capture_output=True, check=True)  # a first run may build the rule cache
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    code, peak_mb = done.stdout.split()[-2:]
    assert code == "0"
    assert int(peak_mb) < 400  # the file is 1 GB; reading (and decoding) it would take twice that


def test_max_size_can_be_raised(isolated: Path, run_cli: Run) -> None:
    (isolated / "long.txt").write_text("Headline\n\n" + "The minister visited Kazkahstan.\n\n" * 40_000, "utf-8")
    code, out, _ = run_cli("check", "--no-config", "--max-size", "1", "long.txt")
    assert (code, out.splitlines()[0]) == (
        0,
        "long.txt: 1.4 MB, over the 1 MB limit for one article; skipped (see --max-size)",
    )
    code, _, err = run_cli("check", "--no-config", "--max-size", "none", "long.txt")
    assert (code, err.strip()) == (
        2,
        "presslint: presslint check: argument --max-size: 'none' is not a size in megabytes",
    )


def test_a_line_of_one_megabyte_finishes(tmp_path: Path) -> None:
    words = SEED.read_text(encoding="utf-8").split()
    line = " ".join(words[index % len(words)] for index in range(200_000))[:1_000_000]
    article = tmp_path / "one-line.txt"
    article.write_text(line, encoding="utf-8")  # no line break at all
    done = subprocess.run(
        [sys.executable, "-m", "presslint", "check", "--no-config", "--format", "json", str(article)],
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    report = json.loads(done.stdout)
    assert report["files_checked"] == 1 and report["errors"] == []
    for finding in report["findings"]:
        assert finding["line"] == finding["end_line"] == 1
        assert line[finding["column"] - 1 : finding["end_column"] - 1] == finding["match"]


def test_thousands_of_files(tmp_path: Path, run_cli: Run) -> None:
    folder = tmp_path / "archive"
    for group in range(20):
        (folder / f"{group:02d}").mkdir(parents=True)
        for number in range(150):
            text = f"Story {number}\n\nThe minister visited {'Kazkahstan' if number == 7 else 'Kazakhstan'} today.\n"
            (folder / f"{group:02d}" / f"{number:03d}.txt").write_text(text, encoding="utf-8")
    code, out, _ = run_cli("check", "--no-config", "--format", "json", "--select", "names", str(folder))
    report = json.loads(out)
    assert code == 1
    assert report["files_checked"] == 3000
    assert [Path(f["path"]).relative_to(folder).as_posix() for f in report["findings"]] == [
        f"{group:02d}/007.txt" for group in range(20)
    ]


def test_symlinks_out_of_the_tree_are_not_followed(isolated: Path, run_cli: Run) -> None:
    outside = isolated / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("Headline\n\nKazkahstan.\n", encoding="utf-8")
    archive = isolated / "archive"
    archive.mkdir()
    (archive / "story.txt").write_text("Headline\n\nThe minister visited Kazakhstan.\n", encoding="utf-8")
    (archive / "link.txt").symlink_to(outside / "secret.txt")
    (archive / "linked-folder").symlink_to(outside, target_is_directory=True)
    (archive / "loop").symlink_to(archive, target_is_directory=True)
    code, out, _ = run_cli("check", "--no-config", "--format", "json", "archive")
    report = json.loads(out)
    assert (code, report["files_checked"], report["findings"]) == (0, 1, [])


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads any file")
def test_an_unreadable_file(isolated: Path, run_cli: Run) -> None:
    locked = isolated / "locked.txt"
    locked.write_text("Headline\n\nText.\n", encoding="utf-8")
    locked.chmod(0)
    (isolated / "good.txt").write_bytes(SEED.read_bytes())
    code, out, _ = run_cli("check", "--no-config", "--format", "json", "locked.txt", "good.txt")
    report = json.loads(out)
    assert report["errors"] == [
        {"path": "locked.txt", "message": "locked.txt: cannot read: Permission denied", "skipped": False}
    ]
    assert code == 2


def test_memory_is_flat_over_many_files(tmp_path: Path) -> None:
    """Peak memory with 3,000 articles is within a few MB of that with 300."""
    peaks = []
    for count in (300, 3000):
        folder = tmp_path / str(count)
        folder.mkdir()
        for number in range(count):
            text = f"Story {number}\n\nThe minister visited {'Kazkahstan' if number % 100 == 7 else 'Astana'} today.\n"
            (folder / f"{number:05d}.txt").write_text(text, encoding="utf-8")
        program = (
            "import resource, sys\nfrom presslint.cli.main import main\nmain(sys.argv[1:])\n"
            "sys.stderr.write(str(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss))\n"
        )
        done = subprocess.run(
            [sys.executable, "-c", program, "check", "--no-config", "-j", "1", "--format", "json", str(folder)],
            capture_output=True,
            text=True,
            check=False,
        )
        assert len(json.loads(done.stdout)["findings"]) == count // 100
        peaks.append(int(done.stderr.strip().splitlines()[-1]) / 1024)
    assert peaks[1] - peaks[0] < 15, peaks


def test_a_library_message_over_several_lines_is_reported_on_one(isolated: Path, run_cli: Run) -> None:
    """PyYAML's message for a control character spans two lines; the report never does."""
    (isolated / "a.md").write_text("---\n\x1f---\n---\n\nBody.\n", encoding="utf-8")
    code, out, _ = run_cli("a.md")
    assert code == 2
    assert out.splitlines()[0] == (
        "a.md:2: invalid YAML: unacceptable character #x001f: special characters are not allowed "
        'in "<unicode string>", position 0'
    )


def test_a_paragraph_of_five_megabytes_beside_a_good_article(isolated: Path) -> None:
    words = SEED.read_text(encoding="utf-8").split()
    paragraph = " ".join(words[index % len(words)] for index in range(1_000_000))[:5_000_000]
    (isolated / "one-paragraph.html").write_text(f"<p>{paragraph}</p>\n", encoding="utf-8")
    (isolated / "good.txt").write_bytes(SEED.read_bytes())
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "presslint",
            "check",
            "--no-config",
            "--format",
            "json",
            "one-paragraph.html",
            "good.txt",
        ],
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert (done.returncode, done.stderr) == (1, "")
    report = json.loads(done.stdout)
    assert report["errors"] == [] and report["files_checked"] == 2
    first = paragraph.index("Kazkahstan")
    big = [(f["line"], f["column"], f["match"]) for f in report["findings"] if f["path"] == "one-paragraph.html"]
    assert (1, first + 4, "Kazkahstan") in big
    assert sum(f["path"] == "good.txt" and f["severity"] == "error" for f in report["findings"]) == GOOD_ERRORS


def test_a_fix_never_rewrites_markup(isolated: Path, run_cli: Run) -> None:
    article = isolated / "article.html"
    article.write_text("<p>A <!-- note --> B in Kaz<b>kah</b>stan and Kazkahstan, AT&amp;T.</p>\n", encoding="utf-8")
    code, _, err = run_cli("check", "--no-config", "--fix", "article.html")
    assert err == "presslint: fixed 1 in article.html\n"
    # the double space around the comment and the name across a tag are reported, not rewritten
    assert article.read_text(encoding="utf-8") == (
        "<p>A <!-- note --> B in Kaz<b>kah</b>stan and Kazakhstan, AT&amp;T.</p>\n"
    )
    assert code == 1
