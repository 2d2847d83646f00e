"""The Settings page: who and where this desk is, language, default mode."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from recovery_desk.core import messages
from recovery_desk.domain.currencies import not_currencies, split_codes
from recovery_desk.services.workspace import Workspace
from recovery_desk.ui.bus import AppBus
from recovery_desk.ui.page import Page

LANGUAGE_NAMES = {"en": "English", "hu": "Magyar", "lv": "Latviešu", "uk": "Українська"}


class SettingsPage(Page):
    def __init__(self, workspace: Workspace, bus: AppBus) -> None:
        super().__init__(workspace, bus)
        # the page scrolls: with users, desks and retention it is taller than a 768-pixel
        # screen, and a squeezed layout would draw its sections over each other
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget()
        scroll.setWidget(content)
        outer.addWidget(scroll)
        layout = QVBoxLayout(content)
        title = QLabel(self.tr("Settings"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        form = QFormLayout()
        self.desk_edit = QLineEdit(workspace.desk_id)
        self.desk_edit.setAccessibleName(self.tr("Desk id"))
        self.desk_edit.setReadOnly(True)  # the log's own identity, made with the log
        # who is signed in is decided by signing in (File ▸ Switch user…), not picked here
        self.user_box = QComboBox()
        self.user_box.setEnabled(False)
        self.user_box.setAccessibleName(self.tr("Signed-in user"))
        self.user_box.setToolTip(self.tr("To work as someone else: File ▸ Switch user…"))
        self.language_box = QComboBox()
        self.language_box.setAccessibleName(self.tr("Language"))
        for code, name in LANGUAGE_NAMES.items():
            self.language_box.addItem(name, code)
        self.mode_box = QComboBox()
        self.mode_box.setAccessibleName(self.tr("Default delivery mode"))
        self.mode_box.addItem(self.tr("Natural (own words, guided)"), "natural")
        self.mode_box.addItem(self.tr("Scripted (read the lines)"), "scripted")
        self.sync_edit = QLineEdit(workspace.settings.sync_target)
        self.sync_edit.setAccessibleName(self.tr("Sync target"))
        self.sync_edit.setPlaceholderText(self.tr("Shared folder or postgresql+psycopg:// URL"))
        self.sync_minutes = QSpinBox()
        self.sync_minutes.setRange(1, 1440)
        self.sync_minutes.setSuffix(self.tr(" min"))
        self.sync_minutes.setAccessibleName(self.tr("Sync every"))
        self.currencies_edit = QLineEdit()
        self.currencies_edit.setAccessibleName(self.tr("Currencies offered"))
        self.currencies_edit.setPlaceholderText(", ".join(workspace.taxonomy.currencies))
        self.currencies_edit.setToolTip(self.tr(
            "ISO 4217 codes separated by commas, the first preselected on an offer; empty "
            "for the standard list."))
        self.where_note = QLabel()
        self.where_note.setObjectName("readOnlyWhy")
        self.where_note.setWordWrap(True)
        self.db_label = QLabel(workspace.location)
        self.db_label.setWordWrap(True)
        form.addRow(self.tr("Desk id:"), self.desk_edit)
        form.addRow(self.tr("Signed-in user:"), self.user_box)
        form.addRow(self.tr("Language:"), self.language_box)
        form.addRow(self.tr("Default mode:"), self.mode_box)
        form.addRow(self.tr("Sync target:"), self.sync_edit)
        form.addRow(self.tr("Sync every:"), self.sync_minutes)
        form.addRow(self.tr("Currencies offered:"), self.currencies_edit)
        form.addRow(self.tr("Case log:"), self.db_label)
        form.addRow(self.where_note)
        layout.addLayout(form)
        from recovery_desk.ui.settings.clocks_section import ClocksSection

        self.clocks_section = ClocksSection(workspace)
        layout.addWidget(self.clocks_section)
        self.save_button = QPushButton(self.tr("Save settings"))
        self.save_button.clicked.connect(self.save)
        layout.addWidget(self.save_button)
        from recovery_desk.ui.settings.users_section import UsersSection

        self.users_section = UsersSection(workspace)  # administrators only
        layout.addWidget(self.users_section)
        from recovery_desk.ui.settings.desks_section import DesksSection

        self.desks_section = DesksSection(workspace)  # administrators only
        layout.addWidget(self.desks_section)
        from recovery_desk.ui.settings.retention_section import RetentionSection

        self.retention_section = RetentionSection(workspace)  # administrators only
        layout.addWidget(self.retention_section)
        layout.addStretch(1)
        self.activate()

    def activate(self) -> None:
        settings = self.ws.settings
        self.user_box.clear()
        self.user_box.addItem(self.ws.user, self.ws.user)
        self.users_section.activate()
        self.desks_section.activate()
        self.retention_section.activate()
        self.clocks_section.activate()
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(settings.language)))
        self.mode_box.setCurrentIndex(max(0, self.mode_box.findData(settings.mode)))
        self.sync_minutes.setValue(int(settings.sync_minutes or 15))
        self.currencies_edit.setText(", ".join(settings.currencies or []))
        self._show_where_rights()

    def may_change_where_data_goes(self) -> bool:
        """The desk id and the sync target decide where cases go: administrators only."""
        return self.ws.role_of(self.ws.user) == "admin"

    def _show_where_rights(self) -> None:
        admin = self.may_change_where_data_goes()
        self.sync_edit.setText(self.ws.settings.sync_target)
        self.sync_edit.setReadOnly(not admin)
        why = self.tr("Only an administrator can change where this desk's cases go (the sync "
                      "target).")
        self.desk_edit.setToolTip(self.tr("The log's own identity, made with the log; it "
                                          "cannot be changed here."))
        self.sync_edit.setToolTip("" if admin else why)
        self.where_note.setText(why)
        self.where_note.setVisible(not admin)

    def _chosen_currencies(self) -> list[str] | None:
        """The typed codes, or None (with the reason shown) if one is no ISO 4217 code."""
        codes = split_codes(self.currencies_edit.text())
        wrong = not_currencies(codes)
        if wrong:
            messages.warning(self.tr(
                "“%1” is not an ISO 4217 currency code. Write three-letter codes separated by "
                "commas, such as GBP, EUR, HUF; nothing was saved.").replace(
                    "%1", ", ".join(wrong)))
            self.currencies_edit.setFocus()
            return None
        return codes

    def save(self) -> None:
        settings = self.ws.settings
        currencies = self._chosen_currencies()
        if currencies is None:
            return
        settings.currencies = currencies
        new_language = self.language_box.currentData()
        settings.mode = self.mode_box.currentData()
        if self.may_change_where_data_goes():  # the field is read-only for others too
            settings.sync_target = self.sync_edit.text().strip()
        settings.sync_minutes = self.sync_minutes.value()
        self.clocks_section.save_into_settings()
        try:
            settings.save()
        except OSError as exc:
            messages.error(self.tr("Could not save the settings: %1").replace("%1", str(exc)))
            return
        messages.info(self.tr("Settings saved."))
        if new_language != settings.language:
            self.bus.language_changed.emit(new_language)  # the window rebuilds in it
        else:
            self.bus.settings_changed.emit()
