"""The rows a comparison can show: a process's profile facts, then the report's dimensions.

A profile fact row reads the same sourced fact the profile shows (secretariat, chair, members,
...); status and type are the data's classification of the process. Their ids are the command
line's (`--dimensions secretariat,funding`) and never clash with a dimension id.
"""

from __future__ import annotations

from typing import NamedTuple

from rcpdesk.catalog.model import Names


class FactRow(NamedTuple):
    id: str  # the row id a delegate types: meeting-levels
    field: str  # the process field it reads: meeting_levels ("status", "type": the summary's)
    names: Names
    descriptions: Names


FACT_ROWS: tuple[FactRow, ...] = (
    FactRow("secretariat", "secretariat",
            Names("Secretariat", "Secrétariat", "Secretaría"),
            Names("Who runs the process between meetings, and where.",
                  "Qui fait fonctionner le processus entre les réunions, et où.",
                  "Quién hace funcionar el proceso entre reuniones, y dónde.")),
    FactRow("chair", "chair",
            Names("Chair", "Présidence", "Presidencia"),
            Names("Who chairs now, and how the chair is chosen.",
                  "Qui préside actuellement, et comment la présidence est choisie.",
                  "Quién preside ahora, y cómo se elige la presidencia.")),
    FactRow("members", "members",
            Names("Members", "Membres", "Miembros"),
            Names("Member states: how many, and which.",
                  "États membres : combien, et lesquels.",
                  "Estados miembros: cuántos, y cuáles.")),
    FactRow("observers", "observers",
            Names("Observers", "Observateurs", "Observadores"),
            Names("Observer states.", "États observateurs.", "Estados observadores.")),
    FactRow("established", "established",
            Names("Established", "Création", "Creación"),
            Names("The year the process was founded, and the founding event.",
                  "L’année de création du processus, et l’événement fondateur.",
                  "El año de creación del proceso, y el acto fundacional.")),
    FactRow("status", "status",
            Names("Status", "Statut", "Situación"),
            Names("Active, dormant or ended.", "Actif, en sommeil ou terminé.",
                  "Activo, inactivo o terminado.")),
    FactRow("type", "type",
            Names("Type", "Type", "Tipo"),
            Names("Regional consultative process or inter-regional forum.",
                  "Processus consultatif régional ou forum interrégional.",
                  "Proceso consultivo regional o foro interregional.")),
    FactRow("meeting-levels", "meeting_levels",
            Names("Meeting levels", "Niveaux de réunion", "Niveles de reunión"),
            Names("Ministerial, senior officials, technical.",
                  "Ministériel, hauts fonctionnaires, technique.",
                  "Ministerial, altos funcionarios, técnico.")),
    FactRow("website", "website",
            Names("Website", "Site web", "Sitio web"),
            Names("The process's own website.", "Le site web du processus.",
                  "El sitio web del proceso.")),
)

FACT_ROW_IDS = tuple(row.id for row in FACT_ROWS)
FACT_ROWS_BY_ID = {row.id: row for row in FACT_ROWS}
# The facts a new comparison opens with, before the report's dimensions.
DEFAULT_FACT_ROWS = ("secretariat", "chair", "members", "established", "status")
# Read from the process's summary, not from a sourced fact.
SUMMARY_FIELDS = ("status", "type")
