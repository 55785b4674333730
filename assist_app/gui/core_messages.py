"""The core's messages (assist_app.messages) in the interface language.

Each template is looked up in the translations under the context ``CoreMessages`` (lupdate is
handed every template by packaging/update_translations.py, so none is spelled out here), then
filled in with the message's values: nested messages the same way, words by their labels.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from assist_app.messages import CONTEXT, Message, Word


def translated(message: Message) -> str:
    return message.render(_translate, _word)


def _translate(template: str) -> str:
    return QCoreApplication.translate(CONTEXT, template)


def _word(word: Word) -> str:
    from assist_app.gui.labels import event_label, status_label

    if word.kind == "life_event":
        return event_label(word.value)
    if word.kind == "status":
        return status_label(word.value)
    if word.kind == "role":
        from assist_app.gui.sign_in_page import role_label

        return role_label(word.value)
    return word.value
