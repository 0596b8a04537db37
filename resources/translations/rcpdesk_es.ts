<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About rcpdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rcpdesk never goes online: links are shown as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An offline reference for delegates to the Regional Consultative Processes on migration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data edition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} sources, from the processes&apos; own sites and records, IOM and research institutes. Each fact in the detail view names its sources and the date it holds for.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Agreement</name>
    <message>
        <source>A few participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broad agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Majority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedural (no position)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker&apos;s own statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unanimous</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColoursDialog</name>
    <message>
        <source>Note colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name each colour for what it means to you; notes keep their colour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the colour {hex}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every colour needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two colours cannot have the same name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>The report records no shared finding on this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text}
{citation} · {agreement}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2005 report, {citation}. Agreement: {agreement}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to read the paragraph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} (unverified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{process}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known: no source found for this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet checked against a source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{line} (accessed {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another source gives: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to open the process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report&apos;s finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the 2005 workshop report found on each dimension, with its paragraph and how widely participants agreed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonPanel</name>
    <message>
        <source>No dimensions chosen: pick some under Dimensions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No differences: the known values agree on every chosen dimension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The known values differ on every chosen dimension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One dimension hidden: the known values agree or none is known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} dimensions hidden: the known values agree or none is known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing {shown} of {total} dimensions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimensions ({shown}/{total})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the process profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the processes to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose processes to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the dimensions to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose dimensions to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only where they differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide dimensions where every known value is the same, or where none is known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report&apos;s finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what the 2005 report found on each dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the report&apos;s finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every process from the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison of processes by dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows are dimensions; the first column is the report&apos;s finding, then one column per process. Double-click a cell to open it; Delete removes its process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No processes to compare yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose processes with “Processes…” above, or add the nine processes that met at the 2005 workshop. You can also add a process from its profile or the process list. Each row is one dimension; the first column gives what the 2005 report found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose processes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the nine 2005 processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the nine processes at the 2005 workshop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountryDetail</name>
    <message>
        <source>member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>observer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no source recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 3166-1: {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code {code} (not an ISO 3166-1 code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership as currently recorded: each list holds for its as-of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{process} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other member ({n}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other members ({n}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observer ({n}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observers ({n}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{country} is a member of none of the processes recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member of {n} process: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member of {n} processes: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observer in {n} process: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observer in {n} processes: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report’s remarks on coverage (¶6, ¶13) do not concern the region of {country}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Asia-Pacific, covered by more than one process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gap in coverage: {area}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today {country} is a member of {n} process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today {country} is a member of {n} processes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today {country} is still a member of none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the UN M49 definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the usual definition (for the Gulf States, the six of the Gulf Cooperation Council)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report names areas, not countries; rcpdesk places {country} in {area} by {basis}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{country} is a member of {n} process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{country} is a member of {n} processes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbours in each process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other member is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the 2005 report says about coverage of its region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoverageMapPanel</name>
    <message>
        <source>Coverage by year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of a process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the map shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The process whose members and observers are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage as it stood in a year: the processes founded by then, with their members as currently recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2005 (the report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage in 2005, the year of the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage today: every process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (+, mouse wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the whole map again (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the map as PNG, SVG or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map could not be written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Detail</name>
    <message>
        <source>(accessed {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(names this process)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(text lost in the source scan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Footnotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Founded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guiding question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inter-regional forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in the 2005 report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named in the 2005 report at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observers ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other sources give:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a process, a paragraph, a dimension or a country in the tree on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes by region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional Consultative Processes on migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional consultative process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right-click processes to add them to the comparison; Alt+Left goes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the profiles and the report with Ctrl+F; Enter opens the first result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 2005 report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The processes today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the 2005 report found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>founded {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>observer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rcpdesk holds nothing at {link}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rcpdesk — an offline reference. Data edition {edition}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shown first because {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>took part in the 2005 workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unverified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{processes} processes in {regions} regions, each with sourced facts and dated values, next to the report of the GCIM–IOM Workshop on RCPs (Geneva, 2005), where {attended} of them took part.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected text (or the whole paragraph) with its citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rcpdesk, data edition {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FoundingTimelinePanel</name>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the timeline as PNG, SVG or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeline could not be written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the timeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing “{name}” will add or change these notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts keep your version; the other version is added next to it and listed under Needs review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} notes contained HTML or scripts, which were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} notes are on things this data edition does not have; they will be kept and flagged for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New colours: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written against the data edition of {edition}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import: you already have these notes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>rcpdesk — Regional Consultative Processes on Migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About rcpdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Process to &amp;Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data edition {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Maps</name>
    <message>
        <source>rcpdesk · data edition {edition} · base map: pygal_maps_world (Robinson projection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member of how many processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In no process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory, not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small state, drawn as a dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries by number of migration processes they belong to, today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} regional consultative processes and inter-regional forums; membership as currently recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries by number of migration processes they belong to, {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{k} of {n} processes founded by {year}; membership as currently recorded; processes counted from their founding year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Africa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Caribbean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle East and the Gulf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asia-Pacific</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every country is a member of at least one process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In no process ({n}): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 2005 report: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Founded after {year}, not counted: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Founding year unknown, not counted: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No membership recorded, nothing to count: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member of {n} process: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member of {n} processes: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory: no process lists it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In no process founded by {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observer in: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members and observers of the processes compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{process}: members and observers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observer ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observers ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on the map (no shape): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member of all {n} ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member of {k} or more ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member of {n} of them ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observer only ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of all {n} ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of some of them ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in {process} ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observers only ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No membership is recorded for this process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members as of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>observers as of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unverified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member of: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the migration processes were founded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} regional consultative processes and inter-regional forums, by founding year and region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rcpdesk · data edition {edition} · founding years as recorded, with their sources, in each process&apos;s profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Founding year unknown: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GCIM–IOM workshop on RCPs, Geneva, April 2005</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended the 2005 workshop (the nine of ¶1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not attend, or founded later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop, 14–15 April 2005</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{place} Process</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteCommands</name>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change note colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteEditorDialog</name>
    <message>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Markdown (headings, lists, *emphasis*, links)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the note in Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. funding, follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write something in the note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is too long ({length} characters; at most {limit}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag can have at most {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at most {limit} tags, without control characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteLabels</name>
    <message>
        <source>Comparison cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{paragraph}: “{quote}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{process} — {dimension}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteListDialog</name>
    <message>
        <source>(conflicting copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(its paragraph changed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesController</name>
    <message>
        <source>Add &amp;Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note on what you are reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Note on &amp;Selection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note on the selected words of the paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the note selected in the Notes panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected note to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport Notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your notes to share them or keep a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge notes from a colleague&apos;s .rcpnotes file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes &amp;Trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes you deleted; restore them from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes Needing &amp;Review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes whose paragraph changed, and conflicting copies from imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note &amp;Colours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the highlight colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note on {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note moved to the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete for &amp;Good…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this note for good? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes that need review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No note needs review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep as Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use This Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rcpdesk notes (*.rcpnotes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rcpdesk notes (*.rcpnotes);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Them for Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can import them anyway: they are flagged under Needs review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rcpdesk works without notes in this session; notes cannot be added or shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Latest Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes restored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesHtml</name>
    <message>
        <source>Modified {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Search notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by what the note is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only notes that need review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes whose paragraph changed in a new data edition, and conflicting copies from an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes are not available in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes yet.
Press Ctrl+Shift+N to add a note on what you are reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesTableModel</name>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No colour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcessPickerDialog</name>
    <message>
        <source>Processes to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the processes to show side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the nine 2005 processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the nine processes at the 2005 workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick all processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes by region</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search profiles and the 2005 report  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dimension:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agreement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by level of agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type in the search field to search the profiles and the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SheetOptionsDialog</name>
    <message>
        <source>Sheet Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the processes to compare; drag to change the order of the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 2005 participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the nine processes that took part in the 2005 workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (landscape for more than four processes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without my notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With my notes, in their cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With my notes, numbered after the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles: every finding of the report, not only the widely shared ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes (columns; drag to reorder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimensions (rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one dimension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{p} × {d}: processes × dimensions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetPrinting</name>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet &amp;Options…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison of {n} processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Pre&amp;view: {what}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print: {what}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export P&amp;DF: {what}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Markdown: {what}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV: {what}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add processes to the comparison, or open a process, first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Preview: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet Options…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: {pages} pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing {path}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({n} pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path}{pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet was not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sheets</name>
    <message>
        <source>Comparison: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison of {n} processes on one dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison of {n} processes across {d} dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no processes chosen: a comparison needs at least one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no dimensions chosen: a comparison needs at least one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in the 2005 report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Established</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional consultative process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inter-regional forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dormant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no process chosen for the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>established {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>took part in the 2005 workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>named in the report at {paragraphs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process profile: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder cannot be written to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accessed {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessed {date} unless another date is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each cell gives the process&apos;s own arrangement and the date it holds for; the small numbers are the sources listed after the table. The shaded row under each dimension gives the finding of the 2005 report, with its paragraph (¶) and the level of agreement the report records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes {first}–{last} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes on the process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions on the comparison dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} further findings of narrower agreement are not printed here; the report view shows them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report does not name this process; it took no part in the 2005 workshop. The report&apos;s finding on each dimension is given in the table above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unanimous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broad agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Majority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker&apos;s own statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedural (no position)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2005 report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another source gives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours of your notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data edition {edition}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings on the processes that took part, widest agreement first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No finding on this dimension in the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report: {citation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 2005 report on this dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unverified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value, date and sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the 2005 report says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the report names the process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} (cont.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page is too small for a sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data edition {edition} · rcpdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report cited (¶ = its paragraphs): {citation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write to the printer or the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start a new page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page layout was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineCanvas</name>
    <message>
        <source>Founded {year} · {region}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended the 2005 workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not attend the 2005 workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TreeModel</name>
    <message>
        <source>Processes by region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The regional consultative processes and inter-regional forums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GCIM–IOM Workshop report, 2005</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report of the GCIM–IOM Workshop on RCPs, Geneva, April 2005</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dimensions the report compares processes by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries that are members or observers of a process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took part in the 2005 workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n process(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TreePanel</name>
    <message>
        <source>Filter processes, paragraphs, countries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to comparison</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZoomController</name>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agreement</name>
    <message>
        <source>Unanimous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broad agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Majority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker&apos;s own statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedural (no position)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>facts</name>
    <message>
        <source>Founded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional consultative process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inter-regional forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sourced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>notes</name>
    <message>
        <source>A colour must be written like #1a2b3c (got {hex!r}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colour name must be 1 to {limit} characters (got {name!r}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comparison cell id is PROCESS#DIMENSION (got {target_id!r}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note may have at most {limit} characters; this one has {length}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note may have at most {limit} tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note target needs a stable id (got {target_id!r}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passage needs the quoted text and its start and end offsets in the paragraph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag must be 1 to {limit} characters without line breaks (got {tag!r}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added note {note_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved note {note_id} to the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No process, paragraph, dimension or comparison cell has the id {target_id!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored note {note_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what {target_id!r} is with --kind (process, paragraph, dimension or cell).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged notes file was moved to {moved}. There was no usable backup, so rcpdesk starts with an empty notes database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged notes file was moved to {moved}. Your notes were restored from the automatic backup of {when}; changes made after that backup are in the moved file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} does not exist or cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} holds the note {note_id} twice. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} holds {count} notes; at most {limit} can be imported at once. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} is not UTF-8 text. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} is not an rcpdesk notes file ({detail}). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} is not valid JSON (line {line}, column {column}: {detail}). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} is too large to be a notes file ({size} bytes; the limit is {limit}). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id {prefix} matches more than one note: give more of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note {note_id} is not a conflict copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note {note_id} is not in the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes database is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes file is a database, but not an rcpdesk notes database. It will be moved aside, not deleted: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes file is not a notes database (it may have been overwritten by another program). It will be moved aside, not deleted: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes were written against the data edition {theirs}; you have {ours}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a colour named {name!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no colour named {colour!r}. The colours are: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no note with the id {note_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note was changed in another window since you opened it. Your version was not saved; reopen the note to see both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error ({kind}): {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown export format: {format} (rcpnotes, md or csv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind of note target: {kind} (one of {kinds}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown note format: {body_format} (text or markdown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {count} notes to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes are busy in another rcpdesk window that did not finish saving in time. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes cannot be saved: the notes file or its folder is read-only ({path}). Notes can be read but not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes could not be saved ({detail}). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes database is damaged and cannot be read ({detail}). It will be moved aside, not deleted: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes need an upgrade to this version of rcpdesk, but the notes file is read-only: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes were saved by a newer version of rcpdesk (notes format {found}; this version reads up to {supported}). Update rcpdesk to use them; the file is left untouched: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed here and there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted here after it was last changed there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted there, changed here since: kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same time, different text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} notes contained HTML or scripts, which were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} of the notes in {name} are on things this edition of the data does not have ({examples}). Nothing was imported; import them anyway to keep them in the &quot;needs review&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{new} new, {updated} updated, {conflicts} {conflict_word}, {unchanged} unchanged, {deleted} deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
