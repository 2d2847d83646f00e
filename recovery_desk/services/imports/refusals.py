"""Why an import refuses a file or a mapping, as coded refusals (``domain/refusal.py``).

The command line prints the English below; the window's import dialog shows each code in
the interface language (``ui/common/refusals/imports.py``). Values are what the file or the
mapping holds (a header name, a key, a value in quotes), so they read the same in every
language. A row's own reasons in the dry-run report stay English lines of the report.
"""

from __future__ import annotations

from recovery_desk.core.errors import RecoveryDeskError
from recovery_desk.domain.refusal import Code, Refusal

# -- the CSV file ---------------------------------------------------------------------------
NO_FILE = Code("import.no_file", "The CSV file {path} does not exist.",
               "Check the path and the file name.")
UNREADABLE = Code("import.unreadable", "Cannot read the CSV file {path}: {reason}.",
                  "Check that the file is not open elsewhere and is readable.")
NO_HEADER = Code("import.no_header", "{file} is empty or has no header row.",
                 "Export the file again with column headers.")
NOT_CSV_HEADER = Code(
    "import.not_csv_header", "{file} is not a readable CSV file at the header: {reason}.",
    "Check the quoting and the [source] delimiter (a cell over {limit:,} characters is "
    "refused too).", types={"limit": int})
NOT_CSV_ROW = Code(
    "import.not_csv_row", "{file} is not a readable CSV file at row {row}: {reason}.",
    "Check the quoting and the [source] delimiter (a cell over {limit:,} characters is "
    "refused too).", types={"row": int, "limit": int})
_ENCODING_FIX = ('Set [source] encoding in the mapping, e.g. "utf-8", "cp1250" (Central '
                 'European Windows), "cp1257" (Baltic) or "cp1251" (Cyrillic).')
_BYTE_FIX = ('Set [source] encoding in the mapping to the export\'s encoding, e.g. "utf-8", '
             '"cp1250" (Central European Windows), "cp1257" (Baltic) or "cp1251" (Cyrillic).')
BAD_BYTE_HEADER = Code(
    "import.bad_byte_header", "{file} is not {encoding} text: in the header, byte 0x{byte} "
    "does not fit (around {around}); nothing was imported.", _BYTE_FIX)
BAD_BYTE_ROW = Code(
    "import.bad_byte_row", "{file} is not {encoding} text: in row {row}, byte 0x{byte} does "
    "not fit (around {around}); nothing was imported.", _BYTE_FIX, types={"row": int})
ENCODING_UNKNOWN = Code("import.encoding_unknown",
                        "The encoding of {file} cannot be told from its content.",
                        _ENCODING_FIX)
ENCODING_AMBIGUOUS = Code(
    "import.encoding_ambiguous", "{file} is not UTF-8, and several code pages read it "
    "equally well but differently: {readings}.",
    "Set [source] encoding in the mapping to the one whose reading is right (or export the "
    "file again as UTF-8).")
_MISREAD_FIX = ('Set [source] encoding = "utf-8" in the mapping (or leave it out to have the '
                "encoding detected) and run the dry run again.")
MISREAD_HEADER = Code(
    "import.misread_header", "{file} is UTF-8 text, not {encoding}: the header would be "
    "stored as {as_read} instead of {as_utf8}; nothing was imported.", _MISREAD_FIX)
MISREAD_ROW = Code(
    "import.misread_row", "{file} is UTF-8 text, not {encoding}: row {row} would be stored "
    "as {as_read} instead of {as_utf8}; nothing was imported.", _MISREAD_FIX,
    types={"row": int})
COLUMN_TWICE = Code("import.column_twice",
                    "{file} has the column {column} more than once, so {field} is ambiguous.",
                    "Rename one of the columns in the file.")
COLUMNS_MISSING = Code(
    "import.columns_missing", "{file} has no column {missing}. Its columns are: {columns}.",
    "Fix the header names under [columns] in the mapping (or the [source] delimiter if all "
    "columns appear as one).")
CHANGED = Code("import.changed",
               "{file} changed while it was being imported; nothing was imported.",
               "Let the program that writes it finish, then import again.")
CANCELLED = Code("import.cancelled", "The import was cancelled; nothing was imported.",
                 "Start it again when you are ready.")
ROWS_REJECTED = Code(
    "import.rows_rejected", "{count} of {rows} row(s) in {file} cannot be imported (first: "
    "{first}); nothing was imported.",
    "Run the import as a dry run to see every rejected row, fix the file or the mapping and "
    "import again, or use --skip-bad-rows to import the good rows.",
    types={"count": int, "rows": int})
_AGAIN_FIX = ("Map the reference column under [columns], import only the new rows, or pass "
              "--allow-duplicates if these really are other complaints.")
AGAIN_NO_REFERENCE_COLUMN = Code(
    "import.again_no_reference_column", "{file} was imported before ({cases} case(s)) and the "
    "mapping has no reference column, so importing it again would duplicate those cases.",
    _AGAIN_FIX, types={"cases": int})
AGAIN_ROWS_WITHOUT_REFERENCE = Code(
    "import.again_rows_without_reference", "{file} was imported before ({cases} case(s)) and "
    "{rows} row(s) have no reference, so importing it again would duplicate those cases.",
    _AGAIN_FIX, types={"cases": int, "rows": int})
REJECTS_NO_FOLDER = Code("import.rejects_no_folder",
                         "The folder {folder} for the rejects file does not exist.",
                         "Create it or choose another --rejects path.")
REJECTS_CANNOT_WRITE = Code("import.rejects_cannot_write",
                            "Cannot write the rejects file in {folder}: {reason}.",
                            "Choose a folder you can write to with --rejects.")
NO_PRESET = Code("import.no_preset", "There is no import preset {name}.",
                 "Use one of: {presets}; or write a mapping (start with --suggest).")
LANGUAGES_UNKNOWN = Code(
    "import.languages_unknown",
    "[source] languages lists a language the detector does not know ({reason}).",
    "Use ISO 639-1 codes such as en, de, hu, lv, uk.")

# -- the mapping file -----------------------------------------------------------------------
MAPPING_NO_FILE = Code(
    "import.mapping_no_file", "The import mapping {path} does not exist.",
    "Check the path, or start from a preset (--preset) or from import-csv FILE --suggest.")
MAPPING_UNREADABLE = Code("import.mapping_unreadable",
                          "Cannot read the import mapping {path}: {reason}.",
                          "Save it as UTF-8 text in a readable place.")
_MAPPING = "The import mapping {file}: "
_CORRECT = "Correct the mapping file (see docs/csv-import.md)."
MAPPING_REFUSED = Code("import.mapping_refused", _MAPPING + "refused: it {reason}.",
                       "Start again from resources/import/example-mapping.toml.")
MAPPING_NOT_TOML = Code("import.mapping_not_toml", _MAPPING + "not valid TOML ({reason}).",
                        _CORRECT)
MAPPING_NOT_A_TABLE = Code("import.mapping_not_a_table", _MAPPING + "[{key}] must be a table.",
                           _CORRECT)
MAPPING_NOT_TEXT = Code("import.mapping_not_text", _MAPPING + "{where} must be a non-empty text.",
                        _CORRECT)
MAPPING_UNKNOWN_KEYS = Code("import.mapping_unknown_keys",
                            _MAPPING + "[{section}] has unknown key(s) {keys}.",
                            "Use {allowed}.")
MAPPING_UNKNOWN_FIELDS = Code("import.mapping_unknown_fields",
                              _MAPPING + "[columns] has unknown field(s) {keys}.",
                              "Our fields are: {allowed}.")
MAPPING_UNKNOWN_SECTIONS = Code("import.mapping_unknown_sections",
                                _MAPPING + "unknown section(s) {keys}.",
                                "Use only these sections: {allowed}.")
MAPPING_REFUSED_DEFAULTS = Code(
    "import.mapping_refused_defaults", _MAPPING + "[defaults] has unknown or refused key(s) "
    "{keys}.", "Defaults may be set for {allowed}; a reference, the complaint's words and the "
    "customer always come from the row.")
MAPPING_NOT_DROPPABLE = Code(
    "import.mapping_not_droppable", _MAPPING + "[on_invalid] has unknown or required "
    "field(s) {keys}.", "Only these may drop a bad value: {allowed}.")
MAPPING_DELIMITER = Code("import.mapping_delimiter",
                         _MAPPING + "[source] delimiter {value} must be one character.",
                         'Use for example ",", ";" or "\\t" (tab).')
MAPPING_ENCODING = Code("import.mapping_encoding",
                        _MAPPING + "[source] encoding {value} is not known.",
                        'Use for example "utf-8", "cp1250", "cp1251" or "cp1257", or leave it '
                        "out to have it detected.")
MAPPING_DATE_FORMATS = Code(
    "import.mapping_date_formats", _MAPPING + "[source] date_formats must be a list of "
    "strptime formats.", 'For example date_formats = ["%d/%m/%Y %H:%M"].')
MAPPING_DST_FOLD = Code("import.mapping_dst_fold",
                        _MAPPING + "[source] dst_fold {value} is not a rule.",
                        "Use one of: {rules}.")
MAPPING_LANGUAGES = Code(
    "import.mapping_languages", _MAPPING + "[source] languages must be a list of two-letter "
    "codes.", 'For example languages = ["en", "de", "hu"].')
MAPPING_MISSING_COLUMNS = Code(
    "import.mapping_missing_columns", _MAPPING + "[source] missing_columns {value} is not a "
    "rule.", '"refuse" (a typo in a header name stops the import) or "skip" (a preset\'s '
    "optional columns may be missing from a file).")
MAPPING_TIMEZONE = Code(
    "import.mapping_timezone", _MAPPING + "[source] timezone {value} is not a known time "
    "zone.", 'Use a zone name such as "Europe/Riga", "Europe/Budapest" or "Europe/Kyiv".')
MAPPING_REQUIRED = Code(
    "import.mapping_required", _MAPPING + "[columns] must name the column for {fields}.",
    'For example opened_at = "Created" and words = "Description" (an export without dates: '
    '[defaults] opened_at = "2024-01-01").')
MAPPING_CREATE_UNKNOWN = Code(
    "import.mapping_create_unknown", _MAPPING + "[categories] create_unknown must be true or "
    "false.", _CORRECT)
MAPPING_DEFAULT_DATE = Code("import.mapping_default_date",
                            _MAPPING + "[defaults] {key} {value} is not a date.",
                            'Write it as "2024-01-01" or "2024-01-01 09:00".')
MAPPING_DEFAULT_SCORE = Code(
    "import.mapping_default_score", _MAPPING + "[defaults] {key} must be a whole number from "
    "{low} to {high}.", _CORRECT, types={"low": int, "high": int})
MAPPING_RULE = Code("import.mapping_rule", _MAPPING + "[on_invalid] {key} = {value} is not a "
                    "rule.", 'Use "drop" (keep the row without the value) or "reject".')
MAPPING_LANGUAGE_CODE = Code(
    "import.mapping_language_code", _MAPPING + "{where} = {value} is not a two-letter language "
    "code.", 'Use an ISO 639-1 code such as "en", "de", "hu", "lv" or "uk".')
MAPPING_UNKNOWN_ID = Code("import.mapping_unknown_id",
                          _MAPPING + "{where} = {value} is not one of our {group} ids.",
                          "Use one of: {choices}.")


def refuse(refusal: Refusal) -> RecoveryDeskError:
    """The error to raise for ``refusal`` (its English text, its code and parameters)."""
    return RecoveryDeskError.refusing(refusal)
