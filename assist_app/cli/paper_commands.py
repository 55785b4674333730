"""`assist-app handout`, `outage-kit`, `resume-code decode` and `keys export|import|list`."""

from __future__ import annotations

import argparse
import socket
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from assist_app.catalog.model import LANGUAGES
from assist_app.cli.output import print_json, print_table
from assist_app.cli.usage import EXIT_BAD_DATA, BadData
from assist_app.config import resolve_data_dir

if TYPE_CHECKING:
    from assist_app.resume import TrustStore, VerifiedResume
    from assist_app.services.core import Core

# ReportLab, cryptography and keyring are imported inside the commands: the other commands
# (and the app's start) should not pay for loading them.


def register(commands: argparse._SubParsersAction) -> None:
    handout = commands.add_parser("handout", help="print a case's handout to a PDF file")
    handout.add_argument("case_id", type=int, metavar="CASE_ID")
    handout.add_argument("-o", "--output", required=True, metavar="FILE")
    handout.add_argument("--lang", choices=LANGUAGES, help="default: the resident's language")
    handout.add_argument(
        "--large",
        action=argparse.BooleanOptionalAction,
        help="large print, or --no-large for normal print (default: as recorded for the resident)",
    )
    handout.set_defaults(run=cmd_handout, needs_core=True)

    kit = commands.add_parser(
        "outage-kit", help="blank paper sheets for running the counter without a computer"
    )
    kit.add_argument("-o", "--output", required=True, metavar="FILE")
    kit.add_argument(
        "--event", action="append", metavar="EVENT", help="a life event (catalog id); repeatable"
    )
    kit.add_argument("--lang", choices=["ja", "en"], default="ja")
    kit.add_argument("--ward", metavar="WARD", help="office layer for the counters (e.g. minato)")
    kit.set_defaults(run=cmd_outage_kit)

    code = commands.add_parser("resume-code", help="read a resume code")
    sub = code.add_subparsers(dest="code_command", metavar="{decode}", required=True)
    decode = sub.add_parser("decode", help="verify a resume code and print its content as JSON")
    source = decode.add_mutually_exclusive_group(required=True)
    source.add_argument("text", nargs="?", metavar="TEXT", help="the digits, as a scanner typed them")
    source.add_argument("--image", metavar="FILE", help="a photo or scan of the handout")
    source.add_argument("--pdf", metavar="FILE", help="a scanned handout as PDF")
    decode.set_defaults(run=cmd_decode)

    keys = commands.add_parser("keys", help="this installation's signing key and the keys it trusts")
    sub = keys.add_subparsers(dest="keys_command", metavar="{export,import,list}", required=True)
    export = sub.add_parser("export", help="write this installation's public key for others to import")
    export.add_argument("-o", "--output", metavar="FILE", help="default: standard output")
    export.add_argument("--label", help="a name for this installation (default: the computer's name)")
    export.set_defaults(run=cmd_keys_export)
    imp = sub.add_parser("import", help="trust the resume codes of the installation whose key file this is")
    imp.add_argument("file", metavar="FILE")
    imp.set_defaults(run=cmd_keys_import)
    listing = sub.add_parser("list", help="the trusted keys")
    listing.set_defaults(run=cmd_keys_list)


def _trust(args: argparse.Namespace, own_key=None) -> TrustStore:
    from assist_app.resume import KeyFileError, TrustStore
    from assist_app.resume.trust import TRUST_FILE

    try:
        return TrustStore(resolve_data_dir(args.data_dir) / TRUST_FILE, own_key)
    except KeyFileError as exc:
        raise BadData(str(exc)) from None


def _own_key(args: argparse.Namespace, create: bool):
    from assist_app.cli.unlocking import signing_secrets
    from assist_app.resume import load_signing_key
    from assist_app.security import SecretStoreError

    try:
        return load_signing_key(signing_secrets(args), create=create)
    except SecretStoreError as exc:
        raise BadData(str(exc)) from None


def cmd_handout(args: argparse.Namespace, core: Core) -> int:
    from assist_app.printing import PrintingError
    from assist_app.services.paper_services import open_paper_services

    handouts = open_paper_services(core).handouts  # signs with the keychain's key, or the vault's
    try:
        printed = handouts.print_handout(args.actor, args.case_id, args.lang, args.large)
    except PrintingError as exc:
        raise BadData(str(exc)) from None
    Path(args.output).write_bytes(printed.pdf)
    if printed.no_code_reason:
        print(
            f"assist-app: warning: printed without a resume code: {printed.no_code_reason}", file=sys.stderr
        )
    print(f"wrote {args.output} (case {args.case_id}{', with resume code' if printed.resume_code else ''})")
    return 0


def cmd_outage_kit(args: argparse.Namespace) -> int:
    from assist_app.printing import PrintingError, build_outage_kit
    from assist_app.services.core import load_catalogs

    library = load_catalogs()
    try:
        pdf = build_outage_kit(library, args.event, lang=args.lang, ward=args.ward)
    except PrintingError as exc:
        raise BadData(str(exc)) from None
    Path(args.output).write_bytes(pdf)
    print(f"wrote {args.output} ({', '.join(args.event or library.catalogs)})")
    return 0


def _content_json(verified: VerifiedResume) -> dict:
    from assist_app.resume import layout_hash
    from assist_app.services.core import load_catalogs

    content = verified.content
    result = {
        "status": "verified",
        "case_id": content.case_id,
        "case_created_at": content.case_created_at,
        "catalog_id": content.catalog_id,
        "catalog_version": content.catalog_version,
        "event_date": content.event_date,
        "known_date": content.known_date,
        "issued_at": content.issued_at,
        "expires_on": content.expires_on,
        "signer": {
            "key_id": verified.signer.key_id_hex,
            "label": verified.signer.label,
            "own": verified.signer.own,
        },
    }
    catalog = load_catalogs().catalog(content.catalog_id)
    if catalog is not None and layout_hash(p.id for p in catalog.procedures) == content.layout:
        result["steps"] = [
            {"procedure_id": p.id, "short_code": p.short_code, "status": s}
            for p, s in zip(catalog.procedures, content.statuses, strict=True)
            if s is not None
        ]
    else:  # the procedure list of that catalog version is not loaded: positions only
        result["statuses"] = list(content.statuses)
    return result


def cmd_decode(args: argparse.Namespace) -> int:
    from assist_app.cli.unlocking import signing_secrets
    from assist_app.resume import ResumeCodeRefused, UnknownSigner, load_signing_key, verify_code
    from assist_app.resume.reading import code_from_image, code_from_pdf, code_from_text
    from assist_app.security import SecretStoreError
    from assist_app.storage.models import utcnow

    own, own_problem = None, ""
    try:
        own = load_signing_key(signing_secrets(args), create=False)
    except SecretStoreError as exc:
        own_problem = f" (this installation's own key could not be read: {exc})"
    try:
        if args.image:
            digits = code_from_image(Path(args.image))
        elif args.pdf:
            digits = code_from_pdf(Path(args.pdf))
        else:
            digits = code_from_text(args.text)
        verified = verify_code(digits, _trust(args, own), utcnow())
    except ResumeCodeRefused as exc:
        extra = own_problem if isinstance(exc, UnknownSigner) else ""
        print(f"assist-app: refused ({exc.reason}): {exc}{extra}", file=sys.stderr)
        return EXIT_BAD_DATA
    print_json(_content_json(verified))
    return 0


def cmd_keys_export(args: argparse.Namespace) -> int:
    from assist_app.resume.trust import export_public_key

    key = _own_key(args, create=True)
    text = export_public_key(key, args.label or socket.gethostname())
    if args.output:
        Path(args.output).write_text(text + "\n", encoding="utf-8")
        print(f"wrote {args.output} (key {key.key_id.hex()})")
    else:
        print(text)
    return 0


def cmd_keys_import(args: argparse.Namespace) -> int:
    from assist_app.resume import KeyFileError
    from assist_app.resume.trust import parse_public_key_file

    try:
        key = parse_public_key_file(Path(args.file).read_text(encoding="utf-8"), Path(args.file).name)
    except (KeyFileError, UnicodeDecodeError) as exc:
        raise BadData(
            str(exc) if isinstance(exc, KeyFileError) else f"{args.file}: not a text file"
        ) from None
    store = _trust(args)
    added = store.add(key)
    print(
        f"{'now trusting' if added else 'already trusted'}: key {key.key_id_hex} ({key.label or 'no label'})"
    )
    return 0


def cmd_keys_list(args: argparse.Namespace) -> int:
    store = _trust(args)
    rows = [["key id", "added", "label"]]
    rows += [[k.key_id_hex, k.added_on.isoformat() if k.added_on else "—", k.label] for k in store.trusted()]
    print_table(rows)
    if len(rows) == 1:
        print("no imported keys; this installation's own codes are always accepted")
    return 0
