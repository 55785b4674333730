"""Finding and adding residents as the signed-in helper, for the pages that pick a resident (the
new-case wizard, a case made again from paper, a paper sheet entered)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from assist_app.gui.context import AppContext

if TYPE_CHECKING:
    from assist_app.services.views import ConsentInput, ResidentInput, ResidentView


class ResidentSearchAs:
    """The resident service seen through the signed-in helper; nothing while the app is locked."""

    def __init__(self, context: AppContext) -> None:
        self._context = context

    def search(self, query: str, limit: int = 20) -> list[ResidentView]:
        actor = self._context.helper.actor
        return self._context.core.residents.search(actor, query, limit) if actor else []

    def add_resident(self, data: ResidentInput, consent: ConsentInput) -> ResidentView:
        from assist_app.messages.cases import SIGN_IN_AGAIN
        from assist_app.services.errors import AccessDenied

        actor = self._context.helper.actor
        if actor is None:
            raise AccessDenied(SIGN_IN_AGAIN(), "sign_in", None)
        return self._context.core.residents.add_resident(actor, data, consent)
