"""Refusals of a CSV import (the file and its mapping) in the interface language; codes in
``services/imports/refusals.py``. Values from the file or the mapping (header names, keys,
values in quotes) are shown as they are written there."""

from __future__ import annotations

from recovery_desk.ui.common.refusals.gaps import Params, Render, count, fill, translate


def _mapping(p: Params, template: str, *values: object) -> str:
    """A sentence about the mapping file, prefixed with its name."""
    return fill(translate("Refusal", "The import mapping %1:"), p["file"]) + " " + \
        fill(template, *values)


def _correct() -> str:
    return translate("Refusal", "Correct the mapping file (see docs/csv-import.md).")


TEXTS: dict[str, Render] = {
    # the CSV file
    "import.no_file": lambda p: fill(translate(
        "Refusal", "The CSV file %1 does not exist. Check the path and the file name."),
        p["path"]),
    "import.unreadable": lambda p: fill(translate(
        "Refusal", "Cannot read the CSV file %1 (%2). Check that the file is not open "
        "elsewhere and is readable."), p["path"], p["reason"]),
    "import.no_header": lambda p: fill(translate(
        "Refusal", "%1 is empty or has no header row. Export the file again with column "
        "headers."), p["file"]),
    "import.not_csv_header": lambda p: fill(translate(
        "Refusal", "%1 is not a readable CSV file at the header (%2). Check the quoting and "
        "the delimiter (a cell over %3 characters is refused too)."),
        p["file"], p["reason"], count(p, "limit")),
    "import.not_csv_row": lambda p: fill(translate(
        "Refusal", "%1 is not a readable CSV file at row %2 (%3). Check the quoting and the "
        "delimiter (a cell over %4 characters is refused too)."),
        p["file"], count(p, "row"), p["reason"], count(p, "limit")),
    "import.bad_byte_header": lambda p: fill(translate(
        "Refusal", "%1 is not %2 text: in the header, byte 0x%3 does not fit (around %4); "
        "nothing was imported. Set [source] encoding in the mapping to the export's "
        "encoding, e.g. utf-8, cp1250, cp1257 or cp1251."),
        p["file"], p["encoding"], p["byte"], p["around"]),
    "import.bad_byte_row": lambda p: fill(translate(
        "Refusal", "%1 is not %2 text: in row %3, byte 0x%4 does not fit (around %5); "
        "nothing was imported. Set [source] encoding in the mapping to the export's "
        "encoding, e.g. utf-8, cp1250, cp1257 or cp1251."),
        p["file"], p["encoding"], count(p, "row"), p["byte"], p["around"]),
    "import.encoding_unknown": lambda p: fill(translate(
        "Refusal", "The encoding of %1 cannot be told from its content. Set [source] "
        "encoding in the mapping, e.g. utf-8, cp1250, cp1257 or cp1251."), p["file"]),
    "import.encoding_ambiguous": lambda p: fill(translate(
        "Refusal", "%1 is not UTF-8, and several code pages read it equally well but "
        "differently: %2. Set [source] encoding in the mapping to the one whose reading is "
        "right (or export the file again as UTF-8)."), p["file"], p["readings"]),
    "import.misread_header": lambda p: fill(translate(
        "Refusal", "%1 is UTF-8 text, not %2: the header would be stored as %3 instead of "
        "%4; nothing was imported. Set [source] encoding = \"utf-8\" in the mapping (or "
        "leave it out to have the encoding detected) and check the file again."),
        p["file"], p["encoding"], p["as_read"], p["as_utf8"]),
    "import.misread_row": lambda p: fill(translate(
        "Refusal", "%1 is UTF-8 text, not %2: row %3 would be stored as %4 instead of %5; "
        "nothing was imported. Set [source] encoding = \"utf-8\" in the mapping (or leave it "
        "out to have the encoding detected) and check the file again."),
        p["file"], p["encoding"], count(p, "row"), p["as_read"], p["as_utf8"]),
    "import.column_twice": lambda p: fill(translate(
        "Refusal", "%1 has the column %2 more than once, so %3 is ambiguous. Rename one of "
        "the columns in the file."), p["file"], p["column"], p["field"]),
    "import.columns_missing": lambda p: fill(translate(
        "Refusal", "%1 has no column %2. Its columns are: %3. Fix the header names under "
        "[columns] in the mapping (or the [source] delimiter if all columns appear as "
        "one)."), p["file"], p["missing"], p["columns"]),
    "import.changed": lambda p: fill(translate(
        "Refusal", "%1 changed while it was being imported; nothing was imported. Let the "
        "program that writes it finish, then import again."), p["file"]),
    "import.cancelled": lambda p: translate(
        "Refusal", "The import was cancelled; nothing was imported."),
    "import.rows_rejected": lambda p: fill(translate(
        "Refusal", "%1 of %2 rows in %3 cannot be imported (first: %4); nothing was "
        "imported. Check the file to see every rejected row and fix the file or the "
        "mapping, or tick “Import the good rows” to import the others."),
        count(p, "count"), count(p, "rows"), p["file"], p["first"]),
    "import.again_no_reference_column": lambda p: fill(translate(
        "Refusal", "%1 was imported before (%2 cases) and the mapping has no reference "
        "column, so importing it again would duplicate those cases. Map the reference "
        "column under [columns], or import only the new rows."), p["file"], count(p, "cases")),
    "import.again_rows_without_reference": lambda p: fill(translate(
        "Refusal", "%1 was imported before (%2 cases) and %3 rows have no reference, so "
        "importing it again would duplicate those cases. Import only the new rows, or give "
        "every row its reference."), p["file"], count(p, "cases"), count(p, "rows")),
    "import.rejects_no_folder": lambda p: fill(translate(
        "Refusal", "The folder %1 for the rejected rows does not exist. Create it or "
        "choose another place."), p["folder"]),
    "import.rejects_cannot_write": lambda p: fill(translate(
        "Refusal", "Cannot write the file of rejected rows in %1 (%2). Put the export in a "
        "folder you can write to."), p["folder"], p["reason"]),
    "import.no_preset": lambda p: fill(translate(
        "Refusal", "There is no import preset %1. Use one of: %2; or write a mapping."),
        p["name"], p["presets"]),
    "import.languages_unknown": lambda p: fill(translate(
        "Refusal", "[source] languages lists a language the detector does not know (%1). "
        "Use ISO 639-1 codes such as en, de, hu, lv, uk."), p["reason"]),
    # the mapping file
    "import.mapping_no_file": lambda p: fill(translate(
        "Refusal", "The import mapping %1 does not exist. Check the path, or choose the tool "
        "the file was exported from."), p["path"]),
    "import.mapping_unreadable": lambda p: fill(translate(
        "Refusal", "Cannot read the import mapping %1 (%2). Save it as UTF-8 text in a "
        "readable place."), p["path"], p["reason"]),
    "import.mapping_refused": lambda p: _mapping(p, translate(
        "Refusal", "refused (it %1). Start again from resources/import/example-mapping.toml."),
        p["reason"]),
    "import.mapping_not_toml": lambda p: _mapping(p, translate(
        "Refusal", "not valid TOML (%1).") + " " + _correct(), p["reason"]),
    "import.mapping_not_a_table": lambda p: _mapping(p, translate(
        "Refusal", "[%1] must be a table.") + " " + _correct(), p["key"]),
    "import.mapping_not_text": lambda p: _mapping(p, translate(
        "Refusal", "%1 must be a non-empty text.") + " " + _correct(), p["where"]),
    "import.mapping_unknown_keys": lambda p: _mapping(p, translate(
        "Refusal", "[%1] has unknown key(s) %2. Use %3."),
        p["section"], p["keys"], p["allowed"]),
    "import.mapping_unknown_fields": lambda p: _mapping(p, translate(
        "Refusal", "[columns] has unknown field(s) %1. Our fields are: %2."),
        p["keys"], p["allowed"]),
    "import.mapping_unknown_sections": lambda p: _mapping(p, translate(
        "Refusal", "unknown section(s) %1. Use only these sections: %2."),
        p["keys"], p["allowed"]),
    "import.mapping_refused_defaults": lambda p: _mapping(p, translate(
        "Refusal", "[defaults] has unknown or refused key(s) %1. Defaults may be set for %2; "
        "a reference, the complaint's words and the customer always come from the row."),
        p["keys"], p["allowed"]),
    "import.mapping_not_droppable": lambda p: _mapping(p, translate(
        "Refusal", "[on_invalid] has unknown or required field(s) %1. Only these may drop a "
        "bad value: %2."), p["keys"], p["allowed"]),
    "import.mapping_delimiter": lambda p: _mapping(p, translate(
        "Refusal", "[source] delimiter %1 must be one character, for example \",\", \";\" or "
        "\"\\t\" (tab)."), p["value"]),
    "import.mapping_encoding": lambda p: _mapping(p, translate(
        "Refusal", "[source] encoding %1 is not known. Use for example \"utf-8\", \"cp1250\", "
        "\"cp1251\" or \"cp1257\", or leave it out to have it detected."), p["value"]),
    "import.mapping_date_formats": lambda p: _mapping(p, translate(
        "Refusal", "[source] date_formats must be a list of strptime formats, for example "
        "date_formats = [\"%d/%m/%Y %H:%M\"].")),
    "import.mapping_dst_fold": lambda p: _mapping(p, translate(
        "Refusal", "[source] dst_fold %1 is not a rule. Use one of: %2."),
        p["value"], p["rules"]),
    "import.mapping_languages": lambda p: _mapping(p, translate(
        "Refusal", "[source] languages must be a list of two-letter codes, for example "
        "languages = [\"en\", \"de\", \"hu\"].")),
    "import.mapping_missing_columns": lambda p: _mapping(p, translate(
        "Refusal", "[source] missing_columns %1 is not a rule. Use \"refuse\" (a typo in a "
        "header name stops the import) or \"skip\" (a preset's optional columns may be "
        "missing from a file)."), p["value"]),
    "import.mapping_timezone": lambda p: _mapping(p, translate(
        "Refusal", "[source] timezone %1 is not a known time zone. Use a zone name such as "
        "\"Europe/Riga\", \"Europe/Budapest\" or \"Europe/Kyiv\"."), p["value"]),
    "import.mapping_required": lambda p: _mapping(p, translate(
        "Refusal", "[columns] must name the column for %1, for example opened_at = "
        "\"Created\" and words = \"Description\" (an export without dates: [defaults] "
        "opened_at = \"2024-01-01\")."), p["fields"]),
    "import.mapping_create_unknown": lambda p: _mapping(p, translate(
        "Refusal", "[categories] create_unknown must be true or false.")),
    "import.mapping_default_date": lambda p: _mapping(p, translate(
        "Refusal", "[defaults] %1 %2 is not a date. Write it as \"2024-01-01\" or "
        "\"2024-01-01 09:00\"."), p["key"], p["value"]),
    "import.mapping_default_score": lambda p: _mapping(p, translate(
        "Refusal", "[defaults] %1 must be a whole number from %2 to %3."),
        p["key"], count(p, "low"), count(p, "high")),
    "import.mapping_rule": lambda p: _mapping(p, translate(
        "Refusal", "[on_invalid] %1 = %2 is not a rule. Use \"drop\" (keep the row without "
        "the value) or \"reject\"."), p["key"], p["value"]),
    "import.mapping_language_code": lambda p: _mapping(p, translate(
        "Refusal", "%1 = %2 is not a two-letter language code. Use an ISO 639-1 code such "
        "as \"en\", \"de\", \"hu\", \"lv\" or \"uk\"."), p["where"], p["value"]),
    "import.mapping_unknown_id": lambda p: _mapping(p, translate(
        "Refusal", "%1 = %2 is not one of our %3 ids. Use one of: %4."),
        p["where"], p["value"], p["group"], p["choices"]),
}
