"""The recovery sheet: one A4 page with the database's recovery key as text and as a QR code.

Printed (or saved) at set-up and kept away from the computer, it opens the encrypted database and
its backups when the keychain and the passphrase are both lost. Japanese first, English below, as
the staff who keep it read either. The key is set in Courier, where every character is distinct.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.colors import black
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Frame

from assist_app.printing.fonts import BOLD, REGULAR, register_fonts
from assist_app.printing.line_breaking import Paragraph
from assist_app.printing.qr_drawing import draw_qr
from assist_app.printing.styles import GREY, RULE, paragraph_styles

MARGIN = 18 * mm
QR_SIZE = 55 * mm
KEY_FONT, KEY_SIZE = "Courier-Bold", 17


@dataclass(frozen=True)
class RecoverySheet:
    recovery_key: str  # "XXXX-XXXX-…", 14 groups
    key_id: str  # the fingerprint in the key file, to match sheet and database
    data_folder: str
    made_on: dt.date


WHAT_JA = (
    "このシートには、手続きアシストのデータベースを開くための<b>回復キー</b>が書かれています。"
    "データベースには住民の個人情報が暗号化して保存されており、通常はこのパソコンのキーチェーン"
    "またはパスフレーズで開きます。それらが使えなくなったとき（パソコンの交換、キーチェーンの削除、"
    "パスフレーズを忘れた場合など）に、このキーでデータベースとそのバックアップを開けます。"
)
WHAT_EN = (
    "This sheet holds the <b>recovery key</b> of a Procedure Assist database. The database keeps "
    "residents' personal data encrypted and is normally opened through this computer's keychain or a "
    "passphrase. When neither works (new computer, keychain deleted, passphrase forgotten), this key "
    "opens the database and its backups."
)
USE_JA = (
    "使い方：アプリの「回復キーを使う」でキーを入力するか、QRコードをスキャナーで読み取ります。"
    "コマンドでは <font face='Courier'>assist-app --recovery-key</font> と入力し、"
    "キーを求められたら入力します。"
)
USE_EN = (
    "To use it: choose “Use the recovery key” in the app and type the key or scan the QR code; on the "
    "command line run <font face='Courier'>assist-app --recovery-key</font> and type the key when asked."
)
KEEP_JA = (
    "<b>保管：</b>パソコンとは別の、鍵のかかる場所（事務所の金庫など）に保管してください。"
    "このシートとデータフォルダーの写しがあれば、誰でも住民のデータを読めます。"
    "写真に撮ったり、このパソコンに保存したりしないでください。"
)
KEEP_EN = (
    "<b>Keep it</b> locked away from the computer (an office safe, for example). Anyone with this sheet "
    "and a copy of the data folder can read the residents' data: do not photograph it or keep it on "
    "this computer."
)


@functools.cache
def _style(lang: str, name: str) -> ParagraphStyle:
    # made once: the paragraph keeps what it parsed by style (see line_breaking)
    return ParagraphStyle(f"{name}-{lang}", parent=paragraph_styles(False, lang)[name], spaceAfter=2.5 * mm)


def _paragraphs(canvas: Canvas, texts: list[tuple[str, str, str]], top: float, width: float) -> None:
    flowables = [Paragraph(text, _style(lang, name)) for text, lang, name in texts]
    frame = Frame(MARGIN, MARGIN + 12 * mm, width, top - MARGIN - 12 * mm, showBoundary=0, leftPadding=0)
    frame.addFromList(flowables, canvas)


def build_recovery_sheet(sheet: RecoverySheet) -> bytes:
    """The PDF bytes of the sheet."""
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=True)
    canvas.setTitle("Recovery key — Procedure Assist")
    width, height = A4
    inner = width - 2 * MARGIN
    y = height - MARGIN - 8 * mm
    canvas.setFont(BOLD, 18)
    canvas.drawString(MARGIN, y, "手続きアシスト　回復キー")
    canvas.setFont(REGULAR, 12)
    canvas.setFillColor(GREY)
    canvas.drawString(MARGIN, y - 7 * mm, "Procedure Assist — database recovery key")
    canvas.setFillColor(black)

    groups = sheet.recovery_key.split("-")
    lines = ["  ".join(groups[i : i + 4]) for i in range(0, len(groups), 4)]
    box_top = y - 14 * mm
    box_height = QR_SIZE + 6 * mm
    canvas.setStrokeColor(RULE)
    canvas.roundRect(MARGIN, box_top - box_height, inner, box_height, 3 * mm, stroke=1, fill=0)
    draw_qr(
        canvas, sheet.recovery_key, width - MARGIN - QR_SIZE - 3 * mm, box_top - box_height + 3 * mm, QR_SIZE
    )
    canvas.setFont(KEY_FONT, KEY_SIZE)
    line_y = box_top - 14 * mm
    for line in lines:
        canvas.drawString(MARGIN + 6 * mm, line_y, line)
        line_y -= 11 * mm
    canvas.setFont(REGULAR, 9)
    canvas.setFillColor(GREY)
    canvas.drawString(
        MARGIN + 6 * mm, box_top - box_height + 6 * mm, f"キーの識別番号 key fingerprint: {sheet.key_id}"
    )
    canvas.setFillColor(black)

    _paragraphs(
        canvas,
        [
            (WHAT_JA, "ja", "body"),
            (WHAT_EN, "en", "body"),
            (USE_JA, "ja", "body"),
            (USE_EN, "en", "body"),
            (KEEP_JA, "ja", "body"),
            (KEEP_EN, "en", "body"),
            (f"データフォルダー data folder: {escape(sheet.data_folder)}", "en", "small"),
            (f"作成日 made on: {sheet.made_on.isoformat()}", "en", "small"),
        ],
        box_top - box_height - 8 * mm,
        inner,
    )
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
