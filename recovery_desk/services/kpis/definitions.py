"""What each Dashboard figure means: the English definition every tile carries.

The UI shows a translated definition per tile key (``ui/common/kpi_texts.py``) and falls
back to this one; the percentile notes say whether a tile's percentiles are exact.
"""

from __future__ import annotations

DEFINITIONS = {
    "cases": "Complaints opened in the period and scope (practice cases never count).",
    "csat": "CSAT: share of satisfaction answers of 4 or 5 on the 1-5 scale, among the cases "
            "with an answer (the latest answer of each case). Declined or not asked is "
            "unknown: left out, and counted beside the figure.",
    "nps": "Net promoter score: percent of promoters (9-10) minus percent of detractors "
           "(0-6) among the cases that answered how likely they are to recommend (0-10); "
           "declined or not asked is unknown, counted beside the figure.",
    "effort": "Customer effort score: mean agreement that the issue was easy to handle, "
              "from 1 (strongly disagree) to 7 (strongly agree), among the cases that "
              "answered the effort question (declined or not asked is unknown, counted "
              "beside the figure).",
    "acceptance": "Acceptance rate: share of cases whose customer accepted the resolution "
                  "fully, among all cases with an answer; 'partly' counts as not accepted "
                  "(it puts the customer on the watchlist).",
    "first_contact_resolution": "First-contact resolution: share of closed cases with a "
                                "known outcome that were closed as recovered with no "
                                "follow-up contact at all (no follow-up done, so never on a "
                                "follow-up or reopened). Cases closed with outcome unknown "
                                "are counted apart.",
    "first_response_median": "First response time, median: from opening the case to the "
                              "end of its first acknowledge, apologize or control stage.",
    "first_response_p90": "First response time, 90th percentile: 9 in 10 acknowledged "
                          "cases were acknowledged within this time.",
    "resolution_time_median": "Time to resolution, median: from opening the case to the "
                              "customer first accepting the resolution fully.",
    "resolution_time_p90": "Time to resolution, 90th percentile: 9 in 10 resolved cases "
                           "were resolved within this time.",
    "cost_per_resolution": "Cost per resolution: total redress given on cases closed as "
                           "recovered, divided by the number of those cases (cases resolved "
                           "without money count as zero). One tile per currency, never "
                           "converted; the tile's unit is the currency.",
    "recovery_rate": "Recovery rate: share of closed cases with a known outcome that were "
                     "closed with a satisfied customer (outcome recovered). Cases closed "
                     "with outcome unknown are counted apart; withdrawn cases are not "
                     "closed.",
    "unknown_outcomes": "Outcome unknown: closed cases where nobody knows whether the "
                        "customer was satisfied (history imported without satisfaction "
                        "answers, or a customer who would not say). Left out of the recovery "
                        "rate and first-contact resolution, never counted as not recovered.",
    "watchlist": "Watchlist: customers in scope not fully satisfied yet (on the watchlist "
                 "now).",
    "overdue_follow_ups": "Overdue follow-ups: follow-ups due before now and not done.",
    "acknowledged_on_time": "Acknowledged on time: share of complaints under a clock rule "
                            "pack acknowledged by their deadline, among those whose "
                            "acknowledgement is decided (sent, or its deadline passed); one "
                            "closed by a summary resolution in time is not counted.",
    "final_response_on_time": "Final response on time: share of complaints under a clock "
                              "rule pack given their final response by its deadline, among "
                              "those whose final response is decided (sent, or its deadline "
                              "passed); one closed by a summary resolution in time is not "
                              "counted.",
}
PERCENTILE_NOTE = (" Percentiles interpolate between the two nearest values "
                   "(percentile_cont); exact.")
APPROXIMATE_NOTE = (" Over 10,000 cases, percentiles come from a uniform sample of about "
                    "20,000 cases (by case id), counted in 0.25 % buckets: the value is "
                    "within 0.125 % of a value whose rank is within 0.9 percentile points "
                    "of the one asked for (99 % of the time; for a breakdown row, within "
                    "0.9 points times the square root of 1 / its share of the cases).")
