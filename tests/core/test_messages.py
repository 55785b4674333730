"""The core's messages: declared once as templates, raised with every value they name, never as a
bare English string, and each translated into Japanese."""

from __future__ import annotations

import ast
import datetime as dt
import importlib
import inspect
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from assist_app.messages import CONTEXT, Message, Template, Word, all_templates, message_of, placeholders
from assist_app.messages.cases import MANAGE_ACCOUNTS, SUPERVISOR_ONLY
from assist_app.messages.paper import SHEET_OF_ANOTHER_EVENT

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "assist_app"
TS = ROOT / "resources" / "translations" / "assist_ja.ts"

# The errors whose text is shown to people; every one carries a Message.
BASES = [
    ("assist_app.services.errors", "ServiceError"),
    ("assist_app.storage.database", "DatabaseError"),
    ("assist_app.security.secret_store", "SecretStoreError"),
    ("assist_app.resume.errors", "ResumeCodeRefused"),
    ("assist_app.resume.errors", "CameraUnavailable"),
    ("assist_app.resume.trust", "KeyFileError"),
    ("assist_app.security.pin", "PinError"),
    ("assist_app.catalog.answers", "AnswerError"),
    ("assist_app.config", "ConfigError"),
    ("assist_app.printing.handout", "PrintingError"),
    ("assist_app.storage.encryption", "EncryptionError"),
]


def _user_facing() -> set[str]:
    """The names of the errors whose first argument is their message (the others, such as
    StorageReadOnly(where), make their message themselves and are checked by constructing them)."""
    # Import every core module first, so every subclass is known.
    for path in SOURCE.rglob("*.py"):
        parts = path.relative_to(ROOT).with_suffix("").parts
        if "gui" not in parts and "migrations" not in parts:
            importlib.import_module(".".join(p for p in parts if p != "__init__"))
    names, todo = set(), [getattr(importlib.import_module(m), c) for m, c in BASES]
    while todo:
        cls = todo.pop()
        todo += cls.__subclasses__()
        init = cls.__init__
        first = list(inspect.signature(init).parameters)[1:2] if inspect.isfunction(init) else ["message"]
        if first == ["message"]:
            names.add(cls.__name__)
    return names


def _template_imports(tree: ast.Module) -> dict[str, Template]:
    """Names a module imports from assist_app.messages.<subject>, bound to their templates."""
    found = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("assist_app.messages."):
            module = importlib.import_module(node.module)
            for alias in node.names:
                value = getattr(module, alias.name)
                if isinstance(value, Template):
                    found[alias.asname or alias.name] = value
    return found


def _is_bare_text(node: ast.expr) -> bool:
    """English written at the raise site instead of a template."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return True
    if isinstance(node, ast.JoinedStr | ast.BinOp):
        return True
    return isinstance(node, ast.Call) and (
        (isinstance(node.func, ast.Name) and node.func.id == "str")
        or (isinstance(node.func, ast.Attribute) and node.func.attr == "format")
    )


def _callee(node: ast.Call) -> str:
    func = node.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def _sources():
    for path in sorted(SOURCE.rglob("*.py")):
        if "messages" in path.relative_to(SOURCE).parts or "forms" in path.parts:
            continue
        yield path, ast.parse(path.read_text(encoding="utf-8"))


def test_every_template_has_plain_placeholders_and_is_declared_once():
    templates = all_templates()
    assert len(templates) > 150
    declared = []
    for path in (SOURCE / "messages").glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        declared += [
            node.args[0].value
            for node in ast.walk(tree)
            if isinstance(node, ast.Call) and _callee(node) == "Template" and node.args
        ]
    assert len(declared) == len(set(declared)) == len(templates)
    for template in templates:
        assert template.names == set(placeholders(template.text))
        assert str(template(**dict.fromkeys(template.names, "x")))  # formats with its own values
    with pytest.raises(ValueError):
        Template("{count:d} files")  # a format spec would have to survive translation
    with pytest.raises(ValueError):
        Template("{name!r} is unknown")


def test_a_message_is_its_english_sentence_and_translates_with_its_values():
    message = SUPERVISOR_ONLY(action=MANAGE_ACCOUNTS())
    assert str(message) == "Only a supervisor can manage accounts. Ask a supervisor."
    words = {
        SUPERVISOR_ONLY.text: "{action}は責任者だけができます。",
        MANAGE_ACCOUNTS.text: "アカウントの管理",
    }
    assert message.render(words.get) == "アカウントの管理は責任者だけができます。"
    sheet = SHEET_OF_ANOTHER_EVENT
    event = sheet(case_id=3, case_event=Word("life_event", "death"), sheet_event=Word("life_event", "birth"))
    assert "is for death, but the sheet is for birth" in str(event)  # the command line: the value
    labels = {"death": "Death", "birth": "Birth"}
    assert "is for Death, but the sheet is for Birth" in event.render(word=lambda w: labels[w.value])
    with pytest.raises(TypeError):
        SUPERVISOR_ONLY()  # a missing value is a programming error, at the raise site
    with pytest.raises(TypeError):
        MANAGE_ACCOUNTS(action="x")


def test_errors_carry_their_message_and_read_as_its_english():
    from assist_app.security.database_key import (
        KeychainEntryMissing,
        PassphraseRequired,
        RecoveryKeyMismatch,
        RecoveryKeyRequired,
    )
    from assist_app.security.passphrase_vault import DamagedVault, WeakPassphrase, WrongPassphrase
    from assist_app.security.secret_store import KeychainLocked, NoKeychain, NoSecretService, UnsafeKeychain
    from assist_app.storage import DatabaseDamaged, StorageFull, StorageReadOnly
    from assist_app.storage.backup import BackupFile
    from assist_app.storage.database import StorageUnreadable

    where = Path("/data/assist.sqlite3")
    good = BackupFile(Path("/data/backups/b.sqlite3"), dt.datetime(2026, 11, 2, 9, 30), "daily")
    errors = [
        StorageFull(),
        StorageReadOnly(where),
        StorageReadOnly(where, opening=True),
        StorageReadOnly(where, opened_read_only=True),
        StorageUnreadable(where),
        StorageUnreadable(where, opened_read_only=True),
        DatabaseDamaged(where, ["page 3: bad HMAC"]),
        DatabaseDamaged(where, ["page 3: bad HMAC"], good),
        NoKeychain(),
        NoSecretService(),
        KeychainLocked(),
        UnsafeKeychain("keyrings.alt.file.PlaintextKeyring"),
        KeychainEntryMissing(),
        WrongPassphrase(),
        WeakPassphrase(),
        DamagedVault(),
        RecoveryKeyMismatch(),
        RecoveryKeyRequired(None, key_file_missing=True),
        RecoveryKeyRequired(NoKeychain()),
        RecoveryKeyRequired(None),
        PassphraseRequired(None, first_start=True),
        PassphraseRequired(KeychainLocked(), first_start=False),
    ]
    for error in errors:
        message = message_of(error)
        assert isinstance(message, Message), error
        assert str(error) == str(message) and "{" not in str(error)
    assert "made 2026-11-02 09:30" in str(errors[7])
    # A keychain situation inside another sentence is a message of its own, translated on its own.
    assert message_of(errors[-1]).values["problem"].template is KeychainLocked.situation


def test_no_user_facing_error_is_raised_with_english_written_at_the_raise_site():
    user_facing = _user_facing()
    assert {"NotFound", "AccessDenied", "TruncatedCode", "EntryError", "PinError"} <= user_facing
    bare = []
    for path, tree in _sources():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = _callee(node)
            if name in user_facing and node.args and _is_bare_text(node.args[0]):
                bare.append(f"{path.relative_to(ROOT)}:{node.lineno} {name}")
            if name == "SignIn":  # its message is shown on the sign-in page
                texts = node.args[1:2] + [k.value for k in node.keywords if k.arg == "message"]
                bare += [f"{path.relative_to(ROOT)}:{node.lineno} SignIn" for t in texts if _is_bare_text(t)]
    assert bare == []


def test_every_template_is_filled_with_exactly_its_values_where_it_is_used():
    wrong, used = [], set()
    for path, tree in _sources():
        templates = _template_imports(tree)
        called = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in templates:
                template = templates[node.func.id]
                called.add(id(node.func))
                given = {k.arg for k in node.keywords}
                if node.args or None in given or given != template.names:
                    wrong.append(
                        f"{path.relative_to(ROOT)}:{node.lineno} {template.text!r} given {sorted(given)}"
                    )
        for node in ast.walk(tree):
            if isinstance(node, ast.Name) and node.id in templates:
                used.add(templates[node.id].text)
                # Passed on to be called elsewhere with no values (a phrase, a situation).
                if id(node) not in called and templates[node.id].names:
                    wrong.append(
                        f"{path.relative_to(ROOT)}:{node.lineno} {node.id} passed on with placeholders"
                    )
    assert wrong == []
    assert {t.text for t in all_templates()} - used == set()  # no template left over


def test_every_template_has_a_japanese_translation_with_the_same_placeholders():
    translations = {}
    for context in ET.parse(TS).getroot().iter("context"):
        if context.findtext("name") == CONTEXT:
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is not None and translation.get("type") is None and translation.text:
                    translations[message.findtext("source")] = translation.text
    for template in all_templates():
        assert template.text in translations, template.text
        assert sorted(placeholders(translations[template.text])) == sorted(placeholders(template.text))
