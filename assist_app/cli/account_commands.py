"""`assist-app account first|add|list|pin|role|active`: helper accounts from the command line."""

from __future__ import annotations

import argparse

from assist_app.cli.output import print_table
from assist_app.cli.sign_in import ENV_NEW_PIN, read_pin
from assist_app.services.account_service import ROLES
from assist_app.services.core import Core
from assist_app.services.views import AccountView


def register(commands: argparse._SubParsersAction) -> None:
    account = commands.add_parser("account", help="helper accounts (PINs, roles)")
    sub = account.add_subparsers(
        dest="account_command", metavar="{first,add,list,pin,role,active}", required=True
    )
    first = sub.add_parser("first", help="create the first account, a supervisor (only when none exists)")
    first.add_argument("--name", metavar="NAME", help="a new helper's name")
    first.add_argument(
        "--claim", type=int, metavar="ID", help="or: an existing helper (from before accounts)"
    )
    first.set_defaults(run=cmd_first, needs_core=True, needs_actor=False)

    add = sub.add_parser(
        "add", help=f"add a helper (supervisor); the new PIN from ${ENV_NEW_PIN} or a prompt"
    )
    add.add_argument("--name", required=True, metavar="NAME")
    add.add_argument("--role", required=True, choices=ROLES)
    add.set_defaults(run=cmd_add, needs_core=True)

    listing = sub.add_parser("list", help="the accounts (supervisor)")
    listing.set_defaults(run=cmd_list, needs_core=True)

    pin = sub.add_parser(
        "pin", help=f"set a PIN: your own, or anyone's as supervisor (${ENV_NEW_PIN} or a prompt)"
    )
    pin.add_argument("helper", type=int, metavar="ID")
    pin.set_defaults(run=cmd_pin, needs_core=True)

    role = sub.add_parser("role", help="change a helper's role (supervisor)")
    role.add_argument("helper", type=int, metavar="ID")
    role.add_argument("role", choices=ROLES)
    role.set_defaults(run=cmd_role, needs_core=True)

    active = sub.add_parser("active", help="deactivate or reactivate a helper (supervisor)")
    active.add_argument("helper", type=int, metavar="ID")
    active.add_argument("state", choices=["yes", "no"])
    active.set_defaults(run=cmd_active, needs_core=True)


def cmd_first(args: argparse.Namespace, core: Core) -> int:
    pin = read_pin("Choose a PIN: ", env=ENV_NEW_PIN, confirm=True)
    actor = core.accounts.create_first_account(args.name or "", pin, claim_helper_id=args.claim)
    print(f"created account {actor.helper_id} (supervisor); sign in with --helper {actor.helper_id}")
    return 0


def cmd_add(args: argparse.Namespace, core: Core) -> int:
    pin = read_pin("PIN for the new helper: ", env=ENV_NEW_PIN, confirm=True)
    helper = core.accounts.add_account(args.actor, args.name, args.role, pin)
    print(f"added helper {helper.id} ({helper.role})")
    return 0


def _row(a: AccountView) -> list[str]:
    state = "active" if a.active else "inactive"
    if not a.has_pin:
        state += ", no PIN"
    if a.waiting_until:
        state += f", waiting until {a.waiting_until:%H:%M:%S} UTC"
    last = f"{a.last_sign_in_at:%Y-%m-%d %H:%M}" if a.last_sign_in_at else "—"
    return [str(a.id), a.role, state, last, a.name]


def cmd_list(args: argparse.Namespace, core: Core) -> int:
    rows = [["id", "role", "state", "last sign-in (UTC)", "name"]]
    rows += [_row(a) for a in core.accounts.list_accounts(args.actor)]
    print_table(rows)
    return 0


def cmd_pin(args: argparse.Namespace, core: Core) -> int:
    own = args.helper == args.actor.helper_id
    new = read_pin("New PIN: ", env=ENV_NEW_PIN, confirm=True)
    # Signing in just checked the current PIN; it is given again for one's own PIN.
    current = read_pin("Current PIN: ") if own else None
    core.accounts.set_pin(args.actor, args.helper, new, current_pin=current)
    print(f"PIN set for helper {args.helper}")
    return 0


def cmd_role(args: argparse.Namespace, core: Core) -> int:
    core.accounts.set_role(args.actor, args.helper, args.role)
    print(f"helper {args.helper} is now {args.role}")
    return 0


def cmd_active(args: argparse.Namespace, core: Core) -> int:
    core.accounts.set_active(args.actor, args.helper, args.state == "yes")
    print(f"helper {args.helper} is now {'active' if args.state == 'yes' else 'inactive'}")
    return 0
