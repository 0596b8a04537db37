"""Names of the data in the languages the data does not hold (Arabic, Chinese, Russian).

The data carries English, French and Spanish names; the names and descriptions of regions,
dimensions and the comparison's fact rows in the other UN languages come from the interface's
translations (context "ContentNames"), as the agreement labels do. A name missing from the
translations stays English. No QtWidgets: the command line's sheets use it too.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP

from rcpdesk.catalog import model

CONTEXT = "ContentNames"

# Every region and dimension name (and description) of data/regions.yaml and data/dimensions.yaml,
# and the comparison's fact rows (a test holds this list to the catalog).
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
    # the dimensions' descriptions
    QT_TRANSLATE_NOOP("ContentNames", "What the process is meant to achieve."),
    QT_TRANSLATE_NOOP("ContentNames", "Meeting levels, chair, secretariat, workshops, focal points."),
    QT_TRANSLATE_NOOP("ContentNames", "Who takes part: states, ministries, international organizations, observers."),
    QT_TRANSLATE_NOOP("ContentNames", "Declarations, recommendations, plans of action, guidelines, information."),
    QT_TRANSLATE_NOOP("ContentNames", "How the process and its activities are paid for."),
    QT_TRANSLATE_NOOP("ContentNames", "Whether and how NGOs and business take part."),
    QT_TRANSLATE_NOOP("ContentNames", "The scope of issues and the government departments involved."),
    QT_TRANSLATE_NOOP("ContentNames", "Concrete results and impact."),
    QT_TRANSLATE_NOOP("ContentNames", "What makes the process work, or not."),
    QT_TRANSLATE_NOOP("ContentNames", "Internal reviews and external evaluations."),
    QT_TRANSLATE_NOOP("ContentNames", "Exchanges with other RCPs."),
    QT_TRANSLATE_NOOP("ContentNames", "Links with economic, political and security institutions."),
    # the comparison's profile fact rows (rcpdesk/catalog/rows.py): names and descriptions
    QT_TRANSLATE_NOOP("ContentNames", "Secretariat"),
    QT_TRANSLATE_NOOP("ContentNames", "Who runs the process between meetings, and where."),
    QT_TRANSLATE_NOOP("ContentNames", "Chair"),
    QT_TRANSLATE_NOOP("ContentNames", "Who chairs now, and how the chair is chosen."),
    QT_TRANSLATE_NOOP("ContentNames", "Members"),
    QT_TRANSLATE_NOOP("ContentNames", "Member states: how many, and which."),
    QT_TRANSLATE_NOOP("ContentNames", "Observers"),
    QT_TRANSLATE_NOOP("ContentNames", "Observer states."),
    QT_TRANSLATE_NOOP("ContentNames", "Established"),
    QT_TRANSLATE_NOOP("ContentNames", "The year the process was founded, and the founding event."),
    QT_TRANSLATE_NOOP("ContentNames", "Status"),
    QT_TRANSLATE_NOOP("ContentNames", "Active, dormant or ended."),
    QT_TRANSLATE_NOOP("ContentNames", "Type"),
    QT_TRANSLATE_NOOP("ContentNames", "Regional consultative process or inter-regional forum."),
    QT_TRANSLATE_NOOP("ContentNames", "Meeting levels"),
    QT_TRANSLATE_NOOP("ContentNames", "Ministerial, senior officials, technical."),
    QT_TRANSLATE_NOOP("ContentNames", "Website"),
    QT_TRANSLATE_NOOP("ContentNames", "The process's own website."),
)


def install(translate: Callable[[str, str], str]) -> None:
    """Names.get(lang) for ar, zh and ru reads the installed translation (English without one),
    through `translate(context, text)`: the sheets' translate, so that a pack written in Arabic
    from an English window reads its own words (passed in: this module imports no sheets)."""
    model.set_name_translator(lambda english, _lang: translate("ContentNames", english))
