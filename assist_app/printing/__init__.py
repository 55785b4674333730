"""Printed paper: the resident's handout and the outage kit, as PDF bytes (ReportLab, no Qt)."""

from assist_app.printing.batch import write_handouts
from assist_app.printing.form_codes import FormCode, parse_form_code
from assist_app.printing.handout import HandoutJob, PrintingError, build_handout, open_steps
from assist_app.printing.outage_kit import build_outage_kit

__all__ = [
    "FormCode",
    "HandoutJob",
    "PrintingError",
    "build_handout",
    "build_outage_kit",
    "open_steps",
    "parse_form_code",
    "write_handouts",
]
