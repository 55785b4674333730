"""What the core says about cases, residents, intake answers, accounts and who may do what."""

from assist_app.messages import Template

# Records that are not there (an id typed on the command line, or deleted meanwhile).
NO_CASE = Template("No case {case_id}.")
NO_RESIDENT = Template("No resident {resident_id}.")
NO_HELPER = Template("No helper {helper_id}.")
NO_CHECKLIST_ITEM = Template("No checklist item {item_id}.")
NO_CATALOG = Template("No catalog “{catalog}” is loaded; check “assist-app catalog check”.")

# Intake answers that do not fit their question (catalog/answers.py).
NO_SUCH_QUESTION = Template("The catalog {catalog} has no question “{question}”.")
EXPECTED_YES_NO = Template("{question}: expected yes, no or unknown; got “{value}”.")
EXPECTED_CHOICE = Template("{question}: expected one of {choices} or unknown; got “{value}”.")
EXPECTED_DATE = Template("{question}: expected a date YYYY-MM-DD; got “{value}”.")
EXPECTED_NUMBER = Template("{question}: expected a whole number; got “{value}”.")
NUMBER_OUTSIDE = Template("{question}: {value} is outside {minimum}–{maximum}.")
NUMBER_TOO_SMALL = Template("{question}: {value} is less than {minimum}.")
NUMBER_TOO_LARGE = Template("{question}: {value} is more than {maximum}.")

# Cases and their steps.
KNOWN_BEFORE_EVENT = Template("The day it became known cannot be before the event date.")
UNKNOWN_STATUS = Template("Unknown status “{status}”.")
BLOCKED_NEEDS_REASON = Template("Say why the step is blocked.")
STEP_CHANGED_MEANWHILE = Template(
    "This step was changed by someone else meanwhile; reload the case to see it."
)
CASE_CHANGED_MEANWHILE = Template("This case was changed by someone else meanwhile; reload it and try again.")

# Residents and their consent. The phrases fill {doing}.
CONSENT_BEFORE = Template("Record the resident's consent before {doing}.")
OPENING_A_CASE = Template("opening a case")
CHANGING_THE_ANSWERS = Template("changing the answers")
CHANGING_A_STEP = Template("changing a step")
CHANGING_THEIR_DETAILS = Template("changing their details")
CONSENT_SCOPE_MISSING = Template("Record what the resident agreed to before saving anything about them.")
ENTER_RESIDENT_NAME = Template("Enter the resident's name.")
UNKNOWN_LANGUAGE = Template("Unknown language “{language}”; expected ja, en or easy_ja.")

# Who may see and do what (services/access.py). The phrases fill {action}.
CASE_OF_ANOTHER_HELPER = Template(
    "Case {case_id} is looked after by another helper, so it is not shown or changed here. "
    "Ask counter staff to hand it over to you."
)
RESIDENT_OF_ANOTHER_HELPER = Template(
    "Resident {resident_id} is looked after by another helper, so nothing about them is shown or "
    "changed here. Ask counter staff for help."
)
SIGN_IN_AGAIN = Template("The app was locked meanwhile. Sign in, then try again.")
SUPERVISOR_ONLY = Template("Only a supervisor can {action}. Ask a supervisor.")
MANAGE_ACCOUNTS = Template("manage accounts")
ADD_ACCOUNTS = Template("add accounts")
SET_ANOTHER_HELPERS_PIN = Template("set another helper's PIN")
CHANGE_ROLES = Template("change roles")
DEACTIVATE_ACCOUNTS = Template("deactivate accounts")
READ_THE_AUDIT_LOG = Template("read the audit log")
CHECK_THE_AUDIT_LOG = Template("check the audit log")
CHANGE_THE_RULES = Template("change the rules of this installation")
PREVIEW_RETENTION = Template("see what the retention period will erase")
APPLY_RETENTION = Template("erase data at the end of the retention period")
SEE_THE_REPORTS = Template("see the reports")
BACK_UP_ELSEWHERE = Template("write a backup outside the backups folder")
SEE_THE_RECOVERY_KEY = Template("see the recovery key")
PRINT_THE_RECOVERY_SHEET = Template("print the recovery sheet")
SET_THE_PASSPHRASE = Template("set the passphrase")

# Accounts and signing in.
ACCOUNT_EXISTS = Template("An account already exists; sign in, or ask a supervisor for an account.")
ENTER_YOUR_NAME = Template("Enter your name.")
ENTER_HELPER_NAME = Template("Enter the helper's name.")
CURRENT_PIN_WRONG = Template("The current PIN is not right.")
UNKNOWN_ROLE = Template("Unknown role “{role}”; expected one of {roles}.")
LAST_SUPERVISOR = Template("This is the last supervisor who can sign in; make someone else supervisor first.")
ACCOUNT_CANNOT_SIGN_IN = Template("This account cannot sign in; ask a supervisor.")
WAIT_AFTER_WRONG_PINS = Template("Too many wrong PINs; wait {seconds} s and try again.")
WRONG_PIN_NOW_WAIT = Template("Wrong PIN. Too many wrong PINs; wait {seconds} s and try again.")
WRONG_PIN_ONE_TRY_LEFT = Template("Wrong PIN; 1 more try before a wait.")
WRONG_PIN_TRIES_LEFT = Template("Wrong PIN; {tries} more tries before a wait.")
WRONG_PIN = Template("Wrong PIN.")

# The installation's rules (services/policy_service.py).
UNKNOWN_SETTING = Template("Unknown setting “{setting}”.")
RETENTION_BETWEEN = Template("The retention period must be between {low} and {high} days.")
IDLE_LOCK_BETWEEN = Template("The idle time before locking must be between {low} and {high} seconds.")
