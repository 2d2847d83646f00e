"""Clock rules against real calendars (the holidays library) and a simulated clock."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from recovery_desk.domain.clocks.calendar import BusinessCalendar
from recovery_desk.domain.clocks.deadlines import deadlines, extended_due, resumed_due
from recovery_desk.domain.clocks.pack import ClockPack, load_pack, load_packs
from recovery_desk.domain.playbook import PlaybookError
from recovery_desk.services.regulated.calendars import UnknownRegion, calendar_for, public_holidays

PACKS = Path(__file__).resolve().parents[2] / "resources" / "clocks"
LONDON = ZoneInfo("Europe/London")


def pack(name: str) -> ClockPack:
    return load_pack(PACKS / f"{name}.toml")


def dues(name: str, received: datetime) -> dict[str, datetime]:
    p = pack(name)
    return deadlines(p, calendar_for(p, received.date()), received)


def test_every_shipped_pack_loads() -> None:
    usable, unusable = load_packs((PACKS, False))
    assert unusable == {}
    assert {"fca-disp", "fca-disp-payments", "asic-rg271", "eu-psd2", "iso10002-default",
            "organization"} <= set(usable)


def test_fca_christmas_complaint_windows() -> None:
    """23 Dec 2026 10:00 London: 25 and 28 December are bank holidays (Boxing Day falls on a
    Saturday, so it is observed on Monday 28th)."""
    holidays_ = public_holidays("GB-ENG", 2026, 2027)
    assert {date(2026, 12, 25), date(2026, 12, 28)} <= holidays_
    d = dues("fca-disp", datetime(2026, 12, 23, 10, 0, tzinfo=LONDON))
    assert d["summary_resolution"] == datetime(2026, 12, 30, 17, 0, tzinfo=LONDON)
    assert d["final_response"].date() == date(2027, 2, 17)
    assert d["final_response"].astimezone(LONDON).hour == 23


def test_friday_evening_counts_from_monday() -> None:
    friday = datetime(2026, 3, 6, 19, 30, tzinfo=LONDON)  # after close of business
    d = dues("fca-disp", friday)
    # Monday 9 March is the day of receipt; the third business day after it is Thursday
    assert d["summary_resolution"] == datetime(2026, 3, 12, 17, 0, tzinfo=LONDON)
    assert d["final_response"].date() == date(2026, 3, 9) + timedelta(weeks=8)
    same_day = dues("fca-disp", datetime(2026, 3, 6, 11, 0, tzinfo=LONDON))
    assert same_day["summary_resolution"] == datetime(2026, 3, 11, 17, 0, tzinfo=LONDON)


def test_asic_final_response_after_30_calendar_days() -> None:
    sydney = ZoneInfo("Australia/Sydney")
    received = datetime(2026, 1, 23, 16, 0, tzinfo=sydney)  # Friday before Australia Day
    d = dues("asic-rg271", received)
    assert d["final_response"].date() == date(2026, 2, 22)  # calendar days, a Sunday
    # closed within 5 business days: Monday 26 January is Australia Day (NSW)
    assert d["summary_resolution"] == datetime(2026, 2, 2, 17, 0, tzinfo=sydney)
    assert d["acknowledge"] == datetime(2026, 1, 24, 16, 0, tzinfo=sydney)


def test_payments_extension_to_35_business_days() -> None:
    p = pack("fca-disp-payments")
    received = datetime(2026, 12, 23, 10, 0, tzinfo=LONDON)
    cal = calendar_for(p, received.date())
    d = deadlines(p, cal, received)
    # counted by hand: 24, 29, 30, 31 Dec (1 Jan is a holiday), 4-8, 11-15, 18 Jan
    assert d["final_response"] == datetime(2027, 1, 18, 17, 0, tzinfo=LONDON)
    # and on: 19-22 Jan (19), 25-29 (24), 1-5 Feb (29), 8-12 (34), 15 Feb (35)
    assert extended_due(p, cal, "final_response", received) == \
        datetime(2027, 2, 15, 17, 0, tzinfo=LONDON)


def test_scotland_has_its_own_holidays() -> None:
    assert date(2026, 11, 30) in public_holidays("GB-SCT", 2026, 2026)  # St Andrew's Day
    assert date(2026, 11, 30) not in public_holidays("GB-ENG", 2026, 2026)
    assert date(2026, 3, 15) in public_holidays("HU", 2026, 2026)
    assert date(2026, 5, 4) in public_holidays("LV", 2026, 2026)  # Restoration of Independence
    with pytest.raises(UnknownRegion, match="GB-ZZZ"):
        public_holidays("GB-ZZZ", 2026, 2026)


def test_paused_organization_clock_resumes_with_the_right_remainder() -> None:
    kyiv = ZoneInfo("Europe/Kyiv")
    cal = BusinessCalendar(zone=kyiv, opens=datetime(2026, 1, 1, 9).time(),
                           closes=datetime(2026, 1, 1, 18).time())
    p = pack("organization")
    received = datetime(2026, 3, 2, 10, 0, tzinfo=kyiv)  # Monday 10:00
    first = deadlines(p, cal, received)["acknowledge"]
    assert first == datetime(2026, 3, 2, 14, 0, tzinfo=kyiv)  # 4 business hours
    # paused at 11:30 (2.5 hours left), resumed Tuesday 17:00: one hour today, 1.5 Wednesday
    due = resumed_due(cal, "business_hours", first, datetime(2026, 3, 2, 11, 30, tzinfo=kyiv),
                      datetime(2026, 3, 3, 17, 0, tzinfo=kyiv))
    assert due == datetime(2026, 3, 4, 10, 30, tzinfo=kyiv)
    # a pause over the weekend costs nothing in business time
    friday_due = datetime(2026, 3, 6, 17, 0, tzinfo=kyiv)
    moved = resumed_due(cal, "business_hours", friday_due,
                        datetime(2026, 3, 6, 16, 0, tzinfo=kyiv),
                        datetime(2026, 3, 9, 9, 0, tzinfo=kyiv))
    assert moved == datetime(2026, 3, 9, 10, 0, tzinfo=kyiv)
    # calendar units keep calendar time
    cal_due = resumed_due(cal, "calendar_days", datetime(2026, 3, 10, 12, 0, tzinfo=kyiv),
                          datetime(2026, 3, 5, 12, 0, tzinfo=kyiv),
                          datetime(2026, 3, 7, 12, 0, tzinfo=kyiv))
    assert cal_due == datetime(2026, 3, 12, 12, 0, tzinfo=kyiv)


@pytest.mark.parametrize(("text", "key"), [
    ('[pack]\nid = "x"\n', "pack.time_zone"),
    ('[pack]\nid = "x"\ntime_zone = "Mars/Base"\n', "pack.time_zone"),
    ('[pack]\nid = "x"\ntime_zone = "UTC"\nregion = "england"\n', "pack.region"),
    ('[pack]\nid = "x"\ntime_zone = "UTC"\nregion = "GB"\nopens = "18:00"\nclocks = "x"\n'
     'closes = "09:00"\n', "pack.closes"),
    ('[pack]\nid = "x"\ntime_zone = "UTC"\nregion = "GB"\n[[clock]]\nid = "lunch"\n',
     "clock[0].id"),
    ('[pack]\nid = "x"\ntime_zone = "UTC"\nregion = "GB"\n[[clock]]\nid = "acknowledge"\n'
     'kind = "deadline"\nspan = 0\nunit = "weeks"\nmet_by = ["closed"]\nbasis = "b"\n',
     "clock[0].span"),
    ('[pack]\nid = "x"\ntime_zone = "UTC"\nregion = "GB"\n[[clock]]\nid = "acknowledge"\n'
     'kind = "deadline"\nspan = 2\nunit = "fortnights"\nmet_by = ["closed"]\n'
     'basis = "b"\n', "clock[0].unit"),
    ('[pack]\nid = "x"\ntime_zone = "UTC"\nregion = "GB"\n[[clock]]\nid = "acknowledge"\n'
     'kind = "deadline"\nspan = 2\nunit = "weeks"\nmet_by = ["magic"]\nbasis = "b"\n',
     "clock[0].met_by[0]"),
])
def test_broken_packs_name_the_key(tmp_path: Path, text: str, key: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PlaybookError) as caught:
        load_pack(path)
    assert caught.value.key == key
    assert str(caught.value).startswith("bad.toml: ")


def test_oversized_and_deep_packs_are_refused(tmp_path: Path) -> None:
    big = tmp_path / "big.toml"
    big.write_text("# " + "x" * 70_000 + "\n", encoding="utf-8")
    with pytest.raises(PlaybookError, match="at most 65536"):
        load_pack(big)
    deep = tmp_path / "deep.toml"
    deep.write_text("a = " + "[" * 20 + "]" * 20 + "\n", encoding="utf-8")
    with pytest.raises(PlaybookError, match="deeper than"):
        load_pack(deep)
    _, unusable = load_packs((tmp_path, True))
    assert set(unusable) == {"big.toml", "deep.toml"}
