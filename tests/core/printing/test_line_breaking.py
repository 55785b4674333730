"""Japanese line breaking: no line ends with an opening mark, no text is lost, at any width."""

from __future__ import annotations

import pytest
from reportlab.lib.textsplit import ALL_CANNOT_END
from reportlab.platypus import Paragraph as ReportLabParagraph

from assist_app.printing.line_breaking import Paragraph
from assist_app.printing.styles import paragraph_styles

TEXTS = [
    "期限: 2026年12月1日（火）",  # one font: ReportLab's single-fragment path
    "<b>期限:</b> 2026年12月1日（火）までに届け出ます。",  # several fonts: the fragment path
    "そして「あいう」と（かきくけこ）さしすせそたちつてとなにぬねの「まみむめも」やゆよ【らりるれろ】",
]


def lines_of(paragraph) -> list[str]:
    para = paragraph.blPara
    if para.kind == 0:
        return [line[1][0] if line[1] else "" for line in para.lines]
    return ["".join(getattr(f, "text", "") for f in line.words) for line in para.lines]


def plain(text: str) -> str:
    return text.replace("<b>", "").replace("</b>", "").replace(" ", "")


@pytest.mark.parametrize("text", TEXTS)
def test_no_line_ends_with_an_opening_mark_and_nothing_is_lost(text):
    style = paragraph_styles(True, "ja")["due"]
    fixed = 0
    for width in range(60, 320, 2):
        ours = Paragraph(text, style)
        ours.wrap(width, 10_000)
        lines = lines_of(ours)
        assert "".join(lines).replace(" ", "") == plain(text), width
        assert not [line for line in lines[:-1] if line.rstrip()[-1:] in ALL_CANNOT_END], (width, lines)
        theirs = ReportLabParagraph(text, style)
        theirs.wrap(width, 10_000)
        fixed += any(line.rstrip()[-1:] in ALL_CANNOT_END for line in lines_of(theirs)[:-1])
    assert fixed  # ReportLab alone gets some of these widths wrong: the test would notice


def test_a_closing_mark_still_hangs_rather_than_starting_a_line():
    style = paragraph_styles(False, "ja")["body"]
    paragraph = Paragraph("あいうえおかきくけこ。さしすせそ", style)
    paragraph.wrap(style.fontSize * 10 + 0.5, 1000)
    assert lines_of(paragraph)[0].endswith("。")


def test_every_printed_paper_uses_this_paragraph():
    """A module that takes ReportLab's own Paragraph prints opening marks at line ends again (the
    resident's record did)."""
    import ast
    from pathlib import Path

    import assist_app.printing

    folder = Path(assist_app.printing.__file__).parent
    direct = []
    for path in sorted(folder.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.ImportFrom)
                and (node.module or "").startswith("reportlab")
                and any(alias.name == "Paragraph" for alias in node.names)
                and path.name != "line_breaking.py"
            ):
                direct.append(path.name)
    assert direct == []
