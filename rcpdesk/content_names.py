"""Names of the data in the languages the data does not hold (Arabic, Chinese, Russian).

The data carries English, French and Spanish names; region and dimension names in the other UN
languages come from the interface's translations (context "ContentNames"), as the agreement
labels do. A name missing from the translations stays English. No QtWidgets: the command line's
sheets use it too.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from rcpdesk.catalog import model

CONTEXT = "ContentNames"

# Every region and dimension name of data/regions.yaml and data/dimensions.yaml (a test holds
# this list to the catalog).
NAMES = (
    QT_TRANSLATE_NOOP("ContentNames", "Europe"),
    QT_TRANSLATE_NOOP("ContentNames", "Asia and the Pacific"),
    QT_TRANSLATE_NOOP("ContentNames", "The Americas"),
    QT_TRANSLATE_NOOP("ContentNames", "Africa"),
    QT_TRANSLATE_NOOP("ContentNames", "Middle East and North Africa"),
    QT_TRANSLATE_NOOP("ContentNames", "Inter-regional forums"),
    QT_TRANSLATE_NOOP("ContentNames", "Objectives"),
    QT_TRANSLATE_NOOP("ContentNames", "Organization and working methods"),
    QT_TRANSLATE_NOOP("ContentNames", "Participation"),
    QT_TRANSLATE_NOOP("ContentNames", "Outputs"),
    QT_TRANSLATE_NOOP("ContentNames", "Funding"),
    QT_TRANSLATE_NOOP("ContentNames", "Civil society and private sector"),
    QT_TRANSLATE_NOOP("ContentNames", "Range of ministries"),
    QT_TRANSLATE_NOOP("ContentNames", "Achievements"),
    QT_TRANSLATE_NOOP("ContentNames", "Determinants of success and failure"),
    QT_TRANSLATE_NOOP("ContentNames", "Evaluation"),
    QT_TRANSLATE_NOOP("ContentNames", "Cross-fertilization"),
    QT_TRANSLATE_NOOP("ContentNames", "Relations with regional institutions"),
)


def _translated(english: str, lang: str) -> str:
    return QCoreApplication.translate(CONTEXT, english)


def install() -> None:
    """Names.get(lang) for ar, zh and ru reads the installed translation (English without one)."""
    model.set_name_translator(_translated)
