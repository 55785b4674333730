"""What the core says about paper: resume codes and their keys, outage-kit sheets typed back in,
handouts and the kit."""

from assist_app.messages import Template

# A resume code refused (assist_app/resume). Each says what to do next, at the counter or in a terminal.
NOT_A_CODE = Template(
    "This is not a resume code. Scan the code printed next to “Resume code” on the handout."
)
NOT_A_CODE_ONLY_DIGITS = Template(
    "This is not a resume code (a resume code has only digits). Scan the code printed next to "
    "“Resume code” on the handout."
)
CODE_FORMAT_TOO_NEW = Template("This resume code was made in a format this version cannot read.")
CODE_CONTENT_UNREADABLE = Template("The resume code's content is not in a format this version reads.")
CODE_CUT_SHORT = Template(
    "The resume code is cut short: digits are missing at the end. Scan it again and hold the "
    "scanner still until it beeps."
)
CODE_CUT_SHORT_COUNTED = Template(
    "The resume code is cut short ({digits} of {expected} digits). Scan or type it again; hold the "
    "scanner still until it beeps."
)
CODE_LENGTH_DAMAGED = Template(
    "The resume code is damaged (its length digits are wrong). Scan it again; if it keeps failing, "
    "open the case by its number."
)
CODE_TOO_LONG = Template(
    "The resume code has {extra} digits too many. Scan it again; if it keeps failing, open the case "
    "by its number."
)
CODE_DAMAGED = Template(
    "The resume code is damaged. Scan it again; if it keeps failing, open the case by its number."
)
CODE_CHECK_DIGITS_WRONG = Template(
    "The resume code is damaged or was misread (its check digits do not match). Scan it again; if "
    "it keeps failing, open the case by its number."
)
CODE_SIGNER_UNKNOWN = Template(
    "The resume code was signed by installation {key_id}, which this one does not trust. To accept "
    "its codes, import that installation's public key (in the app: File ▸ Resume-code keys; on the "
    "command line: assist-app keys import)."
)
CODE_FORGED = Template(
    "The resume code's signature does not match: the paper was altered, or it was not made by "
    "{signer}. Do not use it; open the case by its number."
)
THIS_INSTALLATION = Template("this installation")
CODE_EXPIRED = Template(
    "This resume code expired on {date}. Open the case by its number, or print a new handout."
)
NO_CODE_IN_FILE = Template(
    "No resume code could be read in {file}. Scan the page again at 200 dpi or more, flat and in focus."
)
NO_CODE_AMONG_OTHERS = Template(
    "No resume code could be read in {file} ({count} other QR code(s) found). Scan the page again "
    "at 200 dpi or more, flat and in focus."
)
NOT_AN_IMAGE = Template("{file} is not an image this app can read.")
NOT_A_PDF = Template("{file} is not a PDF this app can read.")

# A verified code that cannot be used here (services/resume_service.py).
CODE_CATALOG_NOT_LOADED = Template(
    "The code is for the procedure catalog “{catalog}”, which is not loaded here; open the case by "
    "its number."
)
CODE_CATALOG_DIFFERS = Template(
    "The code was made with catalog {catalog} {version}, whose list of procedures differs from the "
    "loaded {loaded}, so its steps cannot be matched; open the case by its number."
)
CODE_CASE_NOT_HERE = Template("This code's case is not in this database; recreate it for a resident instead.")
CODE_STEP_CHANGED = Template(
    "Step {step} of this case changed on this computer meanwhile; scan the code again."
)

# Keys that sign resume codes, and the keys of other installations (resume/trust.py).
SIGNING_KEY_UNREADABLE = Template(
    "This installation's resume-code key in the keychain (entry “{entry}”) cannot be read; it was "
    "left untouched. Ask whoever looks after this computer."
)
KEY_FILE_NOT_TEXT = Template("{file} is not a public-key file (not text). Ask for the file again.")
KEY_FILE_NOT_JSON = Template("{file} is not a public-key file (not JSON). Ask for the file again.")
NOT_A_KEY_FILE = Template("{file} is not a public-key file of this app. Ask for the file again.")
KEY_NOT_AN_OBJECT = Template("{where}: expected an object with key_id and public_key.")
KEY_NOT_ED25519 = Template("{where}: the public key is missing or not an Ed25519 key.")
KEY_ID_MISMATCH = Template("{where}: the key id does not match the key (the file was changed or cut).")
KEY_IN_TRUST_FILE = Template("{file}, key {number}")
TRUST_FILE_UNREADABLE = Template("{file} cannot be read; restore it or import the keys again.")
NOT_A_TRUST_FILE = Template("{file} is not a trusted-keys file; restore it or import the keys again.")
TRUST_KEYS_NOT_A_LIST = Template("{file}: the keys must be a list; restore it or import the keys again.")

# An outage-kit sheet typed back in (services/paper_entry.py).
ENTRY_EMPTY = Template("Type a code from the sheet: D01 and a status key, or Q1 and an answer.")
ENTRY_ANSWER_MISSING = Template("{code}: type the answer after the question number.")
ENTRY_UNKNOWN_CODE = Template("{code}: no step or question on this sheet has this code.")
ENTRY_STATUS_MISSING = Template(
    "{code}: type a status key after the code (1 done … 5 does not apply, 0 nothing ticked)."
)
ENTRY_BAD_STATUS = Template(
    "{code}: “{key}” is not a status key (1 done, 2 in progress, 3 not needed, 4 on hold, "
    "5 does not apply, 0 nothing ticked)."
)
ENTRY_YES_NO = Template("{code}: answer 1 (yes), 2 (no) or ? (don't know).")
ENTRY_CHOICE = Template("{code}: answer with the box's number, 1 to {last}, or ?.")
ENTRY_DATE_FORMAT = Template("{code}: type the date as YYYYMMDD or YYYY-MM-DD, or ?.")
ENTRY_NOT_A_DATE = Template("{code}: {value} is not a date.")
ENTRY_NUMBER = Template("{code}: type a whole number, or ?.")
ENTRY_OUTSIDE = Template("{code}: {value} is outside {minimum}–{maximum}; type a number in that range, or ?.")
ENTRY_AT_LEAST = Template("{code}: type a number of {minimum} or more, or ?.")
ENTRY_AT_MOST = Template("{code}: type a number up to {maximum}, or ?.")
SHEET_NO_CATALOG = Template("No catalog “{catalog}” is loaded; the sheet cannot be entered.")
SHEET_OF_ANOTHER_EVENT = Template(
    "Case {case_id} is for {case_event}, but the sheet is for {sheet_event}; choose the case of the "
    "same life event, or open a new case."
)

# Handouts and the outage kit.
HANDOUT_NO_CATALOG = Template("No catalog “{catalog}” is loaded; the handout cannot be made.")
KIT_UNKNOWN_SHEETS = Template("No kit sheet called {sheets}.")
KIT_CHOOSE_A_SHEET = Template("Choose at least one sheet to print.")
KIT_NONE_OF_THE_SHEETS = Template("The kit has none of the chosen sheets.")
KIT_NO_CATALOG = Template("No catalog {catalogs} is loaded; the outage kit cannot be made.")
KIT_NO_CATALOGS = Template("No catalog is loaded; the outage kit cannot be made.")

# Reading a resume code with a webcam (resume/camera.py), an optional extra.
CAMERA_NOT_INSTALLED = Template(
    "The camera cannot be used: its part of the app (OpenCV) is not installed. Scan the code with "
    "the scanner or open a scanned file instead."
)
CAMERA_NOT_FOUND = Template(
    "No camera number {camera} was found. Plug the camera in and try again, or use the scanner."
)
CAMERA_CANNOT_OPEN = Template(
    "Camera number {camera} could not be opened: it is not plugged in, or another program is using "
    "it. Close that program (a video call, for example) and try again."
)
CAMERA_BUSY = Template(
    "Camera number {camera} gives no picture: another program may be using it. Close that program "
    "(a video call, for example) and try again."
)
VIDEO_NOT_READABLE = Template("{file} is not a video this app can read.")
CAMERA_SAW_NO_CODE = Template(
    "The camera stopped before a resume code was seen. Try again and hold the handout still, with "
    "the code filling about a third of the picture."
)
VIDEO_HAD_NO_CODE = Template("No resume code was seen in {file}.")
