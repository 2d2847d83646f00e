"""Every refusal the flow can give has a translatable sentence in the interface."""

from __future__ import annotations

import ast
from pathlib import Path

from recovery_desk.domain import flow
from recovery_desk.ui.common import flow_texts


def _flow_messages() -> list[str]:
    tree = ast.parse(Path(flow.__file__).read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "FlowError":
            arg = node.args[0] if node.args else None
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                found.append(arg.value)
    return found


def test_every_fixed_flow_message_has_a_template() -> None:
    messages = _flow_messages()
    assert len(messages) > 20
    missing = [m for m in messages if m not in flow_texts._FIXED]
    assert missing == []


def test_sentences_with_values_are_matched() -> None:
    assert flow_texts.sentence("Tick “Let the customer finish”.") == \
        "Tick “Let the customer finish”."
    assert flow_texts.sentence("Refund needs an amount above zero.") == \
        "Refund needs an amount above zero."
    assert flow_texts.sentence("There is no user “Fay” on this log.") == \
        "There is no user “Fay” on this log."
    assert any(p.match("There is no user “Fay” on this log.") for p, _ in flow_texts._PATTERNS)
    error = flow.FlowError("a b", ["Tick “x”.", "Record the customer's satisfaction."])
    assert flow_texts.flow_message(error) == "Tick “x”. Record the customer's satisfaction."
