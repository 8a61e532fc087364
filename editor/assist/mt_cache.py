"""Machine translations kept on disk, so a later offline session still has them."""

from __future__ import annotations

import time
from pathlib import Path

from editor.assist.mt import EngineConfig, translate
from editor.core import store
from editor.core.messages import Msg
from editor.core.paths import user_dirs


class MTCache(store.Store):
    WHAT = Msg("the machine-translation cache")
    SCHEMA = (
        "CREATE TABLE IF NOT EXISTS mt (engine TEXT, source_lang TEXT, target_lang TEXT, text TEXT,"
        " translation TEXT, created REAL, PRIMARY KEY (engine, source_lang, target_lang, text));"
    )

    def __init__(self, path: Path | None = None) -> None:
        super().__init__(path or user_dirs().cache / "mt-cache.sqlite")

    def get(self, engine: str, source: str, target: str, text: str) -> str | None:
        with self._lock:
            row = self.db.execute(
                "SELECT translation FROM mt WHERE engine=? AND source_lang=? AND target_lang=? AND text=?",
                (engine, source, target, text),
            ).fetchone()
        return str(row[0]) if row else None

    def put(self, engine: str, source: str, target: str, text: str, translation: str) -> None:
        with self._lock:
            self.db.execute(
                "INSERT OR REPLACE INTO mt VALUES (?, ?, ?, ?, ?, ?)",
                (engine, source, target, text, translation, time.time()),
            )
            self.db.commit()

    def translate(self, text: str, source: str, cfg: EngineConfig, **kw: object) -> tuple[str, bool]:
        """(translation, came from the cache)."""
        hit = self.get(cfg.engine, source, "ja", text)
        if hit is not None:
            return hit, True
        result = translate(text, source, cfg, **kw)  # type: ignore[arg-type]
        self.put(cfg.engine, source, "ja", text, result)
        return result, False
