"""`assist-app handout`, `outage-kit`, `resume-code decode` and `keys`: two installations (two data
folders, each with its own keychain) exchange a public key so a code printed by one verifies on
the other. Exit codes: 0 ok, 1 bad data (with the reason), 2 usage."""

from __future__ import annotations

import io
import json
from pathlib import Path

import keyring
import pypdfium2 as pdfium
import pytest
from keyring.backends.fail import Keyring as NoKeyring

from assist_app.__main__ import main
from assist_app.printing import parse_form_code
from assist_app.resume.reading import code_from_pdf, codes_in_image
from assist_app.security.memory_keyring import MemoryKeyring
from assist_app.security.recovery_key import format_recovery_key


class Computer:
    """A data folder and the OS keychain of the computer it lives on."""

    def __init__(self, folder: Path, ring) -> None:
        self.folder, self.ring = folder, ring

    def run(self, capsys, *argv: str) -> tuple[int, str, str]:
        keyring.set_keyring(self.ring)
        code = main(["--data-dir", str(self.folder), *argv])
        out, err = capsys.readouterr()
        return code, out, err


@pytest.fixture
def computers(tmp_path, monkeypatch):
    # Each computer's first account (a supervisor) signs the commands in with this PIN.
    monkeypatch.setenv("ASSIST_APP_NEW_PIN", "2468")
    monkeypatch.setenv("ASSIST_APP_PIN", "2468")
    previous = keyring.get_keyring()
    ward = Computer(tmp_path / "ward", MemoryKeyring())
    laptop = Computer(tmp_path / "laptop", MemoryKeyring())
    yield ward, laptop
    keyring.set_keyring(previous)


@pytest.fixture
def printed(computers, capsys, tmp_path):
    """The ward's demo data and the handout of case 1, with its resume code."""
    ward, _ = computers
    assert ward.run(capsys, "account", "first", "--name", "試験 責任者")[0] == 0
    assert ward.run(capsys, "demo", "--residents", "1")[0] == 0
    pdf = tmp_path / "handout.pdf"
    code, out, err = ward.run(capsys, "handout", "1", "-o", str(pdf), "--lang", "en")
    assert code == 0 and err == "" and "with resume code" in out
    return pdf


def test_a_code_signed_by_one_installation_verifies_on_another_after_importing_its_key(
    computers, printed, capsys, tmp_path
):
    ward, laptop = computers
    code, out, err = laptop.run(capsys, "resume-code", "decode", "--pdf", str(printed))
    assert code == 1 and out == ""
    assert err.startswith("assist-app: refused (unknown_signer):") and "keys import" in err
    assert len(err.strip().splitlines()) == 1

    key_file = tmp_path / "ward.key"
    code, out, _ = ward.run(capsys, "keys", "export", "-o", str(key_file), "--label", "ward seat 1")
    assert code == 0 and key_file.exists()
    assert laptop.run(capsys, "keys", "import", str(key_file))[1].startswith("now trusting")
    assert laptop.run(capsys, "keys", "import", str(key_file))[1].startswith("already trusted")
    code, out, _ = laptop.run(capsys, "keys", "list")
    assert code == 0 and "ward seat 1" in out

    code, out, err = laptop.run(capsys, "resume-code", "decode", "--pdf", str(printed))
    assert code == 0 and err == ""
    content = json.loads(out)
    assert content["status"] == "verified" and content["case_id"] == 1
    assert content["signer"] == {"key_id": content["signer"]["key_id"], "label": "ward seat 1", "own": False}
    case = json.loads(ward.run(capsys, "case", "show", "1", "--format", "json")[1])
    assert content["catalog_id"] == case["summary"]["catalog_id"]
    assert content["event_date"] == case["summary"]["event_date"]
    printed_steps = {s["procedure_id"]: s["status"] for s in content["steps"]}
    assert printed_steps == {
        i["procedure_id"]: i["status"] for i in case["items"] if i["applies"] != "no_longer"
    }
    # On the ward itself the code is its own.
    code, out, _ = ward.run(capsys, "resume-code", "decode", "--pdf", str(printed))
    assert code == 0 and json.loads(out)["signer"]["own"] is True


def test_decode_reads_typed_digits_and_images_and_refuses_with_the_reason(
    computers, printed, capsys, tmp_path
):
    ward, _ = computers
    digits = code_from_pdf(printed)
    # As a keyboard-wedge scanner types it with a Japanese IME on: full-width digits, a line break.
    typed = digits[:50].translate(str.maketrans("0123456789", "０１２３４５６７８９")) + digits[50:] + "\n"
    code, out, _ = ward.run(capsys, "resume-code", "decode", typed)
    assert code == 0 and json.loads(out)["case_id"] == 1

    image = tmp_path / "photo.png"
    document = pdfium.PdfDocument(str(printed))
    document[0].render(scale=200 / 72).to_pil().save(image)
    document.close()
    code, out, _ = ward.run(capsys, "resume-code", "decode", "--image", str(image))
    assert code == 0 and json.loads(out)["case_id"] == 1

    typo = digits[:30] + str((int(digits[30]) + 1) % 10) + digits[31:]
    for text, reason in [
        (typo, "damaged"),
        (digits[:-15], "truncated"),
        ("https://www.example.jp/", "wrong_format"),
    ]:
        code, out, err = ward.run(capsys, "resume-code", "decode", text)
        assert (code, out) == (1, "")
        assert err.startswith(f"assist-app: refused ({reason}):") and len(err.strip().splitlines()) == 1
    not_image = tmp_path / "notes.png"
    not_image.write_text("見本 花子")
    code, _, err = ward.run(capsys, "resume-code", "decode", "--image", str(not_image))
    assert code == 1 and "refused (no_code)" in err and "見本" not in err


@pytest.mark.parametrize("argv", [["decode"], ["decode", "123", "--image", "x.png"], ["encode"]])
def test_decode_usage_errors_exit_2(computers, capsys, argv):
    ward, _ = computers
    with pytest.raises(SystemExit) as exited:
        ward.run(capsys, "resume-code", *argv)
    assert exited.value.code == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


def test_handout_options_history_and_errors(computers, printed, capsys, tmp_path):
    ward, _ = computers
    large = tmp_path / "large.pdf"
    assert ward.run(capsys, "handout", "1", "-o", str(large), "--large", "--lang", "easy_ja")[0] == 0
    normal = tmp_path / "normal.pdf"
    assert ward.run(capsys, "handout", "1", "-o", str(normal), "--no-large", "--lang", "easy_ja")[0] == 0
    pages = [len(pdfium.PdfDocument(str(p))) for p in (large, normal)]
    assert pages[0] > pages[1]
    history = json.loads(ward.run(capsys, "case", "show", "1", "--format", "json")[1])["history"]
    printed_entries = [h for h in history if h["action"] == "printed"]
    assert [(h["detail"]["lang"], h["detail"]["large"]) for h in printed_entries[1:]] == [
        ("easy_ja", True),
        ("easy_ja", False),
    ]
    assert printed_entries[0]["helper"] is not None

    code, _, err = ward.run(capsys, "handout", "999", "-o", str(tmp_path / "x.pdf"))
    assert code == 1 and len(err.strip().splitlines()) == 1 and not (tmp_path / "x.pdf").exists()
    with pytest.raises(SystemExit) as exited:
        ward.run(capsys, "handout", "1", "-o", str(tmp_path / "x.pdf"), "--lang", "fr")
    assert exited.value.code == 2


def test_handout_without_a_keychain_still_prints_and_says_why(
    computers, printed, capsys, tmp_path, monkeypatch
):
    """The keychain is gone and no passphrase was set: the recovery key opens the database, but the
    signing key stayed in the lost keychain, so the handout goes out without a resume code."""
    ward, _ = computers
    [stored] = [v for (_, name), v in ward.ring.secrets.items() if name.startswith("database-key")]
    ward.ring = NoKeyring()
    monkeypatch.setattr("sys.stdin", io.StringIO(format_recovery_key(bytes.fromhex(stored)) + "\n"))
    out_file = tmp_path / "no-code.pdf"
    code, out, err = ward.run(capsys, "--recovery-key", "handout", "1", "-o", str(out_file))
    assert code == 0 and "with resume code" not in out
    assert "assist-app: warning: printed without a resume code: No keychain" in err
    document = pdfium.PdfDocument(str(out_file))
    codes = codes_in_image(document[0].render(scale=150 / 72).to_pil())
    document.close()
    assert codes and not any(c.isdigit() for c in codes)  # official pages only


def test_outage_kit_command(computers, capsys, tmp_path):
    ward, _ = computers
    kit = tmp_path / "kit.pdf"
    code, out, _ = ward.run(capsys, "outage-kit", "-o", str(kit), "--event", "birth", "--lang", "en")
    assert code == 0 and "birth" in out
    document = pdfium.PdfDocument(str(kit))
    forms = [parse_form_code(t) for page in document for t in codes_in_image(page.render(scale=2).to_pil())]
    document.close()
    assert {(f.catalog_id, f.sheet) for f in forms} == {
        ("birth", "intake"),
        ("birth", "checklist"),
        ("general", "consent"),
        ("general", "handout"),
    }
    code, _, err = ward.run(capsys, "outage-kit", "-o", str(tmp_path / "none.pdf"), "--event", "moving")
    assert code == 1 and "moving" in err and not (tmp_path / "none.pdf").exists()


def test_importing_a_changed_key_file_is_refused(computers, capsys, tmp_path):
    ward, laptop = computers
    key_file = tmp_path / "ward.key"
    ward.run(capsys, "keys", "export", "-o", str(key_file))
    data = json.loads(key_file.read_text())
    data["key_id"] = "00000000"
    key_file.write_text(json.dumps(data))
    code, out, err = laptop.run(capsys, "keys", "import", str(key_file))
    assert (code, out) == (1, "") and "key id does not match" in err
    assert "no imported keys" in laptop.run(capsys, "keys", "list")[1]
