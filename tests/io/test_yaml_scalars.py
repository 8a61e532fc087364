"""Front matter values that any YAML reader (go-yaml for blogsync, YAML 1.1 or 1.2) would type are quoted."""

from __future__ import annotations

import pytest
import yaml

from editor.io.export import yaml_scalar


@pytest.mark.parametrize(
    "text",
    ["y", "N", "yes", "off", "1e3", "0o17", "0x1F", "1_000", "1:20", ".inf", "12", "2026-03-01", "~", "null"],
)
def test_values_other_readers_would_type_are_quoted(text: str) -> None:
    out = yaml_scalar(text)
    assert out.startswith('"') and yaml.safe_load(f"k: {out}") == {"k": text}


@pytest.mark.parametrize("text", ["MoA⚡️港の協議", "plain title", "翻訳"])
def test_ordinary_text_stays_plain(text: str) -> None:
    assert yaml_scalar(text) == text
