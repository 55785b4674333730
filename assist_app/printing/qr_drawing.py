"""QR codes drawn as vector squares from the qrcode matrix: the fastest way measured, and sharp at
any printer resolution. Matrices are cached because the same official URLs recur across handouts."""

from __future__ import annotations

from functools import lru_cache

import qrcode
from qrcode.constants import ERROR_CORRECT_M, ERROR_CORRECT_Q
from reportlab.lib.colors import black, white
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

QUIET_ZONE = 4  # modules of white around the symbol, as the standard asks
ECC = {"M": ERROR_CORRECT_M, "Q": ERROR_CORRECT_Q}


@lru_cache(maxsize=512)
def qr_matrix(text: str, ecc: str = "Q") -> tuple[tuple[bool, ...], ...]:
    """Rows of dark (True) modules, without the quiet zone. All-digit text gets numeric mode."""
    code = qrcode.QRCode(error_correction=ECC[ecc], border=0)
    code.add_data(text)
    code.make(fit=True)
    return tuple(tuple(row) for row in code.get_matrix())


def qr_version(text: str, ecc: str = "Q") -> int:
    return (len(qr_matrix(text, ecc)) - 17) // 4


@lru_cache(maxsize=512)
def _module_path(text: str, ecc: str) -> str:
    """PDF path operators filling the dark modules, one rectangle per run of dark modules in a
    row, in module units with y growing downwards. Made once per text: formatting thousands of
    coordinates was most of the time a handout took."""
    operators = []
    for r, row in enumerate(qr_matrix(text, ecc)):
        c = 0
        while c < len(row):
            if row[c]:
                start = c
                while c < len(row) and row[c]:
                    c += 1
                operators.append(f"{start} {r} {c - start} 1 re")
            else:
                c += 1
    return "\n".join([*operators, "f"])


def draw_qr(canvas: Canvas, text: str, x: float, y: float, size: float, ecc: str = "Q") -> None:
    """Draw the symbol with its quiet zone in a ``size``-point square whose lower-left is (x, y)."""
    count = len(qr_matrix(text, ecc)) + 2 * QUIET_ZONE
    module = size / count
    canvas.saveState()
    canvas.setFillColor(white)
    canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.setFillColor(black)
    # Module units from the symbol's top-left corner, rows downwards as in the matrix.
    canvas.transform(module, 0, 0, -module, x + QUIET_ZONE * module, y + size - QUIET_ZONE * module)
    canvas.addLiteral(_module_path(text, ecc))
    canvas.restoreState()


class QrFlowable(Flowable):
    """A QR code (with its quiet zone) as a square flowable of ``size`` points."""

    def __init__(self, text: str, size: float, ecc: str = "Q") -> None:
        super().__init__()
        self.text, self.size, self.ecc = text, size, ecc
        self.width = self.height = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        draw_qr(self.canv, self.text, 0, 0, self.size, self.ecc)
