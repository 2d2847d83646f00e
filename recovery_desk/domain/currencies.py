"""The currencies an offer may be in: any ISO 4217 code (the list, not a three-letter guess),
so a typo such as "GPB" in the settings is refused instead of recorded on an offer."""

from __future__ import annotations

import re

#: ISO 4217 currency codes in use (funds and precious metals included; XXX and XTS, "no
#: currency" and "testing", left out)
_CODES = """
AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BOV BRL BSD BTN
BWP BYN BZD CAD CDF CHE CHF CHW CLF CLP CNY COP COU CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP
ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK
JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK
MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN
PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL THB
TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD USN UYI UYU UYW UZS VED VES VND VUV WST XAF XAG
XAU XBA XBB XBC XBD XCD XCG XDR XOF XPD XPF XPT XSU XUA YER ZAR ZMW ZWG ZWL
"""
ISO_4217 = frozenset(_CODES.split())


def split_codes(text: str) -> list[str]:
    """Codes typed as a list ("gbp, EUR; huf"): upper-cased, in order, each once."""
    seen: dict[str, None] = {}
    for part in re.split(r"[\s,;]+", text.strip()):
        if part:
            seen.setdefault(part.upper(), None)
    return list(seen)


def not_currencies(codes: list[str]) -> list[str]:
    """The codes that are not ISO 4217 currencies."""
    return [code for code in codes if code not in ISO_4217]
