"""The start-up probe (ASSIST_APP_STARTUP_PROBE=1), for bench/startup_bench.py and the start-up
test: prints when the window is first painted, when the sign-in page is painted, how long the PIN
check took, when today's list is filled, and when the check of every page of the file is done
(``checked``, printed from the worker), each as ``<mark> <unix time> [detail]``; then quits, once
no work is left on the worker.

It signs in as the command line does: $ASSIST_APP_HELPER (or the only account) with
$ASSIST_APP_PIN, through the accounts service the sign-in page uses, and hands the helper to the
page as a good PIN typed there would. Without an account or a PIN it stops at the sign-in page.
By default it signs in the moment the sign-in page is painted; with $ASSIST_APP_PROBE_TYPED_PIN=1
it waits until the rest of the core is open, as a person still typing would, and marks
``pin_entered`` then: what follows is what a helper waits for after pressing Enter.
"""

from __future__ import annotations

import os
import sys
import threading
import time

from PySide6.QtCore import QEvent, QObject, QTimer

from assist_app.gui.background import BackgroundWork

_OUTPUT = threading.Lock()


class StartupProbe(QObject):
    def __init__(self, background: BackgroundWork, quit_app) -> None:
        super().__init__()
        self._background, self._quit_app = background, quit_app
        self._page = self._accounts = None
        self._typing = os.environ.get("ASSIST_APP_PROBE_TYPED_PIN") == "1"
        self._core_open = self._waiting = False

    def mark(self, name: str, detail: str = "") -> None:
        line = f"{name} {time.time():.6f}{' ' + detail if detail else ''}\n"
        # One write under a lock: print() writes the text and the newline apart, so a mark from the
        # worker ("checked") could land inside a line of the GUI thread's.
        with _OUTPUT:
            sys.stdout.write(line)
            sys.stdout.flush()

    def sign_in_when_shown(self, page, accounts) -> None:
        self._page, self._accounts = page, accounts
        page.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._page and event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self.mark("sign_in_shown")
            self._waiting = True
            if not self._typing or self._core_open:
                self._enter()
            # else still typing: Enter comes once the core is open
        return False

    def core_open(self) -> None:
        self._core_open = True
        if self._waiting and self._typing:
            self._enter()

    def _enter(self) -> None:
        self._waiting = False
        if self._typing:
            self.mark("pin_entered")
        QTimer.singleShot(0, self._sign_in)  # once this paint is over, as a person would

    def _sign_in(self) -> None:
        from assist_app.services.account_service import ENV_HELPER, ENV_PIN

        choices = [h.id for h in self._accounts.sign_in_choices()]
        helper, pin = os.environ.get(ENV_HELPER), os.environ.get(ENV_PIN, "")
        helper_id = int(helper) if helper else (choices[0] if len(choices) == 1 else None)
        if helper_id is None or not pin:
            self.finish()
            return
        start = time.perf_counter()
        result = self._accounts.sign_in(helper_id, pin)  # the slow hash, by design
        self.mark("pin_checked", f"ms={(time.perf_counter() - start) * 1000:.1f}")
        if not result.ok:
            print(f"failed sign-in {result.reason}", flush=True)
            self.finish()
            return
        self._page.signed_in.emit(result.actor)

    def list_filled(self, rows: int) -> None:
        self.mark("list_filled", f"rows={rows}")
        self.finish()

    def failed(self, message: str) -> None:
        print(f"failed {message}", flush=True)
        self.finish()

    def finish(self) -> None:
        def stop() -> None:
            self._background.wait()  # no worker left running when the interpreter ends
            self._quit_app()

        QTimer.singleShot(0, stop)
