"""Screenshots of the paper screens (handout options, print preview, batch, outage kit, scanning with
a refusal, another helper's case, differences and decisions, a case made again, paper entry, keys),
from a data folder of fictional demo cases, for reviewing them.

Run under Xvfb:  xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python packaging/paper_screenshots.py [OUT]
Writes NN-<screen>-{ja,en}[-large]-<size>.png into OUT (default: a new temporary folder): the paper
part of the screens the GUI tests walk (tests/gui/screens.py), as ``screenshots.py --paper OUT``.
Signing uses an in-memory keychain.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import screenshots  # the script next to this one


def main(argv: list[str]) -> int:
    out = argv[0] if argv else tempfile.mkdtemp(prefix="assist-paper-shots-")
    return screenshots.main(["--paper", out])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
