"""The benchmark runs end to end on a small log and prints its figures as JSON."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path


def test_bench_log_figures_on_a_small_log(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", "from recovery_desk.cli.main import main; raise SystemExit(main())",
         "bench", "--cases", "300", "--only", "log", "--keep", str(tmp_path), "--json"],
        capture_output=True, text=True, timeout=600,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen",
             "RECOVERY_DESK_HOME": str(tmp_path / "home")})
    assert result.returncode == 0, result.stderr[-2000:]
    figures = json.loads(result.stdout)
    assert figures["log_cases"] >= 300
    for name in ("log_first_page_ms", "raw_first_page_ms", "log_filter_page_ms_worst",
                 "log_filter_pages_both_ways_ms_worst", "log_search_common_first_page_ms",
                 "log_model_rss_mb_max"):
        assert isinstance(figures[name], (int, float)), name
    assert figures["log_filter_pages_both_ways"] >= 2 * figures["log_filter_pages"]


def test_bench_trust_figures_include_signing_a_checkpoint(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", "from recovery_desk.cli.main import main; raise SystemExit(main())",
         "bench", "--cases", "100", "--only", "trust", "--keep", str(tmp_path), "--json"],
        capture_output=True, text=True, timeout=600,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen",
             "RECOVERY_DESK_HOME": str(tmp_path / "home")})
    assert result.returncode == 0, result.stderr[-2000:]
    figures = json.loads(result.stdout)
    for name in ("checkpoint_sign_us_median", "checkpoint_verify_us_median",
                 "raw_sha256_same_message_us_median"):
        assert isinstance(figures[name], (int, float)) and figures[name] > 0, name
    # Ed25519 costs far more than a hash, and still well under a millisecond
    assert figures["raw_sha256_same_message_us_median"] < figures["checkpoint_sign_us_median"]
    assert figures["checkpoint_verify_us_median"] < 5000
