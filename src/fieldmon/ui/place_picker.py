"""Region → district → settlement, cascading, each typed to search.

The region must be one of the registry's (any of its names or abbreviations is accepted);
a district or settlement that does not exist yet is created when the record is saved."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from fieldmon.db.engine import Database
from fieldmon.services import places
from fieldmon.services.places import PlaceInput
from fieldmon.ui.widgets import SearchCombo


class PlacePicker(QWidget):
    """Not a layout of its own: the form puts `region`, `district` and `settlement` on its
    rows. `changed` fires when the chosen place changes."""

    changed = Signal()

    def __init__(self, db: Database, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.lang = db, lang
        self.region = SearchCombo(parent)
        self.district = SearchCombo(parent)
        self.settlement = SearchCombo(parent)
        self.region.setObjectName("region")
        self.district.setObjectName("district")
        self.settlement.setObjectName("settlement")
        # Item data are id strings: a Python UUID does not round-trip through findData.
        self.region.set_items(
            ((item.name, str(item.id)) for item in places.region_items(db, lang)),
            keep_text=False,
        )
        self.region.currentTextChanged.connect(self._region_changed)
        self.region.lineEdit().editingFinished.connect(self._show_full_region_name)
        self.district.currentTextChanged.connect(self._district_changed)
        self.settlement.currentTextChanged.connect(lambda _t: self.changed.emit())
        self._region_id: uuid.UUID | None = None
        self._settlement_parent: uuid.UUID | None = None

    def region_id(self) -> uuid.UUID | None:
        found = self.region.data_for_text()
        if found is not None:
            return uuid.UUID(found)
        if self.region.text():
            item = places.region_item_by_name(self.db, self.region.text(), self.lang)
            return item.id if item else None
        return None

    def _show_full_region_name(self) -> None:
        """'ВКО' or 'east kazakhstan' becomes the listed name once the officer moves on."""
        region_id = self.region_id()
        if region_id is not None:
            index = self.region.findData(str(region_id))
            if index >= 0 and self.region.currentText() != self.region.itemText(index):
                self.region.setCurrentIndex(index)

    def value(self) -> PlaceInput:
        return PlaceInput(self.region_id(), self.district.text(), self.settlement.text())

    def set_value(self, where: PlaceInput) -> None:
        index = self.region.findData(str(where.region_id)) if where.region_id else -1
        region = self.region.itemText(index) if index >= 0 else ""
        self.set_texts(region, where.district, where.settlement)

    def set_texts(self, region: str, district: str, settlement: str) -> None:
        """Fill the three selectors as if typed, each level's list following the one above."""
        self.region.setEditText(region)
        self._region_changed()
        self.district.setEditText(district)
        self._district_changed()
        self.settlement.setEditText(settlement)

    def _region_changed(self, _text: str = "") -> None:
        region_id = self.region_id()
        if region_id != self._region_id:
            self._region_id = region_id
            items = places.child_items(self.db, region_id) if region_id else []
            self.district.set_items(((i.name, str(i.id)) for i in items), keep_text=False)
            self._district_changed()
        self.changed.emit()

    def _district_changed(self, _text: str = "") -> None:
        district = None
        if self._region_id and self.district.text():
            district = places.find_child_item(self.db, self._region_id, self.district.text())
        # settlements under the district, or directly under the region if none is given
        parent = district.id if district else None
        if parent is None and not self.district.text():
            parent = self._region_id
        if parent != self._settlement_parent:
            self._settlement_parent = parent
            items = places.child_items(self.db, parent) if parent else []
            self.settlement.set_items(
                ((i.name, str(i.id)) for i in items if i.kind == "settlement"), keep_text=True
            )
        self.changed.emit()
