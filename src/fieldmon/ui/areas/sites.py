"""Sites: a site's page (every visit to it over time, its open follow-ups, the loans behind
it), reached from the visit form, the Visits list and Find."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from fieldmon.ui.areas.open_forms import page_key

if TYPE_CHECKING:
    from fieldmon.ui.main_window import MainWindow


class SitesArea(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window

    def open(self, site_id: uuid.UUID) -> Any:
        from fieldmon.ui.site_view import SiteView

        def make() -> SiteView:
            window = self.window
            view = SiteView(window.db, window.lang, site_id, window)
            view.visit_requested.connect(window.visits.open)
            view.loan_requested.connect(window.loans.open)
            return view

        return self.window.open_forms.show(page_key("site", site_id), make)
