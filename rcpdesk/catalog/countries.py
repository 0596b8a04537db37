"""Country names in the UI language, from pycountry's own translations (gettext catalogues)."""

from __future__ import annotations

import gettext
from functools import cache

import pycountry

# pycountry names its Simplified Chinese catalogue by region (zh_CN); rcpdesk's "zh" is that.
_CATALOGUES = {"zh": "zh_CN"}


@cache
def _translator(lang: str) -> gettext.NullTranslations:
    try:
        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR,
                                   languages=[_CATALOGUES.get(lang, lang)])
    except OSError:
        return gettext.NullTranslations()


def localized_country_name(code: str, english: str, lang: str) -> str:
    """The country's name in lang (fr, es, ar, zh, ru), or the English name when none exists."""
    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        return english
    gettext = _translator(lang).gettext
    common = getattr(country, "common_name", None)
    if common:
        translated = gettext(common)
        if translated != common:
            return translated
    return gettext(country.name)
