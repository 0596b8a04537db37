<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About rcpdesk</source>
        <translation>Acerca de rcpdesk</translation>
    </message>
    <message>
        <source>rcpdesk never goes online: links are shown as text.</source>
        <translation>rcpdesk nunca se conecta a Internet: los enlaces se muestran como texto.</translation>
    </message>
    <message>
        <source>An offline reference for delegates to the Regional Consultative Processes on migration.</source>
        <translation>Una obra de referencia sin conexión para los delegados de los procesos consultivos regionales sobre migración.</translation>
    </message>
    <message>
        <source>Data edition:</source>
        <translation>Edición de los datos:</translation>
    </message>
    <message>
        <source>Profiles:</source>
        <translation>Perfiles:</translation>
    </message>
    <message>
        <source>Publishers:</source>
        <translation>Editores:</translation>
    </message>
    <message>
        <source>The report:</source>
        <translation>El informe:</translation>
    </message>
    <message>
        <source>schema</source>
        <translation>esquema</translation>
    </message>
    <message>
        <source>{count} sources, from the processes&apos; own sites and records, IOM and research institutes. Each fact in the detail view names its sources and the date it holds for.</source>
        <translation>{count} fuentes: sitios y archivos de los propios procesos, la OIM e institutos de investigación. Cada dato de la vista detallada indica sus fuentes y la fecha a la que se refiere.</translation>
    </message>
</context>
<context>
    <name>BriefingPack</name>
    <message>
        <source>&amp;Briefing Pack…</source>
        <translation>&amp;Dosier informativo…</translation>
    </message>
    <message>
        <source>One document for a meeting: profiles, comparison, the report&apos;s findings, maps, your country and your notes</source>
        <translation>Un solo documento para una reunión: perfiles, comparación, conclusiones del informe, mapas, su país y sus notas</translation>
    </message>
    <message>
        <source>Save Briefing Pack</source>
        <translation>Guardar el dosier informativo</translation>
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
        <translation>Escribiendo {path}…</translation>
    </message>
    <message>
        <source>The briefing pack was not saved to {path}: {reason}</source>
        <translation>El dosier informativo no se guardó en {path}: {reason}</translation>
    </message>
    <message>
        <source>Briefing pack not saved</source>
        <translation>Dosier informativo no guardado</translation>
    </message>
</context>
<context>
    <name>BriefingPackDialog</name>
    <message>
        <source>Briefing Pack</source>
        <translation>Dosier informativo</translation>
    </message>
    <message>
        <source>No country page</source>
        <translation>Sin página de país</translation>
    </message>
    <message>
        <source>All notes; or tags such as budget, speech</source>
        <translation>Todas las notas; o etiquetas como presupuesto, discurso</translation>
    </message>
    <message>
        <source>Your tags: {tags}</source>
        <translation>Sus etiquetas: {tags}</translation>
    </message>
    <message>
        <source>Made from the processes&apos; names</source>
        <translation>Formado con los nombres de los procesos</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Write Pack…</source>
        <translation>Escribir el dosier…</translation>
    </message>
    <message>
        <source>Processes:</source>
        <translation>Procesos:</translation>
    </message>
    <message>
        <source>Rows to compare:</source>
        <translation>Filas que comparar:</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vaciar</translation>
    </message>
    <message>
        <source>The Nine of 2005</source>
        <translation>Los nueve de 2005</translation>
    </message>
    <message>
        <source>Country page:</source>
        <translation>Página de país:</translation>
    </message>
    <message>
        <source>Notes tagged:</source>
        <translation>Notas con etiqueta:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papel:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Choose at least one process and one row.</source>
        <translation>Elija al menos un proceso y una fila.</translation>
    </message>
    <message>
        <source>Counting pages…</source>
        <translation>Contando las páginas…</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 página</translation>
    </message>
    <message>
        <source>{n} pages</source>
        <translation>{n} páginas</translation>
    </message>
    <message>
        <source>Cannot count the pages: {reason}</source>
        <translation>No se pueden contar las páginas: {reason}</translation>
    </message>
</context>
<context>
    <name>ColoursDialog</name>
    <message>
        <source>Note colours</source>
        <translation>Colores de las notas</translation>
    </message>
    <message>
        <source>Name each colour for what it means to you; notes keep their colour.</source>
        <translation>Dé a cada color el nombre de lo que significa para usted; las notas conservan su color.</translation>
    </message>
    <message>
        <source>Name of the colour {hex}</source>
        <translation>Nombre del color {hex}</translation>
    </message>
    <message>
        <source>Every colour needs a name.</source>
        <translation>Cada color necesita un nombre.</translation>
    </message>
    <message>
        <source>Two colours cannot have the same name.</source>
        <translation>Dos colores no pueden tener el mismo nombre.</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>The report records no shared finding on this.</source>
        <translation>El informe no recoge ninguna conclusión común al respecto.</translation>
    </message>
    <message>
        <source>{citation} · {agreement}</source>
        <translation>{citation} · {agreement}</translation>
    </message>
    <message>
        <source>[ ] editor&apos;s gloss</source>
        <translation>[ ] glosa del editor</translation>
    </message>
    <message>
        <source>{count} more findings</source>
        <translation>{count} conclusiones más</translation>
    </message>
    <message>
        <source>1 more finding</source>
        <translation>1 conclusión más</translation>
    </message>
    <message>
        <source>2005 report, {citation}. Agreement: {agreement}.</source>
        <translation>Informe de 2005, {citation}. Grado de acuerdo: {agreement}.</translation>
    </message>
    <message>
        <source>Words in [square brackets] are the editor&apos;s, from the paragraph; the report reads: “{text}”</source>
        <translation>Las palabras entre [corchetes] son del editor, tomadas del párrafo; el informe dice: «{text}»</translation>
    </message>
    <message>
        <source>You have notes on {citations}.</source>
        <translation>Tiene notas sobre {citations}.</translation>
    </message>
    <message>
        <source>Double-click to read every finding on this row.</source>
        <translation>Haga doble clic para leer todas las conclusiones de esta fila.</translation>
    </message>
    <message>
        <source>Double-click to read the paragraph.</source>
        <translation>Haga doble clic para leer el párrafo.</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>{value} (unverified)</source>
        <translation>{value} (sin verificar)</translation>
    </message>
    <message>
        <source>{value} (as of {date})</source>
        <translation>{value} (a {date})</translation>
    </message>
    <message>
        <source>{process}: {value}</source>
        <translation>{process}: {value}</translation>
    </message>
    <message>
        <source>Not known: no source found for this.</source>
        <translation>Desconocido: no se encontró ninguna fuente al respecto.</translation>
    </message>
    <message>
        <source>As of {date}</source>
        <translation>Vigente a {date}</translation>
    </message>
    <message>
        <source>Not yet checked against a source.</source>
        <translation>Aún no contrastado con una fuente.</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Fuente: {source}</translation>
    </message>
    <message>
        <source>{line} (accessed {date})</source>
        <translation>{line} (consultado el {date})</translation>
    </message>
    <message>
        <source>Another source gives: {value}</source>
        <translation>Otra fuente indica: {value}</translation>
    </message>
    <message>
        <source>Double-click to open the process.</source>
        <translation>Haga doble clic para abrir el proceso.</translation>
    </message>
    <message>
        <source>The report&apos;s finding</source>
        <translation>Conclusión del informe</translation>
    </message>
    <message>
        <source>The 2005 workshop report&apos;s finding that bears most on each row, with its paragraph, how widely participants agreed and how many more findings there are</source>
        <translation>La conclusión del informe del taller de 2005 que más se refiere a cada fila, con su párrafo, el grado de acuerdo de los participantes y cuántas conclusiones más hay</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
</context>
<context>
    <name>ComparisonPanel</name>
    <message>
        <source>No dimensions chosen: pick some under Dimensions.</source>
        <translation>No se ha elegido ninguna dimensión: seleccione algunas en «Dimensiones».</translation>
    </message>
    <message>
        <source>No differences: the known values agree on every chosen dimension.</source>
        <translation>Sin diferencias: los valores conocidos coinciden en todas las dimensiones elegidas.</translation>
    </message>
    <message>
        <source>The known values differ on every chosen dimension.</source>
        <translation>Los valores conocidos difieren en todas las dimensiones elegidas.</translation>
    </message>
    <message>
        <source>One dimension hidden: the known values agree or none is known.</source>
        <translation>Una dimensión oculta: los valores conocidos coinciden o no se conoce ninguno.</translation>
    </message>
    <message>
        <source>{count} dimensions hidden: the known values agree or none is known.</source>
        <translation>{count} dimensiones ocultas: los valores conocidos coinciden o no se conoce ninguno.</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Dimensiones</translation>
    </message>
    <message>
        <source>Dimensions ({shown}/{total})</source>
        <translation>Dimensiones ({shown}/{total})</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} rows.</source>
        <translation>Se muestran {shown} de {total} filas.</translation>
    </message>
    <message>
        <source>Profile facts first, then every dimension</source>
        <translation>Primero los datos de los perfiles, luego todas las dimensiones</translation>
    </message>
    <message>
        <source>Every row</source>
        <translation>Todas las filas</translation>
    </message>
    <message>
        <source>From the profiles</source>
        <translation>De los perfiles</translation>
    </message>
    <message>
        <source>The report&apos;s dimensions</source>
        <translation>Las dimensiones del informe</translation>
    </message>
    <message>
        <source>Remove from comparison</source>
        <translation>Quitar de la comparación</translation>
    </message>
    <message>
        <source>Move left</source>
        <translation>Mover a la izquierda</translation>
    </message>
    <message>
        <source>Move right</source>
        <translation>Mover a la derecha</translation>
    </message>
    <message>
        <source>Open the process profile</source>
        <translation>Abrir el perfil del proceso</translation>
    </message>
    <message>
        <source>Processes…</source>
        <translation>Procesos…</translation>
    </message>
    <message>
        <source>Choose the processes to compare</source>
        <translation>Elegir los procesos que se compararán</translation>
    </message>
    <message>
        <source>Choose processes to compare</source>
        <translation>Elegir procesos para comparar</translation>
    </message>
    <message>
        <source>Choose the dimensions to compare</source>
        <translation>Elegir las dimensiones que se compararán</translation>
    </message>
    <message>
        <source>Choose dimensions to compare</source>
        <translation>Elegir dimensiones para comparar</translation>
    </message>
    <message>
        <source>Show only where they differ</source>
        <translation>Solo las diferencias</translation>
    </message>
    <message>
        <source>Hide dimensions where every known value is the same, or where none is known</source>
        <translation>Ocultar las dimensiones en que todos los valores conocidos son iguales o no se conoce ninguno</translation>
    </message>
    <message>
        <source>The report&apos;s finding</source>
        <translation>Conclusión del informe</translation>
    </message>
    <message>
        <source>Show what the 2005 report found on each dimension</source>
        <translation>Mostrar lo que el informe de 2005 concluyó sobre cada dimensión</translation>
    </message>
    <message>
        <source>Show the report&apos;s finding</source>
        <translation>Conclusión del informe</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vaciar</translation>
    </message>
    <message>
        <source>Remove every process from the comparison</source>
        <translation>Quitar todos los procesos de la comparación</translation>
    </message>
    <message>
        <source>Clear the comparison</source>
        <translation>Vaciar la comparación</translation>
    </message>
    <message>
        <source>Comparison of processes by dimension</source>
        <translation>Comparación de los procesos por dimensión</translation>
    </message>
    <message>
        <source>Rows are profile facts and dimensions; the first column is the report&apos;s finding that fits the row, then one column per process. Double-click a cell to open it; Delete removes its process.</source>
        <translation>Las filas son los datos de los perfiles y las dimensiones; la primera columna es la conclusión del informe que corresponde a la fila y, después, una columna por proceso. Haga doble clic en una celda para abrirla; Supr quita su proceso.</translation>
    </message>
    <message>
        <source>Choose processes with “Processes…” above, or add the nine processes that met at the 2005 workshop. You can also add a process from its profile or the process list. The rows start with the profile facts (secretariat, chair, members...), then the report&apos;s dimensions; the first column gives the 2005 report&apos;s finding that fits each row.</source>
        <translation>Elija procesos con «Procesos…» arriba, o añada los nueve procesos reunidos en el taller de 2005. También puede añadir un proceso desde su perfil o la lista de procesos. Las filas empiezan por los datos de los perfiles (secretaría, presidencia, miembros…) y siguen con las dimensiones del informe; la primera columna da la conclusión del informe de 2005 que corresponde a cada fila.</translation>
    </message>
    <message>
        <source>Compare the nine processes whose delegates met at the 2005 workshop</source>
        <translation>Comparar los nueve procesos cuyos delegados se reunieron en el taller de 2005</translation>
    </message>
    <message>
        <source>Processes compared</source>
        <translation>Procesos comparados</translation>
    </message>
    <message>
        <source>No processes to compare yet</source>
        <translation>Aún no hay procesos que comparar</translation>
    </message>
    <message>
        <source>Choose processes…</source>
        <translation>Elegir procesos…</translation>
    </message>
    <message>
        <source>Tick the processes to compare, by region</source>
        <translation>Marcar los procesos que se van a comparar, por región</translation>
    </message>
    <message>
        <source>Add the nine 2005 processes</source>
        <translation>Añadir los nueve procesos de 2005</translation>
    </message>
    <message>
        <source>Add the nine processes at the 2005 workshop</source>
        <translation>Añadir los nueve procesos presentes en el taller de 2005</translation>
    </message>
</context>
<context>
    <name>ContentNames</name>
    <message>
        <source>Europe</source>
        <translation>Europa</translation>
    </message>
    <message>
        <source>Asia and the Pacific</source>
        <translation>Asia y el Pacífico</translation>
    </message>
    <message>
        <source>The Americas</source>
        <translation>Américas</translation>
    </message>
    <message>
        <source>Africa</source>
        <translation>África</translation>
    </message>
    <message>
        <source>Middle East and North Africa</source>
        <translation>Oriente Medio y Norte de África</translation>
    </message>
    <message>
        <source>Inter-regional forums</source>
        <translation>Foros interregionales</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Organization and working methods</source>
        <translation>Organización y métodos de trabajo</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Participación</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Financiación</translation>
    </message>
    <message>
        <source>Civil society and private sector</source>
        <translation>Sociedad civil y sector privado</translation>
    </message>
    <message>
        <source>Range of ministries</source>
        <translation>Gama de ministerios</translation>
    </message>
    <message>
        <source>Achievements</source>
        <translation>Logros</translation>
    </message>
    <message>
        <source>Determinants of success and failure</source>
        <translation>Factores de éxito y de fracaso</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Cross-fertilization</source>
        <translation>Intercambio entre procesos</translation>
    </message>
    <message>
        <source>Relations with regional institutions</source>
        <translation>Relaciones con las instituciones regionales</translation>
    </message>
    <message>
        <source>What the process is meant to achieve.</source>
        <translation>Lo que el proceso pretende lograr.</translation>
    </message>
    <message>
        <source>Meeting levels, chair, secretariat, workshops, focal points.</source>
        <translation>Niveles de reunión, presidencia, secretaría, talleres, puntos focales.</translation>
    </message>
    <message>
        <source>Who takes part: states, ministries, international organizations, observers.</source>
        <translation>Quién participa: Estados, ministerios, organizaciones internacionales, observadores.</translation>
    </message>
    <message>
        <source>Declarations, recommendations, plans of action, guidelines, information.</source>
        <translation>Declaraciones, recomendaciones, planes de acción, directrices, información.</translation>
    </message>
    <message>
        <source>How the process and its activities are paid for.</source>
        <translation>Cómo se financian el proceso y sus actividades.</translation>
    </message>
    <message>
        <source>Whether and how NGOs and business take part.</source>
        <translation>Si las ONG y las empresas participan, y cómo.</translation>
    </message>
    <message>
        <source>The scope of issues and the government departments involved.</source>
        <translation>El alcance de los temas y los departamentos gubernamentales implicados.</translation>
    </message>
    <message>
        <source>Concrete results and impact.</source>
        <translation>Resultados concretos e impacto.</translation>
    </message>
    <message>
        <source>What makes the process work, or not.</source>
        <translation>Lo que hace que el proceso funcione, o no.</translation>
    </message>
    <message>
        <source>Internal reviews and external evaluations.</source>
        <translation>Revisiones internas y evaluaciones externas.</translation>
    </message>
    <message>
        <source>Exchanges with other RCPs.</source>
        <translation>Intercambios con otros PCR.</translation>
    </message>
    <message>
        <source>Links with economic, political and security institutions.</source>
        <translation>Vínculos con las instituciones económicas, políticas y de seguridad.</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Secretaría</translation>
    </message>
    <message>
        <source>Who runs the process between meetings, and where.</source>
        <translation>Quién hace funcionar el proceso entre reuniones, y dónde.</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Presidencia</translation>
    </message>
    <message>
        <source>Who chairs now, and how the chair is chosen.</source>
        <translation>Quién preside ahora, y cómo se elige la presidencia.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Member states: how many, and which.</source>
        <translation>Estados miembros: cuántos, y cuáles.</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>Observadores</translation>
    </message>
    <message>
        <source>Observer states.</source>
        <translation>Estados observadores.</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>Creación</translation>
    </message>
    <message>
        <source>The year the process was founded, and the founding event.</source>
        <translation>El año de creación del proceso, y el acto fundacional.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Active, dormant or ended.</source>
        <translation>Activo, inactivo o terminado.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Regional consultative process or inter-regional forum.</source>
        <translation>Proceso consultivo regional o foro interregional.</translation>
    </message>
    <message>
        <source>Meeting levels</source>
        <translation>Niveles de reunión</translation>
    </message>
    <message>
        <source>Ministerial, senior officials, technical.</source>
        <translation>Ministerial, altos funcionarios, técnico.</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>The process&apos;s own website.</source>
        <translation>El sitio web del proceso.</translation>
    </message>
</context>
<context>
    <name>CountryDetail</name>
    <message>
        <source>member</source>
        <translation>miembro</translation>
    </message>
    <message>
        <source>observer</source>
        <translation>observador</translation>
    </message>
    <message>
        <source>no source recorded</source>
        <translation>no consta ninguna fuente</translation>
    </message>
    <message>
        <source>ISO 3166-1: {code}</source>
        <translation>ISO 3166-1: {code}</translation>
    </message>
    <message>
        <source>Code {code} (not an ISO 3166-1 code)</source>
        <translation>Código {code} (no es un código ISO 3166-1)</translation>
    </message>
    <message>
        <source>territory</source>
        <translation>territorio</translation>
    </message>
    <message>
        <source>Processes {first}–{last} of {total}</source>
        <translation>Procesos {first} a {last} de {total}</translation>
    </message>
    <message>
        <source>{process} ({role})</source>
        <translation>{process} ({role})</translation>
    </message>
    <message>
        <source>Other member ({n}):</source>
        <translation>Otro miembro ({n}):</translation>
    </message>
    <message>
        <source>Other members ({n}):</source>
        <translation>Otros miembros ({n}):</translation>
    </message>
    <message>
        <source>Observer ({n}):</source>
        <translation>Observador ({n}):</translation>
    </message>
    <message>
        <source>Observers ({n}):</source>
        <translation>Observadores ({n}):</translation>
    </message>
    <message>
        <source>since {year}</source>
        <translation>desde {year}</translation>
    </message>
    <message>
        <source>year joined not known</source>
        <translation>año de adhesión desconocido</translation>
    </message>
    <message>
        <source>{since} (as of {date})</source>
        <translation>{since} (vigente a {date})</translation>
    </message>
    <message>
        <source>as of {date}</source>
        <translation>vigente a {date}</translation>
    </message>
    <message>
        <source>{country} is a member of none of the processes recorded.</source>
        <translation>{country} no es miembro de ninguno de los procesos registrados.</translation>
    </message>
    <message>
        <source>Member of {n} process: </source>
        <translation>Miembro de {n} proceso: </translation>
    </message>
    <message>
        <source>Member of {n} processes: </source>
        <translation>Miembro de {n} procesos: </translation>
    </message>
    <message>
        <source>Observer in {n} process: </source>
        <translation>Observador en {n} proceso: </translation>
    </message>
    <message>
        <source>Observer in {n} processes: </source>
        <translation>Observador en {n} procesos: </translation>
    </message>
    <message>
        <source>and {n} more</source>
        <translation>y {n} más</translation>
    </message>
    <message>
        <source>The report’s remarks on coverage (¶6, ¶13) do not concern the region of {country}.</source>
        <translation>Las observaciones del informe sobre la cobertura (¶6, ¶13) no se refieren a la región de {country}.</translation>
    </message>
    <message>
        <source>The Asia-Pacific, covered by more than one process</source>
        <translation>Asia y el Pacífico, cubierta por más de un proceso</translation>
    </message>
    <message>
        <source>A gap in coverage: {area}</source>
        <translation>Una laguna de cobertura: {area}</translation>
    </message>
    <message>
        <source>Today {country} is a member of {n} process.</source>
        <translation>Hoy {country} es miembro de {n} proceso.</translation>
    </message>
    <message>
        <source>Today {country} is a member of {n} processes.</source>
        <translation>Hoy {country} es miembro de {n} procesos.</translation>
    </message>
    <message>
        <source>Today {country} is still a member of none.</source>
        <translation>Hoy {country} sigue sin ser miembro de ninguno.</translation>
    </message>
    <message>
        <source>the UN M49 definition</source>
        <translation>la definición M49 de las Naciones Unidas</translation>
    </message>
    <message>
        <source>the usual definition (for the Gulf States, the six of the Gulf Cooperation Council)</source>
        <translation>la definición habitual (para los Estados del Golfo, los seis del Consejo de Cooperación del Golfo)</translation>
    </message>
    <message>
        <source>The report names areas, not countries; rcpdesk places {country} in {area} by {basis}.</source>
        <translation>El informe nombra zonas, no países; rcpdesk sitúa a {country} en «{area}» según {basis}.</translation>
    </message>
    <message>
        <source>{country} is a member of {n} process.</source>
        <translation>{country} es miembro de {n} proceso.</translation>
    </message>
    <message>
        <source>{country} is a member of {n} processes.</source>
        <translation>{country} es miembro de {n} procesos.</translation>
    </message>
    <message>
        <source>Earlier memberships</source>
        <translation>Pertenencias anteriores</translation>
    </message>
    <message>
        <source>Neighbours in each process</source>
        <translation>Vecinos en cada proceso</translation>
    </message>
    <message>
        <source>No other member is recorded.</source>
        <translation>No consta ningún otro miembro.</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Proceso</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Procesos</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Each membership holds as of the date its source gives.</source>
        <translation>Cada participación es válida a la fecha que indica su fuente.</translation>
    </message>
    <message>
        <source>What the 2005 report says about coverage of its region</source>
        <translation>Lo que dice el informe de 2005 sobre la cobertura de su región</translation>
    </message>
</context>
<context>
    <name>CoverageMapPanel</name>
    <message>
        <source>Coverage by year</source>
        <translation>Cobertura por año</translation>
    </message>
    <message>
        <source>Members of a process</source>
        <translation>Miembros de un proceso</translation>
    </message>
    <message>
        <source>What the map shows</source>
        <translation>Contenido del mapa</translation>
    </message>
    <message>
        <source>The process whose members and observers are shown</source>
        <translation>El proceso cuyos miembros y observadores se muestran</translation>
    </message>
    <message>
        <source>Coverage as it stood in a year: the processes founded by then, with the members their dated entries show for that year</source>
        <translation>La cobertura tal como era en un año: los procesos fundados para entonces, con los miembros que sus entradas fechadas muestran para ese año</translation>
    </message>
    <message>
        <source>2005 (the report)</source>
        <translation>2005 (el informe)</translation>
    </message>
    <message>
        <source>Coverage in 2005, the year of the workshop</source>
        <translation>La cobertura en 2005, año del taller</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Coverage today: every process</source>
        <translation>La cobertura hoy: todos los procesos</translation>
    </message>
    <message>
        <source>Zoom in (+, mouse wheel)</source>
        <translation>Acercar (+, rueda del ratón)</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Alejar (−)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>See the whole map again (0)</source>
        <translation>Volver a ver el mapa entero (0)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Save the map as PNG, SVG or PDF</source>
        <translation>Guardar el mapa en PNG, SVG o PDF</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Print the map as shown</source>
        <translation>Imprimir el mapa tal como se muestra</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>Export the map</source>
        <translation>Exportar el mapa</translation>
    </message>
    <message>
        <source>The map could not be written: {reason}</source>
        <translation>No se pudo guardar el mapa: {reason}</translation>
    </message>
    <message>
        <source>Print the map</source>
        <translation>Imprimir el mapa</translation>
    </message>
</context>
<context>
    <name>Detail</name>
    <message>
        <source>(English original)</source>
        <translation>(original en inglés)</translation>
    </message>
    <message>
        <source>(accessed {date})</source>
        <translation>(consultado el {date})</translation>
    </message>
    <message>
        <source>(names this process)</source>
        <translation>(nombra este proceso)</translation>
    </message>
    <message>
        <source>(text lost in the source scan)</source>
        <translation>(texto perdido en la digitalización de la fuente)</translation>
    </message>
    <message>
        <source>All the report&apos;s findings on {dimension} →</source>
        <translation>Todas las conclusiones del informe sobre «{dimension}» →</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Presidencia</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Dimensiones</translation>
    </message>
    <message>
        <source>Dormant since {year}</source>
        <translation>Inactivo desde {year}</translation>
    </message>
    <message>
        <source>Each entry gives the years a role began and ended, where a source says so; &quot;not known&quot; is not guessed from today&apos;s list.</source>
        <translation>Cada entrada da los años en que un papel comenzó y terminó, cuando una fuente lo dice; «no se sabe» no se deduce de la lista actual.</translation>
    </message>
    <message>
        <source>Ended in {year}</source>
        <translation>Terminado en {year}</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Conclusiones</translation>
    </message>
    <message>
        <source>Findings {first}–{last} of {total}, strongest agreement first</source>
        <translation>Conclusiones {first} a {last} de {total}, del acuerdo más amplio al más limitado</translation>
    </message>
    <message>
        <source>Footnotes</source>
        <translation>Notas al pie</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>Fundación</translation>
    </message>
    <message>
        <source>Global process</source>
        <translation>Proceso mundial</translation>
    </message>
    <message>
        <source>Guiding question:</source>
        <translation>Pregunta orientadora:</translation>
    </message>
    <message>
        <source>How to start</source>
        <translation>Cómo empezar</translation>
    </message>
    <message>
        <source>Inter-regional forum</source>
        <translation>Foro interregional</translation>
    </message>
    <message>
        <source>Listed in the 2005 report as</source>
        <translation>Clasificado en el informe de 2005 como</translation>
    </message>
    <message>
        <source>Meeting levels</source>
        <translation>Niveles de las reuniones</translation>
    </message>
    <message>
        <source>Member organizations</source>
        <translation>Organizaciones miembros</translation>
    </message>
    <message>
        <source>Members ({count})</source>
        <translation>Miembros ({count})</translation>
    </message>
    <message>
        <source>Membership over time</source>
        <translation>Composición a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Name in the 2005 report</source>
        <translation>Nombre en el informe de 2005</translation>
    </message>
    <message>
        <source>Name in this language</source>
        <translation>Nombre en este idioma</translation>
    </message>
    <message>
        <source>Named in the 2005 report at</source>
        <translation>Citado en el informe de 2005 en</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Observers ({count})</source>
        <translation>Observadores ({count})</translation>
    </message>
    <message>
        <source>Only the lists above are recorded (as of {dates}): when each country joined, and whether it still takes part, is not known.</source>
        <translation>Solo constan las listas de arriba (a fecha de {dates}): no se sabe cuándo se unió cada país ni si sigue participando.</translation>
    </message>
    <message>
        <source>Other findings</source>
        <translation>Otras conclusiones</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Otros nombres</translation>
    </message>
    <message>
        <source>Other sources give:</source>
        <translation>Otras fuentes indican:</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message>
        <source>Paragraphs {first}–{last} of {total}</source>
        <translation>Párrafos {first} a {last} de {total}</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Asociados</translation>
    </message>
    <message>
        <source>Pick a process, a paragraph, a dimension or a country in the tree on the left.</source>
        <translation>Elija un proceso, un párrafo, una dimensión o un país en el árbol de la izquierda.</translation>
    </message>
    <message>
        <source>Predecessor</source>
        <translation>Predecesor</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Procesos</translation>
    </message>
    <message>
        <source>Processes by region</source>
        <translation>Procesos por región</translation>
    </message>
    <message>
        <source>Processes {first}–{last} of {total}</source>
        <translation>Procesos {first} a {last} de {total}</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Regional Consultative Processes on migration</source>
        <translation>Procesos consultivos regionales sobre migración</translation>
    </message>
    <message>
        <source>Regional consultative process</source>
        <translation>Proceso consultivo regional</translation>
    </message>
    <message>
        <source>Right-click processes to add them to the comparison; Alt+Left goes back.</source>
        <translation>Haga clic con el botón derecho en los procesos para añadirlos a la comparación; Alt+Izquierda vuelve atrás.</translation>
    </message>
    <message>
        <source>Search the profiles and the report with Ctrl+F; Enter opens the first result.</source>
        <translation>Busque en los perfiles y el informe con Ctrl+F; Intro abre el primer resultado.</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Secretaría</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Fuentes:</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Oradores</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Successor</source>
        <translation>Sucesor</translation>
    </message>
    <message>
        <source>The 2005 report</source>
        <translation>El informe de 2005</translation>
    </message>
    <message>
        <source>The latest list found; no newer one was found.</source>
        <translation>La lista más reciente encontrada; no se encontró ninguna más nueva.</translation>
    </message>
    <message>
        <source>The paragraphs that name this process hold the others.</source>
        <translation>Las demás figuran en los párrafos que mencionan este proceso.</translation>
    </message>
    <message>
        <source>The processes today</source>
        <translation>Los procesos hoy</translation>
    </message>
    <message>
        <source>The strongest {shown} of {total}.</source>
        <translation>Las {shown} de acuerdo más amplio, de {total}.</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>What the 2005 report found</source>
        <translation>Conclusiones del informe de 2005</translation>
    </message>
    <message>
        <source>Why the first value is shown first: {reason}</source>
        <translation>Por qué el primer valor se muestra primero: {reason}</translation>
    </message>
    <message>
        <source>[ ] editor&apos;s gloss</source>
        <translation>[ ] glosa del editor</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>y {count} más</translation>
    </message>
    <message>
        <source>as of {date}</source>
        <translation>vigente a {date}</translation>
    </message>
    <message>
        <source>founded {year}</source>
        <translation>fundado en {year}</translation>
    </message>
    <message>
        <source>rcpdesk holds nothing at {link}.</source>
        <translation>rcpdesk no contiene nada en {link}.</translation>
    </message>
    <message>
        <source>rcpdesk — an offline reference. Data edition {edition}.</source>
        <translation>rcpdesk — una obra de referencia sin conexión. Edición de los datos: {edition}.</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>fuentes</translation>
    </message>
    <message>
        <source>took part in the 2005 workshop</source>
        <translation>participó en el taller de 2005</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>sin verificar</translation>
    </message>
    <message>
        <source>{processes} processes in {regions} regions, each with sourced facts and dated values, next to the report of the GCIM–IOM Workshop on RCPs (Geneva, 2005), where {attended} of them took part.</source>
        <translation>{processes} procesos en {regions} regiones, cada uno con datos documentados y valores fechados, junto al informe del taller CMMI–OIM sobre los PCR (Ginebra, 2005), en el que participaron {attended} de ellos.</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Copy as &amp;Quote</source>
        <translation>Copiar como ci&amp;ta</translation>
    </message>
    <message>
        <source>Copy the selected text (or the whole paragraph) with its citation</source>
        <translation>Copiar el texto seleccionado (o el párrafo entero) con su referencia</translation>
    </message>
    <message>
        <source>rcpdesk, data edition {date}</source>
        <translation>rcpdesk, edición de los datos de {date}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Previous place (Shift+F3)</source>
        <translation>Aparición anterior (Mayús+F3)</translation>
    </message>
    <message>
        <source>Previous place the search words are found</source>
        <translation>Aparición anterior de las palabras buscadas</translation>
    </message>
    <message>
        <source>Next place (F3)</source>
        <translation>Aparición siguiente (F3)</translation>
    </message>
    <message>
        <source>Next place the search words are found</source>
        <translation>Aparición siguiente de las palabras buscadas</translation>
    </message>
    <message>
        <source>Stop highlighting</source>
        <translation>Dejar de resaltar</translation>
    </message>
    <message>
        <source>Stop highlighting the search words</source>
        <translation>Dejar de resaltar las palabras buscadas</translation>
    </message>
    <message>
        <source>Search words on this page: {current} / {count} ({words})</source>
        <translation>Palabras buscadas en esta página: {current} / {count} ({words})</translation>
    </message>
</context>
<context>
    <name>FoundingTimelinePanel</name>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Save the timeline as PNG, SVG or PDF</source>
        <translation>Guardar la cronología en PNG, SVG o PDF</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Export the timeline</source>
        <translation>Exportar la cronología</translation>
    </message>
    <message>
        <source>The timeline could not be written: {reason}</source>
        <translation>No se pudo guardar la cronología: {reason}</translation>
    </message>
    <message>
        <source>Print the timeline</source>
        <translation>Imprimir la cronología</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Atrás (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>A&amp;delante</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>Adelante (Alt+Derecha)</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import notes</source>
        <translation>Importar notas</translation>
    </message>
    <message>
        <source>Importing “{name}” will add or change these notes:</source>
        <translation>Al importar «{name}» se añadirán o modificarán estas notas:</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>Efecto de la importación</translation>
    </message>
    <message>
        <source>Conflicts keep your version; the other version is added next to it and listed under Needs review.</source>
        <translation>En caso de conflicto se conserva su versión; la otra versión se añade a su lado y figura en «Por revisar».</translation>
    </message>
    <message>
        <source>{count} notes contained control characters, which were removed.</source>
        <translation>{count} notas contenían caracteres de control, que se han eliminado.</translation>
    </message>
    <message>
        <source>{count} notes are on things this data edition does not have; they will be kept and flagged for review.</source>
        <translation>{count} notas se refieren a elementos que no existen en esta edición de los datos; se conservarán y se marcarán para revisión.</translation>
    </message>
    <message>
        <source>New colours: {names}</source>
        <translation>Colores nuevos: {names}</translation>
    </message>
    <message>
        <source>Written against the data edition of {edition}.</source>
        <translation>Redactadas con la edición de los datos de {edition}.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Nothing to import: you already have these notes.</source>
        <translation>Nada que importar: ya tiene estas notas.</translation>
    </message>
</context>
<context>
    <name>LanguageController</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>New data edition: notes re-anchored ({moved} moved with their passage, {orphaned} to review in Edit &gt; Notes Needing Review).</source>
        <translation>Nueva edición de los datos: notas reancladas ({moved} movidas con su pasaje, {orphaned} por revisar en Editar &gt; Notas por revisar).</translation>
    </message>
    <message>
        <source>rcpdesk — Regional Consultative Processes on Migration</source>
        <translation>rcpdesk — Procesos consultivos regionales sobre migración</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>Search Results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <source>&amp;Start Page</source>
        <translation>Página de &amp;inicio</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;About rcpdesk</source>
        <translation>&amp;Acerca de rcpdesk</translation>
    </message>
    <message>
        <source>Add Process to &amp;Comparison</source>
        <translation>Añadir el proceso a la &amp;comparación</translation>
    </message>
    <message>
        <source>Data edition {date}</source>
        <translation>Datos del {date}</translation>
    </message>
</context>
<context>
    <name>Maps</name>
    <message>
        <source>rcpdesk · data edition {edition} · base map: pygal_maps_world (Robinson projection)</source>
        <translation>rcpdesk · edición de los datos {edition} · mapa base: pygal_maps_world (proyección de Robinson)</translation>
    </message>
    <message>
        <source>{n}+</source>
        <translation>{n} o más</translation>
    </message>
    <message>
        <source>Member of how many processes</source>
        <translation>Miembro de cuántos procesos</translation>
    </message>
    <message>
        <source>In no process</source>
        <translation>En ningún proceso</translation>
    </message>
    <message>
        <source>Not known for {year}</source>
        <translation>No se sabe para {year}</translation>
    </message>
    <message>
        <source>Territory, not counted</source>
        <translation>Territorio, no contabilizado</translation>
    </message>
    <message>
        <source>Small state, drawn as a dot</source>
        <translation>Estado pequeño, representado con un punto</translation>
    </message>
    <message>
        <source>Countries by number of migration processes they belong to, today</source>
        <translation>Países según el número de procesos sobre migración a los que pertenecen, hoy</translation>
    </message>
    <message>
        <source>{n} regional consultative processes and inter-regional forums; membership as currently recorded</source>
        <translation>{n} procesos consultivos regionales y foros interregionales; composición según los registros actuales</translation>
    </message>
    <message>
        <source>Countries by number of migration processes they belong to, {year}</source>
        <translation>Países según el número de procesos sobre migración a los que pertenecen, en {year}</translation>
    </message>
    <message>
        <source>{k} of {n} processes founded by {year}; membership in {year} as the dated entries show it, not today&apos;s lists</source>
        <translation>{k} de {n} procesos fundados en {year}; composición en {year} según las entradas fechadas, no las listas actuales</translation>
    </message>
    <message>
        <source>Africa</source>
        <translation>África</translation>
    </message>
    <message>
        <source>The Caribbean</source>
        <translation>El Caribe</translation>
    </message>
    <message>
        <source>Middle East and the Gulf</source>
        <translation>Oriente Medio y el Golfo</translation>
    </message>
    <message>
        <source>Asia-Pacific</source>
        <translation>Asia y el Pacífico</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>Otros lugares</translation>
    </message>
    <message>
        <source>Every country is a member of at least one process.</source>
        <translation>Todos los países son miembros de al menos un proceso.</translation>
    </message>
    <message>
        <source>In no process ({n}): </source>
        <translation>En ningún proceso ({n}): </translation>
    </message>
    <message>
        <source>The 2005 report: </source>
        <translation>El informe de 2005: </translation>
    </message>
    <message>
        <source>Founded after {year}, not counted: </source>
        <translation>Fundados después de {year}, no contabilizados: </translation>
    </message>
    <message>
        <source>Founding year unknown, not counted: </source>
        <translation>Año de fundación desconocido, no contabilizados: </translation>
    </message>
    <message>
        <source>Membership in {year} not known, not counted: </source>
        <translation>Composición en {year} desconocida, no contada: </translation>
    </message>
    <message>
        <source>{process} ({n} country)</source>
        <translation>{process} ({n} país)</translation>
    </message>
    <message>
        <source>{process} ({n} countries)</source>
        <translation>{process} ({n} países)</translation>
    </message>
    <message>
        <source>Ended, no current members: </source>
        <translation>Terminados, sin miembros actuales: </translation>
    </message>
    <message>
        <source>No membership recorded, nothing to count: </source>
        <translation>Sin composición registrada, nada que contabilizar: </translation>
    </message>
    <message>
        <source>Counted, though no longer active: </source>
        <translation>Contabilizados, aunque ya no estén activos: </translation>
    </message>
    <message>
        <source>Member of {n} process: </source>
        <translation>Miembro de {n} proceso: </translation>
    </message>
    <message>
        <source>Member of {n} processes: </source>
        <translation>Miembro de {n} procesos: </translation>
    </message>
    <message>
        <source>Membership in {year} not known</source>
        <translation>Pertenencia en {year} desconocida</translation>
    </message>
    <message>
        <source>Territory: no process lists it</source>
        <translation>Territorio: ningún proceso lo incluye</translation>
    </message>
    <message>
        <source>In no process founded by {year}</source>
        <translation>En ningún proceso fundado hasta {year}</translation>
    </message>
    <message>
        <source>Observer in: </source>
        <translation>Observador en: </translation>
    </message>
    <message>
        <source>Not known for {year}: </source>
        <translation>No se sabe para {year}: </translation>
    </message>
    <message>
        <source>Members and observers of the processes compared</source>
        <translation>Miembros y observadores de los procesos comparados</translation>
    </message>
    <message>
        <source>{process}: members and observers</source>
        <translation>{process}: miembros y observadores</translation>
    </message>
    <message>
        <source>Member ({n})</source>
        <translation>Miembro ({n})</translation>
    </message>
    <message>
        <source>Observer ({n})</source>
        <translation>Observador ({n})</translation>
    </message>
    <message>
        <source>Not listed</source>
        <translation>No incluido</translation>
    </message>
    <message>
        <source>Members ({n})</source>
        <translation>Miembros ({n})</translation>
    </message>
    <message>
        <source>Observers ({n})</source>
        <translation>Observadores ({n})</translation>
    </message>
    <message>
        <source>Not on the map (no shape): </source>
        <translation>Fuera del mapa (sin contorno): </translation>
    </message>
    <message>
        <source>Member of all {n} ({count})</source>
        <translation>Miembro de los {n} ({count})</translation>
    </message>
    <message>
        <source>Member of {k} or more ({count})</source>
        <translation>Miembro de {k} o más ({count})</translation>
    </message>
    <message>
        <source>Member of {n} of them ({count})</source>
        <translation>Miembro de {n} de ellos ({count})</translation>
    </message>
    <message>
        <source>Observer only ({n})</source>
        <translation>Solo observador ({n})</translation>
    </message>
    <message>
        <source>Members of all {n} ({count})</source>
        <translation>Miembros de los {n} ({count})</translation>
    </message>
    <message>
        <source>Members of some of them ({count})</source>
        <translation>Miembros de algunos de ellos ({count})</translation>
    </message>
    <message>
        <source>Only in {process} ({count})</source>
        <translation>Solo en {process} ({count})</translation>
    </message>
    <message>
        <source>Observers only ({count})</source>
        <translation>Solo observadores ({count})</translation>
    </message>
    <message>
        <source>No membership is recorded for this process.</source>
        <translation>No consta ninguna composición para este proceso.</translation>
    </message>
    <message>
        <source>Members as of {date}</source>
        <translation>Miembros (vigente a {date})</translation>
    </message>
    <message>
        <source>observers as of {date}</source>
        <translation>observadores (vigente a {date})</translation>
    </message>
    <message>
        <source>Sources: </source>
        <translation>Fuentes: </translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>una fecha desconocida</translation>
    </message>
    <message>
        <source>(unverified)</source>
        <translation>(sin verificar)</translation>
    </message>
    <message>
        <source>Member of: </source>
        <translation>Miembro de: </translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… y {n} más</translation>
    </message>
    <message>
        <source>When the migration processes were founded</source>
        <translation>Cuándo se fundaron los procesos sobre migración</translation>
    </message>
    <message>
        <source>{n} regional consultative processes and inter-regional forums, by founding year and region</source>
        <translation>{n} procesos consultivos regionales y foros interregionales, por año de fundación y región</translation>
    </message>
    <message>
        <source>rcpdesk · data edition {edition} · founding years as recorded, with their sources, in each process&apos;s profile</source>
        <translation>rcpdesk · edición de los datos {edition} · años de fundación según constan, con sus fuentes, en el perfil de cada proceso</translation>
    </message>
    <message>
        <source>Founding year unknown: </source>
        <translation>Año de fundación desconocido: </translation>
    </message>
    <message>
        <source>GCIM–IOM workshop on RCPs, Geneva, April 2005</source>
        <translation>Taller CMMI–OIM sobre los PCR, Ginebra, abril de 2005</translation>
    </message>
    <message>
        <source>Attended the 2005 workshop (the nine of ¶1)</source>
        <translation>Asistieron al taller de 2005 (los nueve del ¶1)</translation>
    </message>
    <message>
        <source>Did not attend, or founded later</source>
        <translation>No asistieron, o se fundaron después</translation>
    </message>
    <message>
        <source>The workshop, 14–15 April 2005</source>
        <translation>El taller, 14–15 de abril de 2005</translation>
    </message>
    <message>
        <source>{place} Process</source>
        <translation>Proceso de {place}</translation>
    </message>
</context>
<context>
    <name>NoteCommands</name>
    <message>
        <source>Add note</source>
        <translation>Añadir nota</translation>
    </message>
    <message>
        <source>Change note colour</source>
        <translation>Cambiar el color de la nota</translation>
    </message>
    <message>
        <source>Change tags</source>
        <translation>Cambiar las etiquetas</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Eliminar nota</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Editar nota</translation>
    </message>
    <message>
        <source>Rename colour</source>
        <translation>Cambiar el nombre del color</translation>
    </message>
    <message>
        <source>Restore note</source>
        <translation>Restaurar nota</translation>
    </message>
</context>
<context>
    <name>NoteEditorDialog</name>
    <message>
        <source>Edit note</source>
        <translation>Editar nota</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Añadir nota</translation>
    </message>
    <message>
        <source>Note on</source>
        <translation>Nota sobre</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Texto de la nota</translation>
    </message>
    <message>
        <source>Your note…</source>
        <translation>Su nota…</translation>
    </message>
    <message>
        <source>&amp;Markdown (headings, lists, *emphasis*, links)</source>
        <translation>&amp;Markdown (títulos, listas, *énfasis*, enlaces)</translation>
    </message>
    <message>
        <source>Write the note in Markdown</source>
        <translation>Redactar la nota en Markdown</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Etiquetas, separadas por comas</translation>
    </message>
    <message>
        <source>e.g. funding, follow-up</source>
        <translation>p. ej. financiación, seguimiento</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>No colour</source>
        <translation>Sin color</translation>
    </message>
    <message>
        <source>Problem with the note</source>
        <translation>Problema con la nota</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Sobre:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>E&amp;tiquetas:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Color:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Write something in the note.</source>
        <translation>Escriba algo en la nota.</translation>
    </message>
    <message>
        <source>The note is too long ({length} characters; at most {limit}).</source>
        <translation>La nota es demasiado larga ({length} caracteres; {limit} como máximo).</translation>
    </message>
    <message>
        <source>A tag can have at most {limit} characters.</source>
        <translation>Una etiqueta puede tener como máximo {limit} caracteres.</translation>
    </message>
    <message>
        <source>Use at most {limit} tags, without control characters.</source>
        <translation>Use como máximo {limit} etiquetas, sin caracteres de control.</translation>
    </message>
</context>
<context>
    <name>NoteLabels</name>
    <message>
        <source>Comparison cell</source>
        <translation>Celda de comparación</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimensión</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Párrafo</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Pasaje</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Proceso</translation>
    </message>
    <message>
        <source>{paragraph}: “{quote}”</source>
        <translation>{paragraph}: «{quote}»</translation>
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
        <translation>(copia en conflicto)</translation>
    </message>
    <message>
        <source>(its paragraph changed)</source>
        <translation>(su párrafo ha cambiado)</translation>
    </message>
</context>
<context>
    <name>NotesController</name>
    <message>
        <source>Add &amp;Note…</source>
        <translation>Añadir &amp;nota…</translation>
    </message>
    <message>
        <source>Add a note on what you are reading</source>
        <translation>Añadir una nota sobre lo que está leyendo</translation>
    </message>
    <message>
        <source>Add Note on &amp;Selection…</source>
        <translation>Añadir nota a la &amp;selección…</translation>
    </message>
    <message>
        <source>Add a note on the selected words of the paragraph</source>
        <translation>Añadir una nota sobre las palabras seleccionadas del párrafo</translation>
    </message>
    <message>
        <source>&amp;Edit Note…</source>
        <translation>&amp;Editar nota…</translation>
    </message>
    <message>
        <source>Edit the note selected in the Notes panel</source>
        <translation>Editar la nota seleccionada en el panel Notas</translation>
    </message>
    <message>
        <source>&amp;Delete Note</source>
        <translation>E&amp;liminar nota</translation>
    </message>
    <message>
        <source>Move the selected note to the trash</source>
        <translation>Mover la nota seleccionada a la papelera</translation>
    </message>
    <message>
        <source>E&amp;xport Notes…</source>
        <translation>E&amp;xportar notas…</translation>
    </message>
    <message>
        <source>Save your notes to share them or keep a copy</source>
        <translation>Guardar sus notas para compartirlas o conservar una copia</translation>
    </message>
    <message>
        <source>&amp;Import Notes…</source>
        <translation>&amp;Importar notas…</translation>
    </message>
    <message>
        <source>Merge notes from a colleague&apos;s .rcpnotes file</source>
        <translation>Combinar las notas del archivo .rcpnotes de un colega</translation>
    </message>
    <message>
        <source>Notes &amp;Trash…</source>
        <translation>&amp;Papelera de notas…</translation>
    </message>
    <message>
        <source>Notes you deleted; restore them from here</source>
        <translation>Las notas que ha eliminado; restáurelas desde aquí</translation>
    </message>
    <message>
        <source>Notes Needing &amp;Review…</source>
        <translation>Notas por re&amp;visar…</translation>
    </message>
    <message>
        <source>Notes whose paragraph changed, and conflicting copies from imports</source>
        <translation>Notas cuyo párrafo ha cambiado y copias en conflicto procedentes de importaciones</translation>
    </message>
    <message>
        <source>Note &amp;Colours…</source>
        <translation>C&amp;olores de las notas…</translation>
    </message>
    <message>
        <source>Name the highlight colours</source>
        <translation>Dar nombre a los colores de resaltado</translation>
    </message>
    <message>
        <source>Add a note on {target}</source>
        <translation>Añadir una nota sobre {target}</translation>
    </message>
    <message>
        <source>Undone: {change}</source>
        <translation>Deshecho: {change}</translation>
    </message>
    <message>
        <source>Redone: {change}</source>
        <translation>Rehecho: {change}</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>Nota añadida.</translation>
    </message>
    <message>
        <source>Note moved to the trash.</source>
        <translation>Nota movida a la papelera.</translation>
    </message>
    <message>
        <source>Notes trash</source>
        <translation>Papelera de notas</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>La papelera está vacía.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>Delete for &amp;Good…</source>
        <translation>Eliminar &amp;definitivamente…</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Eliminar definitivamente</translation>
    </message>
    <message>
        <source>Delete this note for good? This cannot be undone.</source>
        <translation>¿Eliminar definitivamente esta nota? Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Notes that need review</source>
        <translation>Notas por revisar</translation>
    </message>
    <message>
        <source>No note needs review.</source>
        <translation>Ninguna nota requiere revisión.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Keep as Reviewed</source>
        <translation>Marcar como &amp;revisada</translation>
    </message>
    <message>
        <source>&amp;Use This Version</source>
        <translation>&amp;Usar esta versión</translation>
    </message>
    <message>
        <source>Rename colours</source>
        <translation>Cambiar el nombre de los colores</translation>
    </message>
</context>
<context>
    <name>NotesExchange</name>
    <message>
        <source>rcpdesk notes (*.rcpnotes)</source>
        <translation>Notas de rcpdesk (*.rcpnotes)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>Hoja de cálculo CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Notes</source>
        <translation>Exportar notas</translation>
    </message>
    <message>
        <source>Import Notes</source>
        <translation>Importar notas</translation>
    </message>
    <message>
        <source>rcpdesk notes (*.rcpnotes);;All files (*)</source>
        <translation>Notas de rcpdesk (*.rcpnotes);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Keep Them for Review</source>
        <translation>Conservarlas para revisión</translation>
    </message>
    <message>
        <source>You can import them anyway: they are flagged under Needs review.</source>
        <translation>Puede importarlas de todos modos: quedarán marcadas en «Por revisar».</translation>
    </message>
    <message>
        <source>Importing notes…</source>
        <translation>Importando notas…</translation>
    </message>
    <message>
        <source>Imported: {summary}</source>
        <translation>Importado: {summary}</translation>
    </message>
</context>
<context>
    <name>NotesFeedback</name>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>NotesHtml</name>
    <message>
        <source>Modified {time}</source>
        <translation>Modificada el {time}</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>Etiquetas: {tags}</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>editar</translation>
    </message>
    <message>
        <source>needs review</source>
        <translation>por revisar</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Search notes…</source>
        <translation>Buscar en las notas…</translation>
    </message>
    <message>
        <source>Search notes</source>
        <translation>Buscar en las notas</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Filtrar por etiqueta</translation>
    </message>
    <message>
        <source>Filter by colour</source>
        <translation>Filtrar por color</translation>
    </message>
    <message>
        <source>Filter by what the note is on</source>
        <translation>Filtrar según el objeto de la nota</translation>
    </message>
    <message>
        <source>Show only the notes with this tag</source>
        <translation>Mostrar solo las notas con esta etiqueta</translation>
    </message>
    <message>
        <source>Show only the notes of this colour</source>
        <translation>Mostrar solo las notas de este color</translation>
    </message>
    <message>
        <source>Show only the notes on processes, paragraphs, dimensions or cells</source>
        <translation>Mostrar solo las notas sobre procesos, párrafos, dimensiones o celdas</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Read-only: these notes can be read, searched, printed and exported, not changed.</source>
        <translation>Solo lectura: estas notas se pueden leer, buscar, imprimir y exportar, pero no modificar.</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Por revisar</translation>
    </message>
    <message>
        <source>Show only notes that need review</source>
        <translation>Mostrar solo las notas por revisar</translation>
    </message>
    <message>
        <source>Notes whose paragraph changed in a new data edition, and conflicting copies from an import</source>
        <translation>Notas cuyo párrafo ha cambiado en una nueva edición de los datos y copias en conflicto procedentes de una importación</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Notes are not available in this session.</source>
        <translation>Las notas no están disponibles en esta sesión.</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <source>The newest {shown} of {total} notes: the filters above find the others.</source>
        <translation>Las {shown} notas más recientes de {total}: los filtros de arriba encuentran las demás.</translation>
    </message>
    <message>
        <source>No notes yet.
Press Ctrl+Shift+N to add a note on what you are reading.</source>
        <translation>Aún no hay notas.
Pulse Ctrl+Mayús+N para añadir una nota sobre lo que está leyendo.</translation>
    </message>
    <message>
        <source>No notes match these filters.</source>
        <translation>Ninguna nota coincide con estos filtros.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>Editar nota…</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>No colour</source>
        <translation>Sin color</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Eliminar nota</translation>
    </message>
</context>
<context>
    <name>NotesRecovery</name>
    <message>
        <source>Your notes could not be opened.</source>
        <translation>No se pudieron abrir sus notas.</translation>
    </message>
    <message>
        <source>Notes unavailable</source>
        <translation>Notas no disponibles</translation>
    </message>
    <message>
        <source>rcpdesk works without notes in this session; notes cannot be added or shown.</source>
        <translation>rcpdesk funciona sin notas en esta sesión; no se pueden añadir ni mostrar notas.</translation>
    </message>
    <message>
        <source>Restore Latest Backup keeps this file aside (it is never deleted) and restores your notes from the newest good backup. Until then rcpdesk works without notes.</source>
        <translation>«Restaurar la última copia de seguridad» aparta este archivo (nunca se elimina) y restaura sus notas desde la copia intacta más reciente. Mientras tanto, rcpdesk funciona sin notas.</translation>
    </message>
    <message>
        <source>Restore Latest Backup</source>
        <translation>Restaurar la última copia de seguridad</translation>
    </message>
    <message>
        <source>Notes restored</source>
        <translation>Notas restauradas</translation>
    </message>
</context>
<context>
    <name>NotesTableModel</name>
    <message>
        <source>On</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modificada</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>Etiquetas: {tags}</translation>
    </message>
    <message>
        <source>Modified {when}</source>
        <translation>Modificada el {when}</translation>
    </message>
    <message>
        <source>No colour</source>
        <translation>Sin color</translation>
    </message>
</context>
<context>
    <name>PictureOutput</name>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dibujo SVG (*.svg)</translation>
    </message>
</context>
<context>
    <name>ProcessPickerDialog</name>
    <message>
        <source>Processes to compare</source>
        <translation>Procesos que comparar</translation>
    </message>
    <message>
        <source>Tick the processes to show side by side.</source>
        <translation>Marque los procesos que desea ver uno junto a otro.</translation>
    </message>
    <message>
        <source>Add the nine 2005 processes</source>
        <translation>Añadir los nueve procesos de 2005</translation>
    </message>
    <message>
        <source>Add the nine processes at the 2005 workshop</source>
        <translation>Añadir los nueve procesos presentes en el taller de 2005</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>Desmarcar todo</translation>
    </message>
    <message>
        <source>Untick all processes</source>
        <translation>Desmarcar todos los procesos</translation>
    </message>
    <message>
        <source>Processes by region</source>
        <translation>Procesos por región</translation>
    </message>
</context>
<context>
    <name>RowFindingsDialog</name>
    <message>
        <source>{row}: the report&apos;s findings</source>
        <translation>{row}: las conclusiones del informe</translation>
    </message>
    <message>
        <source>The 2005 report&apos;s findings that bear on this row, most relevant first. Words in [square brackets] are the editor&apos;s, from the paragraph. Click a paragraph to read it.</source>
        <translation>Las conclusiones del informe de 2005 que se refieren a esta fila, las más pertinentes primero. Las palabras entre [corchetes] son del editor, tomadas del párrafo. Haga clic en un párrafo para leerlo.</translation>
    </message>
    <message>
        <source>Findings on {row}</source>
        <translation>Conclusiones sobre {row}</translation>
    </message>
    <message>
        <source>[ ] editor&apos;s gloss</source>
        <translation>[ ] glosa del editor</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search profiles and the 2005 report  (Ctrl+F)</source>
        <translation>Buscar en los perfiles y el informe de 2005  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Note on {target}</source>
        <translation>Nota sobre {target}</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Región:</translation>
    </message>
    <message>
        <source>&amp;Dimension:</source>
        <translation>&amp;Dimensión:</translation>
    </message>
    <message>
        <source>&amp;Agreement:</source>
        <translation>&amp;Acuerdo:</translation>
    </message>
    <message>
        <source>Filter by region</source>
        <translation>Filtrar por región</translation>
    </message>
    <message>
        <source>Filter by dimension</source>
        <translation>Filtrar por dimensión</translation>
    </message>
    <message>
        <source>Filter by level of agreement</source>
        <translation>Filtrar por grado de acuerdo</translation>
    </message>
    <message>
        <source>Only processes of this region</source>
        <translation>Solo los procesos de esta región</translation>
    </message>
    <message>
        <source>Only hits that speak to this dimension</source>
        <translation>Solo los resultados que tratan de esta dimensión</translation>
    </message>
    <message>
        <source>Only report paragraphs with this level of agreement</source>
        <translation>Solo los párrafos del informe con este nivel de acuerdo</translation>
    </message>
    <message>
        <source>Hits for the search, best first; Enter or a click opens the page with the words highlighted</source>
        <translation>Resultados de la búsqueda, los más pertinentes primero; Intro o un clic abre la página con las palabras resaltadas</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Estado de la búsqueda</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>The search failed: {reason}</source>
        <translation>La búsqueda ha fallado: {reason}</translation>
    </message>
    <message>
        <source>Type in the search field to search the profiles and the report.</source>
        <translation>Escriba en el campo de búsqueda para buscar en los perfiles y el informe.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n resultado</numerusform>
            <numerusform>%n resultados</numerusform>
        </translation>
    </message>
    <message>
        <source>The query was shortened to its first {words} words (a search reads at most {chars} characters and {terms} different words).</source>
        <translation>La consulta se redujo a sus {words} primeras palabras (una búsqueda lee como máximo {chars} caracteres y {terms} palabras distintas).</translation>
    </message>
</context>
<context>
    <name>SectionStrip</name>
    <message>
        <source>On this page: {sections}</source>
        <translation>En esta página: {sections}</translation>
    </message>
    <message>
        <source>Sections of this page</source>
        <translation>Secciones de esta página</translation>
    </message>
</context>
<context>
    <name>SheetOptionsDialog</name>
    <message>
        <source>Sheet Options</source>
        <translation>Opciones de la ficha</translation>
    </message>
    <message>
        <source>Tick the processes to compare; drag to change the order of the columns</source>
        <translation>Marque los procesos que desea comparar; arrástrelos para cambiar el orden de las columnas</translation>
    </message>
    <message>
        <source>The 2005 participants</source>
        <translation>Los participantes de 2005</translation>
    </message>
    <message>
        <source>Tick the nine processes that took part in the 2005 workshop</source>
        <translation>Marcar los nueve procesos que participaron en el taller de 2005</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Automatic (landscape for more than four processes)</source>
        <translation>Automática (horizontal para más de cuatro procesos)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Vertical</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Horizontal</translation>
    </message>
    <message>
        <source>Without my notes</source>
        <translation>Sin mis notas</translation>
    </message>
    <message>
        <source>With my notes, in their cells</source>
        <translation>Con mis notas, en sus celdas</translation>
    </message>
    <message>
        <source>With my notes, numbered after the table</source>
        <translation>Con mis notas, numeradas tras la tabla</translation>
    </message>
    <message>
        <source>Profiles: every finding of the report, not only the widely shared ones</source>
        <translation>Perfiles: todas las conclusiones del informe, no solo las más compartidas</translation>
    </message>
    <message>
        <source>Members map (profiles)</source>
        <translation>Mapa de los miembros (perfiles)</translation>
    </message>
    <message>
        <source>Profiles: the map of the members and observers after the facts (PDF and print only)</source>
        <translation>Perfiles: el mapa de los miembros y observadores después de los datos (solo PDF e impresión)</translation>
    </message>
    <message>
        <source>Processes (columns; drag to reorder)</source>
        <translation>Procesos (columnas; arrastre para reordenar)</translation>
    </message>
    <message>
        <source>Dimensions (rows)</source>
        <translation>Dimensiones (filas)</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Orientación:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>Tick at least one process.</source>
        <translation>Marque al menos un proceso.</translation>
    </message>
    <message>
        <source>Tick at least one dimension.</source>
        <translation>Marque al menos una dimensión.</translation>
    </message>
    <message>
        <source>{p} × {d}: processes × dimensions</source>
        <translation>{p} × {d}: procesos × dimensiones</translation>
    </message>
</context>
<context>
    <name>SheetPrinting</name>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Exportar P&amp;DF…</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>Exportar &amp;Markdown…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>Sheet &amp;Options…</source>
        <translation>&amp;Opciones de la ficha…</translation>
    </message>
    <message>
        <source>Profile of {name}</source>
        <translation>Perfil de {name}</translation>
    </message>
    <message>
        <source>Comparison of {n} processes</source>
        <translation>Comparación de {n} procesos</translation>
    </message>
    <message>
        <source>Print Pre&amp;view: {what}…</source>
        <translation>&amp;Vista previa de impresión: {what}…</translation>
    </message>
    <message>
        <source>&amp;Print: {what}…</source>
        <translation>Im&amp;primir: {what}…</translation>
    </message>
    <message>
        <source>Export P&amp;DF: {what}…</source>
        <translation>Exportar P&amp;DF: {what}…</translation>
    </message>
    <message>
        <source>Export &amp;Markdown: {what}…</source>
        <translation>Exportar &amp;Markdown: {what}…</translation>
    </message>
    <message>
        <source>Export &amp;CSV: {what}…</source>
        <translation>Exportar &amp;CSV: {what}…</translation>
    </message>
    <message>
        <source>Nothing to print</source>
        <translation>Nada que imprimir</translation>
    </message>
    <message>
        <source>Add processes to the comparison, or open a process, first.</source>
        <translation>Añada primero procesos a la comparación, o abra un proceso.</translation>
    </message>
    <message>
        <source>Print Preview: {title}</source>
        <translation>Vista previa de impresión: {title}</translation>
    </message>
    <message>
        <source>Sheet Options…</source>
        <translation>Opciones de la ficha…</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Error de impresión</translation>
    </message>
    <message>
        <source>{title}: {pages} pages</source>
        <translation>{title}: {pages} páginas</translation>
    </message>
    <message>
        <source>Print: {title}</source>
        <translation>Imprimir: {title}</translation>
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
        <translation>Exportar la ficha</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Nada que exportar</translation>
    </message>
    <message>
        <source>Writing {path}…</source>
        <translation>Escribiendo {path}…</translation>
    </message>
    <message>
        <source> ({n} pages)</source>
        <translation> ({n} páginas)</translation>
    </message>
    <message>
        <source> (1 page)</source>
        <translation> (1 página)</translation>
    </message>
    <message>
        <source>Saved {name}{pages} in {folder}</source>
        <translation>{name}{pages} guardado en {folder}</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Abrir la carpeta</translation>
    </message>
    <message>
        <source>Open the folder of the file just written</source>
        <translation>Abrir la carpeta del archivo recién escrito</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error de exportación</translation>
    </message>
    <message>
        <source>The sheet was not saved: {reason}</source>
        <translation>La ficha no se ha guardado: {reason}</translation>
    </message>
</context>
<context>
    <name>Sheets</name>
    <message>
        <source>Comparison: {names}</source>
        <translation>Comparación: {names}</translation>
    </message>
    <message>
        <source>Comparison of {n} processes on one dimension</source>
        <translation>Comparación de {n} procesos en una dimensión</translation>
    </message>
    <message>
        <source>Comparison of {n} processes across {d} dimensions</source>
        <translation>Comparación de {n} procesos en {d} dimensiones</translation>
    </message>
    <message>
        <source>no processes chosen: a comparison needs at least one</source>
        <translation>no se ha elegido ningún proceso: una comparación necesita al menos uno</translation>
    </message>
    <message>
        <source>no dimensions chosen: a comparison needs at least one</source>
        <translation>no se ha elegido ninguna dimensión: una comparación necesita al menos una</translation>
    </message>
    <message>
        <source>Name in the 2005 report</source>
        <translation>Nombre en el informe de 2005</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>También conocido como</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>Fundación</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Secretaría</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Presidencia</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>Observadores</translation>
    </message>
    <message>
        <source>Member organizations</source>
        <translation>Organizaciones miembros</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Asociados</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Regional consultative process</source>
        <translation>Proceso consultivo regional</translation>
    </message>
    <message>
        <source>Inter-regional forum</source>
        <translation>Foro interregional</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>dormant</source>
        <translation>inactivo</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>concluido</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>1 state</source>
        <translation>1 Estado</translation>
    </message>
    <message>
        <source>{n} states</source>
        <translation>{n} Estados</translation>
    </message>
    <message>
        <source>no process chosen for the profile</source>
        <translation>no se ha elegido ningún proceso para el perfil</translation>
    </message>
    <message>
        <source>{label} ({n})</source>
        <translation>{label} ({n})</translation>
    </message>
    <message>
        <source>established {year}</source>
        <translation>fundado en {year}</translation>
    </message>
    <message>
        <source>took part in the 2005 workshop</source>
        <translation>participó en el taller de 2005</translation>
    </message>
    <message>
        <source>named in the report at {paragraphs}</source>
        <translation>citado en el informe en {paragraphs}</translation>
    </message>
    <message>
        <source>Process profile: {name}</source>
        <translation>Perfil del proceso: {name}</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>la carpeta no existe</translation>
    </message>
    <message>
        <source>the folder cannot be written to</source>
        <translation>no se puede escribir en la carpeta</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>el archivo es de solo lectura</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>1 more finding in the report: {citations}</source>
        <translation>1 conclusión más en el informe: {citations}</translation>
    </message>
    <message>
        <source>{n} more findings in the report: {citations}</source>
        <translation>{n} conclusiones más en el informe: {citations}</translation>
    </message>
    <message>
        <source>accessed {date}</source>
        <translation>consultado el {date}</translation>
    </message>
    <message>
        <source>Accessed {date} unless another date is given.</source>
        <translation>Consultado el {date}, salvo que se indique otra fecha.</translation>
    </message>
    <message>
        <source>since {year}</source>
        <translation>desde {year}</translation>
    </message>
    <message>
        <source>Each cell gives the process&apos;s own arrangement and the date it holds for; the small numbers are the sources listed after the table. The shaded line under each row gives the 2005 report&apos;s finding that bears most on it, with its paragraph (¶), the level of agreement the report records and how many more findings bear on the row. Words in [square brackets] are the editor&apos;s, from the paragraph.</source>
        <translation>Cada celda indica la disposición propia del proceso y la fecha a la que corresponde; los números pequeños remiten a las fuentes enumeradas después de la tabla. La línea sombreada bajo cada fila da la conclusión del informe de 2005 que más se refiere a ella, con su párrafo (¶), el nivel de acuerdo que recoge el informe y cuántas conclusiones más se refieren a la fila. Las palabras entre [corchetes] son del editor, tomadas del párrafo.</translation>
    </message>
    <message>
        <source>Processes {first}–{last} of {count}</source>
        <translation>Procesos {first}–{last} de {count}</translation>
    </message>
    <message>
        <source>Your notes on the process</source>
        <translation>Sus notas sobre el proceso</translation>
    </message>
    <message>
        <source>Members map of {name}, from the membership list as of {date}.</source>
        <translation>Mapa de los miembros de {name}, según la lista de miembros a {date}.</translation>
    </message>
    <message>
        <source>Members map of {name}; the membership list gives no date.</source>
        <translation>Mapa de los miembros de {name}; la lista de miembros no tiene fecha.</translation>
    </message>
    <message>
        <source>The members map is printed only in the PDF and on paper.</source>
        <translation>El mapa de los miembros solo figura en el PDF y en papel.</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Positions on the comparison dimensions</source>
        <translation>Posiciones sobre las dimensiones de comparación</translation>
    </message>
    <message>
        <source>{n} further findings of narrower agreement are not printed here; the report view shows them all.</source>
        <translation>Otras {n} conclusiones de acuerdo más limitado no se imprimen aquí; la vista del informe las muestra todas.</translation>
    </message>
    <message>
        <source>The report does not name this process; it took no part in the 2005 workshop. The report&apos;s finding on each dimension is given in the table above.</source>
        <translation>El informe no cita este proceso; no participó en el taller de 2005. La conclusión del informe sobre cada dimensión figura en la tabla anterior.</translation>
    </message>
    <message>
        <source>2005 report</source>
        <translation>Informe de 2005</translation>
    </message>
    <message>
        <source>Another source gives</source>
        <translation>Otra fuente indica</translation>
    </message>
    <message>
        <source>as of {date}</source>
        <translation>vigente a {date}</translation>
    </message>
    <message>
        <source>Colours of your notes</source>
        <translation>Colores de sus notas</translation>
    </message>
    <message>
        <source>Data edition {edition}</source>
        <translation>Edición de los datos: {edition}</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimensión</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Findings on the processes that took part, widest agreement first</source>
        <translation>Conclusiones sobre los procesos participantes, de mayor a menor acuerdo</translation>
    </message>
    <message>
        <source>No finding on this dimension in the report</source>
        <translation>El informe no recoge ninguna conclusión sobre esta dimensión</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(sin texto)</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>On the data</source>
        <translation>Sobre los datos</translation>
    </message>
    <message>
        <source>Printed {date}</source>
        <translation>Impreso el {date}</translation>
    </message>
    <message>
        <source>Report: {citation}</source>
        <translation>Informe: {citation}</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>The 2005 report on this dimension</source>
        <translation>El informe de 2005 sobre esta dimensión</translation>
    </message>
    <message>
        <source>(unverified)</source>
        <translation>(sin verificar)</translation>
    </message>
    <message>
        <source>Value, date and sources</source>
        <translation>Valor, fecha y fuentes</translation>
    </message>
    <message>
        <source>What the 2005 report says</source>
        <translation>Lo que dice el informe de 2005</translation>
    </message>
    <message>
        <source>Where the report names the process</source>
        <translation>Dónde cita el informe al proceso</translation>
    </message>
    <message>
        <source>Your notes</source>
        <translation>Sus notas</translation>
    </message>
    <message>
        <source>{label} (continued)</source>
        <translation>{label} (continuación)</translation>
    </message>
    <message>
        <source>{label} (cont.)</source>
        <translation>{label} (cont.)</translation>
    </message>
    <message>
        <source>the page is too small for a sheet</source>
        <translation>la página es demasiado pequeña para una ficha</translation>
    </message>
    <message>
        <source>page {page} of {pages}</source>
        <translation>página {page} de {pages}</translation>
    </message>
    <message>
        <source>Data edition {edition} · rcpdesk</source>
        <translation>Edición de los datos {edition} · rcpdesk</translation>
    </message>
    <message>
        <source>Report cited (¶ = its paragraphs): {citation}</source>
        <translation>Informe citado (¶ = sus párrafos): {citation}</translation>
    </message>
    <message>
        <source>cannot write to the printer or the file</source>
        <translation>no se puede escribir en la impresora ni en el archivo</translation>
    </message>
    <message>
        <source>cannot start a new page</source>
        <translation>no se puede empezar una página nueva</translation>
    </message>
    <message>
        <source>the page layout was refused</source>
        <translation>se rechazó el diseño de la página</translation>
    </message>
    <message>
        <source>nothing was written to {path}</source>
        <translation>no se escribió nada en {path}</translation>
    </message>
    <message>
        <source>words in [square brackets] are the editor&apos;s gloss</source>
        <translation>las palabras entre [corchetes] son una glosa del editor</translation>
    </message>
    <message>
        <source>{start}–today</source>
        <translation>{start}–hoy</translation>
    </message>
    <message>
        <source>{start}–{end}</source>
        <translation>{start}–{end}</translation>
    </message>
    <message>
        <source>until {year}</source>
        <translation>hasta {year}</translation>
    </message>
    <message>
        <source>year joined not known</source>
        <translation>año de adhesión desconocido</translation>
    </message>
    <message>
        <source>The 2005 report, {citation}</source>
        <translation>El informe de 2005, {citation}</translation>
    </message>
    <message>
        <source>Briefing pack: {names}</source>
        <translation>Dosier informativo: {names}</translation>
    </message>
    <message>
        <source>Briefing pack: {n} processes</source>
        <translation>Dosier informativo: {n} procesos</translation>
    </message>
    <message>
        <source>no processes chosen: a pack needs at least one</source>
        <translation>no se eligió ningún proceso: un dosier necesita al menos uno</translation>
    </message>
    <message>
        <source>For the delegation of {country}: {names}</source>
        <translation>Para la delegación de {country}: {names}</translation>
    </message>
    <message>
        <source>For a meeting of {names}</source>
        <translation>Para una reunión de {names}</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Portada</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <source>The 2005 report&apos;s findings on these rows</source>
        <translation>Las conclusiones del informe de 2005 sobre estas filas</translation>
    </message>
    <message>
        <source>Members maps</source>
        <translation>Mapas de miembros</translation>
    </message>
    <message>
        <source>Country: {name}</source>
        <translation>País: {name}</translation>
    </message>
    <message>
        <source>Notes tagged: {tags}</source>
        <translation>Notas con etiqueta: {tags}</translation>
    </message>
    <message>
        <source>For each row compared, the findings of the 2005 report that bear on it, the one that fits it best in full: the paragraph (¶), the level of agreement the report records, and its words. Words in [square brackets] are the editor&apos;s.</source>
        <translation>Para cada fila comparada, las conclusiones del informe de 2005 que se refieren a ella, la que mejor le corresponde completa: el párrafo (¶), el grado de acuerdo que recoge el informe y sus palabras. Las palabras entre [corchetes] son del editor.</translation>
    </message>
    <message>
        <source>Also bearing on this row: {citations}</source>
        <translation>También se refieren a esta fila: {citations}</translation>
    </message>
    <message>
        <source>The report has no finding on the rows compared.</source>
        <translation>El informe no contiene ninguna conclusión sobre las filas comparadas.</translation>
    </message>
    <message>
        <source>No process lists {name} as a member or an observer.</source>
        <translation>Ningún proceso cuenta a {name} entre sus miembros u observadores.</translation>
    </message>
    <message>
        <source>Its roles in every process, from the dated membership lists; the pack&apos;s processes first (marked ●).</source>
        <translation>Sus funciones en cada proceso, según las listas de miembros fechadas; primero los procesos del dosier (marcados con ●).</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Proceso</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Años</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Fecha de referencia</translation>
    </message>
    <message>
        <source>member</source>
        <translation>miembro</translation>
    </message>
    <message>
        <source>observer</source>
        <translation>observador</translation>
    </message>
    <message>
        <source>{role} (ended)</source>
        <translation>{role} (terminado)</translation>
    </message>
    <message>
        <source>The processes&apos; chair records do not name {name}.</source>
        <translation>Los datos sobre la presidencia de los procesos no mencionan a {name}.</translation>
    </message>
    <message>
        <source>{shown} of your {total} notes: those tagged {tags}.</source>
        <translation>{shown} de sus {total} notas: las que llevan la etiqueta {tags}.</translation>
    </message>
    <message>
        <source>All your notes ({n}), grouped by what they are on.</source>
        <translation>Todas sus notas ({n}), agrupadas según su objeto.</translation>
    </message>
    <message>
        <source>No notes to show.</source>
        <translation>No hay notas que mostrar.</translation>
    </message>
    <message>
        <source>Chairs</source>
        <translation>Presidencias</translation>
    </message>
    <message>
        <source>{title} · data edition {edition} · rcpdesk</source>
        <translation>{title} · edición de los datos {edition} · rcpdesk</translation>
    </message>
    <message>
        <source>The members maps are printed only in the PDF and on paper.</source>
        <translation>Los mapas de miembros solo se imprimen en el PDF y en papel.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
</context>
<context>
    <name>TimelineCanvas</name>
    <message>
        <source>Founded {year} · {region}</source>
        <translation>Fundado en {year} · {region}</translation>
    </message>
    <message>
        <source>Attended the 2005 workshop</source>
        <translation>Asistió al taller de 2005</translation>
    </message>
    <message>
        <source>Did not attend the 2005 workshop</source>
        <translation>No asistió al taller de 2005</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Situación: {status}</translation>
    </message>
</context>
<context>
    <name>TreeModel</name>
    <message>
        <source>Processes by region</source>
        <translation>Procesos por región</translation>
    </message>
    <message>
        <source>The regional consultative processes and inter-regional forums</source>
        <translation>Los procesos consultivos regionales y los foros interregionales</translation>
    </message>
    <message>
        <source>GCIM–IOM Workshop report, 2005</source>
        <translation>Informe del taller CMMI–OIM, 2005</translation>
    </message>
    <message>
        <source>The report of the GCIM–IOM Workshop on RCPs, Geneva, April 2005</source>
        <translation>El informe del taller CMMI–OIM sobre los PCR, Ginebra, abril de 2005</translation>
    </message>
    <message>
        <source>Comparison dimensions</source>
        <translation>Dimensiones de comparación</translation>
    </message>
    <message>
        <source>The dimensions the report compares processes by</source>
        <translation>Las dimensiones con las que el informe compara los procesos</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>Countries that are members or observers of a process</source>
        <translation>Países miembros u observadores de un proceso</translation>
    </message>
    <message>
        <source>Took part in the 2005 workshop</source>
        <translation>Participó en el taller de 2005</translation>
    </message>
    <message numerus="yes">
        <source>%n process(es)</source>
        <translation>
            <numerusform>%n proceso</numerusform>
            <numerusform>%n procesos</numerusform>
        </translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>Has notes</source>
        <translation>Tiene notas</translation>
    </message>
</context>
<context>
    <name>TreePanel</name>
    <message>
        <source>Filter processes, paragraphs, countries…</source>
        <translation>Filtrar procesos, párrafos, países…</translation>
    </message>
    <message>
        <source>Filter the contents</source>
        <translation>Filtrar el índice</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>Processes by region, the 2005 report by section and paragraph, the comparison dimensions and the countries; Enter opens the page, the context menu adds processes to the comparison</source>
        <translation>Los procesos por región, el informe de 2005 por sección y párrafo, las dimensiones de comparación y los países; Intro abre la página y el menú contextual añade procesos a la comparación</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Add to comparison</source>
        <translation>&amp;Añadir a la comparación</translation>
    </message>
</context>
<context>
    <name>ZoomController</name>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Tamaño real</translation>
    </message>
</context>
<context>
    <name>agreement</name>
    <message>
        <source>The report states</source>
        <translation>El informe afirma</translation>
    </message>
    <message>
        <source>Unanimous</source>
        <translation>Unanimidad</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Consenso</translation>
    </message>
    <message>
        <source>Broad agreement</source>
        <translation>Amplio acuerdo</translation>
    </message>
    <message>
        <source>Majority</source>
        <translation>Mayoría</translation>
    </message>
    <message>
        <source>Many participants</source>
        <translation>Muchos participantes</translation>
    </message>
    <message>
        <source>Several participants</source>
        <translation>Varios participantes</translation>
    </message>
    <message>
        <source>Some participants</source>
        <translation>Algunos participantes</translation>
    </message>
    <message>
        <source>A few participants</source>
        <translation>Unos pocos participantes</translation>
    </message>
    <message>
        <source>One participant</source>
        <translation>Un participante</translation>
    </message>
    <message>
        <source>Speaker&apos;s own statement</source>
        <translation>Declaración del propio orador</translation>
    </message>
    <message>
        <source>Procedural (no position)</source>
        <translation>De procedimiento (sin postura)</translation>
    </message>
</context>
<context>
    <name>facts</name>
    <message>
        <source>Founded</source>
        <translation>Fundación</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Secretaría</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Presidencia</translation>
    </message>
    <message>
        <source>Meeting levels</source>
        <translation>Niveles de las reuniones</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>Observadores</translation>
    </message>
    <message>
        <source>Member organizations</source>
        <translation>Organizaciones miembros</translation>
    </message>
    <message>
        <source>Partner organizations</source>
        <translation>Organizaciones asociadas</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Regional consultative process</source>
        <translation>Proceso consultivo regional</translation>
    </message>
    <message>
        <source>Inter-regional forum</source>
        <translation>Foro interregional</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Concluido</translation>
    </message>
    <message>
        <source>Sourced</source>
        <translation>Documentado</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Sin verificar</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>{start}–{end}</source>
        <translation>{start}–{end}</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observador</translation>
    </message>
</context>
<context>
    <name>notes</name>
    <message>
        <source>1 note</source>
        <translation>1 nota</translation>
    </message>
    <message>
        <source>A colour must be written like #1a2b3c (got {hex!r}).</source>
        <translation>Un color se escribe como #1a2b3c (se recibió {hex!r}).</translation>
    </message>
    <message>
        <source>A colour name must be 1 to {limit} characters (got {name!r}).</source>
        <translation>El nombre de un color debe tener de 1 a {limit} caracteres (se recibió {name!r}).</translation>
    </message>
    <message>
        <source>A comparison cell id is PROCESS#DIMENSION (got {target_id!r}).</source>
        <translation>El identificador de una celda de comparación tiene la forma PROCESO#DIMENSIÓN (se recibió {target_id!r}).</translation>
    </message>
    <message>
        <source>A note may have at most {limit} characters; this one has {length}.</source>
        <translation>Una nota puede tener como máximo {limit} caracteres; esta tiene {length}.</translation>
    </message>
    <message>
        <source>A note may have at most {limit} tags.</source>
        <translation>Una nota puede tener como máximo {limit} etiquetas.</translation>
    </message>
    <message>
        <source>A note target needs a stable id (got {target_id!r}).</source>
        <translation>El objeto de una nota necesita un identificador estable (se recibió {target_id!r}).</translation>
    </message>
    <message>
        <source>A passage needs the quoted text and its start and end offsets in the paragraph.</source>
        <translation>Un pasaje necesita el texto citado y sus posiciones de inicio y fin en el párrafo.</translation>
    </message>
    <message>
        <source>A tag must be 1 to {limit} characters without line breaks (got {tag!r}).</source>
        <translation>Una etiqueta debe tener de 1 a {limit} caracteres, sin saltos de línea (se recibió {tag!r}).</translation>
    </message>
    <message>
        <source>Added note {note_id}.</source>
        <translation>Nota {note_id} añadida.</translation>
    </message>
    <message>
        <source>Backups in {folder}, newest first:</source>
        <translation>Copias de seguridad en {folder}, de la más reciente a la más antigua:</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Simulación: no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Importado.</translation>
    </message>
    <message>
        <source>Moved note {note_id} to the trash.</source>
        <translation>Nota {note_id} movida a la papelera.</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>No hay notas.</translation>
    </message>
    <message>
        <source>No process, paragraph, dimension or comparison cell has the id {target_id!r}.</source>
        <translation>Ningún proceso, párrafo, dimensión ni celda de comparación tiene el identificador {target_id!r}.</translation>
    </message>
    <message>
        <source>Nothing was changed. To keep this file aside (it is never deleted) and restore your notes from the newest good backup, run: rcpdesk notes recover (rcpdesk notes recover --list shows every backup).</source>
        <translation>No se ha modificado nada. Para apartar este archivo (nunca se elimina) y restaurar sus notas desde la copia de seguridad intacta más reciente, ejecute: rcpdesk notes recover (rcpdesk notes recover --list muestra todas las copias).</translation>
    </message>
    <message>
        <source>Restored note {note_id}.</source>
        <translation>Nota {note_id} restaurada.</translation>
    </message>
    <message>
        <source>Say what {target_id!r} is with --kind (process, paragraph, dimension or cell).</source>
        <translation>Indique qué es {target_id!r} con --kind (process, paragraph, dimension o cell).</translation>
    </message>
    <message>
        <source>The backup {name} is damaged too and cannot be restored. Nothing was changed.</source>
        <translation>La copia de seguridad {name} también está dañada y no se puede restaurar. No se ha modificado nada.</translation>
    </message>
    <message>
        <source>The damaged notes file was moved to {moved}. There was no usable backup, so rcpdesk starts with an empty notes database.</source>
        <translation>El archivo de notas dañado se ha movido a {moved}. No había ninguna copia de seguridad utilizable, así que rcpdesk empieza con una base de notas vacía.</translation>
    </message>
    <message>
        <source>The notes file is a database, but not an rcpdesk notes database: {path}</source>
        <translation>El archivo de notas es una base de datos, pero no una base de notas de rcpdesk: {path}</translation>
    </message>
    <message>
        <source>The notes file is not a notes database (it may have been overwritten by another program): {path}</source>
        <translation>El archivo de notas no es una base de notas (puede que otro programa lo haya sobrescrito): {path}</translation>
    </message>
    <message>
        <source>The notes file was moved to {moved}. Your notes were restored from the automatic backup of {when}; changes made after that backup are in the moved file.</source>
        <translation>El archivo de notas se ha trasladado a {moved}. Sus notas se han restaurado desde la copia de seguridad automática del {when}; los cambios posteriores a esa copia están en el archivo trasladado.</translation>
    </message>
    <message>
        <source>Your notes database is damaged and cannot be read ({detail}): {path}</source>
        <translation>Su base de notas está dañada y no se puede leer ({detail}): {path}</translation>
    </message>
    <message>
        <source>Your notes file is empty or missing, yet it held notes before ({count} in the backup of {when}). A full disk, a sync tool or a bad copy may have emptied it: {path}</source>
        <translation>Su archivo de notas está vacío o no existe, aunque contenía notas ({count} en la copia de seguridad del {when}). Un disco lleno, una herramienta de sincronización o una copia defectuosa pueden haberlo vaciado: {path}</translation>
    </message>
    <message>
        <source>Your notes file is empty or missing, yet it held notes on {when} ({count} then), and no backup holds them. A full disk, a sync tool or a bad copy may have emptied it; a copy of the profile folder made before then may still have them: {path}</source>
        <translation>Su archivo de notas está vacío o no existe, aunque contenía notas el {when} ({count} en esa fecha), y ninguna copia de seguridad las contiene. Un disco lleno, una herramienta de sincronización o una copia defectuosa pueden haberlo vaciado; una copia anterior de la carpeta del perfil aún puede contenerlas: {path}</translation>
    </message>
    <message>
        <source>Your notes file is readable ({count} notes), so nothing was changed: {path}. To replace it with a backup anyway (it is kept aside), name one with --from NUMBER; --list shows them.</source>
        <translation>Su archivo de notas se puede leer ({count} notas), así que no se ha modificado nada: {path}. Para sustituirlo de todos modos por una copia de seguridad (se aparta), indique una con --from NÚMERO; --list las muestra.</translation>
    </message>
    <message>
        <source>Your notes file now holds {count} notes: {path}</source>
        <translation>Su archivo de notas contiene ahora {count} notas: {path}</translation>
    </message>
    <message>
        <source>Your notes file now: {state}. To restore the newest good backup: rcpdesk notes recover; a chosen one: rcpdesk notes recover --from NUMBER</source>
        <translation>Su archivo de notas actual: {state}. Para restaurar la copia intacta más reciente: rcpdesk notes recover; una copia elegida: rcpdesk notes recover --from NÚMERO</translation>
    </message>
    <message>
        <source>The file {name} does not exist or cannot be read.</source>
        <translation>El archivo {name} no existe o no se puede leer.</translation>
    </message>
    <message>
        <source>Cannot tell the format of {name}: name it .rcpnotes, .md or .csv, or give --format.</source>
        <translation>No se puede saber el formato de {name}: llámelo .rcpnotes, .md o .csv, o indique --format.</translation>
    </message>
    <message>
        <source>The file {name} dates the note {note_id} {time}, later than tomorrow: the clock that wrote it was wrong. Nothing was imported.</source>
        <translation>El archivo {name} fecha la nota {note_id} el {time}, una fecha posterior a mañana: el reloj que lo escribió estaba mal. No se importó nada.</translation>
    </message>
    <message>
        <source>The file {name} holds the note {note_id} twice. Nothing was imported.</source>
        <translation>El archivo {name} contiene dos veces la nota {note_id}. No se ha importado nada.</translation>
    </message>
    <message>
        <source>The file {name} holds {count} notes; at most {limit} can be imported at once. Nothing was imported.</source>
        <translation>El archivo {name} contiene {count} notas; se pueden importar como máximo {limit} a la vez. No se ha importado nada.</translation>
    </message>
    <message>
        <source>The file {name} is not UTF-8 text. Nothing was imported.</source>
        <translation>El archivo {name} no es texto UTF-8. No se ha importado nada.</translation>
    </message>
    <message>
        <source>The file {name} is not an rcpdesk notes file ({detail}). Nothing was imported.</source>
        <translation>El archivo {name} no es un archivo de notas de rcpdesk ({detail}). No se ha importado nada.</translation>
    </message>
    <message>
        <source>The file {name} is not valid JSON (line {line}, column {column}: {detail}). Nothing was imported.</source>
        <translation>El archivo {name} no es JSON válido (línea {line}, columna {column}: {detail}). No se ha importado nada.</translation>
    </message>
    <message>
        <source>The file {name} is too large to be a notes file ({size} bytes; the limit is {limit}). Nothing was imported.</source>
        <translation>El archivo {name} es demasiado grande para ser un archivo de notas ({size} bytes; el límite es {limit}). No se ha importado nada.</translation>
    </message>
    <message>
        <source>The id {prefix} matches more than one note: give more of it.</source>
        <translation>El identificador {prefix} corresponde a más de una nota: escriba una parte mayor.</translation>
    </message>
    <message>
        <source>The note {note_id} is not a conflict copy.</source>
        <translation>La nota {note_id} no es una copia en conflicto.</translation>
    </message>
    <message>
        <source>The note {note_id} is not in the trash.</source>
        <translation>La nota {note_id} no está en la papelera.</translation>
    </message>
    <message>
        <source>The notes database is closed.</source>
        <translation>La base de notas está cerrada.</translation>
    </message>
    <message>
        <source>The notes were written against the data edition {theirs}; you have {ours}.</source>
        <translation>Las notas se redactaron con la edición de los datos {theirs}; usted tiene la {ours}.</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>La papelera está vacía.</translation>
    </message>
    <message>
        <source>There are no backups in {folder}.</source>
        <translation>No hay copias de seguridad en {folder}.</translation>
    </message>
    <message>
        <source>There is already a colour named {name!r}.</source>
        <translation>Ya existe un color llamado {name!r}.</translation>
    </message>
    <message>
        <source>There is no backup to restore in {folder}. Nothing was changed.</source>
        <translation>No hay ninguna copia de seguridad que restaurar en {folder}. No se ha modificado nada.</translation>
    </message>
    <message>
        <source>There is no backup {name} in {folder}. rcpdesk notes recover --list shows them.</source>
        <translation>No existe ninguna copia de seguridad {name} en {folder}. rcpdesk notes recover --list las muestra.</translation>
    </message>
    <message>
        <source>There is no colour named {colour!r}. The colours are: {known}.</source>
        <translation>No existe ningún color llamado {colour!r}. Los colores son: {known}.</translation>
    </message>
    <message>
        <source>There is no note with the id {note_id}.</source>
        <translation>No existe ninguna nota con el identificador {note_id}.</translation>
    </message>
    <message>
        <source>This note was changed in another window since you opened it. Your version was not saved; reopen the note to see both.</source>
        <translation>Esta nota se ha modificado en otra ventana desde que la abrió. Su versión no se ha guardado; vuelva a abrir la nota para ver ambas.</translation>
    </message>
    <message>
        <source>Unexpected error ({kind}): {detail}</source>
        <translation>Error inesperado ({kind}): {detail}</translation>
    </message>
    <message>
        <source>Unknown export format: {format} (rcpnotes, md or csv).</source>
        <translation>Formato de exportación desconocido: {format} (rcpnotes, md o csv).</translation>
    </message>
    <message>
        <source>Unknown kind of note target: {kind} (one of {kinds}).</source>
        <translation>Tipo de objeto de nota desconocido: {kind} (uno de: {kinds}).</translation>
    </message>
    <message>
        <source>Unknown note format: {body_format} (text or markdown).</source>
        <translation>Formato de nota desconocido: {body_format} (text o markdown).</translation>
    </message>
    <message>
        <source>Wrote {count} notes to {path}.</source>
        <translation>Se escribieron {count} notas en {path}.</translation>
    </message>
    <message>
        <source>Your notes are busy in another rcpdesk window that did not finish saving in time. Try again in a moment.</source>
        <translation>Sus notas están ocupadas por otra ventana de rcpdesk que no terminó de guardarlas a tiempo. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Your notes are on a read-only disk or folder ({path}): they can be read, searched, printed and exported, but not changed.</source>
        <translation>Sus notas están en un disco o carpeta de solo lectura ({path}): se pueden leer, buscar, imprimir y exportar, pero no modificar.</translation>
    </message>
    <message>
        <source>Your notes cannot be saved: the notes file or its folder is read-only ({path}). Notes can be read but not changed.</source>
        <translation>No se pueden guardar sus notas: el archivo de notas o su carpeta es de solo lectura ({path}). Las notas se pueden leer, pero no modificar.</translation>
    </message>
    <message>
        <source>Your notes could not be saved ({detail}). Nothing was changed.</source>
        <translation>No se pudieron guardar sus notas ({detail}). No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Your notes need an upgrade to this version of rcpdesk, but the notes file is read-only: {path}</source>
        <translation>Sus notas deben actualizarse a esta versión de rcpdesk, pero el archivo de notas es de solo lectura: {path}</translation>
    </message>
    <message>
        <source>Your notes were restored from the automatic backup of {when}.</source>
        <translation>Sus notas se han restaurado desde la copia de seguridad automática del {when}.</translation>
    </message>
    <message>
        <source>Your notes were saved by a newer version of rcpdesk (notes format {found}; this version reads up to {supported}). Update rcpdesk to use them; the file is left untouched: {path}</source>
        <translation>Sus notas se guardaron con una versión más reciente de rcpdesk (formato de notas {found}; esta versión lee hasta el {supported}). Actualice rcpdesk para usarlas; el archivo queda intacto: {path}</translation>
    </message>
    <message>
        <source>changed here and there</source>
        <translation>modificada aquí y allí</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflicto</translation>
    </message>
    <message>
        <source>conflicts</source>
        <translation>conflictos</translation>
    </message>
    <message>
        <source>damaged or empty</source>
        <translation>dañado o vacío</translation>
    </message>
    <message>
        <source>damaged, cannot be restored</source>
        <translation>dañada, no se puede restaurar</translation>
    </message>
    <message>
        <source>deleted here after it was last changed there</source>
        <translation>eliminada aquí después de su última modificación allí</translation>
    </message>
    <message>
        <source>deleted there, changed here since: kept</source>
        <translation>eliminada allí, modificada aquí desde entonces: se conserva</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>no existe</translation>
    </message>
    <message>
        <source>same time, different text</source>
        <translation>misma hora, texto distinto</translation>
    </message>
    <message>
        <source>{count} notes</source>
        <translation>{count} notas</translation>
    </message>
    <message>
        <source>{count} notes contained control characters, which were removed.</source>
        <translation>{count} notas contenían caracteres de control, que se han eliminado.</translation>
    </message>
    <message>
        <source>{count} notes, readable</source>
        <translation>{count} notas, legible</translation>
    </message>
    <message>
        <source>{count} of the notes in {name} are on things this edition of the data does not have ({examples}). Nothing was imported; import them anyway to keep them in the &quot;needs review&quot; list.</source>
        <translation>{count} de las notas de {name} se refieren a elementos que no existen en esta edición de los datos ({examples}). No se ha importado nada; impórtelas de todos modos para conservarlas en la lista «por revisar».</translation>
    </message>
    <message>
        <source>{new} new, {updated} updated, {conflicts} {conflict_word}, {unchanged} unchanged, {deleted} deleted</source>
        <translation>{new} nuevas, {updated} actualizadas, {conflicts} {conflict_word}, {unchanged} sin cambios, {deleted} eliminadas</translation>
    </message>
</context>
<context>
    <name>profile</name>
    <message>
        <source>The profile folder {path} is a file, not a folder. Give --profile (or RCPDESK_HOME) a folder; a new one is made when it does not exist.</source>
        <translation>La carpeta de perfil {path} es un archivo, no una carpeta. Indique a --profile (o a RCPDESK_HOME) una carpeta; se crea si no existe.</translation>
    </message>
</context>
</TS>
