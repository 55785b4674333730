"""The core composition: configuration, catalogs, database and services, built once.

The GUI's composition root and the command line both start here and pass what they need down.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from assist_app import paths
from assist_app.catalog import Library, load_library
from assist_app.config import Config
from assist_app.services.account_service import AccountService
from assist_app.services.audit_service import AuditService
from assist_app.services.case_service import CaseService
from assist_app.services.export_service import ExportService
from assist_app.services.helper_service import HelperService
from assist_app.services.policy_service import PolicyService
from assist_app.services.report_service import ReportService
from assist_app.services.resident_service import ResidentService
from assist_app.services.retention_service import RetentionService
from assist_app.storage import Database, open_database


def load_catalogs() -> Library:
    return load_library(paths.catalogs_dir(), paths.offices_dir())


@dataclass
class Core:
    config: Config
    library: Library
    database: Database
    cases: CaseService
    residents: ResidentService
    helpers: HelperService
    # accounts, audit, consent and retention (issue 5 part B)
    accounts: AccountService
    audit: AuditService
    policies: PolicyService
    retention: RetentionService
    exports: ExportService
    reports: ReportService

    def close(self) -> None:
        self.database.dispose()


def open_core(
    config: Config,
    library: Library | None = None,
    today: Callable[[], dt.date] = dt.date.today,
    database: Database | None = None,
) -> Core:
    """``database``: already opened (the window opens it first, to show the sign-in page sooner)."""
    library = library if library is not None else load_catalogs()
    database = database if database is not None else open_database(config.database_url, config.backup_dir)
    policies = PolicyService(database)
    return Core(
        config=config,
        library=library,
        database=database,
        cases=CaseService(database, library, today),
        residents=ResidentService(database),
        helpers=HelperService(database),
        accounts=AccountService(database),
        audit=AuditService(database),
        policies=policies,
        retention=RetentionService(database, policies),
        exports=ExportService(database, library),
        reports=ReportService(database, today),
    )
