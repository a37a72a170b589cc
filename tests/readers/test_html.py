from __future__ import annotations

from presslint.article.readers import read_article

HTML = """<html><head><title>Ignored title</title><script>var a = "Secretary General";</script></head>
<body><h1>OSCE chief visits</h1>
<p>Helga Schmid, the <em>Secretary-General</em>, met officials &amp; experts.</p>
<figure><img src="a.jpg"><figcaption>Schmid in Astana. Photo: OSCE.</figcaption></figure>
<blockquote><p>We are proud.</p></blockquote>
<p>Unclosed paragraph, read to the end.
</body></html>
"""


def test_html_blocks_point_into_the_source() -> None:
    article = read_article(HTML, "a.html")
    got = [(b.kind.value, b.text) for b in article.blocks if b.parent is None]
    assert got == [
        ("headline", "OSCE chief visits"),
        ("paragraph", "Helga Schmid, the Secretary-General, met officials & experts."),
        ("caption", "Schmid in Astana."),
        ("boilerplate", "Photo: OSCE."),
        ("quote", "We are proud."),
        ("paragraph", "Unclosed paragraph, read to the end."),
    ]
    paragraph = article.blocks[1]
    start, end = paragraph.source_span(18, 35)
    assert HTML[start:end] == "Secretary-General"
    assert article.lines.position(start) == (3, 26)  # after "<p>Helga Schmid, the <em>"


def test_a_lone_carriage_return_does_not_shift_offsets() -> None:
    """HTMLParser counts lines at "\\n" only: a lone "\\r" must not move later text (found by fuzzing)."""
    text = "\rKazkahstan<p>Kazkahstan\n<div>Kazkahstan"
    (block,) = read_article(text, "article.html").blocks
    assert (block.start, block.end, block.text) == (14, 40, "Kazkahstan\nKazkahstan")
    assert "".join(text[offset] for offset in block.offsets) == block.text
