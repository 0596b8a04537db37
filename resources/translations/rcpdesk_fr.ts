<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About rcpdesk</source>
        <translation>À propos de rcpdesk</translation>
    </message>
    <message>
        <source>rcpdesk never goes online: links are shown as text.</source>
        <translation>rcpdesk ne se connecte jamais à Internet&#xa0;: les liens sont affichés sous forme de texte.</translation>
    </message>
    <message>
        <source>An offline reference for delegates to the Regional Consultative Processes on migration.</source>
        <translation>Un ouvrage de référence hors ligne pour les délégués aux processus consultatifs régionaux sur la migration.</translation>
    </message>
    <message>
        <source>Data edition:</source>
        <translation>Édition des données&#xa0;:</translation>
    </message>
    <message>
        <source>Profiles:</source>
        <translation>Profils&#xa0;:</translation>
    </message>
    <message>
        <source>Publishers:</source>
        <translation>Éditeurs&#xa0;:</translation>
    </message>
    <message>
        <source>The report:</source>
        <translation>Le rapport&#xa0;:</translation>
    </message>
    <message>
        <source>schema</source>
        <translation>schéma</translation>
    </message>
    <message>
        <source>{count} sources, from the processes&apos; own sites and records, IOM and research institutes. Each fact in the detail view names its sources and the date it holds for.</source>
        <translation>{count} sources&#xa0;: sites et archives des processus eux-mêmes, OIM et instituts de recherche. Chaque fait affiché dans la vue détaillée indique ses sources et la date à laquelle il se rapporte.</translation>
    </message>
</context>
<context>
    <name>BriefingPack</name>
    <message>
        <source>&amp;Briefing Pack…</source>
        <translation>&amp;Dossier d’information…</translation>
    </message>
    <message>
        <source>One document for a meeting: profiles, comparison, the report&apos;s findings, maps, your country and your notes</source>
        <translation>Un seul document pour une réunion : profils, comparaison, constatations du rapport, cartes, votre pays et vos notes</translation>
    </message>
    <message>
        <source>Save Briefing Pack</source>
        <translation>Enregistrer le dossier d’information</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Writing {path}…</source>
        <translation>Écriture de {path}…</translation>
    </message>
    <message>
        <source>The briefing pack was not saved to {path}: {reason}</source>
        <translation>Le dossier d’information n’a pas été enregistré dans {path} : {reason}</translation>
    </message>
    <message>
        <source>Briefing pack not saved</source>
        <translation>Dossier d’information non enregistré</translation>
    </message>
</context>
<context>
    <name>BriefingPackDialog</name>
    <message>
        <source>Briefing Pack</source>
        <translation>Dossier d’information</translation>
    </message>
    <message>
        <source>No country page</source>
        <translation>Pas de page pays</translation>
    </message>
    <message>
        <source>All notes; or tags such as budget, speech</source>
        <translation>Toutes les notes ; ou des étiquettes comme budget, discours</translation>
    </message>
    <message>
        <source>Your tags: {tags}</source>
        <translation>Vos étiquettes : {tags}</translation>
    </message>
    <message>
        <source>Made from the processes&apos; names</source>
        <translation>Composé à partir des noms des processus</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>Write Pack…</source>
        <translation>Écrire le dossier…</translation>
    </message>
    <message>
        <source>Processes:</source>
        <translation>Processus :</translation>
    </message>
    <message>
        <source>Rows to compare:</source>
        <translation>Lignes à comparer :</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vider</translation>
    </message>
    <message>
        <source>The Nine of 2005</source>
        <translation>Les neuf de 2005</translation>
    </message>
    <message>
        <source>Country page:</source>
        <translation>Page pays :</translation>
    </message>
    <message>
        <source>Notes tagged:</source>
        <translation>Notes étiquetées :</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier :</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>Choose at least one process and one row.</source>
        <translation>Choisissez au moins un processus et une ligne.</translation>
    </message>
    <message>
        <source>Counting pages…</source>
        <translation>Décompte des pages…</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 page</translation>
    </message>
    <message>
        <source>{n} pages</source>
        <translation>{n} pages</translation>
    </message>
    <message>
        <source>Cannot count the pages: {reason}</source>
        <translation>Impossible de compter les pages : {reason}</translation>
    </message>
</context>
<context>
    <name>ColoursDialog</name>
    <message>
        <source>Note colours</source>
        <translation>Couleurs des notes</translation>
    </message>
    <message>
        <source>Name each colour for what it means to you; notes keep their colour.</source>
        <translation>Nommez chaque couleur selon ce qu’elle signifie pour vous&#xa0;; les notes conservent leur couleur.</translation>
    </message>
    <message>
        <source>Name of the colour {hex}</source>
        <translation>Nom de la couleur {hex}</translation>
    </message>
    <message>
        <source>Every colour needs a name.</source>
        <translation>Chaque couleur doit avoir un nom.</translation>
    </message>
    <message>
        <source>Two colours cannot have the same name.</source>
        <translation>Deux couleurs ne peuvent pas porter le même nom.</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>The report records no shared finding on this.</source>
        <translation>Le rapport ne consigne aucune constatation commune sur ce point.</translation>
    </message>
    <message>
        <source>{citation} · {agreement}</source>
        <translation>{citation} · {agreement}</translation>
    </message>
    <message>
        <source>[ ] editor&apos;s gloss</source>
        <translation>[ ] glose de l’éditeur</translation>
    </message>
    <message>
        <source>{count} more findings</source>
        <translation>{count} autres constatations</translation>
    </message>
    <message>
        <source>1 more finding</source>
        <translation>1 autre constatation</translation>
    </message>
    <message>
        <source>2005 report, {citation}. Agreement: {agreement}.</source>
        <translation>Rapport de 2005, {citation}. Niveau d’accord&#xa0;: {agreement}.</translation>
    </message>
    <message>
        <source>Words in [square brackets] are the editor&apos;s, from the paragraph; the report reads: “{text}”</source>
        <translation>Les mots entre [crochets] sont de l’éditeur, tirés du paragraphe ; le rapport dit : « {text} »</translation>
    </message>
    <message>
        <source>You have notes on {citations}.</source>
        <translation>Vous avez des notes sur {citations}.</translation>
    </message>
    <message>
        <source>Double-click to read every finding on this row.</source>
        <translation>Double-cliquez pour lire toutes les constatations de cette ligne.</translation>
    </message>
    <message>
        <source>Double-click to read the paragraph.</source>
        <translation>Double-cliquez pour lire le paragraphe.</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>{value} (unverified)</source>
        <translation>{value} (non vérifié)</translation>
    </message>
    <message>
        <source>{value} (as of {date})</source>
        <translation>{value} (au {date})</translation>
    </message>
    <message>
        <source>{process}: {value}</source>
        <translation>{process}&#xa0;: {value}</translation>
    </message>
    <message>
        <source>Not known: no source found for this.</source>
        <translation>Inconnu&#xa0;: aucune source trouvée à ce sujet.</translation>
    </message>
    <message>
        <source>As of {date}</source>
        <translation>À jour au {date}</translation>
    </message>
    <message>
        <source>Not yet checked against a source.</source>
        <translation>Pas encore vérifié auprès d’une source.</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Source&#xa0;: {source}</translation>
    </message>
    <message>
        <source>{line} (accessed {date})</source>
        <translation>{line} (consulté le {date})</translation>
    </message>
    <message>
        <source>Another source gives: {value}</source>
        <translation>Une autre source indique&#xa0;: {value}</translation>
    </message>
    <message>
        <source>Double-click to open the process.</source>
        <translation>Double-cliquez pour ouvrir le processus.</translation>
    </message>
    <message>
        <source>The report&apos;s finding</source>
        <translation>Constatation du rapport</translation>
    </message>
    <message>
        <source>The 2005 workshop report&apos;s finding that bears most on each row, with its paragraph, how widely participants agreed and how many more findings there are</source>
        <translation>La constatation du rapport de l’atelier de 2005 qui porte le plus sur chaque ligne, avec son paragraphe, l’ampleur de l’accord des participants et le nombre d’autres constatations</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes :</translation>
    </message>
</context>
<context>
    <name>ComparisonPanel</name>
    <message>
        <source>No dimensions chosen: pick some under Dimensions.</source>
        <translation>Aucune dimension choisie&#xa0;: sélectionnez-en sous « Dimensions ».</translation>
    </message>
    <message>
        <source>No differences: the known values agree on every chosen dimension.</source>
        <translation>Aucune différence&#xa0;: les valeurs connues concordent pour toutes les dimensions choisies.</translation>
    </message>
    <message>
        <source>The known values differ on every chosen dimension.</source>
        <translation>Les valeurs connues diffèrent pour toutes les dimensions choisies.</translation>
    </message>
    <message>
        <source>One dimension hidden: the known values agree or none is known.</source>
        <translation>Une dimension masquée&#xa0;: les valeurs connues concordent ou aucune n’est connue.</translation>
    </message>
    <message>
        <source>{count} dimensions hidden: the known values agree or none is known.</source>
        <translation>{count} dimensions masquées&#xa0;: les valeurs connues concordent ou aucune n’est connue.</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Dimensions</translation>
    </message>
    <message>
        <source>Dimensions ({shown}/{total})</source>
        <translation>Dimensions ({shown}/{total})</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} rows.</source>
        <translation>{shown} lignes affichées sur {total}.</translation>
    </message>
    <message>
        <source>Profile facts first, then every dimension</source>
        <translation>Les faits des profils d’abord, puis toutes les dimensions</translation>
    </message>
    <message>
        <source>Every row</source>
        <translation>Toutes les lignes</translation>
    </message>
    <message>
        <source>From the profiles</source>
        <translation>Tirés des profils</translation>
    </message>
    <message>
        <source>The report&apos;s dimensions</source>
        <translation>Les dimensions du rapport</translation>
    </message>
    <message>
        <source>Remove from comparison</source>
        <translation>Retirer de la comparaison</translation>
    </message>
    <message>
        <source>Move left</source>
        <translation>Déplacer à gauche</translation>
    </message>
    <message>
        <source>Move right</source>
        <translation>Déplacer à droite</translation>
    </message>
    <message>
        <source>Open the process profile</source>
        <translation>Ouvrir le profil du processus</translation>
    </message>
    <message>
        <source>Processes…</source>
        <translation>Processus…</translation>
    </message>
    <message>
        <source>Choose the processes to compare</source>
        <translation>Choisir les processus à comparer</translation>
    </message>
    <message>
        <source>Choose processes to compare</source>
        <translation>Choisir les processus à comparer</translation>
    </message>
    <message>
        <source>Choose the dimensions to compare</source>
        <translation>Choisir les dimensions à comparer</translation>
    </message>
    <message>
        <source>Choose dimensions to compare</source>
        <translation>Choisir les dimensions à comparer</translation>
    </message>
    <message>
        <source>Show only where they differ</source>
        <translation>Seulement les différences</translation>
    </message>
    <message>
        <source>Hide dimensions where every known value is the same, or where none is known</source>
        <translation>Masquer les dimensions où toutes les valeurs connues sont identiques, ou où aucune n’est connue</translation>
    </message>
    <message>
        <source>The report&apos;s finding</source>
        <translation>Constatation du rapport</translation>
    </message>
    <message>
        <source>Show what the 2005 report found on each dimension</source>
        <translation>Afficher ce que le rapport de 2005 a constaté pour chaque dimension</translation>
    </message>
    <message>
        <source>Show the report&apos;s finding</source>
        <translation>Constatation du rapport</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vider</translation>
    </message>
    <message>
        <source>Remove every process from the comparison</source>
        <translation>Retirer tous les processus de la comparaison</translation>
    </message>
    <message>
        <source>Clear the comparison</source>
        <translation>Vider la comparaison</translation>
    </message>
    <message>
        <source>Comparison of processes by dimension</source>
        <translation>Comparaison des processus par dimension</translation>
    </message>
    <message>
        <source>Rows are profile facts and dimensions; the first column is the report&apos;s finding that fits the row, then one column per process. Double-click a cell to open it; Delete removes its process.</source>
        <translation>Les lignes sont les faits des profils et les dimensions ; la première colonne donne la constatation du rapport qui correspond à la ligne, puis une colonne par processus. Double-cliquez sur une cellule pour l’ouvrir ; Suppr retire son processus.</translation>
    </message>
    <message>
        <source>Choose processes with “Processes…” above, or add the nine processes that met at the 2005 workshop. You can also add a process from its profile or the process list. The rows start with the profile facts (secretariat, chair, members...), then the report&apos;s dimensions; the first column gives the 2005 report&apos;s finding that fits each row.</source>
        <translation>Choisissez des processus avec « Processus… » ci-dessus, ou ajoutez les neuf processus réunis à l’atelier de 2005. Vous pouvez aussi ajouter un processus depuis son profil ou la liste des processus. Les lignes commencent par les faits des profils (secrétariat, présidence, membres…), puis les dimensions du rapport ; la première colonne donne la constatation du rapport de 2005 qui correspond à chaque ligne.</translation>
    </message>
    <message>
        <source>Compare the nine processes whose delegates met at the 2005 workshop</source>
        <translation>Comparer les neuf processus dont les délégués se sont réunis à l’atelier de 2005</translation>
    </message>
    <message>
        <source>Processes compared</source>
        <translation>Processus comparés</translation>
    </message>
    <message>
        <source>No processes to compare yet</source>
        <translation>Aucun processus à comparer pour l’instant</translation>
    </message>
    <message>
        <source>Choose processes…</source>
        <translation>Choisir des processus…</translation>
    </message>
    <message>
        <source>Tick the processes to compare, by region</source>
        <translation>Cocher les processus à comparer, par région</translation>
    </message>
    <message>
        <source>Add the nine 2005 processes</source>
        <translation>Ajouter les neuf processus de 2005</translation>
    </message>
    <message>
        <source>Add the nine processes at the 2005 workshop</source>
        <translation>Ajouter les neuf processus présents à l’atelier de 2005</translation>
    </message>
</context>
<context>
    <name>ContentNames</name>
    <message>
        <source>Europe</source>
        <translation>Europe</translation>
    </message>
    <message>
        <source>Asia and the Pacific</source>
        <translation>Asie et Pacifique</translation>
    </message>
    <message>
        <source>The Americas</source>
        <translation>Amériques</translation>
    </message>
    <message>
        <source>Africa</source>
        <translation>Afrique</translation>
    </message>
    <message>
        <source>Middle East and North Africa</source>
        <translation>Moyen-Orient et Afrique du Nord</translation>
    </message>
    <message>
        <source>Inter-regional forums</source>
        <translation>Forums interrégionaux</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Organization and working methods</source>
        <translation>Organisation et méthodes de travail</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Participation</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Financement</translation>
    </message>
    <message>
        <source>Civil society and private sector</source>
        <translation>Société civile et secteur privé</translation>
    </message>
    <message>
        <source>Range of ministries</source>
        <translation>Éventail des ministères</translation>
    </message>
    <message>
        <source>Achievements</source>
        <translation>Réalisations</translation>
    </message>
    <message>
        <source>Determinants of success and failure</source>
        <translation>Facteurs de succès et d&apos;échec</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Cross-fertilization</source>
        <translation>Échanges entre processus</translation>
    </message>
    <message>
        <source>Relations with regional institutions</source>
        <translation>Relations avec les institutions régionales</translation>
    </message>
    <message>
        <source>What the process is meant to achieve.</source>
        <translation>Ce que le processus vise à accomplir.</translation>
    </message>
    <message>
        <source>Meeting levels, chair, secretariat, workshops, focal points.</source>
        <translation>Niveaux de réunion, présidence, secrétariat, ateliers, points focaux.</translation>
    </message>
    <message>
        <source>Who takes part: states, ministries, international organizations, observers.</source>
        <translation>Qui participe : États, ministères, organisations internationales, observateurs.</translation>
    </message>
    <message>
        <source>Declarations, recommendations, plans of action, guidelines, information.</source>
        <translation>Déclarations, recommandations, plans d’action, lignes directrices, information.</translation>
    </message>
    <message>
        <source>How the process and its activities are paid for.</source>
        <translation>Comment le processus et ses activités sont financés.</translation>
    </message>
    <message>
        <source>Whether and how NGOs and business take part.</source>
        <translation>Si et comment les ONG et les entreprises y prennent part.</translation>
    </message>
    <message>
        <source>The scope of issues and the government departments involved.</source>
        <translation>L’éventail des questions traitées et des administrations concernées.</translation>
    </message>
    <message>
        <source>Concrete results and impact.</source>
        <translation>Résultats concrets et impact.</translation>
    </message>
    <message>
        <source>What makes the process work, or not.</source>
        <translation>Ce qui fait que le processus fonctionne, ou non.</translation>
    </message>
    <message>
        <source>Internal reviews and external evaluations.</source>
        <translation>Examens internes et évaluations externes.</translation>
    </message>
    <message>
        <source>Exchanges with other RCPs.</source>
        <translation>Échanges avec d’autres PCR.</translation>
    </message>
    <message>
        <source>Links with economic, political and security institutions.</source>
        <translation>Liens avec les institutions économiques, politiques et de sécurité.</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Secrétariat</translation>
    </message>
    <message>
        <source>Who runs the process between meetings, and where.</source>
        <translation>Qui fait fonctionner le processus entre les réunions, et où.</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Présidence</translation>
    </message>
    <message>
        <source>Who chairs now, and how the chair is chosen.</source>
        <translation>Qui préside actuellement, et comment la présidence est choisie.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Member states: how many, and which.</source>
        <translation>États membres : combien, et lesquels.</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>Observateurs</translation>
    </message>
    <message>
        <source>Observer states.</source>
        <translation>États observateurs.</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>The year the process was founded, and the founding event.</source>
        <translation>L’année de création du processus, et l’événement fondateur.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Active, dormant or ended.</source>
        <translation>Actif, en sommeil ou terminé.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Regional consultative process or inter-regional forum.</source>
        <translation>Processus consultatif régional ou forum interrégional.</translation>
    </message>
    <message>
        <source>Meeting levels</source>
        <translation>Niveaux de réunion</translation>
    </message>
    <message>
        <source>Ministerial, senior officials, technical.</source>
        <translation>Ministériel, hauts fonctionnaires, technique.</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>The process&apos;s own website.</source>
        <translation>Le site web du processus.</translation>
    </message>
</context>
<context>
    <name>CountryDetail</name>
    <message>
        <source>member</source>
        <translation>membre</translation>
    </message>
    <message>
        <source>observer</source>
        <translation>observateur</translation>
    </message>
    <message>
        <source>no source recorded</source>
        <translation>aucune source consignée</translation>
    </message>
    <message>
        <source>ISO 3166-1: {code}</source>
        <translation>ISO 3166-1&#xa0;: {code}</translation>
    </message>
    <message>
        <source>Code {code} (not an ISO 3166-1 code)</source>
        <translation>Code {code} (pas un code ISO 3166-1)</translation>
    </message>
    <message>
        <source>territory</source>
        <translation>territoire</translation>
    </message>
    <message>
        <source>Processes {first}–{last} of {total}</source>
        <translation>Processus {first} à {last} sur {total}</translation>
    </message>
    <message>
        <source>{process} ({role})</source>
        <translation>{process} ({role})</translation>
    </message>
    <message>
        <source>Other member ({n}):</source>
        <translation>Autre membre ({n})&#xa0;:</translation>
    </message>
    <message>
        <source>Other members ({n}):</source>
        <translation>Autres membres ({n})&#xa0;:</translation>
    </message>
    <message>
        <source>Observer ({n}):</source>
        <translation>Observateur ({n})&#xa0;:</translation>
    </message>
    <message>
        <source>Observers ({n}):</source>
        <translation>Observateurs ({n})&#xa0;:</translation>
    </message>
    <message>
        <source>since {year}</source>
        <translation>depuis {year}</translation>
    </message>
    <message>
        <source>year joined not known</source>
        <translation>année d’adhésion inconnue</translation>
    </message>
    <message>
        <source>{since} (as of {date})</source>
        <translation>{since} (à jour au {date})</translation>
    </message>
    <message>
        <source>as of {date}</source>
        <translation>à jour au {date}</translation>
    </message>
    <message>
        <source>{country} is a member of none of the processes recorded.</source>
        <translation>{country} n’est membre d’aucun des processus consignés.</translation>
    </message>
    <message>
        <source>Member of {n} process: </source>
        <translation>Membre de {n} processus&#xa0;: </translation>
    </message>
    <message>
        <source>Member of {n} processes: </source>
        <translation>Membre de {n} processus&#xa0;: </translation>
    </message>
    <message>
        <source>Observer in {n} process: </source>
        <translation>Observateur dans {n} processus&#xa0;: </translation>
    </message>
    <message>
        <source>Observer in {n} processes: </source>
        <translation>Observateur dans {n} processus&#xa0;: </translation>
    </message>
    <message>
        <source>and {n} more</source>
        <translation>et {n} autres</translation>
    </message>
    <message>
        <source>The report’s remarks on coverage (¶6, ¶13) do not concern the region of {country}.</source>
        <translation>Les observations du rapport sur la couverture (¶6, ¶13) ne concernent pas la région de {country}.</translation>
    </message>
    <message>
        <source>The Asia-Pacific, covered by more than one process</source>
        <translation>L’Asie-Pacifique, couverte par plusieurs processus</translation>
    </message>
    <message>
        <source>A gap in coverage: {area}</source>
        <translation>Une lacune de couverture&#xa0;: {area}</translation>
    </message>
    <message>
        <source>Today {country} is a member of {n} process.</source>
        <translation>Aujourd’hui, {country} est membre de {n} processus.</translation>
    </message>
    <message>
        <source>Today {country} is a member of {n} processes.</source>
        <translation>Aujourd’hui, {country} est membre de {n} processus.</translation>
    </message>
    <message>
        <source>Today {country} is still a member of none.</source>
        <translation>Aujourd’hui, {country} n’est toujours membre d’aucun.</translation>
    </message>
    <message>
        <source>the UN M49 definition</source>
        <translation>la définition M49 de l’ONU</translation>
    </message>
    <message>
        <source>the usual definition (for the Gulf States, the six of the Gulf Cooperation Council)</source>
        <translation>la définition usuelle (pour les États du Golfe, les six du Conseil de coopération du Golfe)</translation>
    </message>
    <message>
        <source>The report names areas, not countries; rcpdesk places {country} in {area} by {basis}.</source>
        <translation>Le rapport nomme des zones, non des pays&#xa0;; rcpdesk place {country} dans la zone « {area} » selon {basis}.</translation>
    </message>
    <message>
        <source>{country} is a member of {n} process.</source>
        <translation>{country} est membre de {n} processus.</translation>
    </message>
    <message>
        <source>{country} is a member of {n} processes.</source>
        <translation>{country} est membre de {n} processus.</translation>
    </message>
    <message>
        <source>Earlier memberships</source>
        <translation>Appartenances passées</translation>
    </message>
    <message>
        <source>Neighbours in each process</source>
        <translation>Voisins dans chaque processus</translation>
    </message>
    <message>
        <source>No other member is recorded.</source>
        <translation>Aucun autre membre n’est consigné.</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Each membership holds as of the date its source gives.</source>
        <translation>Chaque participation vaut à la date que donne sa source.</translation>
    </message>
    <message>
        <source>What the 2005 report says about coverage of its region</source>
        <translation>Ce que le rapport de 2005 dit de la couverture de sa région</translation>
    </message>
</context>
<context>
    <name>CoverageMapPanel</name>
    <message>
        <source>Coverage by year</source>
        <translation>Couverture par année</translation>
    </message>
    <message>
        <source>Members of a process</source>
        <translation>Membres d’un processus</translation>
    </message>
    <message>
        <source>What the map shows</source>
        <translation>Contenu de la carte</translation>
    </message>
    <message>
        <source>The process whose members and observers are shown</source>
        <translation>Le processus dont les membres et observateurs sont affichés</translation>
    </message>
    <message>
        <source>Coverage as it stood in a year: the processes founded by then, with the members their dated entries show for that year</source>
        <translation>La couverture telle qu’elle était une année donnée : les processus fondés à cette date, avec les membres que leurs entrées datées indiquent pour cette année</translation>
    </message>
    <message>
        <source>2005 (the report)</source>
        <translation>2005 (le rapport)</translation>
    </message>
    <message>
        <source>Coverage in 2005, the year of the workshop</source>
        <translation>La couverture en 2005, année de l’atelier</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Coverage today: every process</source>
        <translation>La couverture aujourd’hui&#xa0;: tous les processus</translation>
    </message>
    <message>
        <source>Zoom in (+, mouse wheel)</source>
        <translation>Zoom avant (+, molette de la souris)</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Zoom arrière (−)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>See the whole map again (0)</source>
        <translation>Revoir la carte entière (0)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Save the map as PNG, SVG or PDF</source>
        <translation>Enregistrer la carte en PNG, SVG ou PDF</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Print the map as shown</source>
        <translation>Imprimer la carte telle qu’elle est affichée</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <source>Export the map</source>
        <translation>Exporter la carte</translation>
    </message>
    <message>
        <source>The map could not be written: {reason}</source>
        <translation>La carte n’a pas pu être enregistrée&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Print the map</source>
        <translation>Imprimer la carte</translation>
    </message>
</context>
<context>
    <name>Detail</name>
    <message>
        <source>(English original)</source>
        <translation>(original en anglais)</translation>
    </message>
    <message>
        <source>(accessed {date})</source>
        <translation>(consulté le {date})</translation>
    </message>
    <message>
        <source>(names this process)</source>
        <translation>(nomme ce processus)</translation>
    </message>
    <message>
        <source>(text lost in the source scan)</source>
        <translation>(texte perdu dans la numérisation de la source)</translation>
    </message>
    <message>
        <source>All the report&apos;s findings on {dimension} →</source>
        <translation>Toutes les conclusions du rapport sur « {dimension} » →</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Présidence</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Dimensions</translation>
    </message>
    <message>
        <source>Dormant since {year}</source>
        <translation>En sommeil depuis {year}</translation>
    </message>
    <message>
        <source>Each entry gives the years a role began and ended, where a source says so; &quot;not known&quot; is not guessed from today&apos;s list.</source>
        <translation>Chaque entrée donne les années où un rôle a commencé et pris fin, lorsqu’une source le dit ; « inconnu » n’est pas déduit de la liste actuelle.</translation>
    </message>
    <message>
        <source>Ended in {year}</source>
        <translation>Terminé en {year}</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constatations</translation>
    </message>
    <message>
        <source>Findings {first}–{last} of {total}, strongest agreement first</source>
        <translation>Conclusions {first} à {last} sur {total}, de l’accord le plus large au plus étroit</translation>
    </message>
    <message>
        <source>Footnotes</source>
        <translation>Notes de bas de page</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>Fondation</translation>
    </message>
    <message>
        <source>Global process</source>
        <translation>Processus mondial</translation>
    </message>
    <message>
        <source>Guiding question:</source>
        <translation>Question directrice&#xa0;:</translation>
    </message>
    <message>
        <source>How to start</source>
        <translation>Pour commencer</translation>
    </message>
    <message>
        <source>Inter-regional forum</source>
        <translation>Forum interrégional</translation>
    </message>
    <message>
        <source>Listed in the 2005 report as</source>
        <translation>Classé dans le rapport de 2005 comme</translation>
    </message>
    <message>
        <source>Meeting levels</source>
        <translation>Niveaux des réunions</translation>
    </message>
    <message>
        <source>Member organizations</source>
        <translation>Organisations membres</translation>
    </message>
    <message>
        <source>Members ({count})</source>
        <translation>Membres ({count})</translation>
    </message>
    <message>
        <source>Membership over time</source>
        <translation>Composition au fil du temps</translation>
    </message>
    <message>
        <source>Name in the 2005 report</source>
        <translation>Nom dans le rapport de 2005</translation>
    </message>
    <message>
        <source>Name in this language</source>
        <translation>Nom dans cette langue</translation>
    </message>
    <message>
        <source>Named in the 2005 report at</source>
        <translation>Cité dans le rapport de 2005 au</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Observers ({count})</source>
        <translation>Observateurs ({count})</translation>
    </message>
    <message>
        <source>Only the lists above are recorded (as of {dates}): when each country joined, and whether it still takes part, is not known.</source>
        <translation>Seules les listes ci-dessus sont enregistrées (à la date du {dates}) : on ne sait pas quand chaque pays a adhéré, ni s’il participe encore.</translation>
    </message>
    <message>
        <source>Other findings</source>
        <translation>Autres constatations</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Autres noms</translation>
    </message>
    <message>
        <source>Other sources give:</source>
        <translation>D’autres sources indiquent&#xa0;:</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} sur {pages}</translation>
    </message>
    <message>
        <source>Paragraphs {first}–{last} of {total}</source>
        <translation>Paragraphes {first} à {last} sur {total}</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Pick a process, a paragraph, a dimension or a country in the tree on the left.</source>
        <translation>Choisissez un processus, un paragraphe, une dimension ou un pays dans l’arborescence à gauche.</translation>
    </message>
    <message>
        <source>Predecessor</source>
        <translation>Prédécesseur</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Processes by region</source>
        <translation>Processus par région</translation>
    </message>
    <message>
        <source>Processes {first}–{last} of {total}</source>
        <translation>Processus {first} à {last} sur {total}</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Regional Consultative Processes on migration</source>
        <translation>Processus consultatifs régionaux sur la migration</translation>
    </message>
    <message>
        <source>Regional consultative process</source>
        <translation>Processus consultatif régional</translation>
    </message>
    <message>
        <source>Right-click processes to add them to the comparison; Alt+Left goes back.</source>
        <translation>Cliquez avec le bouton droit sur des processus pour les ajouter à la comparaison&#xa0;; Alt+Gauche revient en arrière.</translation>
    </message>
    <message>
        <source>Search the profiles and the report with Ctrl+F; Enter opens the first result.</source>
        <translation>Recherchez dans les profils et le rapport avec Ctrl+F&#xa0;; Entrée ouvre le premier résultat.</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Secrétariat</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Sources&#xa0;:</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Intervenants</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Successor</source>
        <translation>Successeur</translation>
    </message>
    <message>
        <source>The 2005 report</source>
        <translation>Le rapport de 2005</translation>
    </message>
    <message>
        <source>The latest list found; no newer one was found.</source>
        <translation>La liste la plus récente trouvée ; aucune plus récente n’a été trouvée.</translation>
    </message>
    <message>
        <source>The paragraphs that name this process hold the others.</source>
        <translation>Les autres figurent dans les paragraphes qui citent ce processus.</translation>
    </message>
    <message>
        <source>The processes today</source>
        <translation>Les processus aujourd’hui</translation>
    </message>
    <message>
        <source>The strongest {shown} of {total}.</source>
        <translation>Les {shown} plus largement partagées sur {total}.</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>What the 2005 report found</source>
        <translation>Constatations du rapport de 2005</translation>
    </message>
    <message>
        <source>Why the first value is shown first: {reason}</source>
        <translation>Pourquoi la première valeur est présentée en premier&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>[ ] editor&apos;s gloss</source>
        <translation>[ ] glose de l’éditeur</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>et {count} autres</translation>
    </message>
    <message>
        <source>as of {date}</source>
        <translation>à jour au {date}</translation>
    </message>
    <message>
        <source>founded {year}</source>
        <translation>fondé en {year}</translation>
    </message>
    <message>
        <source>rcpdesk holds nothing at {link}.</source>
        <translation>rcpdesk ne contient rien à l’adresse {link}.</translation>
    </message>
    <message>
        <source>rcpdesk — an offline reference. Data edition {edition}.</source>
        <translation>rcpdesk — un ouvrage de référence hors ligne. Édition des données&#xa0;: {edition}.</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>sources</translation>
    </message>
    <message>
        <source>took part in the 2005 workshop</source>
        <translation>a participé à l’atelier de 2005</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>{processes} processes in {regions} regions, each with sourced facts and dated values, next to the report of the GCIM–IOM Workshop on RCPs (Geneva, 2005), where {attended} of them took part.</source>
        <translation>{processes} processus dans {regions} régions, chacun avec des faits sourcés et des valeurs datées, en regard du rapport de l’atelier CMMI–OIM sur les PCR (Genève, 2005), auquel {attended} d’entre eux ont participé.</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Copy as &amp;Quote</source>
        <translation>Copier comme cita&amp;tion</translation>
    </message>
    <message>
        <source>Copy the selected text (or the whole paragraph) with its citation</source>
        <translation>Copier le texte sélectionné (ou le paragraphe entier) avec sa référence</translation>
    </message>
    <message>
        <source>rcpdesk, data edition {date}</source>
        <translation>rcpdesk, édition des données du {date}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Previous place (Shift+F3)</source>
        <translation>Occurrence précédente (Maj+F3)</translation>
    </message>
    <message>
        <source>Previous place the search words are found</source>
        <translation>Occurrence précédente des mots recherchés</translation>
    </message>
    <message>
        <source>Next place (F3)</source>
        <translation>Occurrence suivante (F3)</translation>
    </message>
    <message>
        <source>Next place the search words are found</source>
        <translation>Occurrence suivante des mots recherchés</translation>
    </message>
    <message>
        <source>Stop highlighting</source>
        <translation>Ne plus surligner</translation>
    </message>
    <message>
        <source>Stop highlighting the search words</source>
        <translation>Ne plus surligner les mots recherchés</translation>
    </message>
    <message>
        <source>Search words on this page: {current} / {count} ({words})</source>
        <translation>Mots recherchés sur cette page&#xa0;: {current} / {count} ({words})</translation>
    </message>
</context>
<context>
    <name>FoundingTimelinePanel</name>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Save the timeline as PNG, SVG or PDF</source>
        <translation>Enregistrer la frise chronologique en PNG, SVG ou PDF</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Export the timeline</source>
        <translation>Exporter la frise chronologique</translation>
    </message>
    <message>
        <source>The timeline could not be written: {reason}</source>
        <translation>La frise chronologique n’a pas pu être enregistrée&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Print the timeline</source>
        <translation>Imprimer la chronologie</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Précédent (Alt+Gauche)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>Suivant (Alt+Droite)</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import notes</source>
        <translation>Importer des notes</translation>
    </message>
    <message>
        <source>Importing “{name}” will add or change these notes:</source>
        <translation>L’importation de « {name} » ajoutera ou modifiera ces notes&#xa0;:</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>Effet de l’importation</translation>
    </message>
    <message>
        <source>Conflicts keep your version; the other version is added next to it and listed under Needs review.</source>
        <translation>En cas de conflit, votre version est conservée&#xa0;; l’autre version est ajoutée à côté et répertoriée sous « À revoir ».</translation>
    </message>
    <message>
        <source>{count} notes contained control characters, which were removed.</source>
        <translation>{count} notes contenaient des caractères de contrôle, qui ont été supprimés.</translation>
    </message>
    <message>
        <source>{count} notes are on things this data edition does not have; they will be kept and flagged for review.</source>
        <translation>{count} notes portent sur des éléments absents de cette édition des données&#xa0;; elles seront conservées et signalées « à revoir ».</translation>
    </message>
    <message>
        <source>New colours: {names}</source>
        <translation>Nouvelles couleurs&#xa0;: {names}</translation>
    </message>
    <message>
        <source>Written against the data edition of {edition}.</source>
        <translation>Rédigées sur l’édition des données du {edition}.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Nothing to import: you already have these notes.</source>
        <translation>Rien à importer&#xa0;: vous avez déjà ces notes.</translation>
    </message>
</context>
<context>
    <name>LanguageController</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>New data edition: notes re-anchored ({moved} moved with their passage, {orphaned} to review in Edit &gt; Notes Needing Review).</source>
        <translation>Nouvelle édition des données : notes réancrées ({moved} déplacées avec leur passage, {orphaned} à revoir dans Édition &gt; Notes à revoir).</translation>
    </message>
    <message>
        <source>rcpdesk — Regional Consultative Processes on Migration</source>
        <translation>rcpdesk — Processus consultatifs régionaux sur la migration</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Search Results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>&amp;Start Page</source>
        <translation>Page d’&amp;accueil</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About rcpdesk</source>
        <translation>À &amp;propos de rcpdesk</translation>
    </message>
    <message>
        <source>Add Process to &amp;Comparison</source>
        <translation>Ajouter le processus à la &amp;comparaison</translation>
    </message>
    <message>
        <source>Data edition {date}</source>
        <translation>Données du {date}</translation>
    </message>
</context>
<context>
    <name>Maps</name>
    <message>
        <source>rcpdesk · data edition {edition} · base map: pygal_maps_world (Robinson projection)</source>
        <translation>rcpdesk · édition des données {edition} · fond de carte&#xa0;: pygal_maps_world (projection de Robinson)</translation>
    </message>
    <message>
        <source>{n}+</source>
        <translation>{n} et plus</translation>
    </message>
    <message>
        <source>Member of how many processes</source>
        <translation>Membre de combien de processus</translation>
    </message>
    <message>
        <source>In no process</source>
        <translation>Dans aucun processus</translation>
    </message>
    <message>
        <source>Not known for {year}</source>
        <translation>Inconnu pour {year}</translation>
    </message>
    <message>
        <source>Territory, not counted</source>
        <translation>Territoire, non compté</translation>
    </message>
    <message>
        <source>Small state, drawn as a dot</source>
        <translation>Petit État, représenté par un point</translation>
    </message>
    <message>
        <source>Countries by number of migration processes they belong to, today</source>
        <translation>Pays selon le nombre de processus sur la migration auxquels ils appartiennent, aujourd’hui</translation>
    </message>
    <message>
        <source>{n} regional consultative processes and inter-regional forums; membership as currently recorded</source>
        <translation>{n} processus consultatifs régionaux et forums interrégionaux&#xa0;; composition telle qu’actuellement consignée</translation>
    </message>
    <message>
        <source>Countries by number of migration processes they belong to, {year}</source>
        <translation>Pays selon le nombre de processus sur la migration auxquels ils appartiennent, en {year}</translation>
    </message>
    <message>
        <source>{k} of {n} processes founded by {year}; membership in {year} as the dated entries show it, not today&apos;s lists</source>
        <translation>{k} des {n} processus fondés en {year} ; composition en {year} telle que l’indiquent les entrées datées, non les listes actuelles</translation>
    </message>
    <message>
        <source>Africa</source>
        <translation>Afrique</translation>
    </message>
    <message>
        <source>The Caribbean</source>
        <translation>Caraïbes</translation>
    </message>
    <message>
        <source>Middle East and the Gulf</source>
        <translation>Moyen-Orient et Golfe</translation>
    </message>
    <message>
        <source>Asia-Pacific</source>
        <translation>Asie-Pacifique</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>Ailleurs</translation>
    </message>
    <message>
        <source>Every country is a member of at least one process.</source>
        <translation>Chaque pays est membre d’au moins un processus.</translation>
    </message>
    <message>
        <source>In no process ({n}): </source>
        <translation>Dans aucun processus ({n})&#xa0;: </translation>
    </message>
    <message>
        <source>The 2005 report: </source>
        <translation>Le rapport de 2005&#xa0;: </translation>
    </message>
    <message>
        <source>Founded after {year}, not counted: </source>
        <translation>Fondés après {year}, non comptés&#xa0;: </translation>
    </message>
    <message>
        <source>Founding year unknown, not counted: </source>
        <translation>Année de fondation inconnue, non comptés&#xa0;: </translation>
    </message>
    <message>
        <source>Membership in {year} not known, not counted: </source>
        <translation>Composition en {year} inconnue, non comptée : </translation>
    </message>
    <message>
        <source>{process} ({n} country)</source>
        <translation>{process} ({n} pays)</translation>
    </message>
    <message>
        <source>{process} ({n} countries)</source>
        <translation>{process} ({n} pays)</translation>
    </message>
    <message>
        <source>Ended, no current members: </source>
        <translation>Terminés, sans membres actuels : </translation>
    </message>
    <message>
        <source>No membership recorded, nothing to count: </source>
        <translation>Aucune composition consignée, rien à compter&#xa0;: </translation>
    </message>
    <message>
        <source>Counted, though no longer active: </source>
        <translation>Comptés, bien que n’étant plus actifs&#xa0;: </translation>
    </message>
    <message>
        <source>Member of {n} process: </source>
        <translation>Membre de {n} processus&#xa0;: </translation>
    </message>
    <message>
        <source>Member of {n} processes: </source>
        <translation>Membre de {n} processus&#xa0;: </translation>
    </message>
    <message>
        <source>Membership in {year} not known</source>
        <translation>Appartenance en {year} inconnue</translation>
    </message>
    <message>
        <source>Territory: no process lists it</source>
        <translation>Territoire&#xa0;: aucun processus ne le mentionne</translation>
    </message>
    <message>
        <source>In no process founded by {year}</source>
        <translation>Dans aucun processus fondé en {year} au plus tard</translation>
    </message>
    <message>
        <source>Observer in: </source>
        <translation>Observateur dans&#xa0;: </translation>
    </message>
    <message>
        <source>Not known for {year}: </source>
        <translation>Inconnu pour {year} : </translation>
    </message>
    <message>
        <source>Members and observers of the processes compared</source>
        <translation>Membres et observateurs des processus comparés</translation>
    </message>
    <message>
        <source>{process}: members and observers</source>
        <translation>{process}&#xa0;: membres et observateurs</translation>
    </message>
    <message>
        <source>Member ({n})</source>
        <translation>Membre ({n})</translation>
    </message>
    <message>
        <source>Observer ({n})</source>
        <translation>Observateur ({n})</translation>
    </message>
    <message>
        <source>Not listed</source>
        <translation>Non mentionné</translation>
    </message>
    <message>
        <source>Members ({n})</source>
        <translation>Membres ({n})</translation>
    </message>
    <message>
        <source>Observers ({n})</source>
        <translation>Observateurs ({n})</translation>
    </message>
    <message>
        <source>Not on the map (no shape): </source>
        <translation>Absents de la carte (pas de contour)&#xa0;: </translation>
    </message>
    <message>
        <source>Member of all {n} ({count})</source>
        <translation>Membre des {n} ({count})</translation>
    </message>
    <message>
        <source>Member of {k} or more ({count})</source>
        <translation>Membre de {k} ou plus ({count})</translation>
    </message>
    <message>
        <source>Member of {n} of them ({count})</source>
        <translation>Membre de {n} d’entre eux ({count})</translation>
    </message>
    <message>
        <source>Observer only ({n})</source>
        <translation>Observateur seulement ({n})</translation>
    </message>
    <message>
        <source>Members of all {n} ({count})</source>
        <translation>Membres des {n} ({count})</translation>
    </message>
    <message>
        <source>Members of some of them ({count})</source>
        <translation>Membres de certains d’entre eux ({count})</translation>
    </message>
    <message>
        <source>Only in {process} ({count})</source>
        <translation>Seulement dans {process} ({count})</translation>
    </message>
    <message>
        <source>Observers only ({count})</source>
        <translation>Observateurs seulement ({count})</translation>
    </message>
    <message>
        <source>No membership is recorded for this process.</source>
        <translation>Aucune composition n’est consignée pour ce processus.</translation>
    </message>
    <message>
        <source>Members as of {date}</source>
        <translation>Membres (à jour au {date})</translation>
    </message>
    <message>
        <source>observers as of {date}</source>
        <translation>observateurs (à jour au {date})</translation>
    </message>
    <message>
        <source>Sources: </source>
        <translation>Sources&#xa0;: </translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>une date inconnue</translation>
    </message>
    <message>
        <source>(unverified)</source>
        <translation>(non vérifié)</translation>
    </message>
    <message>
        <source>Member of: </source>
        <translation>Membre de&#xa0;: </translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… et {n} de plus</translation>
    </message>
    <message>
        <source>When the migration processes were founded</source>
        <translation>Quand les processus sur la migration ont été fondés</translation>
    </message>
    <message>
        <source>{n} regional consultative processes and inter-regional forums, by founding year and region</source>
        <translation>{n} processus consultatifs régionaux et forums interrégionaux, par année de fondation et par région</translation>
    </message>
    <message>
        <source>rcpdesk · data edition {edition} · founding years as recorded, with their sources, in each process&apos;s profile</source>
        <translation>rcpdesk · édition des données {edition} · années de fondation telles que consignées, avec leurs sources, dans le profil de chaque processus</translation>
    </message>
    <message>
        <source>Founding year unknown: </source>
        <translation>Année de fondation inconnue&#xa0;: </translation>
    </message>
    <message>
        <source>GCIM–IOM workshop on RCPs, Geneva, April 2005</source>
        <translation>Atelier CMMI–OIM sur les PCR, Genève, avril 2005</translation>
    </message>
    <message>
        <source>Attended the 2005 workshop (the nine of ¶1)</source>
        <translation>Présents à l’atelier de 2005 (les neuf du ¶1)</translation>
    </message>
    <message>
        <source>Did not attend, or founded later</source>
        <translation>Absents, ou fondés plus tard</translation>
    </message>
    <message>
        <source>The workshop, 14–15 April 2005</source>
        <translation>L’atelier, 14–15 avril 2005</translation>
    </message>
    <message>
        <source>{place} Process</source>
        <translation>Processus de {place}</translation>
    </message>
</context>
<context>
    <name>NoteCommands</name>
    <message>
        <source>Add note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <source>Change note colour</source>
        <translation>Changer la couleur de la note</translation>
    </message>
    <message>
        <source>Change tags</source>
        <translation>Modifier les étiquettes</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Supprimer la note</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <source>Rename colour</source>
        <translation>Renommer la couleur</translation>
    </message>
    <message>
        <source>Restore note</source>
        <translation>Restaurer la note</translation>
    </message>
</context>
<context>
    <name>NoteEditorDialog</name>
    <message>
        <source>Edit note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <source>Note on</source>
        <translation>Note sur</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Texte de la note</translation>
    </message>
    <message>
        <source>Your note…</source>
        <translation>Votre note…</translation>
    </message>
    <message>
        <source>&amp;Markdown (headings, lists, *emphasis*, links)</source>
        <translation>&amp;Markdown (titres, listes, *emphase*, liens)</translation>
    </message>
    <message>
        <source>Write the note in Markdown</source>
        <translation>Rédiger la note en Markdown</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Étiquettes, séparées par des virgules</translation>
    </message>
    <message>
        <source>e.g. funding, follow-up</source>
        <translation>p. ex. financement, suivi</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>No colour</source>
        <translation>Sans couleur</translation>
    </message>
    <message>
        <source>Problem with the note</source>
        <translation>Problème avec la note</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Sur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>É&amp;tiquettes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Couleur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>Write something in the note.</source>
        <translation>Écrivez quelque chose dans la note.</translation>
    </message>
    <message>
        <source>The note is too long ({length} characters; at most {limit}).</source>
        <translation>La note est trop longue ({length} caractères&#xa0;; {limit} au maximum).</translation>
    </message>
    <message>
        <source>A tag can have at most {limit} characters.</source>
        <translation>Une étiquette peut compter au plus {limit} caractères.</translation>
    </message>
    <message>
        <source>Use at most {limit} tags, without control characters.</source>
        <translation>Utilisez au plus {limit} étiquettes, sans caractères de contrôle.</translation>
    </message>
</context>
<context>
    <name>NoteLabels</name>
    <message>
        <source>Comparison cell</source>
        <translation>Cellule de comparaison</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Paragraphe</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>{paragraph}: “{quote}”</source>
        <translation>{paragraph}&#xa0;: « {quote} »</translation>
    </message>
    <message>
        <source>{process} — {dimension}</source>
        <translation>{process} — {dimension}</translation>
    </message>
</context>
<context>
    <name>NoteListDialog</name>
    <message>
        <source>(conflicting copy)</source>
        <translation>(copie en conflit)</translation>
    </message>
    <message>
        <source>(its paragraph changed)</source>
        <translation>(son paragraphe a changé)</translation>
    </message>
</context>
<context>
    <name>NotesController</name>
    <message>
        <source>Add &amp;Note…</source>
        <translation>Ajouter une &amp;note…</translation>
    </message>
    <message>
        <source>Add a note on what you are reading</source>
        <translation>Ajouter une note sur ce que vous lisez</translation>
    </message>
    <message>
        <source>Add Note on &amp;Selection…</source>
        <translation>Ajouter une note sur la &amp;sélection…</translation>
    </message>
    <message>
        <source>Add a note on the selected words of the paragraph</source>
        <translation>Ajouter une note sur les mots sélectionnés du paragraphe</translation>
    </message>
    <message>
        <source>&amp;Edit Note…</source>
        <translation>&amp;Modifier la note…</translation>
    </message>
    <message>
        <source>Edit the note selected in the Notes panel</source>
        <translation>Modifier la note sélectionnée dans le panneau Notes</translation>
    </message>
    <message>
        <source>&amp;Delete Note</source>
        <translation>Su&amp;pprimer la note</translation>
    </message>
    <message>
        <source>Move the selected note to the trash</source>
        <translation>Placer la note sélectionnée dans la corbeille</translation>
    </message>
    <message>
        <source>E&amp;xport Notes…</source>
        <translation>E&amp;xporter les notes…</translation>
    </message>
    <message>
        <source>Save your notes to share them or keep a copy</source>
        <translation>Enregistrer vos notes pour les partager ou en garder une copie</translation>
    </message>
    <message>
        <source>&amp;Import Notes…</source>
        <translation>&amp;Importer des notes…</translation>
    </message>
    <message>
        <source>Merge notes from a colleague&apos;s .rcpnotes file</source>
        <translation>Fusionner les notes du fichier .rcpnotes d’un collègue</translation>
    </message>
    <message>
        <source>Notes &amp;Trash…</source>
        <translation>&amp;Corbeille des notes…</translation>
    </message>
    <message>
        <source>Notes you deleted; restore them from here</source>
        <translation>Les notes que vous avez supprimées&#xa0;; restaurez-les d’ici</translation>
    </message>
    <message>
        <source>Notes Needing &amp;Review…</source>
        <translation>Notes à re&amp;voir…</translation>
    </message>
    <message>
        <source>Notes whose paragraph changed, and conflicting copies from imports</source>
        <translation>Notes dont le paragraphe a changé, et copies en conflit issues d’importations</translation>
    </message>
    <message>
        <source>Note &amp;Colours…</source>
        <translation>Cou&amp;leurs des notes…</translation>
    </message>
    <message>
        <source>Name the highlight colours</source>
        <translation>Nommer les couleurs de surlignage</translation>
    </message>
    <message>
        <source>Add a note on {target}</source>
        <translation>Ajouter une note sur {target}</translation>
    </message>
    <message>
        <source>Undone: {change}</source>
        <translation>Annulé : {change}</translation>
    </message>
    <message>
        <source>Redone: {change}</source>
        <translation>Rétabli : {change}</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>Note ajoutée.</translation>
    </message>
    <message>
        <source>Note moved to the trash.</source>
        <translation>Note placée dans la corbeille.</translation>
    </message>
    <message>
        <source>Notes trash</source>
        <translation>Corbeille des notes</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>La corbeille est vide.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Delete for &amp;Good…</source>
        <translation>Supprimer &amp;définitivement…</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Supprimer définitivement</translation>
    </message>
    <message>
        <source>Delete this note for good? This cannot be undone.</source>
        <translation>Supprimer définitivement cette note&#xa0;? Cette opération est irréversible.</translation>
    </message>
    <message>
        <source>Notes that need review</source>
        <translation>Notes à revoir</translation>
    </message>
    <message>
        <source>No note needs review.</source>
        <translation>Aucune note n’est à revoir.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Keep as Reviewed</source>
        <translation>Marquer comme &amp;revue</translation>
    </message>
    <message>
        <source>&amp;Use This Version</source>
        <translation>&amp;Utiliser cette version</translation>
    </message>
    <message>
        <source>Rename colours</source>
        <translation>Renommer les couleurs</translation>
    </message>
</context>
<context>
    <name>NotesExchange</name>
    <message>
        <source>rcpdesk notes (*.rcpnotes)</source>
        <translation>Notes rcpdesk (*.rcpnotes)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>Feuille de calcul CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Notes</source>
        <translation>Exporter les notes</translation>
    </message>
    <message>
        <source>Import Notes</source>
        <translation>Importer des notes</translation>
    </message>
    <message>
        <source>rcpdesk notes (*.rcpnotes);;All files (*)</source>
        <translation>Notes rcpdesk (*.rcpnotes);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Keep Them for Review</source>
        <translation>Les garder pour révision</translation>
    </message>
    <message>
        <source>You can import them anyway: they are flagged under Needs review.</source>
        <translation>Vous pouvez tout de même les importer&#xa0;: elles seront signalées sous « À revoir ».</translation>
    </message>
    <message>
        <source>Importing notes…</source>
        <translation>Importation des notes…</translation>
    </message>
    <message>
        <source>Imported: {summary}</source>
        <translation>Importé&#xa0;: {summary}</translation>
    </message>
</context>
<context>
    <name>NotesFeedback</name>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>NotesHtml</name>
    <message>
        <source>Modified {time}</source>
        <translation>Modifiée le {time}</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>Étiquettes&#xa0;: {tags}</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>modifier</translation>
    </message>
    <message>
        <source>needs review</source>
        <translation>à revoir</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Search notes…</source>
        <translation>Rechercher dans les notes…</translation>
    </message>
    <message>
        <source>Search notes</source>
        <translation>Rechercher dans les notes</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Filtrer par étiquette</translation>
    </message>
    <message>
        <source>Filter by colour</source>
        <translation>Filtrer par couleur</translation>
    </message>
    <message>
        <source>Filter by what the note is on</source>
        <translation>Filtrer selon l’objet de la note</translation>
    </message>
    <message>
        <source>Show only the notes with this tag</source>
        <translation>Afficher seulement les notes portant cette étiquette</translation>
    </message>
    <message>
        <source>Show only the notes of this colour</source>
        <translation>Afficher seulement les notes de cette couleur</translation>
    </message>
    <message>
        <source>Show only the notes on processes, paragraphs, dimensions or cells</source>
        <translation>Afficher seulement les notes sur des processus, des paragraphes, des dimensions ou des cellules</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Read-only: these notes can be read, searched, printed and exported, not changed.</source>
        <translation>Lecture seule&#xa0;: ces notes peuvent être lues, recherchées, imprimées et exportées, mais pas modifiées.</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>À revoir</translation>
    </message>
    <message>
        <source>Show only notes that need review</source>
        <translation>N’afficher que les notes à revoir</translation>
    </message>
    <message>
        <source>Notes whose paragraph changed in a new data edition, and conflicting copies from an import</source>
        <translation>Notes dont le paragraphe a changé dans une nouvelle édition des données, et copies en conflit issues d’une importation</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Notes are not available in this session.</source>
        <translation>Les notes ne sont pas disponibles pendant cette session.</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>Couleurs</translation>
    </message>
    <message>
        <source>The newest {shown} of {total} notes: the filters above find the others.</source>
        <translation>Les {shown} notes les plus récentes sur {total} : les filtres ci-dessus trouvent les autres.</translation>
    </message>
    <message>
        <source>No notes yet.
Press Ctrl+Shift+N to add a note on what you are reading.</source>
        <translation>Aucune note pour l’instant.
Appuyez sur Ctrl+Maj+N pour ajouter une note sur ce que vous lisez.</translation>
    </message>
    <message>
        <source>No notes match these filters.</source>
        <translation>Aucune note ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>Modifier la note…</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>No colour</source>
        <translation>Sans couleur</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Supprimer la note</translation>
    </message>
</context>
<context>
    <name>NotesRecovery</name>
    <message>
        <source>Your notes could not be opened.</source>
        <translation>Vos notes n’ont pas pu être ouvertes.</translation>
    </message>
    <message>
        <source>Notes unavailable</source>
        <translation>Notes indisponibles</translation>
    </message>
    <message>
        <source>rcpdesk works without notes in this session; notes cannot be added or shown.</source>
        <translation>rcpdesk fonctionne sans notes pendant cette session&#xa0;; les notes ne peuvent être ni ajoutées ni affichées.</translation>
    </message>
    <message>
        <source>Restore Latest Backup keeps this file aside (it is never deleted) and restores your notes from the newest good backup. Until then rcpdesk works without notes.</source>
        <translation>« Restaurer la dernière sauvegarde » met ce fichier de côté (il n’est jamais supprimé) et restaure vos notes à partir de la dernière sauvegarde intacte. D’ici là, rcpdesk fonctionne sans notes.</translation>
    </message>
    <message>
        <source>Restore Latest Backup</source>
        <translation>Restaurer la dernière sauvegarde</translation>
    </message>
    <message>
        <source>Notes restored</source>
        <translation>Notes restaurées</translation>
    </message>
</context>
<context>
    <name>NotesTableModel</name>
    <message>
        <source>On</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>Étiquettes&#xa0;: {tags}</translation>
    </message>
    <message>
        <source>Modified {when}</source>
        <translation>Modifiée le {when}</translation>
    </message>
    <message>
        <source>No colour</source>
        <translation>Sans couleur</translation>
    </message>
</context>
<context>
    <name>PictureOutput</name>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dessin SVG (*.svg)</translation>
    </message>
</context>
<context>
    <name>ProcessPickerDialog</name>
    <message>
        <source>Processes to compare</source>
        <translation>Processus à comparer</translation>
    </message>
    <message>
        <source>Tick the processes to show side by side.</source>
        <translation>Cochez les processus à afficher côte à côte.</translation>
    </message>
    <message>
        <source>Add the nine 2005 processes</source>
        <translation>Ajouter les neuf processus de 2005</translation>
    </message>
    <message>
        <source>Add the nine processes at the 2005 workshop</source>
        <translation>Ajouter les neuf processus présents à l’atelier de 2005</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>Tout décocher</translation>
    </message>
    <message>
        <source>Untick all processes</source>
        <translation>Décocher tous les processus</translation>
    </message>
    <message>
        <source>Processes by region</source>
        <translation>Processus par région</translation>
    </message>
</context>
<context>
    <name>RowFindingsDialog</name>
    <message>
        <source>{row}: the report&apos;s findings</source>
        <translation>{row} : les constatations du rapport</translation>
    </message>
    <message>
        <source>The 2005 report&apos;s findings that bear on this row, most relevant first. Words in [square brackets] are the editor&apos;s, from the paragraph. Click a paragraph to read it.</source>
        <translation>Les constatations du rapport de 2005 qui portent sur cette ligne, les plus pertinentes d’abord. Les mots entre [crochets] sont de l’éditeur, tirés du paragraphe. Cliquez sur un paragraphe pour le lire.</translation>
    </message>
    <message>
        <source>Findings on {row}</source>
        <translation>Constatations sur {row}</translation>
    </message>
    <message>
        <source>[ ] editor&apos;s gloss</source>
        <translation>[ ] glose de l’éditeur</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search profiles and the 2005 report  (Ctrl+F)</source>
        <translation>Rechercher dans les profils et le rapport de 2005  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Note on {target}</source>
        <translation>Note sur {target}</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Région&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Dimension:</source>
        <translation>&amp;Dimension&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Agreement:</source>
        <translation>Niveau d’&amp;accord&#xa0;:</translation>
    </message>
    <message>
        <source>Filter by region</source>
        <translation>Filtrer par région</translation>
    </message>
    <message>
        <source>Filter by dimension</source>
        <translation>Filtrer par dimension</translation>
    </message>
    <message>
        <source>Filter by level of agreement</source>
        <translation>Filtrer par niveau d’accord</translation>
    </message>
    <message>
        <source>Only processes of this region</source>
        <translation>Seulement les processus de cette région</translation>
    </message>
    <message>
        <source>Only hits that speak to this dimension</source>
        <translation>Seulement les résultats qui portent sur cette dimension</translation>
    </message>
    <message>
        <source>Only report paragraphs with this level of agreement</source>
        <translation>Seulement les paragraphes du rapport ayant ce niveau d’accord</translation>
    </message>
    <message>
        <source>Hits for the search, best first; Enter or a click opens the page with the words highlighted</source>
        <translation>Résultats de la recherche, les plus pertinents d’abord ; Entrée ou un clic ouvre la page, mots recherchés surlignés</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>État de la recherche</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>The search failed: {reason}</source>
        <translation>La recherche a échoué&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Type in the search field to search the profiles and the report.</source>
        <translation>Saisissez du texte dans le champ de recherche pour chercher dans les profils et le rapport.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <source>The query was shortened to its first {words} words (a search reads at most {chars} characters and {terms} different words).</source>
        <translation>La requête a été réduite à ses {words} premiers mots (une recherche lit au plus {chars} caractères et {terms} mots différents).</translation>
    </message>
</context>
<context>
    <name>SectionStrip</name>
    <message>
        <source>On this page: {sections}</source>
        <translation>Sur cette page&#xa0;: {sections}</translation>
    </message>
    <message>
        <source>Sections of this page</source>
        <translation>Sections de cette page</translation>
    </message>
</context>
<context>
    <name>SheetOptionsDialog</name>
    <message>
        <source>Sheet Options</source>
        <translation>Options de la fiche</translation>
    </message>
    <message>
        <source>Tick the processes to compare; drag to change the order of the columns</source>
        <translation>Cochez les processus à comparer&#xa0;; faites-les glisser pour changer l’ordre des colonnes</translation>
    </message>
    <message>
        <source>The 2005 participants</source>
        <translation>Les participants de 2005</translation>
    </message>
    <message>
        <source>Tick the nine processes that took part in the 2005 workshop</source>
        <translation>Cocher les neuf processus qui ont participé à l’atelier de 2005</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>Automatic (landscape for more than four processes)</source>
        <translation>Automatique (paysage au-delà de quatre processus)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Paysage</translation>
    </message>
    <message>
        <source>Without my notes</source>
        <translation>Sans mes notes</translation>
    </message>
    <message>
        <source>With my notes, in their cells</source>
        <translation>Avec mes notes, dans leurs cellules</translation>
    </message>
    <message>
        <source>With my notes, numbered after the table</source>
        <translation>Avec mes notes, numérotées après le tableau</translation>
    </message>
    <message>
        <source>Profiles: every finding of the report, not only the widely shared ones</source>
        <translation>Profils&#xa0;: toutes les constatations du rapport, pas seulement les plus largement partagées</translation>
    </message>
    <message>
        <source>Members map (profiles)</source>
        <translation>Carte des membres (profils)</translation>
    </message>
    <message>
        <source>Profiles: the map of the members and observers after the facts (PDF and print only)</source>
        <translation>Profils : la carte des membres et des observateurs après les données (PDF et impression uniquement)</translation>
    </message>
    <message>
        <source>Processes (columns; drag to reorder)</source>
        <translation>Processus (colonnes&#xa0;; glisser pour réordonner)</translation>
    </message>
    <message>
        <source>Dimensions (rows)</source>
        <translation>Dimensions (lignes)</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Orientation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Tick at least one process.</source>
        <translation>Cochez au moins un processus.</translation>
    </message>
    <message>
        <source>Tick at least one dimension.</source>
        <translation>Cochez au moins une dimension.</translation>
    </message>
    <message>
        <source>{p} × {d}: processes × dimensions</source>
        <translation>{p} × {d}&#xa0;: processus × dimensions</translation>
    </message>
</context>
<context>
    <name>SheetPrinting</name>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Exporter en P&amp;DF…</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>Exporter en &amp;Markdown…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Sheet &amp;Options…</source>
        <translation>&amp;Options de la fiche…</translation>
    </message>
    <message>
        <source>Profile of {name}</source>
        <translation>Profil de {name}</translation>
    </message>
    <message>
        <source>Comparison of {n} processes</source>
        <translation>Comparaison de {n} processus</translation>
    </message>
    <message>
        <source>Print Pre&amp;view: {what}…</source>
        <translation>&amp;Aperçu avant impression&#xa0;: {what}…</translation>
    </message>
    <message>
        <source>&amp;Print: {what}…</source>
        <translation>Im&amp;primer&#xa0;: {what}…</translation>
    </message>
    <message>
        <source>Export P&amp;DF: {what}…</source>
        <translation>Exporter en P&amp;DF&#xa0;: {what}…</translation>
    </message>
    <message>
        <source>Export &amp;Markdown: {what}…</source>
        <translation>Exporter en &amp;Markdown&#xa0;: {what}…</translation>
    </message>
    <message>
        <source>Export &amp;CSV: {what}…</source>
        <translation>Exporter en &amp;CSV&#xa0;: {what}…</translation>
    </message>
    <message>
        <source>Nothing to print</source>
        <translation>Rien à imprimer</translation>
    </message>
    <message>
        <source>Add processes to the comparison, or open a process, first.</source>
        <translation>Ajoutez d’abord des processus à la comparaison, ou ouvrez un processus.</translation>
    </message>
    <message>
        <source>Print Preview: {title}</source>
        <translation>Aperçu avant impression&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Sheet Options…</source>
        <translation>Options de la fiche…</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Échec de l’impression</translation>
    </message>
    <message>
        <source>{title}: {pages} pages</source>
        <translation>{title}&#xa0;: {pages} pages</translation>
    </message>
    <message>
        <source>Print: {title}</source>
        <translation>Imprimer&#xa0;: {title}</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>Export Sheet</source>
        <translation>Exporter la fiche</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Rien à exporter</translation>
    </message>
    <message>
        <source>Writing {path}…</source>
        <translation>Écriture de {path}…</translation>
    </message>
    <message>
        <source> ({n} pages)</source>
        <translation> ({n} pages)</translation>
    </message>
    <message>
        <source> (1 page)</source>
        <translation> (1 page)</translation>
    </message>
    <message>
        <source>Saved {name}{pages} in {folder}</source>
        <translation>{name}{pages} enregistré dans {folder}</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Open the folder of the file just written</source>
        <translation>Ouvrir le dossier du fichier qui vient d’être écrit</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message>
        <source>The sheet was not saved: {reason}</source>
        <translation>La fiche n’a pas été enregistrée&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>Sheets</name>
    <message>
        <source>Comparison: {names}</source>
        <translation>Comparaison&#xa0;: {names}</translation>
    </message>
    <message>
        <source>Comparison of {n} processes on one dimension</source>
        <translation>Comparaison de {n} processus sur une dimension</translation>
    </message>
    <message>
        <source>Comparison of {n} processes across {d} dimensions</source>
        <translation>Comparaison de {n} processus sur {d} dimensions</translation>
    </message>
    <message>
        <source>no processes chosen: a comparison needs at least one</source>
        <translation>aucun processus choisi&#xa0;: une comparaison en exige au moins un</translation>
    </message>
    <message>
        <source>no dimensions chosen: a comparison needs at least one</source>
        <translation>aucune dimension choisie&#xa0;: une comparaison en exige au moins une</translation>
    </message>
    <message>
        <source>Name in the 2005 report</source>
        <translation>Nom dans le rapport de 2005</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>Également appelé</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>Fondation</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Secrétariat</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Présidence</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>Observateurs</translation>
    </message>
    <message>
        <source>Member organizations</source>
        <translation>Organisations membres</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Regional consultative process</source>
        <translation>Processus consultatif régional</translation>
    </message>
    <message>
        <source>Inter-regional forum</source>
        <translation>Forum interrégional</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>dormant</source>
        <translation>en sommeil</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>1 state</source>
        <translation>1 État</translation>
    </message>
    <message>
        <source>{n} states</source>
        <translation>{n} États</translation>
    </message>
    <message>
        <source>no process chosen for the profile</source>
        <translation>aucun processus choisi pour le profil</translation>
    </message>
    <message>
        <source>{label} ({n})</source>
        <translation>{label} ({n})</translation>
    </message>
    <message>
        <source>established {year}</source>
        <translation>fondé en {year}</translation>
    </message>
    <message>
        <source>took part in the 2005 workshop</source>
        <translation>a participé à l’atelier de 2005</translation>
    </message>
    <message>
        <source>named in the report at {paragraphs}</source>
        <translation>cité dans le rapport au {paragraphs}</translation>
    </message>
    <message>
        <source>Process profile: {name}</source>
        <translation>Profil du processus&#xa0;: {name}</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>il s’agit d’un dossier, pas d’un fichier</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>le dossier n’existe pas</translation>
    </message>
    <message>
        <source>the folder cannot be written to</source>
        <translation>le dossier n’est pas accessible en écriture</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>le fichier est en lecture seule</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>1 more finding in the report: {citations}</source>
        <translation>1 autre constatation dans le rapport : {citations}</translation>
    </message>
    <message>
        <source>{n} more findings in the report: {citations}</source>
        <translation>{n} autres constatations dans le rapport : {citations}</translation>
    </message>
    <message>
        <source>accessed {date}</source>
        <translation>consulté le {date}</translation>
    </message>
    <message>
        <source>Accessed {date} unless another date is given.</source>
        <translation>Consulté le {date}, sauf autre date indiquée.</translation>
    </message>
    <message>
        <source>since {year}</source>
        <translation>depuis {year}</translation>
    </message>
    <message>
        <source>Each cell gives the process&apos;s own arrangement and the date it holds for; the small numbers are the sources listed after the table. The shaded line under each row gives the 2005 report&apos;s finding that bears most on it, with its paragraph (¶), the level of agreement the report records and how many more findings bear on the row. Words in [square brackets] are the editor&apos;s, from the paragraph.</source>
        <translation>Chaque cellule indique la disposition propre au processus et la date à laquelle elle s’applique ; les petits chiffres renvoient aux sources énumérées après le tableau. La ligne grisée sous chaque ligne donne la constatation du rapport de 2005 qui la concerne le plus, avec son paragraphe (¶), le niveau d’accord consigné par le rapport et le nombre d’autres constatations sur la ligne. Les mots entre [crochets] sont de l’éditeur, tirés du paragraphe.</translation>
    </message>
    <message>
        <source>Processes {first}–{last} of {count}</source>
        <translation>Processus {first} à {last} sur {count}</translation>
    </message>
    <message>
        <source>Your notes on the process</source>
        <translation>Vos notes sur le processus</translation>
    </message>
    <message>
        <source>Members map of {name}, from the membership list as of {date}.</source>
        <translation>Carte des membres de {name}, d’après la liste des membres à la date du {date}.</translation>
    </message>
    <message>
        <source>Members map of {name}; the membership list gives no date.</source>
        <translation>Carte des membres de {name} ; la liste des membres n’est pas datée.</translation>
    </message>
    <message>
        <source>The members map is printed only in the PDF and on paper.</source>
        <translation>La carte des membres figure uniquement dans le PDF et sur papier.</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Faits</translation>
    </message>
    <message>
        <source>Positions on the comparison dimensions</source>
        <translation>Positions sur les dimensions de comparaison</translation>
    </message>
    <message>
        <source>{n} further findings of narrower agreement are not printed here; the report view shows them all.</source>
        <translation>{n} autres constatations, d’accord plus restreint, ne sont pas imprimées ici&#xa0;; la vue du rapport les présente toutes.</translation>
    </message>
    <message>
        <source>The report does not name this process; it took no part in the 2005 workshop. The report&apos;s finding on each dimension is given in the table above.</source>
        <translation>Le rapport ne cite pas ce processus&#xa0;; il n’a pas participé à l’atelier de 2005. La constatation du rapport pour chaque dimension figure dans le tableau ci-dessus.</translation>
    </message>
    <message>
        <source>2005 report</source>
        <translation>Rapport de 2005</translation>
    </message>
    <message>
        <source>Another source gives</source>
        <translation>Une autre source indique</translation>
    </message>
    <message>
        <source>as of {date}</source>
        <translation>à jour au {date}</translation>
    </message>
    <message>
        <source>Colours of your notes</source>
        <translation>Couleurs de vos notes</translation>
    </message>
    <message>
        <source>Data edition {edition}</source>
        <translation>Édition des données&#xa0;: {edition}</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Findings on the processes that took part, widest agreement first</source>
        <translation>Constatations sur les processus participants, par ordre décroissant d’accord</translation>
    </message>
    <message>
        <source>No finding on this dimension in the report</source>
        <translation>Aucune constatation du rapport sur cette dimension</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(pas de texte)</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>On the data</source>
        <translation>À propos des données</translation>
    </message>
    <message>
        <source>Printed {date}</source>
        <translation>Imprimé le {date}</translation>
    </message>
    <message>
        <source>Report: {citation}</source>
        <translation>Rapport&#xa0;: {citation}</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>The 2005 report on this dimension</source>
        <translation>Le rapport de 2005 sur cette dimension</translation>
    </message>
    <message>
        <source>(unverified)</source>
        <translation>(non vérifié)</translation>
    </message>
    <message>
        <source>Value, date and sources</source>
        <translation>Valeur, date et sources</translation>
    </message>
    <message>
        <source>What the 2005 report says</source>
        <translation>Ce que dit le rapport de 2005</translation>
    </message>
    <message>
        <source>Where the report names the process</source>
        <translation>Où le rapport cite le processus</translation>
    </message>
    <message>
        <source>Your notes</source>
        <translation>Vos notes</translation>
    </message>
    <message>
        <source>{label} (continued)</source>
        <translation>{label} (suite)</translation>
    </message>
    <message>
        <source>{label} (cont.)</source>
        <translation>{label} (suite)</translation>
    </message>
    <message>
        <source>the page is too small for a sheet</source>
        <translation>la page est trop petite pour une fiche</translation>
    </message>
    <message>
        <source>page {page} of {pages}</source>
        <translation>page {page} sur {pages}</translation>
    </message>
    <message>
        <source>Data edition {edition} · rcpdesk</source>
        <translation>Édition des données {edition} · rcpdesk</translation>
    </message>
    <message>
        <source>Report cited (¶ = its paragraphs): {citation}</source>
        <translation>Rapport cité (¶ = ses paragraphes)&#xa0;: {citation}</translation>
    </message>
    <message>
        <source>cannot write to the printer or the file</source>
        <translation>impossible d’écrire vers l’imprimante ou le fichier</translation>
    </message>
    <message>
        <source>cannot start a new page</source>
        <translation>impossible de commencer une nouvelle page</translation>
    </message>
    <message>
        <source>the page layout was refused</source>
        <translation>la mise en page a été refusée</translation>
    </message>
    <message>
        <source>nothing was written to {path}</source>
        <translation>rien n’a été écrit dans {path}</translation>
    </message>
    <message>
        <source>words in [square brackets] are the editor&apos;s gloss</source>
        <translation>les mots entre [crochets] sont une glose de l’éditeur</translation>
    </message>
    <message>
        <source>{start}–today</source>
        <translation>{start}–aujourd’hui</translation>
    </message>
    <message>
        <source>{start}–{end}</source>
        <translation>{start}–{end}</translation>
    </message>
    <message>
        <source>until {year}</source>
        <translation>jusqu’en {year}</translation>
    </message>
    <message>
        <source>year joined not known</source>
        <translation>année d’adhésion inconnue</translation>
    </message>
    <message>
        <source>The 2005 report, {citation}</source>
        <translation>Le rapport de 2005, {citation}</translation>
    </message>
    <message>
        <source>Briefing pack: {names}</source>
        <translation>Dossier d’information : {names}</translation>
    </message>
    <message>
        <source>Briefing pack: {n} processes</source>
        <translation>Dossier d’information : {n} processus</translation>
    </message>
    <message>
        <source>no processes chosen: a pack needs at least one</source>
        <translation>aucun processus choisi : un dossier en demande au moins un</translation>
    </message>
    <message>
        <source>For the delegation of {country}: {names}</source>
        <translation>Pour la délégation de {country} : {names}</translation>
    </message>
    <message>
        <source>For a meeting of {names}</source>
        <translation>Pour une réunion de {names}</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>The 2005 report&apos;s findings on these rows</source>
        <translation>Les constatations du rapport de 2005 sur ces lignes</translation>
    </message>
    <message>
        <source>Members maps</source>
        <translation>Cartes des membres</translation>
    </message>
    <message>
        <source>Country: {name}</source>
        <translation>Pays : {name}</translation>
    </message>
    <message>
        <source>Notes tagged: {tags}</source>
        <translation>Notes étiquetées : {tags}</translation>
    </message>
    <message>
        <source>For each row compared, the findings of the 2005 report that bear on it, the one that fits it best in full: the paragraph (¶), the level of agreement the report records, and its words. Words in [square brackets] are the editor&apos;s.</source>
        <translation>Pour chaque ligne comparée, les constatations du rapport de 2005 qui la concernent, celle qui lui correspond le mieux en entier : le paragraphe (¶), le niveau d’accord consigné par le rapport et ses termes. Les mots entre [crochets] sont de l’éditeur.</translation>
    </message>
    <message>
        <source>Also bearing on this row: {citations}</source>
        <translation>Portent aussi sur cette ligne : {citations}</translation>
    </message>
    <message>
        <source>The report has no finding on the rows compared.</source>
        <translation>Le rapport ne contient aucune constatation sur les lignes comparées.</translation>
    </message>
    <message>
        <source>No process lists {name} as a member or an observer.</source>
        <translation>Aucun processus ne compte {name} parmi ses membres ou ses observateurs.</translation>
    </message>
    <message>
        <source>Its roles in every process, from the dated membership lists; the pack&apos;s processes first (marked ●).</source>
        <translation>Ses rôles dans chaque processus, d’après les listes de membres datées ; les processus du dossier d’abord (marqués ●).</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Années</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Date de référence</translation>
    </message>
    <message>
        <source>member</source>
        <translation>membre</translation>
    </message>
    <message>
        <source>observer</source>
        <translation>observateur</translation>
    </message>
    <message>
        <source>{role} (ended)</source>
        <translation>{role} (terminé)</translation>
    </message>
    <message>
        <source>The processes&apos; chair records do not name {name}.</source>
        <translation>Les données sur la présidence des processus ne mentionnent pas {name}.</translation>
    </message>
    <message>
        <source>{shown} of your {total} notes: those tagged {tags}.</source>
        <translation>{shown} de vos {total} notes : celles étiquetées {tags}.</translation>
    </message>
    <message>
        <source>All your notes ({n}), grouped by what they are on.</source>
        <translation>Toutes vos notes ({n}), regroupées selon leur objet.</translation>
    </message>
    <message>
        <source>No notes to show.</source>
        <translation>Aucune note à afficher.</translation>
    </message>
    <message>
        <source>Chairs</source>
        <translation>Présidences</translation>
    </message>
    <message>
        <source>{title} · data edition {edition} · rcpdesk</source>
        <translation>{title} · édition des données {edition} · rcpdesk</translation>
    </message>
    <message>
        <source>The members maps are printed only in the PDF and on paper.</source>
        <translation>Les cartes des membres figurent uniquement dans le PDF et sur papier.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>TimelineCanvas</name>
    <message>
        <source>Founded {year} · {region}</source>
        <translation>Fondé en {year} · {region}</translation>
    </message>
    <message>
        <source>Attended the 2005 workshop</source>
        <translation>A participé à l’atelier de 2005</translation>
    </message>
    <message>
        <source>Did not attend the 2005 workshop</source>
        <translation>N’a pas participé à l’atelier de 2005</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Statut&#xa0;: {status}</translation>
    </message>
</context>
<context>
    <name>TreeModel</name>
    <message>
        <source>Processes by region</source>
        <translation>Processus par région</translation>
    </message>
    <message>
        <source>The regional consultative processes and inter-regional forums</source>
        <translation>Les processus consultatifs régionaux et les forums interrégionaux</translation>
    </message>
    <message>
        <source>GCIM–IOM Workshop report, 2005</source>
        <translation>Rapport de l’atelier CMMI–OIM, 2005</translation>
    </message>
    <message>
        <source>The report of the GCIM–IOM Workshop on RCPs, Geneva, April 2005</source>
        <translation>Le rapport de l’atelier CMMI–OIM sur les PCR, Genève, avril 2005</translation>
    </message>
    <message>
        <source>Comparison dimensions</source>
        <translation>Dimensions de comparaison</translation>
    </message>
    <message>
        <source>The dimensions the report compares processes by</source>
        <translation>Les dimensions selon lesquelles le rapport compare les processus</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Countries that are members or observers of a process</source>
        <translation>Pays membres ou observateurs d’un processus</translation>
    </message>
    <message>
        <source>Took part in the 2005 workshop</source>
        <translation>A participé à l’atelier de 2005</translation>
    </message>
    <message numerus="yes">
        <source>%n process(es)</source>
        <translation>
            <numerusform>%n processus</numerusform>
            <numerusform>%n processus</numerusform>
        </translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Has notes</source>
        <translation>Comporte des notes</translation>
    </message>
</context>
<context>
    <name>TreePanel</name>
    <message>
        <source>Filter processes, paragraphs, countries…</source>
        <translation>Filtrer processus, paragraphes, pays…</translation>
    </message>
    <message>
        <source>Filter the contents</source>
        <translation>Filtrer le sommaire</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Processes by region, the 2005 report by section and paragraph, the comparison dimensions and the countries; Enter opens the page, the context menu adds processes to the comparison</source>
        <translation>Les processus par région, le rapport de 2005 par section et paragraphe, les dimensions de comparaison et les pays ; Entrée ouvre la page, le menu contextuel ajoute des processus à la comparaison</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Add to comparison</source>
        <translation>&amp;Ajouter à la comparaison</translation>
    </message>
</context>
<context>
    <name>ZoomController</name>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
</context>
<context>
    <name>agreement</name>
    <message>
        <source>The report states</source>
        <translation>Le rapport affirme</translation>
    </message>
    <message>
        <source>Unanimous</source>
        <translation>Unanimité</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Consensus</translation>
    </message>
    <message>
        <source>Broad agreement</source>
        <translation>Large accord</translation>
    </message>
    <message>
        <source>Majority</source>
        <translation>Majorité</translation>
    </message>
    <message>
        <source>Many participants</source>
        <translation>De nombreux participants</translation>
    </message>
    <message>
        <source>Several participants</source>
        <translation>Plusieurs participants</translation>
    </message>
    <message>
        <source>Some participants</source>
        <translation>Certains participants</translation>
    </message>
    <message>
        <source>A few participants</source>
        <translation>Quelques rares participants</translation>
    </message>
    <message>
        <source>One participant</source>
        <translation>Un participant</translation>
    </message>
    <message>
        <source>Speaker&apos;s own statement</source>
        <translation>Déclaration de l’intervenant</translation>
    </message>
    <message>
        <source>Procedural (no position)</source>
        <translation>Procédure (sans prise de position)</translation>
    </message>
</context>
<context>
    <name>facts</name>
    <message>
        <source>Founded</source>
        <translation>Fondation</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Secrétariat</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Présidence</translation>
    </message>
    <message>
        <source>Meeting levels</source>
        <translation>Niveaux des réunions</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>Observateurs</translation>
    </message>
    <message>
        <source>Member organizations</source>
        <translation>Organisations membres</translation>
    </message>
    <message>
        <source>Partner organizations</source>
        <translation>Organisations partenaires</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Regional consultative process</source>
        <translation>Processus consultatif régional</translation>
    </message>
    <message>
        <source>Inter-regional forum</source>
        <translation>Forum interrégional</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>En sommeil</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Sourced</source>
        <translation>Sourcé</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <source>{start}–{end}</source>
        <translation>{start}–{end}</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observateur</translation>
    </message>
</context>
<context>
    <name>notes</name>
    <message>
        <source>1 note</source>
        <translation>1 note</translation>
    </message>
    <message>
        <source>A colour must be written like #1a2b3c (got {hex!r}).</source>
        <translation>Une couleur s’écrit sous la forme #1a2b3c (reçu&#xa0;: {hex!r}).</translation>
    </message>
    <message>
        <source>A colour name must be 1 to {limit} characters (got {name!r}).</source>
        <translation>Un nom de couleur doit compter de 1 à {limit} caractères (reçu&#xa0;: {name!r}).</translation>
    </message>
    <message>
        <source>A comparison cell id is PROCESS#DIMENSION (got {target_id!r}).</source>
        <translation>L’identifiant d’une cellule de comparaison est de la forme PROCESSUS#DIMENSION (reçu&#xa0;: {target_id!r}).</translation>
    </message>
    <message>
        <source>A note may have at most {limit} characters; this one has {length}.</source>
        <translation>Une note peut compter au plus {limit} caractères&#xa0;; celle-ci en compte {length}.</translation>
    </message>
    <message>
        <source>A note may have at most {limit} tags.</source>
        <translation>Une note peut avoir au plus {limit} étiquettes.</translation>
    </message>
    <message>
        <source>A note target needs a stable id (got {target_id!r}).</source>
        <translation>L’objet d’une note doit avoir un identifiant stable (reçu&#xa0;: {target_id!r}).</translation>
    </message>
    <message>
        <source>A passage needs the quoted text and its start and end offsets in the paragraph.</source>
        <translation>Un passage exige le texte cité ainsi que ses positions de début et de fin dans le paragraphe.</translation>
    </message>
    <message>
        <source>A tag must be 1 to {limit} characters without line breaks (got {tag!r}).</source>
        <translation>Une étiquette doit compter de 1 à {limit} caractères, sans saut de ligne (reçu&#xa0;: {tag!r}).</translation>
    </message>
    <message>
        <source>Added note {note_id}.</source>
        <translation>Note {note_id} ajoutée.</translation>
    </message>
    <message>
        <source>Backups in {folder}, newest first:</source>
        <translation>Sauvegardes dans {folder}, de la plus récente à la plus ancienne&#xa0;:</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Simulation&#xa0;: rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Importé.</translation>
    </message>
    <message>
        <source>Moved note {note_id} to the trash.</source>
        <translation>Note {note_id} placée dans la corbeille.</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>Aucune note.</translation>
    </message>
    <message>
        <source>No process, paragraph, dimension or comparison cell has the id {target_id!r}.</source>
        <translation>Aucun processus, paragraphe, dimension ni cellule de comparaison n’a l’identifiant {target_id!r}.</translation>
    </message>
    <message>
        <source>Nothing was changed. To keep this file aside (it is never deleted) and restore your notes from the newest good backup, run: rcpdesk notes recover (rcpdesk notes recover --list shows every backup).</source>
        <translation>Rien n’a été modifié. Pour mettre ce fichier de côté (il n’est jamais supprimé) et restaurer vos notes à partir de la dernière sauvegarde intacte, exécutez&#xa0;: rcpdesk notes recover (rcpdesk notes recover --list affiche toutes les sauvegardes).</translation>
    </message>
    <message>
        <source>Restored note {note_id}.</source>
        <translation>Note {note_id} restaurée.</translation>
    </message>
    <message>
        <source>Say what {target_id!r} is with --kind (process, paragraph, dimension or cell).</source>
        <translation>Précisez la nature de {target_id!r} avec --kind (process, paragraph, dimension ou cell).</translation>
    </message>
    <message>
        <source>The backup {name} is damaged too and cannot be restored. Nothing was changed.</source>
        <translation>La sauvegarde {name} est elle aussi endommagée et ne peut pas être restaurée. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The damaged notes file was moved to {moved}. There was no usable backup, so rcpdesk starts with an empty notes database.</source>
        <translation>Le fichier de notes endommagé a été déplacé vers {moved}. Aucune sauvegarde n’étant utilisable, rcpdesk démarre avec une base de notes vide.</translation>
    </message>
    <message>
        <source>The notes file is a database, but not an rcpdesk notes database: {path}</source>
        <translation>Le fichier de notes est une base de données, mais pas une base de notes rcpdesk&#xa0;: {path}</translation>
    </message>
    <message>
        <source>The notes file is not a notes database (it may have been overwritten by another program): {path}</source>
        <translation>Le fichier de notes n’est pas une base de notes (il a peut-être été écrasé par un autre programme)&#xa0;: {path}</translation>
    </message>
    <message>
        <source>The notes file was moved to {moved}. Your notes were restored from the automatic backup of {when}; changes made after that backup are in the moved file.</source>
        <translation>Le fichier de notes a été déplacé vers {moved}. Vos notes ont été restaurées à partir de la sauvegarde automatique du {when}&#xa0;; les modifications postérieures se trouvent dans le fichier déplacé.</translation>
    </message>
    <message>
        <source>Your notes database is damaged and cannot be read ({detail}): {path}</source>
        <translation>Votre base de notes est endommagée et illisible ({detail})&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Your notes file is empty or missing, yet it held notes before ({count} in the backup of {when}). A full disk, a sync tool or a bad copy may have emptied it: {path}</source>
        <translation>Votre fichier de notes est vide ou absent, alors qu’il contenait des notes ({count} dans la sauvegarde du {when}). Un disque plein, un outil de synchronisation ou une copie défectueuse a pu le vider&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Your notes file is empty or missing, yet it held notes on {when} ({count} then), and no backup holds them. A full disk, a sync tool or a bad copy may have emptied it; a copy of the profile folder made before then may still have them: {path}</source>
        <translation>Votre fichier de notes est vide ou absent, alors qu’il contenait des notes le {when} ({count} à cette date), et aucune sauvegarde ne les contient. Un disque plein, un outil de synchronisation ou une copie défectueuse a pu le vider&#xa0;; une copie du dossier de profil antérieure peut encore les contenir&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Your notes file is readable ({count} notes), so nothing was changed: {path}. To replace it with a backup anyway (it is kept aside), name one with --from NUMBER; --list shows them.</source>
        <translation>Votre fichier de notes est lisible ({count} notes), donc rien n’a été modifié&#xa0;: {path}. Pour le remplacer tout de même par une sauvegarde (il est mis de côté), désignez-en une avec --from NUMÉRO&#xa0;; --list les affiche.</translation>
    </message>
    <message>
        <source>Your notes file now holds {count} notes: {path}</source>
        <translation>Votre fichier de notes contient désormais {count} notes&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Your notes file now: {state}. To restore the newest good backup: rcpdesk notes recover; a chosen one: rcpdesk notes recover --from NUMBER</source>
        <translation>Votre fichier de notes actuel&#xa0;: {state}. Pour restaurer la dernière sauvegarde intacte&#xa0;: rcpdesk notes recover&#xa0;; une sauvegarde choisie&#xa0;: rcpdesk notes recover --from NUMÉRO</translation>
    </message>
    <message>
        <source>The file {name} does not exist or cannot be read.</source>
        <translation>Le fichier {name} n’existe pas ou ne peut pas être lu.</translation>
    </message>
    <message>
        <source>Cannot tell the format of {name}: name it .rcpnotes, .md or .csv, or give --format.</source>
        <translation>Impossible de savoir le format de {name} : nommez-le .rcpnotes, .md ou .csv, ou indiquez --format.</translation>
    </message>
    <message>
        <source>The file {name} dates the note {note_id} {time}, later than tomorrow: the clock that wrote it was wrong. Nothing was imported.</source>
        <translation>Le fichier {name} date la note {note_id} du {time}, une date postérieure à demain : l’horloge qui l’a écrit se trompait. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>The file {name} holds the note {note_id} twice. Nothing was imported.</source>
        <translation>Le fichier {name} contient deux fois la note {note_id}. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>The file {name} holds {count} notes; at most {limit} can be imported at once. Nothing was imported.</source>
        <translation>Le fichier {name} contient {count} notes&#xa0;; {limit} au plus peuvent être importées à la fois. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>The file {name} is not UTF-8 text. Nothing was imported.</source>
        <translation>Le fichier {name} n’est pas du texte UTF-8. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>The file {name} is not an rcpdesk notes file ({detail}). Nothing was imported.</source>
        <translation>Le fichier {name} n’est pas un fichier de notes rcpdesk ({detail}). Rien n’a été importé.</translation>
    </message>
    <message>
        <source>The file {name} is not valid JSON (line {line}, column {column}: {detail}). Nothing was imported.</source>
        <translation>Le fichier {name} n’est pas du JSON valide (ligne {line}, colonne {column}&#xa0;: {detail}). Rien n’a été importé.</translation>
    </message>
    <message>
        <source>The file {name} is too large to be a notes file ({size} bytes; the limit is {limit}). Nothing was imported.</source>
        <translation>Le fichier {name} est trop volumineux pour être un fichier de notes ({size} octets&#xa0;; la limite est de {limit}). Rien n’a été importé.</translation>
    </message>
    <message>
        <source>The id {prefix} matches more than one note: give more of it.</source>
        <translation>L’identifiant {prefix} correspond à plusieurs notes&#xa0;: précisez-le davantage.</translation>
    </message>
    <message>
        <source>The note {note_id} is not a conflict copy.</source>
        <translation>La note {note_id} n’est pas une copie en conflit.</translation>
    </message>
    <message>
        <source>The note {note_id} is not in the trash.</source>
        <translation>La note {note_id} n’est pas dans la corbeille.</translation>
    </message>
    <message>
        <source>The notes database is closed.</source>
        <translation>La base de notes est fermée.</translation>
    </message>
    <message>
        <source>The notes were written against the data edition {theirs}; you have {ours}.</source>
        <translation>Les notes ont été rédigées sur l’édition des données {theirs}&#xa0;; vous disposez de l’édition {ours}.</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>La corbeille est vide.</translation>
    </message>
    <message>
        <source>There are no backups in {folder}.</source>
        <translation>Il n’y a aucune sauvegarde dans {folder}.</translation>
    </message>
    <message>
        <source>There is already a colour named {name!r}.</source>
        <translation>Il existe déjà une couleur nommée {name!r}.</translation>
    </message>
    <message>
        <source>There is no backup to restore in {folder}. Nothing was changed.</source>
        <translation>Il n’y a aucune sauvegarde à restaurer dans {folder}. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>There is no backup {name} in {folder}. rcpdesk notes recover --list shows them.</source>
        <translation>Il n’existe aucune sauvegarde {name} dans {folder}. rcpdesk notes recover --list les affiche.</translation>
    </message>
    <message>
        <source>There is no colour named {colour!r}. The colours are: {known}.</source>
        <translation>Il n’existe aucune couleur nommée {colour!r}. Les couleurs sont&#xa0;: {known}.</translation>
    </message>
    <message>
        <source>There is no note with the id {note_id}.</source>
        <translation>Il n’existe aucune note ayant l’identifiant {note_id}.</translation>
    </message>
    <message>
        <source>This note was changed in another window since you opened it. Your version was not saved; reopen the note to see both.</source>
        <translation>Cette note a été modifiée dans une autre fenêtre depuis que vous l’avez ouverte. Votre version n’a pas été enregistrée&#xa0;; rouvrez la note pour voir les deux.</translation>
    </message>
    <message>
        <source>Unexpected error ({kind}): {detail}</source>
        <translation>Erreur inattendue ({kind})&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>Unknown export format: {format} (rcpnotes, md or csv).</source>
        <translation>Format d’exportation inconnu&#xa0;: {format} (rcpnotes, md ou csv).</translation>
    </message>
    <message>
        <source>Unknown kind of note target: {kind} (one of {kinds}).</source>
        <translation>Type d’objet de note inconnu&#xa0;: {kind} (l’un de&#xa0;: {kinds}).</translation>
    </message>
    <message>
        <source>Unknown note format: {body_format} (text or markdown).</source>
        <translation>Format de note inconnu&#xa0;: {body_format} (text ou markdown).</translation>
    </message>
    <message>
        <source>Wrote {count} notes to {path}.</source>
        <translation>{count} notes écrites dans {path}.</translation>
    </message>
    <message>
        <source>Your notes are busy in another rcpdesk window that did not finish saving in time. Try again in a moment.</source>
        <translation>Vos notes sont occupées par une autre fenêtre rcpdesk qui n’a pas fini de les enregistrer à temps. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Your notes are on a read-only disk or folder ({path}): they can be read, searched, printed and exported, but not changed.</source>
        <translation>Vos notes se trouvent sur un disque ou dans un dossier en lecture seule ({path})&#xa0;: elles peuvent être lues, recherchées, imprimées et exportées, mais pas modifiées.</translation>
    </message>
    <message>
        <source>Your notes cannot be saved: the notes file or its folder is read-only ({path}). Notes can be read but not changed.</source>
        <translation>Vos notes ne peuvent pas être enregistrées&#xa0;: le fichier de notes ou son dossier est en lecture seule ({path}). Les notes peuvent être lues mais pas modifiées.</translation>
    </message>
    <message>
        <source>Your notes could not be saved ({detail}). Nothing was changed.</source>
        <translation>Vos notes n’ont pas pu être enregistrées ({detail}). Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Your notes need an upgrade to this version of rcpdesk, but the notes file is read-only: {path}</source>
        <translation>Vos notes doivent être mises à niveau pour cette version de rcpdesk, mais le fichier de notes est en lecture seule&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Your notes were restored from the automatic backup of {when}.</source>
        <translation>Vos notes ont été restaurées à partir de la sauvegarde automatique du {when}.</translation>
    </message>
    <message>
        <source>Your notes were saved by a newer version of rcpdesk (notes format {found}; this version reads up to {supported}). Update rcpdesk to use them; the file is left untouched: {path}</source>
        <translation>Vos notes ont été enregistrées par une version plus récente de rcpdesk (format de notes {found}&#xa0;; cette version lit jusqu’au format {supported}). Mettez rcpdesk à jour pour les utiliser&#xa0;; le fichier reste intact&#xa0;: {path}</translation>
    </message>
    <message>
        <source>changed here and there</source>
        <translation>modifiée ici et là-bas</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflit</translation>
    </message>
    <message>
        <source>conflicts</source>
        <translation>conflits</translation>
    </message>
    <message>
        <source>damaged or empty</source>
        <translation>endommagé ou vide</translation>
    </message>
    <message>
        <source>damaged, cannot be restored</source>
        <translation>endommagée, impossible à restaurer</translation>
    </message>
    <message>
        <source>deleted here after it was last changed there</source>
        <translation>supprimée ici après sa dernière modification là-bas</translation>
    </message>
    <message>
        <source>deleted there, changed here since: kept</source>
        <translation>supprimée là-bas, modifiée ici depuis&#xa0;: conservée</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>same time, different text</source>
        <translation>même heure, texte différent</translation>
    </message>
    <message>
        <source>{count} notes</source>
        <translation>{count} notes</translation>
    </message>
    <message>
        <source>{count} notes contained control characters, which were removed.</source>
        <translation>{count} notes contenaient des caractères de contrôle, qui ont été supprimés.</translation>
    </message>
    <message>
        <source>{count} notes, readable</source>
        <translation>{count} notes, lisible</translation>
    </message>
    <message>
        <source>{count} of the notes in {name} are on things this edition of the data does not have ({examples}). Nothing was imported; import them anyway to keep them in the &quot;needs review&quot; list.</source>
        <translation>{count} des notes de {name} portent sur des éléments absents de cette édition des données ({examples}). Rien n’a été importé&#xa0;; importez-les tout de même pour les conserver dans la liste « à revoir ».</translation>
    </message>
    <message>
        <source>{new} new, {updated} updated, {conflicts} {conflict_word}, {unchanged} unchanged, {deleted} deleted</source>
        <translation>{new} nouvelles, {updated} mises à jour, {conflicts} {conflict_word}, {unchanged} inchangées, {deleted} supprimées</translation>
    </message>
</context>
<context>
    <name>profile</name>
    <message>
        <source>The profile folder {path} is a file, not a folder. Give --profile (or RCPDESK_HOME) a folder; a new one is made when it does not exist.</source>
        <translation>Le dossier de profil {path} est un fichier, pas un dossier. Donnez à --profile (ou à RCPDESK_HOME) un dossier ; il est créé s’il n’existe pas.</translation>
    </message>
</context>
</TS>
