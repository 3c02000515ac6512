"""Findings as text (for people), JSON (for scripts) and SARIF 2.1.0 (for code-scanning dashboards)."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from typing import Any

from toolkit import __version__
from toolkit.check import CHECKS
from toolkit.model import Finding

_SARIF_LEVEL = {"error": "error", "warning": "warning", "info": "note"}
_COLOR = {"error": "\033[31m", "warning": "\033[33m", "info": "\033[36m"}
_RESET, _BOLD = "\033[0m", "\033[1m"


def summary(findings: Sequence[Finding], units: int, files: int) -> dict[str, Any]:
    return {"files": files, "units": units, "findings": len(findings),
            "by_check": dict(sorted(Counter(f.check for f in findings).items())),
            "by_severity": dict(sorted(Counter(f.severity for f in findings).items()))}


def as_text(findings: Sequence[Finding], color: bool = False) -> str:
    """`file:line: severity: check-id: message`, then the source and target excerpts."""
    lines = []
    for f in findings:
        sev = f"{_COLOR[f.severity]}{f.severity}{_RESET}" if color else f.severity
        lines.append(f"{f.file}:{f.line}: {sev}: {f.check}: {f.message}")
        term = str(f.extra.get("term", ""))
        rendering = str(f.extra.get("rendering", ""))
        if f.source:
            lines.append(f"    source: {_highlight(_excerpt(f.source, term), term, color)}")
        if f.target:
            lines.append(f"    target: {_highlight(_excerpt(f.target, rendering), rendering, color)}")
    return "\n".join(lines)


def _excerpt(text: str, around: str, width: int = 160) -> str:
    if len(text) <= width:
        return text
    at = text.find(around) if around else -1
    start = max(0, min(at - width // 3, len(text) - width)) if at >= 0 else 0
    return ("…" if start else "") + text[start:start + width] + ("…" if start + width < len(text) else "")


def _highlight(text: str, term: str, color: bool) -> str:
    if not (color and term and term in text):
        return text
    return text.replace(term, f"{_BOLD}{term}{_RESET}", 1)


def as_json(findings: Sequence[Finding], units: int, files: int) -> str:
    rows = [{"file": f.file, "line": f.line, "check": f.check, "severity": f.severity, "message": f.message,
             "source": f.source, "target": f.target, "term_id": f.term_id, "lang": f.lang,
             **({"details": f.extra} if f.extra else {})} for f in findings]
    return json.dumps({"findings": rows, "summary": summary(findings, units, files)}, ensure_ascii=False,
                      indent=2, default=str)


def as_sarif(findings: Sequence[Finding]) -> str:
    """SARIF 2.1.0: one run, a rule per check, a result per finding with file and line."""
    rules = [{"id": c.id, "name": c.id.replace("-", " ").title().replace(" ", ""),
              "shortDescription": {"text": c.description},
              "defaultConfiguration": {"level": _SARIF_LEVEL[c.severity]}} for c in CHECKS.values()]
    index = {c: i for i, c in enumerate(CHECKS)}
    results = [{
        "ruleId": f.check, "ruleIndex": index[f.check], "level": _SARIF_LEVEL[f.severity],
        "message": {"text": f.message},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": f.file},
                                            "region": {"startLine": max(1, f.line)}}}],
        "properties": {"lang": f.lang, "termId": f.term_id, "source": f.source, "target": f.target},
    } for f in findings]
    doc = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0",
        "runs": [{"tool": {"driver": {"name": "onomast", "version": __version__,
                                      "informationUri": "https://github.com/onomast/onomast", "rules": rules}},
                  "results": results}],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2)
