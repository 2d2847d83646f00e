"""Regulated clocks: business-day calendars, rule packs as data, deadlines and their state.

Pure rules only (no Qt, no database): ``calendar`` counts business time, ``pack`` reads and
validates rule packs, ``deadlines`` turns a receipt time into due times, ``facts`` folds a
case's regulated events, ``status`` says where each clock stands at a given moment.
"""
