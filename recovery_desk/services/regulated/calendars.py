"""Business calendars for rule packs: public holidays from the ``holidays`` library.

The library is maintained per country and region (England and Wales, Scotland, Northern
Ireland, each Australian state, Hungary, Latvia, Ukraine…). Holidays are looked up for a
window of years around the moment that matters and cached per region; the organization's
own closed days from the pack are added on top.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from recovery_desk.core.errors import RecoveryDeskError
from recovery_desk.domain.clocks.calendar import BusinessCalendar
from recovery_desk.domain.clocks.pack import ClockPack
from recovery_desk.domain.refusal import Code

#: Years looked up around the current one: covers a case received late last year and a
#: 35-business-day extension running into next year.
_YEARS_BACK, _YEARS_AHEAD = 3, 3


class UnknownRegion(RecoveryDeskError):
    """A pack names a region the holidays library does not know."""


NO_SUCH_REGION = Code("clock.no_such_region",
                      "The holiday calendar for region {region!r} is not known.",
                      "Use a country code with an optional region the holidays library "
                      "lists, for example GB-ENG, GB-SCT, AU-VIC, HU, LV or UA.")


@lru_cache(maxsize=64)
def public_holidays(region: str, first_year: int, last_year: int) -> frozenset[date]:
    import holidays  # only a regulated pack needs it: the Desk imports this module at start

    country, _, subdiv = region.partition("-")
    try:
        found = holidays.country_holidays(country, subdiv=subdiv or None,
                                          years=range(first_year, last_year + 1))
    except (NotImplementedError, KeyError) as exc:
        raise UnknownRegion.refusing(NO_SUCH_REGION(region=region)) from exc
    return frozenset(found.keys())


def calendar_for(pack: ClockPack, around: date) -> BusinessCalendar:
    """The pack's business calendar with holidays for the years around ``around``."""
    closed = public_holidays(pack.region, around.year - _YEARS_BACK, around.year + _YEARS_AHEAD)
    return BusinessCalendar(zone=pack.zone, opens=pack.opens, closes=pack.closes,
                            closed=closed | pack.closed_days)
