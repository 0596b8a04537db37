<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About rcpdesk</source>
        <translation>О программе rcpdesk</translation>
    </message>
    <message>
        <source>rcpdesk never goes online: links are shown as text.</source>
        <translation>rcpdesk никогда не подключается к интернету: ссылки показываются как текст.</translation>
    </message>
    <message>
        <source>An offline reference for delegates to the Regional Consultative Processes on migration.</source>
        <translation>Автономный справочник для делегатов региональных консультативных процессов по миграции.</translation>
    </message>
    <message>
        <source>Data edition:</source>
        <translation>Выпуск данных:</translation>
    </message>
    <message>
        <source>Profiles:</source>
        <translation>Профили:</translation>
    </message>
    <message>
        <source>Publishers:</source>
        <translation>Издатели:</translation>
    </message>
    <message>
        <source>The report:</source>
        <translation>Доклад:</translation>
    </message>
    <message>
        <source>schema</source>
        <translation>схема</translation>
    </message>
    <message>
        <source>{count} sources, from the processes&apos; own sites and records, IOM and research institutes. Each fact in the detail view names its sources and the date it holds for.</source>
        <translation>Источников: {count} — сайты и документы самих процессов, МОМ и научно-исследовательские институты. Каждый факт в подробном представлении указывает свои источники и дату, на которую он действителен.</translation>
    </message>
</context>
<context>
    <name>BriefingPack</name>
    <message>
        <source>&amp;Briefing Pack…</source>
        <translation>&amp;Справочный пакет…</translation>
    </message>
    <message>
        <source>One document for a meeting: profiles, comparison, the report&apos;s findings, maps, your country and your notes</source>
        <translation>Один документ к заседанию: профили, сравнение, выводы доклада, карты, ваша страна и ваши заметки</translation>
    </message>
    <message>
        <source>Save Briefing Pack</source>
        <translation>Сохранить справочный пакет</translation>
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
        <translation>Запись {path}…</translation>
    </message>
    <message>
        <source>The briefing pack was not saved to {path}: {reason}</source>
        <translation>Справочный пакет не сохранён в {path}: {reason}</translation>
    </message>
    <message>
        <source>Briefing pack not saved</source>
        <translation>Справочный пакет не сохранён</translation>
    </message>
</context>
<context>
    <name>BriefingPackDialog</name>
    <message>
        <source>Briefing Pack</source>
        <translation>Справочный пакет</translation>
    </message>
    <message>
        <source>No country page</source>
        <translation>Без страницы страны</translation>
    </message>
    <message>
        <source>All notes; or tags such as budget, speech</source>
        <translation>Все заметки; или теги, например budget, speech</translation>
    </message>
    <message>
        <source>Your tags: {tags}</source>
        <translation>Ваши теги: {tags}</translation>
    </message>
    <message>
        <source>Made from the processes&apos; names</source>
        <translation>Составляется из названий процессов</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Write Pack…</source>
        <translation>Записать пакет…</translation>
    </message>
    <message>
        <source>Processes:</source>
        <translation>Процессы:</translation>
    </message>
    <message>
        <source>Rows to compare:</source>
        <translation>Строки для сравнения:</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>The Nine of 2005</source>
        <translation>Девять процессов 2005 года</translation>
    </message>
    <message>
        <source>Country page:</source>
        <translation>Страница страны:</translation>
    </message>
    <message>
        <source>Notes tagged:</source>
        <translation>Заметки с тегами:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Заголовок:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Бумага:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>Choose at least one process and one row.</source>
        <translation>Выберите хотя бы один процесс и одну строку.</translation>
    </message>
    <message>
        <source>Counting pages…</source>
        <translation>Подсчёт страниц…</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 страница</translation>
    </message>
    <message>
        <source>{n} pages</source>
        <translation>Страниц: {n}</translation>
    </message>
    <message>
        <source>Cannot count the pages: {reason}</source>
        <translation>Не удалось подсчитать страницы: {reason}</translation>
    </message>
</context>
<context>
    <name>ColoursDialog</name>
    <message>
        <source>Note colours</source>
        <translation>Цвета заметок</translation>
    </message>
    <message>
        <source>Name each colour for what it means to you; notes keep their colour.</source>
        <translation>Назовите каждый цвет по его значению для вас; заметки сохраняют свой цвет.</translation>
    </message>
    <message>
        <source>Name of the colour {hex}</source>
        <translation>Название цвета {hex}</translation>
    </message>
    <message>
        <source>Every colour needs a name.</source>
        <translation>У каждого цвета должно быть название.</translation>
    </message>
    <message>
        <source>Two colours cannot have the same name.</source>
        <translation>Два цвета не могут называться одинаково.</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>The report records no shared finding on this.</source>
        <translation>В докладе нет общего вывода по этому вопросу.</translation>
    </message>
    <message>
        <source>{citation} · {agreement}</source>
        <translation>{citation} · {agreement}</translation>
    </message>
    <message>
        <source>[ ] editor&apos;s gloss</source>
        <translation>[ ] пояснение редактора</translation>
    </message>
    <message>
        <source>{count} more findings</source>
        <translation>ещё выводов: {count}</translation>
    </message>
    <message>
        <source>1 more finding</source>
        <translation>ещё 1 вывод</translation>
    </message>
    <message>
        <source>2005 report, {citation}. Agreement: {agreement}.</source>
        <translation>Доклад 2005 года, {citation}. Степень согласия: {agreement}.</translation>
    </message>
    <message>
        <source>Words in [square brackets] are the editor&apos;s, from the paragraph; the report reads: “{text}”</source>
        <translation>Слова в [квадратных скобках] принадлежат редактору и взяты из пункта; текст доклада: «{text}»</translation>
    </message>
    <message>
        <source>You have notes on {citations}.</source>
        <translation>У вас есть заметки к {citations}.</translation>
    </message>
    <message>
        <source>Double-click to read every finding on this row.</source>
        <translation>Дважды щёлкните, чтобы прочитать все выводы по этой строке.</translation>
    </message>
    <message>
        <source>Double-click to read the paragraph.</source>
        <translation>Дважды щёлкните, чтобы прочитать пункт.</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>{value} (unverified)</source>
        <translation>{value} (не проверено)</translation>
    </message>
    <message>
        <source>{value} (as of {date})</source>
        <translation>{value} (по состоянию на {date})</translation>
    </message>
    <message>
        <source>{process}: {value}</source>
        <translation>{process}: {value}</translation>
    </message>
    <message>
        <source>Not known: no source found for this.</source>
        <translation>Неизвестно: источник не найден.</translation>
    </message>
    <message>
        <source>As of {date}</source>
        <translation>По состоянию на {date}</translation>
    </message>
    <message>
        <source>Not yet checked against a source.</source>
        <translation>Ещё не сверено с источником.</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Источник: {source}</translation>
    </message>
    <message>
        <source>{line} (accessed {date})</source>
        <translation>{line} (дата обращения: {date})</translation>
    </message>
    <message>
        <source>Another source gives: {value}</source>
        <translation>Другой источник указывает: {value}</translation>
    </message>
    <message>
        <source>Double-click to open the process.</source>
        <translation>Дважды щёлкните, чтобы открыть процесс.</translation>
    </message>
    <message>
        <source>The report&apos;s finding</source>
        <translation>Вывод доклада</translation>
    </message>
    <message>
        <source>The 2005 workshop report&apos;s finding that bears most on each row, with its paragraph, how widely participants agreed and how many more findings there are</source>
        <translation>Наиболее относящийся к каждой строке вывод доклада семинара 2005 года, с пунктом, степенью согласия участников и числом других выводов</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Заметки:</translation>
    </message>
</context>
<context>
    <name>ComparisonPanel</name>
    <message>
        <source>No dimensions chosen: pick some under Dimensions.</source>
        <translation>Аспекты не выбраны: выберите их в меню «Аспекты».</translation>
    </message>
    <message>
        <source>No differences: the known values agree on every chosen dimension.</source>
        <translation>Различий нет: известные значения совпадают по всем выбранным аспектам.</translation>
    </message>
    <message>
        <source>The known values differ on every chosen dimension.</source>
        <translation>Известные значения различаются по всем выбранным аспектам.</translation>
    </message>
    <message>
        <source>One dimension hidden: the known values agree or none is known.</source>
        <translation>Скрыт один аспект: известные значения совпадают или ни одно не известно.</translation>
    </message>
    <message>
        <source>{count} dimensions hidden: the known values agree or none is known.</source>
        <translation>Скрыто аспектов: {count}; известные значения совпадают или ни одно не известно.</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Аспекты</translation>
    </message>
    <message>
        <source>Dimensions ({shown}/{total})</source>
        <translation>Аспекты ({shown}/{total})</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} rows.</source>
        <translation>Показано строк: {shown} из {total}.</translation>
    </message>
    <message>
        <source>Profile facts first, then every dimension</source>
        <translation>Сначала факты профиля, затем все аспекты</translation>
    </message>
    <message>
        <source>Every row</source>
        <translation>Все строки</translation>
    </message>
    <message>
        <source>From the profiles</source>
        <translation>Из профилей</translation>
    </message>
    <message>
        <source>The report&apos;s dimensions</source>
        <translation>Аспекты доклада</translation>
    </message>
    <message>
        <source>Remove from comparison</source>
        <translation>Убрать из сравнения</translation>
    </message>
    <message>
        <source>Move left</source>
        <translation>Переместить влево</translation>
    </message>
    <message>
        <source>Move right</source>
        <translation>Переместить вправо</translation>
    </message>
    <message>
        <source>Open the process profile</source>
        <translation>Открыть профиль процесса</translation>
    </message>
    <message>
        <source>Processes…</source>
        <translation>Процессы…</translation>
    </message>
    <message>
        <source>Choose the processes to compare</source>
        <translation>Выберите процессы для сравнения</translation>
    </message>
    <message>
        <source>Choose processes to compare</source>
        <translation>Выбор процессов для сравнения</translation>
    </message>
    <message>
        <source>Choose the dimensions to compare</source>
        <translation>Выберите аспекты для сравнения</translation>
    </message>
    <message>
        <source>Choose dimensions to compare</source>
        <translation>Выбор аспектов для сравнения</translation>
    </message>
    <message>
        <source>Show only where they differ</source>
        <translation>Показывать только различия</translation>
    </message>
    <message>
        <source>Hide dimensions where every known value is the same, or where none is known</source>
        <translation>Скрыть аспекты, где все известные значения одинаковы или ни одно не известно</translation>
    </message>
    <message>
        <source>The report&apos;s finding</source>
        <translation>Вывод доклада</translation>
    </message>
    <message>
        <source>Show what the 2005 report found on each dimension</source>
        <translation>Показать выводы доклада 2005 года по каждому аспекту</translation>
    </message>
    <message>
        <source>Show the report&apos;s finding</source>
        <translation>Показать вывод доклада</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Remove every process from the comparison</source>
        <translation>Убрать все процессы из сравнения</translation>
    </message>
    <message>
        <source>Clear the comparison</source>
        <translation>Очистить сравнение</translation>
    </message>
    <message>
        <source>Comparison of processes by dimension</source>
        <translation>Сравнение процессов по аспектам</translation>
    </message>
    <message>
        <source>Rows are profile facts and dimensions; the first column is the report&apos;s finding that fits the row, then one column per process. Double-click a cell to open it; Delete removes its process.</source>
        <translation>Строки — факты профиля и аспекты; первый столбец — подходящий к строке вывод доклада, далее по одному столбцу на процесс. Дважды щёлкните ячейку, чтобы открыть её; клавиша Delete удаляет её процесс.</translation>
    </message>
    <message>
        <source>Choose processes with “Processes…” above, or add the nine processes that met at the 2005 workshop. You can also add a process from its profile or the process list. The rows start with the profile facts (secretariat, chair, members...), then the report&apos;s dimensions; the first column gives the 2005 report&apos;s finding that fits each row.</source>
        <translation>Выберите процессы кнопкой «Процессы…» выше или добавьте девять процессов, участвовавших в семинаре 2005 года. Процесс можно также добавить из его профиля или из списка процессов. Сначала идут факты профиля (секретариат, председатель, члены...), затем аспекты доклада; в первом столбце — подходящий к каждой строке вывод доклада 2005 года.</translation>
    </message>
    <message>
        <source>Compare the nine processes whose delegates met at the 2005 workshop</source>
        <translation>Сравнить девять процессов, делегаты которых встретились на семинаре 2005 года</translation>
    </message>
    <message>
        <source>Processes compared</source>
        <translation>Сравниваемые процессы</translation>
    </message>
    <message>
        <source>No processes to compare yet</source>
        <translation>Процессов для сравнения пока нет</translation>
    </message>
    <message>
        <source>Choose processes…</source>
        <translation>Выбрать процессы…</translation>
    </message>
    <message>
        <source>Tick the processes to compare, by region</source>
        <translation>Отметьте процессы для сравнения, по регионам</translation>
    </message>
    <message>
        <source>Add the nine 2005 processes</source>
        <translation>Добавить девять процессов 2005 года</translation>
    </message>
    <message>
        <source>Add the nine processes at the 2005 workshop</source>
        <translation>Добавить девять процессов — участников семинара 2005 года</translation>
    </message>
</context>
<context>
    <name>ContentNames</name>
    <message>
        <source>Europe</source>
        <translation>Европа</translation>
    </message>
    <message>
        <source>Asia and the Pacific</source>
        <translation>Азия и Тихий океан</translation>
    </message>
    <message>
        <source>The Americas</source>
        <translation>Америка</translation>
    </message>
    <message>
        <source>Africa</source>
        <translation>Африка</translation>
    </message>
    <message>
        <source>Middle East and North Africa</source>
        <translation>Ближний Восток и Северная Африка</translation>
    </message>
    <message>
        <source>Inter-regional forums</source>
        <translation>Межрегиональные форумы</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Цели</translation>
    </message>
    <message>
        <source>Organization and working methods</source>
        <translation>Организация и методы работы</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Участие</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Итоговые документы</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Финансирование</translation>
    </message>
    <message>
        <source>Civil society and private sector</source>
        <translation>Гражданское общество и частный сектор</translation>
    </message>
    <message>
        <source>Range of ministries</source>
        <translation>Круг министерств</translation>
    </message>
    <message>
        <source>Achievements</source>
        <translation>Достижения</translation>
    </message>
    <message>
        <source>Determinants of success and failure</source>
        <translation>Факторы успеха и неудачи</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Cross-fertilization</source>
        <translation>Взаимное обогащение</translation>
    </message>
    <message>
        <source>Relations with regional institutions</source>
        <translation>Отношения с региональными учреждениями</translation>
    </message>
    <message>
        <source>What the process is meant to achieve.</source>
        <translation>Чего процесс призван достичь.</translation>
    </message>
    <message>
        <source>Meeting levels, chair, secretariat, workshops, focal points.</source>
        <translation>Уровни совещаний, председатель, секретариат, рабочие совещания, координационные центры.</translation>
    </message>
    <message>
        <source>Who takes part: states, ministries, international organizations, observers.</source>
        <translation>Кто участвует: государства, министерства, международные организации, наблюдатели.</translation>
    </message>
    <message>
        <source>Declarations, recommendations, plans of action, guidelines, information.</source>
        <translation>Декларации, рекомендации, планы действий, руководящие принципы, информация.</translation>
    </message>
    <message>
        <source>How the process and its activities are paid for.</source>
        <translation>Как финансируются процесс и его деятельность.</translation>
    </message>
    <message>
        <source>Whether and how NGOs and business take part.</source>
        <translation>Участвуют ли НПО и деловые круги и каким образом.</translation>
    </message>
    <message>
        <source>The scope of issues and the government departments involved.</source>
        <translation>Круг вопросов и участвующие государственные ведомства.</translation>
    </message>
    <message>
        <source>Concrete results and impact.</source>
        <translation>Конкретные результаты и воздействие.</translation>
    </message>
    <message>
        <source>What makes the process work, or not.</source>
        <translation>Что обеспечивает или не обеспечивает работу процесса.</translation>
    </message>
    <message>
        <source>Internal reviews and external evaluations.</source>
        <translation>Внутренние обзоры и внешние оценки.</translation>
    </message>
    <message>
        <source>Exchanges with other RCPs.</source>
        <translation>Обмены с другими РКП.</translation>
    </message>
    <message>
        <source>Links with economic, political and security institutions.</source>
        <translation>Связи с экономическими, политическими учреждениями и учреждениями безопасности.</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Секретариат</translation>
    </message>
    <message>
        <source>Who runs the process between meetings, and where.</source>
        <translation>Кто ведёт процесс в период между совещаниями и где.</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Председатель</translation>
    </message>
    <message>
        <source>Who chairs now, and how the chair is chosen.</source>
        <translation>Кто председательствует сейчас и как выбирается председатель.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Члены</translation>
    </message>
    <message>
        <source>Member states: how many, and which.</source>
        <translation>Государства-члены: сколько и какие.</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>Наблюдатели</translation>
    </message>
    <message>
        <source>Observer states.</source>
        <translation>Государства-наблюдатели.</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>The year the process was founded, and the founding event.</source>
        <translation>Год основания процесса и учредительное мероприятие.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Active, dormant or ended.</source>
        <translation>Действует, не действует или прекращён.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Regional consultative process or inter-regional forum.</source>
        <translation>Региональный консультативный процесс или межрегиональный форум.</translation>
    </message>
    <message>
        <source>Meeting levels</source>
        <translation>Уровни совещаний</translation>
    </message>
    <message>
        <source>Ministerial, senior officials, technical.</source>
        <translation>Министерский уровень, старшие должностные лица, технический уровень.</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Веб-сайт</translation>
    </message>
    <message>
        <source>The process&apos;s own website.</source>
        <translation>Собственный веб-сайт процесса.</translation>
    </message>
</context>
<context>
    <name>CountryDetail</name>
    <message>
        <source>member</source>
        <translation>член</translation>
    </message>
    <message>
        <source>observer</source>
        <translation>наблюдатель</translation>
    </message>
    <message>
        <source>no source recorded</source>
        <translation>источник не указан</translation>
    </message>
    <message>
        <source>ISO 3166-1: {code}</source>
        <translation>ISO 3166-1: {code}</translation>
    </message>
    <message>
        <source>Code {code} (not an ISO 3166-1 code)</source>
        <translation>Код {code} (не код ISO 3166-1)</translation>
    </message>
    <message>
        <source>territory</source>
        <translation>территория</translation>
    </message>
    <message>
        <source>Processes {first}–{last} of {total}</source>
        <translation>Процессы {first}–{last} из {total}</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Процесс</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Срок участия</translation>
    </message>
    <message>
        <source>Each membership holds as of the date its source gives.</source>
        <translation>Каждое членство указано на дату, которую приводит его источник.</translation>
    </message>
    <message>
        <source>{process} ({role})</source>
        <translation>{process} ({role})</translation>
    </message>
    <message>
        <source>Other member ({n}):</source>
        <translation>Другой член ({n}):</translation>
    </message>
    <message>
        <source>Other members ({n}):</source>
        <translation>Другие члены ({n}):</translation>
    </message>
    <message>
        <source>Observer ({n}):</source>
        <translation>Наблюдатель ({n}):</translation>
    </message>
    <message>
        <source>Observers ({n}):</source>
        <translation>Наблюдатели ({n}):</translation>
    </message>
    <message>
        <source>What the 2005 report says about coverage of its region</source>
        <translation>Что говорится в докладе 2005 года об охвате её региона</translation>
    </message>
    <message>
        <source>since {year}</source>
        <translation>с {year} года</translation>
    </message>
    <message>
        <source>year joined not known</source>
        <translation>год вступления неизвестен</translation>
    </message>
    <message>
        <source>{since} (as of {date})</source>
        <translation>{since} (по состоянию на {date})</translation>
    </message>
    <message>
        <source>as of {date}</source>
        <translation>по состоянию на {date}</translation>
    </message>
    <message>
        <source>{country} is a member of none of the processes recorded.</source>
        <translation>{country} не является членом ни одного из учтённых процессов.</translation>
    </message>
    <message>
        <source>Member of {n} process: </source>
        <translation>Член {n} процесса: </translation>
    </message>
    <message>
        <source>Member of {n} processes: </source>
        <translation>Член процессов ({n}): </translation>
    </message>
    <message>
        <source>Observer in {n} process: </source>
        <translation>Наблюдатель в {n} процессе: </translation>
    </message>
    <message>
        <source>Observer in {n} processes: </source>
        <translation>Наблюдатель в процессах ({n}): </translation>
    </message>
    <message>
        <source>and {n} more</source>
        <translation>и ещё {n}</translation>
    </message>
    <message>
        <source>The report’s remarks on coverage (¶6, ¶13) do not concern the region of {country}.</source>
        <translation>Замечания доклада об охвате (¶6, ¶13) не касаются региона, в котором находится {country}.</translation>
    </message>
    <message>
        <source>The Asia-Pacific, covered by more than one process</source>
        <translation>Азиатско-Тихоокеанский регион, охваченный более чем одним процессом</translation>
    </message>
    <message>
        <source>A gap in coverage: {area}</source>
        <translation>Пробел в охвате: {area}</translation>
    </message>
    <message>
        <source>Today {country} is a member of {n} process.</source>
        <translation>Сегодня {country} является членом {n} процесса.</translation>
    </message>
    <message>
        <source>Today {country} is a member of {n} processes.</source>
        <translation>Сегодня {country} является членом процессов: {n}.</translation>
    </message>
    <message>
        <source>Today {country} is still a member of none.</source>
        <translation>Сегодня {country} по-прежнему не является членом ни одного процесса.</translation>
    </message>
    <message>
        <source>the UN M49 definition</source>
        <translation>определению ООН M49</translation>
    </message>
    <message>
        <source>the usual definition (for the Gulf States, the six of the Gulf Cooperation Council)</source>
        <translation>обычному определению (для государств Залива — шесть членов Совета сотрудничества арабских государств Залива)</translation>
    </message>
    <message>
        <source>The report names areas, not countries; rcpdesk places {country} in {area} by {basis}.</source>
        <translation>В докладе названы районы, а не страны; rcpdesk относит {country} к району «{area}» по {basis}.</translation>
    </message>
    <message>
        <source>{country} is a member of {n} process.</source>
        <translation>{country} является членом {n} процесса.</translation>
    </message>
    <message>
        <source>{country} is a member of {n} processes.</source>
        <translation>{country} является членом процессов: {n}.</translation>
    </message>
    <message>
        <source>Earlier memberships</source>
        <translation>Прежнее членство</translation>
    </message>
    <message>
        <source>Neighbours in each process</source>
        <translation>Соседи по каждому процессу</translation>
    </message>
    <message>
        <source>No other member is recorded.</source>
        <translation>Других членов не отмечено.</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Процессы</translation>
    </message>
</context>
<context>
    <name>CoverageMapPanel</name>
    <message>
        <source>Coverage by year</source>
        <translation>Охват по годам</translation>
    </message>
    <message>
        <source>Members of a process</source>
        <translation>Члены процесса</translation>
    </message>
    <message>
        <source>What the map shows</source>
        <translation>Что показывает карта</translation>
    </message>
    <message>
        <source>The process whose members and observers are shown</source>
        <translation>Процесс, члены и наблюдатели которого показаны</translation>
    </message>
    <message>
        <source>Coverage as it stood in a year: the processes founded by then, with the members their dated entries show for that year</source>
        <translation>Охват в заданном году: процессы, основанные к тому времени, с членами, указанными в датированных записях за этот год</translation>
    </message>
    <message>
        <source>2005 (the report)</source>
        <translation>2005 (доклад)</translation>
    </message>
    <message>
        <source>Coverage in 2005, the year of the workshop</source>
        <translation>Охват в 2005 году, году семинара</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Coverage today: every process</source>
        <translation>Охват сегодня: все процессы</translation>
    </message>
    <message>
        <source>Zoom in (+, mouse wheel)</source>
        <translation>Увеличить (+, колесо мыши)</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Уменьшить (−)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>По размеру</translation>
    </message>
    <message>
        <source>See the whole map again (0)</source>
        <translation>Снова показать всю карту (0)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Save the map as PNG, SVG or PDF</source>
        <translation>Сохранить карту в формате PNG, SVG или PDF</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Print the map as shown</source>
        <translation>Напечатать карту в текущем виде</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <source>Export the map</source>
        <translation>Экспорт карты</translation>
    </message>
    <message>
        <source>The map could not be written: {reason}</source>
        <translation>Не удалось записать карту: {reason}</translation>
    </message>
    <message>
        <source>Print the map</source>
        <translation>Печать карты</translation>
    </message>
</context>
<context>
    <name>Detail</name>
    <message>
        <source>(English original)</source>
        <translation>(оригинал на английском языке)</translation>
    </message>
    <message>
        <source>(accessed {date})</source>
        <translation>(дата обращения: {date})</translation>
    </message>
    <message>
        <source>(names this process)</source>
        <translation>(называет этот процесс)</translation>
    </message>
    <message>
        <source>(text lost in the source scan)</source>
        <translation>(текст утрачен при сканировании источника)</translation>
    </message>
    <message>
        <source>All the report&apos;s findings on {dimension} →</source>
        <translation>Все выводы доклада по аспекту «{dimension}» →</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Председатель</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Аспекты</translation>
    </message>
    <message>
        <source>Dormant since {year}</source>
        <translation>Не действует с {year} года</translation>
    </message>
    <message>
        <source>Each entry gives the years a role began and ended, where a source says so; &quot;not known&quot; is not guessed from today&apos;s list.</source>
        <translation>В каждой записи указаны годы начала и окончания участия, если их называет источник; «неизвестно» не выводится из сегодняшнего списка.</translation>
    </message>
    <message>
        <source>Ended in {year}</source>
        <translation>Прекращён в {year} году</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Выводы</translation>
    </message>
    <message>
        <source>Findings {first}–{last} of {total}, strongest agreement first</source>
        <translation>Выводы {first}–{last} из {total}, сначала с наибольшим согласием</translation>
    </message>
    <message>
        <source>Footnotes</source>
        <translation>Сноски</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>Основан</translation>
    </message>
    <message>
        <source>Global process</source>
        <translation>Глобальный процесс</translation>
    </message>
    <message>
        <source>Guiding question:</source>
        <translation>Руководящий вопрос:</translation>
    </message>
    <message>
        <source>How to start</source>
        <translation>С чего начать</translation>
    </message>
    <message>
        <source>Inter-regional forum</source>
        <translation>Межрегиональный форум</translation>
    </message>
    <message>
        <source>Listed in the 2005 report as</source>
        <translation>Указан в докладе 2005 года как</translation>
    </message>
    <message>
        <source>Meeting levels</source>
        <translation>Уровни совещаний</translation>
    </message>
    <message>
        <source>Member organizations</source>
        <translation>Организации-члены</translation>
    </message>
    <message>
        <source>Members ({count})</source>
        <translation>Члены ({count})</translation>
    </message>
    <message>
        <source>Membership over time</source>
        <translation>Членство во времени</translation>
    </message>
    <message>
        <source>Name in the 2005 report</source>
        <translation>Название в докладе 2005 года</translation>
    </message>
    <message>
        <source>Name in this language</source>
        <translation>Название на этом языке</translation>
    </message>
    <message>
        <source>Named in the 2005 report at</source>
        <translation>Упоминается в докладе 2005 года в</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Следующая страница</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Не найдено</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Observers ({count})</source>
        <translation>Наблюдатели ({count})</translation>
    </message>
    <message>
        <source>Only the lists above are recorded (as of {dates}): when each country joined, and whether it still takes part, is not known.</source>
        <translation>Учтены только приведённые выше списки (по состоянию на {dates}): когда каждая страна присоединилась и участвует ли она до сих пор, неизвестно.</translation>
    </message>
    <message>
        <source>Other findings</source>
        <translation>Другие выводы</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Другие названия</translation>
    </message>
    <message>
        <source>Other sources give:</source>
        <translation>Другие источники указывают:</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Страница {page} из {pages}</translation>
    </message>
    <message>
        <source>Paragraphs {first}–{last} of {total}</source>
        <translation>Пункты {first}–{last} из {total}</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <source>Pick a process, a paragraph, a dimension or a country in the tree on the left.</source>
        <translation>Выберите процесс, пункт, аспект или страну в дереве слева.</translation>
    </message>
    <message>
        <source>Predecessor</source>
        <translation>Предшественник</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Предыдущая страница</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Процессы</translation>
    </message>
    <message>
        <source>Processes by region</source>
        <translation>Процессы по регионам</translation>
    </message>
    <message>
        <source>Processes {first}–{last} of {total}</source>
        <translation>Процессы {first}–{last} из {total}</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Regional Consultative Processes on migration</source>
        <translation>Региональные консультативные процессы по миграции</translation>
    </message>
    <message>
        <source>Regional consultative process</source>
        <translation>Региональный консультативный процесс</translation>
    </message>
    <message>
        <source>Right-click processes to add them to the comparison; Alt+Left goes back.</source>
        <translation>Щёлкните процессы правой кнопкой мыши, чтобы добавить их в сравнение; Alt+Left — назад.</translation>
    </message>
    <message>
        <source>Search the profiles and the report with Ctrl+F; Enter opens the first result.</source>
        <translation>Поиск по профилям и докладу — Ctrl+F; Enter открывает первый результат.</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Секретариат</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Источники:</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Выступающие</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Successor</source>
        <translation>Преемник</translation>
    </message>
    <message>
        <source>The 2005 report</source>
        <translation>Доклад 2005 года</translation>
    </message>
    <message>
        <source>The latest list found; no newer one was found.</source>
        <translation>Последний найденный список; более нового не найдено.</translation>
    </message>
    <message>
        <source>The paragraphs that name this process hold the others.</source>
        <translation>Остальные выводы — в пунктах, где назван этот процесс.</translation>
    </message>
    <message>
        <source>The processes today</source>
        <translation>Процессы сегодня</translation>
    </message>
    <message>
        <source>The strongest {shown} of {total}.</source>
        <translation>Наиболее весомые: {shown} из {total}.</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Темы</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Веб-сайт</translation>
    </message>
    <message>
        <source>What the 2005 report found</source>
        <translation>Выводы доклада 2005 года</translation>
    </message>
    <message>
        <source>Why the first value is shown first: {reason}</source>
        <translation>Почему первым показано первое значение: {reason}</translation>
    </message>
    <message>
        <source>[ ] editor&apos;s gloss</source>
        <translation>[ ] пояснение редактора</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>и ещё {count}</translation>
    </message>
    <message>
        <source>as of {date}</source>
        <translation>по состоянию на {date}</translation>
    </message>
    <message>
        <source>founded {year}</source>
        <translation>основан в {year} году</translation>
    </message>
    <message>
        <source>rcpdesk holds nothing at {link}.</source>
        <translation>В rcpdesk нет ничего по адресу {link}.</translation>
    </message>
    <message>
        <source>rcpdesk — an offline reference. Data edition {edition}.</source>
        <translation>rcpdesk — автономный справочник. Выпуск данных {edition}.</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>источники</translation>
    </message>
    <message>
        <source>took part in the 2005 workshop</source>
        <translation>участвовал в семинаре 2005 года</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>не проверено</translation>
    </message>
    <message>
        <source>{processes} processes in {regions} regions, each with sourced facts and dated values, next to the report of the GCIM–IOM Workshop on RCPs (Geneva, 2005), where {attended} of them took part.</source>
        <translation>Процессов: {processes} в {regions} регионах, у каждого — факты с источниками и датированные значения, рядом с докладом семинара ГКММ–МОМ по РКП (Женева, 2005 год), в котором участвовали {attended} из них.</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Copy as &amp;Quote</source>
        <translation>Копировать как &amp;цитату</translation>
    </message>
    <message>
        <source>Copy the selected text (or the whole paragraph) with its citation</source>
        <translation>Копировать выделенный текст (или весь пункт) со ссылкой</translation>
    </message>
    <message>
        <source>rcpdesk, data edition {date}</source>
        <translation>rcpdesk, выпуск данных {date}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Previous place (Shift+F3)</source>
        <translation>Предыдущее вхождение (Shift+F3)</translation>
    </message>
    <message>
        <source>Previous place the search words are found</source>
        <translation>Предыдущее вхождение слов поиска</translation>
    </message>
    <message>
        <source>Next place (F3)</source>
        <translation>Следующее вхождение (F3)</translation>
    </message>
    <message>
        <source>Next place the search words are found</source>
        <translation>Следующее вхождение слов поиска</translation>
    </message>
    <message>
        <source>Stop highlighting</source>
        <translation>Снять выделение</translation>
    </message>
    <message>
        <source>Stop highlighting the search words</source>
        <translation>Снять выделение слов поиска</translation>
    </message>
    <message>
        <source>Search words on this page: {current} / {count} ({words})</source>
        <translation>Слова поиска на этой странице: {current} / {count} ({words})</translation>
    </message>
</context>
<context>
    <name>FoundingTimelinePanel</name>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Save the timeline as PNG, SVG or PDF</source>
        <translation>Сохранить хронологию в формате PNG, SVG или PDF</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Export the timeline</source>
        <translation>Экспорт хронологии</translation>
    </message>
    <message>
        <source>The timeline could not be written: {reason}</source>
        <translation>Не удалось записать хронологию: {reason}</translation>
    </message>
    <message>
        <source>Print the timeline</source>
        <translation>Напечатать хронологию</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Назад (Alt+Left)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Вперёд</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>Вперёд (Alt+Right)</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import notes</source>
        <translation>Импорт заметок</translation>
    </message>
    <message>
        <source>Importing “{name}” will add or change these notes:</source>
        <translation>Импорт «{name}» добавит или изменит следующие заметки:</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>Что сделает импорт</translation>
    </message>
    <message>
        <source>Conflicts keep your version; the other version is added next to it and listed under Needs review.</source>
        <translation>При конфликте сохраняется ваша версия; другая добавляется рядом и попадает в список «Требуют проверки».</translation>
    </message>
    <message>
        <source>{count} notes contained control characters, which were removed.</source>
        <translation>{count} заметок содержали управляющие символы; они удалены.</translation>
    </message>
    <message>
        <source>{count} notes are on things this data edition does not have; they will be kept and flagged for review.</source>
        <translation>Заметок о том, чего нет в этом выпуске данных: {count}; они будут сохранены и отмечены для проверки.</translation>
    </message>
    <message>
        <source>New colours: {names}</source>
        <translation>Новые цвета: {names}</translation>
    </message>
    <message>
        <source>Written against the data edition of {edition}.</source>
        <translation>Написаны для выпуска данных от {edition}.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Nothing to import: you already have these notes.</source>
        <translation>Импортировать нечего: эти заметки у вас уже есть.</translation>
    </message>
</context>
<context>
    <name>LanguageController</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>New data edition: notes re-anchored ({moved} moved with their passage, {orphaned} to review in Edit &gt; Notes Needing Review).</source>
        <translation>Новый выпуск данных: заметки перепривязаны ({moved} перенесены вместе с фрагментом, {orphaned} ждут проверки в меню «Правка &gt; Заметки, требующие проверки»).</translation>
    </message>
    <message>
        <source>rcpdesk — Regional Consultative Processes on Migration</source>
        <translation>rcpdesk — региональные консультативные процессы по миграции</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>Search Results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Сравнение</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Навигация</translation>
    </message>
    <message>
        <source>&amp;Start Page</source>
        <translation>&amp;Начальная страница</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;About rcpdesk</source>
        <translation>&amp;О программе rcpdesk</translation>
    </message>
    <message>
        <source>Add Process to &amp;Comparison</source>
        <translation>Добавить процесс в &amp;сравнение</translation>
    </message>
    <message>
        <source>Data edition {date}</source>
        <translation>Выпуск данных {date}</translation>
    </message>
</context>
<context>
    <name>Maps</name>
    <message>
        <source>rcpdesk · data edition {edition} · base map: pygal_maps_world (Robinson projection)</source>
        <translation>rcpdesk · выпуск данных {edition} · базовая карта: pygal_maps_world (проекция Робинсона)</translation>
    </message>
    <message>
        <source>{n}+</source>
        <translation>{n}+</translation>
    </message>
    <message>
        <source>Member of how many processes</source>
        <translation>Членство в скольких процессах</translation>
    </message>
    <message>
        <source>In no process</source>
        <translation>Ни в одном процессе</translation>
    </message>
    <message>
        <source>Not known for {year}</source>
        <translation>Неизвестно за {year} год</translation>
    </message>
    <message>
        <source>Territory, not counted</source>
        <translation>Территория, не учитывается</translation>
    </message>
    <message>
        <source>Small state, drawn as a dot</source>
        <translation>Малое государство, показано точкой</translation>
    </message>
    <message>
        <source>Countries by number of migration processes they belong to, today</source>
        <translation>Страны по числу миграционных процессов, в которых они участвуют, сегодня</translation>
    </message>
    <message>
        <source>{n} regional consultative processes and inter-regional forums; membership as currently recorded</source>
        <translation>Региональных консультативных процессов и межрегиональных форумов: {n}; членство по текущим данным</translation>
    </message>
    <message>
        <source>Countries by number of migration processes they belong to, {year}</source>
        <translation>Страны по числу миграционных процессов, в которых они участвуют, {year} год</translation>
    </message>
    <message>
        <source>{k} of {n} processes founded by {year}; membership in {year} as the dated entries show it, not today&apos;s lists</source>
        <translation>{k} из {n} процессов основаны к {year} году; членство в {year} году — по датированным записям, а не по сегодняшним спискам</translation>
    </message>
    <message>
        <source>Africa</source>
        <translation>Африка</translation>
    </message>
    <message>
        <source>The Caribbean</source>
        <translation>Карибский бассейн</translation>
    </message>
    <message>
        <source>Middle East and the Gulf</source>
        <translation>Ближний Восток и Залив</translation>
    </message>
    <message>
        <source>Asia-Pacific</source>
        <translation>Азиатско-Тихоокеанский регион</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>Другие районы</translation>
    </message>
    <message>
        <source>Every country is a member of at least one process.</source>
        <translation>Каждая страна является членом хотя бы одного процесса.</translation>
    </message>
    <message>
        <source>In no process ({n}): </source>
        <translation>Ни в одном процессе ({n}): </translation>
    </message>
    <message>
        <source>The 2005 report: </source>
        <translation>Доклад 2005 года: </translation>
    </message>
    <message>
        <source>Founded after {year}, not counted: </source>
        <translation>Основаны после {year} года, не учитываются: </translation>
    </message>
    <message>
        <source>Founding year unknown, not counted: </source>
        <translation>Год основания неизвестен, не учитываются: </translation>
    </message>
    <message>
        <source>Membership in {year} not known, not counted: </source>
        <translation>Членство в {year} году неизвестно, не учитываются: </translation>
    </message>
    <message>
        <source>{process} ({n} country)</source>
        <translation>{process} ({n} страна)</translation>
    </message>
    <message>
        <source>{process} ({n} countries)</source>
        <translation>{process} (стран: {n})</translation>
    </message>
    <message>
        <source>Ended, no current members: </source>
        <translation>Прекращены, нынешних членов нет: </translation>
    </message>
    <message>
        <source>No membership recorded, nothing to count: </source>
        <translation>Членство не учтено, учитывать нечего: </translation>
    </message>
    <message>
        <source>Counted, though no longer active: </source>
        <translation>Учтены, хотя больше не действуют: </translation>
    </message>
    <message>
        <source>Member of {n} process: </source>
        <translation>Член {n} процесса: </translation>
    </message>
    <message>
        <source>Member of {n} processes: </source>
        <translation>Член процессов ({n}): </translation>
    </message>
    <message>
        <source>Membership in {year} not known</source>
        <translation>Членство в {year} году неизвестно</translation>
    </message>
    <message>
        <source>Territory: no process lists it</source>
        <translation>Территория: ни один процесс её не включает</translation>
    </message>
    <message>
        <source>In no process founded by {year}</source>
        <translation>Ни в одном процессе, основанном к {year} году</translation>
    </message>
    <message>
        <source>Observer in: </source>
        <translation>Наблюдатель в: </translation>
    </message>
    <message>
        <source>Not known for {year}: </source>
        <translation>Неизвестно за {year} год: </translation>
    </message>
    <message>
        <source>Members and observers of the processes compared</source>
        <translation>Члены и наблюдатели сравниваемых процессов</translation>
    </message>
    <message>
        <source>{process}: members and observers</source>
        <translation>{process}: члены и наблюдатели</translation>
    </message>
    <message>
        <source>Member ({n})</source>
        <translation>Член ({n})</translation>
    </message>
    <message>
        <source>Observer ({n})</source>
        <translation>Наблюдатель ({n})</translation>
    </message>
    <message>
        <source>Not listed</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <source>Members ({n})</source>
        <translation>Члены ({n})</translation>
    </message>
    <message>
        <source>Observers ({n})</source>
        <translation>Наблюдатели ({n})</translation>
    </message>
    <message>
        <source>Not on the map (no shape): </source>
        <translation>Нет на карте (нет контура): </translation>
    </message>
    <message>
        <source>Member of all {n} ({count})</source>
        <translation>Член всех {n} ({count})</translation>
    </message>
    <message>
        <source>Member of {k} or more ({count})</source>
        <translation>Член {k} и более ({count})</translation>
    </message>
    <message>
        <source>Member of {n} of them ({count})</source>
        <translation>Член {n} из них ({count})</translation>
    </message>
    <message>
        <source>Observer only ({n})</source>
        <translation>Только наблюдатель ({n})</translation>
    </message>
    <message>
        <source>Members of all {n} ({count})</source>
        <translation>Члены всех {n} ({count})</translation>
    </message>
    <message>
        <source>Members of some of them ({count})</source>
        <translation>Члены некоторых из них ({count})</translation>
    </message>
    <message>
        <source>Only in {process} ({count})</source>
        <translation>Только в {process} ({count})</translation>
    </message>
    <message>
        <source>Observers only ({count})</source>
        <translation>Только наблюдатели ({count})</translation>
    </message>
    <message>
        <source>No membership is recorded for this process.</source>
        <translation>Для этого процесса членство не учтено.</translation>
    </message>
    <message>
        <source>Members as of {date}</source>
        <translation>Члены по состоянию на {date}</translation>
    </message>
    <message>
        <source>observers as of {date}</source>
        <translation>наблюдатели по состоянию на {date}</translation>
    </message>
    <message>
        <source>Sources: </source>
        <translation>Источники: </translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>неизвестную дату</translation>
    </message>
    <message>
        <source>(unverified)</source>
        <translation>(не проверено)</translation>
    </message>
    <message>
        <source>Member of: </source>
        <translation>Член: </translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… и ещё {n}</translation>
    </message>
    <message>
        <source>When the migration processes were founded</source>
        <translation>Когда были основаны миграционные процессы</translation>
    </message>
    <message>
        <source>{n} regional consultative processes and inter-regional forums, by founding year and region</source>
        <translation>Региональных консультативных процессов и межрегиональных форумов: {n}, по году основания и региону</translation>
    </message>
    <message>
        <source>rcpdesk · data edition {edition} · founding years as recorded, with their sources, in each process&apos;s profile</source>
        <translation>rcpdesk · выпуск данных {edition} · годы основания по записям в профиле каждого процесса, с источниками</translation>
    </message>
    <message>
        <source>Founding year unknown: </source>
        <translation>Год основания неизвестен: </translation>
    </message>
    <message>
        <source>GCIM–IOM workshop on RCPs, Geneva, April 2005</source>
        <translation>Семинар ГКММ–МОМ по РКП, Женева, апрель 2005 года</translation>
    </message>
    <message>
        <source>Attended the 2005 workshop (the nine of ¶1)</source>
        <translation>Участвовали в семинаре 2005 года (девять из ¶1)</translation>
    </message>
    <message>
        <source>Did not attend, or founded later</source>
        <translation>Не участвовали или основаны позднее</translation>
    </message>
    <message>
        <source>The workshop, 14–15 April 2005</source>
        <translation>Семинар, 14–15 апреля 2005 года</translation>
    </message>
    <message>
        <source>{place} Process</source>
        <translation>{place} процесс</translation>
    </message>
</context>
<context>
    <name>NoteCommands</name>
    <message>
        <source>Add note</source>
        <translation>Добавление заметки</translation>
    </message>
    <message>
        <source>Change note colour</source>
        <translation>Изменение цвета заметки</translation>
    </message>
    <message>
        <source>Change tags</source>
        <translation>Изменение меток</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Удаление заметки</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Правка заметки</translation>
    </message>
    <message>
        <source>Rename colour</source>
        <translation>Переименование цвета</translation>
    </message>
    <message>
        <source>Restore note</source>
        <translation>Восстановление заметки</translation>
    </message>
</context>
<context>
    <name>NoteEditorDialog</name>
    <message>
        <source>Edit note</source>
        <translation>Правка заметки</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Добавление заметки</translation>
    </message>
    <message>
        <source>Note on</source>
        <translation>Заметка к</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Текст заметки</translation>
    </message>
    <message>
        <source>Your note…</source>
        <translation>Ваша заметка…</translation>
    </message>
    <message>
        <source>&amp;Markdown (headings, lists, *emphasis*, links)</source>
        <translation>&amp;Markdown (заголовки, списки, *выделение*, ссылки)</translation>
    </message>
    <message>
        <source>Write the note in Markdown</source>
        <translation>Писать заметку в Markdown</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Метки через запятую</translation>
    </message>
    <message>
        <source>e.g. funding, follow-up</source>
        <translation>например: финансирование, дальнейшие действия</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <source>No colour</source>
        <translation>Без цвета</translation>
    </message>
    <message>
        <source>Problem with the note</source>
        <translation>Проблема с заметкой</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>К:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Метки:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Цвет:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Заметка:</translation>
    </message>
    <message>
        <source>Write something in the note.</source>
        <translation>Напишите что-нибудь в заметке.</translation>
    </message>
    <message>
        <source>The note is too long ({length} characters; at most {limit}).</source>
        <translation>Заметка слишком длинная (символов: {length}; не более {limit}).</translation>
    </message>
    <message>
        <source>A tag can have at most {limit} characters.</source>
        <translation>Метка может содержать не более {limit} символов.</translation>
    </message>
    <message>
        <source>Use at most {limit} tags, without control characters.</source>
        <translation>Используйте не более {limit} меток, без управляющих символов.</translation>
    </message>
</context>
<context>
    <name>NoteLabels</name>
    <message>
        <source>Comparison cell</source>
        <translation>Ячейка сравнения</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Аспект</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Фрагмент</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Процесс</translation>
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
        <translation>(конфликтующая копия)</translation>
    </message>
    <message>
        <source>(its paragraph changed)</source>
        <translation>(её пункт изменился)</translation>
    </message>
</context>
<context>
    <name>NotesController</name>
    <message>
        <source>Add &amp;Note…</source>
        <translation>Добавить &amp;заметку…</translation>
    </message>
    <message>
        <source>Add a note on what you are reading</source>
        <translation>Добавить заметку к тому, что вы читаете</translation>
    </message>
    <message>
        <source>Add Note on &amp;Selection…</source>
        <translation>Добавить заметку к &amp;выделенному…</translation>
    </message>
    <message>
        <source>Add a note on the selected words of the paragraph</source>
        <translation>Добавить заметку к выделенным словам пункта</translation>
    </message>
    <message>
        <source>&amp;Edit Note…</source>
        <translation>&amp;Изменить заметку…</translation>
    </message>
    <message>
        <source>Edit the note selected in the Notes panel</source>
        <translation>Изменить заметку, выбранную на панели «Заметки»</translation>
    </message>
    <message>
        <source>&amp;Delete Note</source>
        <translation>&amp;Удалить заметку</translation>
    </message>
    <message>
        <source>Move the selected note to the trash</source>
        <translation>Переместить выбранную заметку в корзину</translation>
    </message>
    <message>
        <source>E&amp;xport Notes…</source>
        <translation>&amp;Экспорт заметок…</translation>
    </message>
    <message>
        <source>Save your notes to share them or keep a copy</source>
        <translation>Сохранить заметки, чтобы поделиться ими или сохранить копию</translation>
    </message>
    <message>
        <source>&amp;Import Notes…</source>
        <translation>И&amp;мпорт заметок…</translation>
    </message>
    <message>
        <source>Merge notes from a colleague&apos;s .rcpnotes file</source>
        <translation>Объединить заметки из файла .rcpnotes коллеги</translation>
    </message>
    <message>
        <source>Notes &amp;Trash…</source>
        <translation>&amp;Корзина заметок…</translation>
    </message>
    <message>
        <source>Notes you deleted; restore them from here</source>
        <translation>Удалённые вами заметки; восстановите их отсюда</translation>
    </message>
    <message>
        <source>Notes Needing &amp;Review…</source>
        <translation>Заметки, требующие &amp;проверки…</translation>
    </message>
    <message>
        <source>Notes whose paragraph changed, and conflicting copies from imports</source>
        <translation>Заметки, пункт которых изменился, и конфликтующие копии из импорта</translation>
    </message>
    <message>
        <source>Note &amp;Colours…</source>
        <translation>&amp;Цвета заметок…</translation>
    </message>
    <message>
        <source>Name the highlight colours</source>
        <translation>Назвать цвета выделения</translation>
    </message>
    <message>
        <source>Add a note on {target}</source>
        <translation>Добавить заметку к {target}</translation>
    </message>
    <message>
        <source>Undone: {change}</source>
        <translation>Отменено: {change}</translation>
    </message>
    <message>
        <source>Redone: {change}</source>
        <translation>Повторено: {change}</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>Заметка добавлена.</translation>
    </message>
    <message>
        <source>Note moved to the trash.</source>
        <translation>Заметка перемещена в корзину.</translation>
    </message>
    <message>
        <source>Notes trash</source>
        <translation>Корзина заметок</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Корзина пуста.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>Delete for &amp;Good…</source>
        <translation>Удалить &amp;навсегда…</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Удалить навсегда</translation>
    </message>
    <message>
        <source>Delete this note for good? This cannot be undone.</source>
        <translation>Удалить эту заметку навсегда? Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Notes that need review</source>
        <translation>Заметки, требующие проверки</translation>
    </message>
    <message>
        <source>No note needs review.</source>
        <translation>Нет заметок, требующих проверки.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Keep as Reviewed</source>
        <translation>&amp;Отметить как проверенную</translation>
    </message>
    <message>
        <source>&amp;Use This Version</source>
        <translation>&amp;Использовать эту версию</translation>
    </message>
    <message>
        <source>Rename colours</source>
        <translation>Переименование цветов</translation>
    </message>
</context>
<context>
    <name>NotesExchange</name>
    <message>
        <source>rcpdesk notes (*.rcpnotes)</source>
        <translation>Заметки rcpdesk (*.rcpnotes)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>Таблица CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Notes</source>
        <translation>Экспорт заметок</translation>
    </message>
    <message>
        <source>Import Notes</source>
        <translation>Импорт заметок</translation>
    </message>
    <message>
        <source>rcpdesk notes (*.rcpnotes);;All files (*)</source>
        <translation>Заметки rcpdesk (*.rcpnotes);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Keep Them for Review</source>
        <translation>Оставить для проверки</translation>
    </message>
    <message>
        <source>You can import them anyway: they are flagged under Needs review.</source>
        <translation>Их всё равно можно импортировать: они будут отмечены в списке «Требуют проверки».</translation>
    </message>
    <message>
        <source>Importing notes…</source>
        <translation>Импорт заметок…</translation>
    </message>
    <message>
        <source>Imported: {summary}</source>
        <translation>Импортировано: {summary}</translation>
    </message>
</context>
<context>
    <name>NotesFeedback</name>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
</context>
<context>
    <name>NotesHtml</name>
    <message>
        <source>Modified {time}</source>
        <translation>Изменено {time}</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>Метки: {tags}</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>изменить</translation>
    </message>
    <message>
        <source>needs review</source>
        <translation>требует проверки</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Search notes…</source>
        <translation>Поиск в заметках…</translation>
    </message>
    <message>
        <source>Search notes</source>
        <translation>Поиск в заметках</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Фильтр по метке</translation>
    </message>
    <message>
        <source>Filter by colour</source>
        <translation>Фильтр по цвету</translation>
    </message>
    <message>
        <source>Filter by what the note is on</source>
        <translation>Фильтр по объекту заметки</translation>
    </message>
    <message>
        <source>Show only the notes with this tag</source>
        <translation>Показывать только заметки с этой меткой</translation>
    </message>
    <message>
        <source>Show only the notes of this colour</source>
        <translation>Показывать только заметки этого цвета</translation>
    </message>
    <message>
        <source>Show only the notes on processes, paragraphs, dimensions or cells</source>
        <translation>Показывать только заметки о процессах, пунктах, аспектах или ячейках</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Всё</translation>
    </message>
    <message>
        <source>Read-only: these notes can be read, searched, printed and exported, not changed.</source>
        <translation>Только чтение: эти заметки можно читать, искать, печатать и экспортировать, но не изменять.</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Требуют проверки</translation>
    </message>
    <message>
        <source>Show only notes that need review</source>
        <translation>Показывать только заметки, требующие проверки</translation>
    </message>
    <message>
        <source>Notes whose paragraph changed in a new data edition, and conflicting copies from an import</source>
        <translation>Заметки, пункт которых изменился в новом выпуске данных, и конфликтующие копии из импорта</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Notes are not available in this session.</source>
        <translation>В этом сеансе заметки недоступны.</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Все метки</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>Все цвета</translation>
    </message>
    <message>
        <source>The newest {shown} of {total} notes: the filters above find the others.</source>
        <translation>Самые новые {shown} из {total} заметок: остальные найдут фильтры выше.</translation>
    </message>
    <message>
        <source>No notes yet.
Press Ctrl+Shift+N to add a note on what you are reading.</source>
        <translation>Заметок пока нет.
Нажмите Ctrl+Shift+N, чтобы добавить заметку к тому, что вы читаете.</translation>
    </message>
    <message>
        <source>No notes match these filters.</source>
        <translation>Нет заметок, соответствующих этим фильтрам.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>Изменить заметку…</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <source>No colour</source>
        <translation>Без цвета</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Удаление заметки</translation>
    </message>
</context>
<context>
    <name>NotesRecovery</name>
    <message>
        <source>Your notes could not be opened.</source>
        <translation>Не удалось открыть ваши заметки.</translation>
    </message>
    <message>
        <source>Notes unavailable</source>
        <translation>Заметки недоступны</translation>
    </message>
    <message>
        <source>rcpdesk works without notes in this session; notes cannot be added or shown.</source>
        <translation>В этом сеансе rcpdesk работает без заметок; добавлять и показывать заметки нельзя.</translation>
    </message>
    <message>
        <source>Restore Latest Backup keeps this file aside (it is never deleted) and restores your notes from the newest good backup. Until then rcpdesk works without notes.</source>
        <translation>«Восстановить последнюю резервную копию» отложит этот файл (он никогда не удаляется) и восстановит заметки из самой новой исправной резервной копии. До тех пор rcpdesk работает без заметок.</translation>
    </message>
    <message>
        <source>Restore Latest Backup</source>
        <translation>Восстановить последнюю резервную копию</translation>
    </message>
    <message>
        <source>Notes restored</source>
        <translation>Заметки восстановлены</translation>
    </message>
</context>
<context>
    <name>NotesTableModel</name>
    <message>
        <source>On</source>
        <translation>К</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>Метки: {tags}</translation>
    </message>
    <message>
        <source>Modified {when}</source>
        <translation>Изменена {when}</translation>
    </message>
    <message>
        <source>No colour</source>
        <translation>Без цвета</translation>
    </message>
</context>
<context>
    <name>PictureOutput</name>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>Изображение PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Рисунок SVG (*.svg)</translation>
    </message>
</context>
<context>
    <name>ProcessPickerDialog</name>
    <message>
        <source>Processes to compare</source>
        <translation>Процессы для сравнения</translation>
    </message>
    <message>
        <source>Tick the processes to show side by side.</source>
        <translation>Отметьте процессы, которые нужно показать рядом.</translation>
    </message>
    <message>
        <source>Add the nine 2005 processes</source>
        <translation>Добавить девять процессов 2005 года</translation>
    </message>
    <message>
        <source>Add the nine processes at the 2005 workshop</source>
        <translation>Добавить девять процессов — участников семинара 2005 года</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>Снять все отметки</translation>
    </message>
    <message>
        <source>Untick all processes</source>
        <translation>Снять отметки со всех процессов</translation>
    </message>
    <message>
        <source>Processes by region</source>
        <translation>Процессы по регионам</translation>
    </message>
</context>
<context>
    <name>RowFindingsDialog</name>
    <message>
        <source>{row}: the report&apos;s findings</source>
        <translation>{row}: выводы доклада</translation>
    </message>
    <message>
        <source>The 2005 report&apos;s findings that bear on this row, most relevant first. Words in [square brackets] are the editor&apos;s, from the paragraph. Click a paragraph to read it.</source>
        <translation>Выводы доклада 2005 года, относящиеся к этой строке, сначала наиболее относящиеся. Слова в [квадратных скобках] принадлежат редактору и взяты из пункта. Щёлкните пункт, чтобы прочитать его.</translation>
    </message>
    <message>
        <source>Findings on {row}</source>
        <translation>Выводы по строке «{row}»</translation>
    </message>
    <message>
        <source>[ ] editor&apos;s gloss</source>
        <translation>[ ] пояснение редактора</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search profiles and the 2005 report  (Ctrl+F)</source>
        <translation>Поиск по профилям и докладу 2005 года  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Note on {target}</source>
        <translation>Заметка к {target}</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Регион:</translation>
    </message>
    <message>
        <source>&amp;Dimension:</source>
        <translation>&amp;Аспект:</translation>
    </message>
    <message>
        <source>&amp;Agreement:</source>
        <translation>&amp;Степень согласия:</translation>
    </message>
    <message>
        <source>Filter by region</source>
        <translation>Фильтр по региону</translation>
    </message>
    <message>
        <source>Filter by dimension</source>
        <translation>Фильтр по аспекту</translation>
    </message>
    <message>
        <source>Filter by level of agreement</source>
        <translation>Фильтр по степени согласия</translation>
    </message>
    <message>
        <source>Only processes of this region</source>
        <translation>Только процессы этого региона</translation>
    </message>
    <message>
        <source>Only hits that speak to this dimension</source>
        <translation>Только результаты, относящиеся к этому аспекту</translation>
    </message>
    <message>
        <source>Only report paragraphs with this level of agreement</source>
        <translation>Только пункты доклада с этим уровнем согласия</translation>
    </message>
    <message>
        <source>Hits for the search, best first; Enter or a click opens the page with the words highlighted</source>
        <translation>Результаты поиска, самые подходящие первыми; Enter или щелчок открывает страницу с выделенными словами</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Состояние поиска</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Любой</translation>
    </message>
    <message>
        <source>The search failed: {reason}</source>
        <translation>Поиск не удался: {reason}</translation>
    </message>
    <message>
        <source>Type in the search field to search the profiles and the report.</source>
        <translation>Введите запрос в поле поиска, чтобы искать по профилям и докладу.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n результат</numerusform>
            <numerusform>%n результата</numerusform>
            <numerusform>%n результатов</numerusform>
        </translation>
    </message>
    <message>
        <source>The query was shortened to its first {words} words (a search reads at most {chars} characters and {terms} different words).</source>
        <translation>Запрос сокращён до первых {words} слов (поиск читает не более {chars} символов и {terms} разных слов).</translation>
    </message>
</context>
<context>
    <name>SectionStrip</name>
    <message>
        <source>On this page: {sections}</source>
        <translation>На этой странице: {sections}</translation>
    </message>
    <message>
        <source>Sections of this page</source>
        <translation>Разделы этой страницы</translation>
    </message>
</context>
<context>
    <name>SheetOptionsDialog</name>
    <message>
        <source>Sheet Options</source>
        <translation>Параметры листа</translation>
    </message>
    <message>
        <source>Tick the processes to compare; drag to change the order of the columns</source>
        <translation>Отметьте процессы для сравнения; перетаскивайте, чтобы изменить порядок столбцов</translation>
    </message>
    <message>
        <source>The 2005 participants</source>
        <translation>Участники 2005 года</translation>
    </message>
    <message>
        <source>Tick the nine processes that took part in the 2005 workshop</source>
        <translation>Отметить девять процессов, участвовавших в семинаре 2005 года</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ничего</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Automatic (landscape for more than four processes)</source>
        <translation>Автоматически (альбомная, если процессов больше четырёх)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Книжная</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Альбомная</translation>
    </message>
    <message>
        <source>Without my notes</source>
        <translation>Без моих заметок</translation>
    </message>
    <message>
        <source>With my notes, in their cells</source>
        <translation>С моими заметками, в их ячейках</translation>
    </message>
    <message>
        <source>With my notes, numbered after the table</source>
        <translation>С моими заметками, пронумерованными после таблицы</translation>
    </message>
    <message>
        <source>Profiles: every finding of the report, not only the widely shared ones</source>
        <translation>Профили: все выводы доклада, а не только широко разделяемые</translation>
    </message>
    <message>
        <source>Members map (profiles)</source>
        <translation>Карта членов (профили)</translation>
    </message>
    <message>
        <source>Profiles: the map of the members and observers after the facts (PDF and print only)</source>
        <translation>Профили: карта членов и наблюдателей после фактов (только PDF и печать)</translation>
    </message>
    <message>
        <source>Processes (columns; drag to reorder)</source>
        <translation>Процессы (столбцы; перетаскивайте для изменения порядка)</translation>
    </message>
    <message>
        <source>Dimensions (rows)</source>
        <translation>Аспекты (строки)</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Бумага:</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Ориентация:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>Tick at least one process.</source>
        <translation>Отметьте хотя бы один процесс.</translation>
    </message>
    <message>
        <source>Tick at least one dimension.</source>
        <translation>Отметьте хотя бы один аспект.</translation>
    </message>
    <message>
        <source>{p} × {d}: processes × dimensions</source>
        <translation>{p} × {d}: процессы × аспекты</translation>
    </message>
</context>
<context>
    <name>SheetPrinting</name>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Предварительный просмотр…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Экспорт в P&amp;DF…</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>Экспорт в &amp;Markdown…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Экспорт в &amp;CSV…</translation>
    </message>
    <message>
        <source>Sheet &amp;Options…</source>
        <translation>Параметры &amp;листа…</translation>
    </message>
    <message>
        <source>Profile of {name}</source>
        <translation>Профиль: {name}</translation>
    </message>
    <message>
        <source>Comparison of {n} processes</source>
        <translation>Сравнение процессов ({n})</translation>
    </message>
    <message>
        <source>Print Pre&amp;view: {what}…</source>
        <translation>&amp;Предварительный просмотр: {what}…</translation>
    </message>
    <message>
        <source>&amp;Print: {what}…</source>
        <translation>&amp;Печать: {what}…</translation>
    </message>
    <message>
        <source>Export P&amp;DF: {what}…</source>
        <translation>Экспорт в P&amp;DF: {what}…</translation>
    </message>
    <message>
        <source>Export &amp;Markdown: {what}…</source>
        <translation>Экспорт в &amp;Markdown: {what}…</translation>
    </message>
    <message>
        <source>Export &amp;CSV: {what}…</source>
        <translation>Экспорт в &amp;CSV: {what}…</translation>
    </message>
    <message>
        <source>Nothing to print</source>
        <translation>Печатать нечего</translation>
    </message>
    <message>
        <source>Add processes to the comparison, or open a process, first.</source>
        <translation>Сначала добавьте процессы в сравнение или откройте процесс.</translation>
    </message>
    <message>
        <source>Print Preview: {title}</source>
        <translation>Предварительный просмотр: {title}</translation>
    </message>
    <message>
        <source>Sheet Options…</source>
        <translation>Параметры листа…</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Печать не удалась</translation>
    </message>
    <message>
        <source>{title}: {pages} pages</source>
        <translation>{title}: страниц — {pages}</translation>
    </message>
    <message>
        <source>Print: {title}</source>
        <translation>Печать: {title}</translation>
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
        <translation>Экспорт листа</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Экспортировать нечего</translation>
    </message>
    <message>
        <source>Writing {path}…</source>
        <translation>Запись {path}…</translation>
    </message>
    <message>
        <source> ({n} pages)</source>
        <translation> (страниц: {n})</translation>
    </message>
    <message>
        <source> (1 page)</source>
        <translation> (1 страница)</translation>
    </message>
    <message>
        <source>Saved {name}{pages} in {folder}</source>
        <translation>Сохранено: {name}{pages} в {folder}</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <source>Open the folder of the file just written</source>
        <translation>Открыть папку только что записанного файла</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Экспорт не удался</translation>
    </message>
    <message>
        <source>The sheet was not saved: {reason}</source>
        <translation>Лист не сохранён: {reason}</translation>
    </message>
</context>
<context>
    <name>Sheets</name>
    <message>
        <source>Comparison: {names}</source>
        <translation>Сравнение: {names}</translation>
    </message>
    <message>
        <source>Comparison of {n} processes on one dimension</source>
        <translation>Сравнение процессов ({n}) по одному аспекту</translation>
    </message>
    <message>
        <source>Comparison of {n} processes across {d} dimensions</source>
        <translation>Сравнение процессов ({n}) по аспектам ({d})</translation>
    </message>
    <message>
        <source>no processes chosen: a comparison needs at least one</source>
        <translation>процессы не выбраны: для сравнения нужен хотя бы один</translation>
    </message>
    <message>
        <source>no dimensions chosen: a comparison needs at least one</source>
        <translation>аспекты не выбраны: для сравнения нужен хотя бы один</translation>
    </message>
    <message>
        <source>Name in the 2005 report</source>
        <translation>Название в докладе 2005 года</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>Также известен как</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Секретариат</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Председатель</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Совещания</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Члены</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>Наблюдатели</translation>
    </message>
    <message>
        <source>Member organizations</source>
        <translation>Организации-члены</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Темы</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Веб-сайт</translation>
    </message>
    <message>
        <source>no process chosen for the profile</source>
        <translation>процесс для профиля не выбран</translation>
    </message>
    <message>
        <source>{label} ({n})</source>
        <translation>{label} ({n})</translation>
    </message>
    <message>
        <source>established {year}</source>
        <translation>создан в {year} году</translation>
    </message>
    <message>
        <source>took part in the 2005 workshop</source>
        <translation>участвовал в семинаре 2005 года</translation>
    </message>
    <message>
        <source>named in the report at {paragraphs}</source>
        <translation>упоминается в докладе в {paragraphs}</translation>
    </message>
    <message>
        <source>Process profile: {name}</source>
        <translation>Профиль процесса: {name}</translation>
    </message>
    <message>
        <source>words in [square brackets] are the editor&apos;s gloss</source>
        <translation>слова в [квадратных скобках] — пояснение редактора</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>это папка, а не файл</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>папка не существует</translation>
    </message>
    <message>
        <source>the folder cannot be written to</source>
        <translation>в папку нельзя записывать</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>файл доступен только для чтения</translation>
    </message>
    <message>
        <source>Regional consultative process</source>
        <translation>Региональный консультативный процесс</translation>
    </message>
    <message>
        <source>Inter-regional forum</source>
        <translation>Межрегиональный форум</translation>
    </message>
    <message>
        <source>active</source>
        <translation>действует</translation>
    </message>
    <message>
        <source>dormant</source>
        <translation>не действует</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>прекращён</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>1 state</source>
        <translation>1 государство</translation>
    </message>
    <message>
        <source>{n} states</source>
        <translation>Государств: {n}</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>1 more finding in the report: {citations}</source>
        <translation>Ещё 1 вывод в докладе: {citations}</translation>
    </message>
    <message>
        <source>{n} more findings in the report: {citations}</source>
        <translation>Другие выводы доклада ({n}): {citations}</translation>
    </message>
    <message>
        <source>accessed {date}</source>
        <translation>дата обращения: {date}</translation>
    </message>
    <message>
        <source>Accessed {date} unless another date is given.</source>
        <translation>Дата обращения: {date}, если не указана иная.</translation>
    </message>
    <message>
        <source>since {year}</source>
        <translation>с {year} года</translation>
    </message>
    <message>
        <source>Each cell gives the process&apos;s own arrangement and the date it holds for; the small numbers are the sources listed after the table. The shaded line under each row gives the 2005 report&apos;s finding that bears most on it, with its paragraph (¶), the level of agreement the report records and how many more findings bear on the row. Words in [square brackets] are the editor&apos;s, from the paragraph.</source>
        <translation>В каждой ячейке указаны собственный порядок процесса и дата, на которую он действителен; маленькие цифры — источники, перечисленные после таблицы. В затенённой строке под каждой строкой приведён наиболее относящийся к ней вывод доклада 2005 года с его пунктом (¶), степенью согласия, отмеченной в докладе, и числом других относящихся к строке выводов. Слова в [квадратных скобках] принадлежат редактору и взяты из пункта.</translation>
    </message>
    <message>
        <source>Processes {first}–{last} of {count}</source>
        <translation>Процессы {first}–{last} из {count}</translation>
    </message>
    <message>
        <source>Your notes on the process</source>
        <translation>Ваши заметки о процессе</translation>
    </message>
    <message>
        <source>Members map of {name}, from the membership list as of {date}.</source>
        <translation>Карта членов: {name}, по списку членов на {date}.</translation>
    </message>
    <message>
        <source>Members map of {name}; the membership list gives no date.</source>
        <translation>Карта членов: {name}; список членов не датирован.</translation>
    </message>
    <message>
        <source>The members map is printed only in the PDF and on paper.</source>
        <translation>Карта членов печатается только в PDF и на бумаге.</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Факты</translation>
    </message>
    <message>
        <source>Positions on the comparison dimensions</source>
        <translation>Позиции по аспектам сравнения</translation>
    </message>
    <message>
        <source>{n} further findings of narrower agreement are not printed here; the report view shows them all.</source>
        <translation>Ещё выводов с более узким согласием: {n}; здесь они не печатаются, в представлении доклада видны все.</translation>
    </message>
    <message>
        <source>The report does not name this process; it took no part in the 2005 workshop. The report&apos;s finding on each dimension is given in the table above.</source>
        <translation>Доклад не называет этот процесс; он не участвовал в семинаре 2005 года. Вывод доклада по каждому аспекту приведён в таблице выше.</translation>
    </message>
    <message>
        <source>2005 report</source>
        <translation>Доклад 2005 года</translation>
    </message>
    <message>
        <source>Another source gives</source>
        <translation>Другой источник указывает</translation>
    </message>
    <message>
        <source>as of {date}</source>
        <translation>по состоянию на {date}</translation>
    </message>
    <message>
        <source>Colours of your notes</source>
        <translation>Цвета ваших заметок</translation>
    </message>
    <message>
        <source>Data edition {edition}</source>
        <translation>Выпуск данных {edition}</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Аспект</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Факт</translation>
    </message>
    <message>
        <source>Findings on the processes that took part, widest agreement first</source>
        <translation>Выводы об участвовавших процессах, сначала с наиболее широким согласием</translation>
    </message>
    <message>
        <source>No finding on this dimension in the report</source>
        <translation>В докладе нет вывода по этому аспекту</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(нет текста)</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>On the data</source>
        <translation>О данных</translation>
    </message>
    <message>
        <source>Printed {date}</source>
        <translation>Напечатано {date}</translation>
    </message>
    <message>
        <source>Report: {citation}</source>
        <translation>Доклад: {citation}</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>The 2005 report on this dimension</source>
        <translation>Доклад 2005 года об этом аспекте</translation>
    </message>
    <message>
        <source>(unverified)</source>
        <translation>(не проверено)</translation>
    </message>
    <message>
        <source>Value, date and sources</source>
        <translation>Значение, дата и источники</translation>
    </message>
    <message>
        <source>What the 2005 report says</source>
        <translation>Что говорится в докладе 2005 года</translation>
    </message>
    <message>
        <source>Where the report names the process</source>
        <translation>Где доклад называет процесс</translation>
    </message>
    <message>
        <source>Your notes</source>
        <translation>Ваши заметки</translation>
    </message>
    <message>
        <source>{label} (continued)</source>
        <translation>{label} (продолжение)</translation>
    </message>
    <message>
        <source>{label} (cont.)</source>
        <translation>{label} (прод.)</translation>
    </message>
    <message>
        <source>the page is too small for a sheet</source>
        <translation>страница слишком мала для листа</translation>
    </message>
    <message>
        <source>page {page} of {pages}</source>
        <translation>страница {page} из {pages}</translation>
    </message>
    <message>
        <source>Data edition {edition} · rcpdesk</source>
        <translation>Выпуск данных {edition} · rcpdesk</translation>
    </message>
    <message>
        <source>Report cited (¶ = its paragraphs): {citation}</source>
        <translation>Цитируемый доклад (¶ — его пункты): {citation}</translation>
    </message>
    <message>
        <source>cannot write to the printer or the file</source>
        <translation>не удаётся записать на принтер или в файл</translation>
    </message>
    <message>
        <source>cannot start a new page</source>
        <translation>не удаётся начать новую страницу</translation>
    </message>
    <message>
        <source>the page layout was refused</source>
        <translation>макет страницы отклонён</translation>
    </message>
    <message>
        <source>nothing was written to {path}</source>
        <translation>в {path} ничего не записано</translation>
    </message>
    <message>
        <source>{start}–today</source>
        <translation>{start}–по сей день</translation>
    </message>
    <message>
        <source>{start}–{end}</source>
        <translation>{start}–{end}</translation>
    </message>
    <message>
        <source>until {year}</source>
        <translation>до {year} года</translation>
    </message>
    <message>
        <source>year joined not known</source>
        <translation>год вступления неизвестен</translation>
    </message>
    <message>
        <source>The 2005 report, {citation}</source>
        <translation>Доклад 2005 года, {citation}</translation>
    </message>
    <message>
        <source>Briefing pack: {names}</source>
        <translation>Справочный пакет: {names}</translation>
    </message>
    <message>
        <source>Briefing pack: {n} processes</source>
        <translation>Справочный пакет: процессов — {n}</translation>
    </message>
    <message>
        <source>no processes chosen: a pack needs at least one</source>
        <translation>процессы не выбраны: для пакета нужен хотя бы один</translation>
    </message>
    <message>
        <source>For the delegation of {country}: {names}</source>
        <translation>Для делегации: {country}: {names}</translation>
    </message>
    <message>
        <source>For a meeting of {names}</source>
        <translation>Для совещания: {names}</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Обложка</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Профили</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Сравнение</translation>
    </message>
    <message>
        <source>The 2005 report&apos;s findings on these rows</source>
        <translation>Выводы доклада 2005 года по этим строкам</translation>
    </message>
    <message>
        <source>Members maps</source>
        <translation>Карты членов</translation>
    </message>
    <message>
        <source>Country: {name}</source>
        <translation>Страна: {name}</translation>
    </message>
    <message>
        <source>Notes tagged: {tags}</source>
        <translation>Заметки с метками: {tags}</translation>
    </message>
    <message>
        <source>For each row compared, the findings of the 2005 report that bear on it, the one that fits it best in full: the paragraph (¶), the level of agreement the report records, and its words. Words in [square brackets] are the editor&apos;s.</source>
        <translation>Для каждой сравниваемой строки — выводы доклада 2005 года, относящиеся к ней; наиболее подходящий приводится полностью: пункт (¶), уровень согласия, отмеченный в докладе, и его слова. Слова в [квадратных скобках] принадлежат редактору.</translation>
    </message>
    <message>
        <source>Also bearing on this row: {citations}</source>
        <translation>Также относятся к этой строке: {citations}</translation>
    </message>
    <message>
        <source>The report has no finding on the rows compared.</source>
        <translation>В докладе нет выводов по сравниваемым строкам.</translation>
    </message>
    <message>
        <source>No process lists {name} as a member or an observer.</source>
        <translation>Ни один процесс не указывает {name} в качестве члена или наблюдателя.</translation>
    </message>
    <message>
        <source>Its roles in every process, from the dated membership lists; the pack&apos;s processes first (marked ●).</source>
        <translation>Его роль в каждом процессе по датированным спискам членов; сначала процессы пакета (отмечены ●).</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Процесс</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Годы</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>По состоянию на</translation>
    </message>
    <message>
        <source>member</source>
        <translation>член</translation>
    </message>
    <message>
        <source>observer</source>
        <translation>наблюдатель</translation>
    </message>
    <message>
        <source>{role} (ended)</source>
        <translation>{role} (прекращено)</translation>
    </message>
    <message>
        <source>The processes&apos; chair records do not name {name}.</source>
        <translation>В записях о председателях процессов {name} не упоминается.</translation>
    </message>
    <message>
        <source>{shown} of your {total} notes: those tagged {tags}.</source>
        <translation>{shown} из ваших заметок ({total}): с метками {tags}.</translation>
    </message>
    <message>
        <source>All your notes ({n}), grouped by what they are on.</source>
        <translation>Все ваши заметки ({n}), сгруппированные по объекту.</translation>
    </message>
    <message>
        <source>No notes to show.</source>
        <translation>Нет заметок для показа.</translation>
    </message>
    <message>
        <source>Chairs</source>
        <translation>Председатели</translation>
    </message>
    <message>
        <source>{title} · data edition {edition} · rcpdesk</source>
        <translation>{title} · выпуск данных {edition} · rcpdesk</translation>
    </message>
    <message>
        <source>The members maps are printed only in the PDF and on paper.</source>
        <translation>Карты членов печатаются только в PDF и на бумаге.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Сочетание клавиш</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
</context>
<context>
    <name>TimelineCanvas</name>
    <message>
        <source>Founded {year} · {region}</source>
        <translation>Основан в {year} году · {region}</translation>
    </message>
    <message>
        <source>Attended the 2005 workshop</source>
        <translation>Участвовал в семинаре 2005 года</translation>
    </message>
    <message>
        <source>Did not attend the 2005 workshop</source>
        <translation>Не участвовал в семинаре 2005 года</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Статус: {status}</translation>
    </message>
</context>
<context>
    <name>TreeModel</name>
    <message>
        <source>Processes by region</source>
        <translation>Процессы по регионам</translation>
    </message>
    <message>
        <source>The regional consultative processes and inter-regional forums</source>
        <translation>Региональные консультативные процессы и межрегиональные форумы</translation>
    </message>
    <message>
        <source>GCIM–IOM Workshop report, 2005</source>
        <translation>Доклад семинара ГКММ–МОМ, 2005 год</translation>
    </message>
    <message>
        <source>The report of the GCIM–IOM Workshop on RCPs, Geneva, April 2005</source>
        <translation>Доклад семинара ГКММ–МОМ по региональным консультативным процессам, Женева, апрель 2005 года</translation>
    </message>
    <message>
        <source>Comparison dimensions</source>
        <translation>Аспекты сравнения</translation>
    </message>
    <message>
        <source>The dimensions the report compares processes by</source>
        <translation>Аспекты, по которым доклад сравнивает процессы</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <source>Countries that are members or observers of a process</source>
        <translation>Страны — члены или наблюдатели какого-либо процесса</translation>
    </message>
    <message>
        <source>Took part in the 2005 workshop</source>
        <translation>Участвовал в семинаре 2005 года</translation>
    </message>
    <message numerus="yes">
        <source>%n process(es)</source>
        <translation>
            <numerusform>%n процесс</numerusform>
            <numerusform>%n процесса</numerusform>
            <numerusform>%n процессов</numerusform>
        </translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>Has notes</source>
        <translation>Есть заметки</translation>
    </message>
</context>
<context>
    <name>TreePanel</name>
    <message>
        <source>Filter processes, paragraphs, countries…</source>
        <translation>Фильтр процессов, пунктов, стран…</translation>
    </message>
    <message>
        <source>Filter the contents</source>
        <translation>Фильтр содержания</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>Processes by region, the 2005 report by section and paragraph, the comparison dimensions and the countries; Enter opens the page, the context menu adds processes to the comparison</source>
        <translation>Процессы по регионам, доклад 2005 года по разделам и пунктам, аспекты сравнения и страны; Enter открывает страницу, контекстное меню добавляет процессы в сравнение</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>&amp;Add to comparison</source>
        <translation>&amp;Добавить в сравнение</translation>
    </message>
</context>
<context>
    <name>ZoomController</name>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Исходный размер</translation>
    </message>
</context>
<context>
    <name>agreement</name>
    <message>
        <source>Unanimous</source>
        <translation>Единогласно</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Консенсус</translation>
    </message>
    <message>
        <source>Broad agreement</source>
        <translation>Широкое согласие</translation>
    </message>
    <message>
        <source>Majority</source>
        <translation>Большинство</translation>
    </message>
    <message>
        <source>Many participants</source>
        <translation>Многие участники</translation>
    </message>
    <message>
        <source>Several participants</source>
        <translation>Несколько участников</translation>
    </message>
    <message>
        <source>Some participants</source>
        <translation>Некоторые участники</translation>
    </message>
    <message>
        <source>A few participants</source>
        <translation>Немногие участники</translation>
    </message>
    <message>
        <source>One participant</source>
        <translation>Один участник</translation>
    </message>
    <message>
        <source>The report states</source>
        <translation>В докладе указывается</translation>
    </message>
    <message>
        <source>Speaker&apos;s own statement</source>
        <translation>Заявление самого выступающего</translation>
    </message>
    <message>
        <source>Procedural (no position)</source>
        <translation>Процедурное (без позиции)</translation>
    </message>
</context>
<context>
    <name>facts</name>
    <message>
        <source>Founded</source>
        <translation>Основан</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Секретариат</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Председатель</translation>
    </message>
    <message>
        <source>Meeting levels</source>
        <translation>Уровни совещаний</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Члены</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>Наблюдатели</translation>
    </message>
    <message>
        <source>Member organizations</source>
        <translation>Организации-члены</translation>
    </message>
    <message>
        <source>Partner organizations</source>
        <translation>Организации-партнёры</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Темы</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Веб-сайт</translation>
    </message>
    <message>
        <source>Regional consultative process</source>
        <translation>Региональный консультативный процесс</translation>
    </message>
    <message>
        <source>Inter-regional forum</source>
        <translation>Межрегиональный форум</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Действует</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>Не действует</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Прекращён</translation>
    </message>
    <message>
        <source>Sourced</source>
        <translation>С источником</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Не проверено</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <source>{start}–{end}</source>
        <translation>{start}–{end}</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Член</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Наблюдатель</translation>
    </message>
</context>
<context>
    <name>notes</name>
    <message>
        <source>1 note</source>
        <translation>1 заметка</translation>
    </message>
    <message>
        <source>A colour must be written like #1a2b3c (got {hex!r}).</source>
        <translation>Цвет записывается в виде #1a2b3c (получено {hex!r}).</translation>
    </message>
    <message>
        <source>A colour name must be 1 to {limit} characters (got {name!r}).</source>
        <translation>Название цвета должно содержать от 1 до {limit} символов (получено {name!r}).</translation>
    </message>
    <message>
        <source>A comparison cell id is PROCESS#DIMENSION (got {target_id!r}).</source>
        <translation>Идентификатор ячейки сравнения имеет вид PROCESS#DIMENSION (получено {target_id!r}).</translation>
    </message>
    <message>
        <source>A note may have at most {limit} characters; this one has {length}.</source>
        <translation>Заметка может содержать не более {limit} символов; в этой {length}.</translation>
    </message>
    <message>
        <source>A note may have at most {limit} tags.</source>
        <translation>У заметки может быть не более {limit} меток.</translation>
    </message>
    <message>
        <source>A note target needs a stable id (got {target_id!r}).</source>
        <translation>Объекту заметки нужен постоянный идентификатор (получено {target_id!r}).</translation>
    </message>
    <message>
        <source>A passage needs the quoted text and its start and end offsets in the paragraph.</source>
        <translation>Для фрагмента нужны цитируемый текст и его начальная и конечная позиции в пункте.</translation>
    </message>
    <message>
        <source>A tag must be 1 to {limit} characters without line breaks (got {tag!r}).</source>
        <translation>Метка должна содержать от 1 до {limit} символов без переносов строк (получено {tag!r}).</translation>
    </message>
    <message>
        <source>Added note {note_id}.</source>
        <translation>Добавлена заметка {note_id}.</translation>
    </message>
    <message>
        <source>Backups in {folder}, newest first:</source>
        <translation>Резервные копии в {folder}, сначала самые новые:</translation>
    </message>
    <message>
        <source>Cannot tell the format of {name}: name it .rcpnotes, .md or .csv, or give --format.</source>
        <translation>Не удаётся определить формат {name}: дайте ему расширение .rcpnotes, .md или .csv или укажите --format.</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Пробный запуск: ничего не изменено.</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Импортировано.</translation>
    </message>
    <message>
        <source>Moved note {note_id} to the trash.</source>
        <translation>Заметка {note_id} перемещена в корзину.</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>Заметок нет.</translation>
    </message>
    <message>
        <source>No process, paragraph, dimension or comparison cell has the id {target_id!r}.</source>
        <translation>Нет процесса, пункта, аспекта или ячейки сравнения с идентификатором {target_id!r}.</translation>
    </message>
    <message>
        <source>Nothing was changed. To keep this file aside (it is never deleted) and restore your notes from the newest good backup, run: rcpdesk notes recover (rcpdesk notes recover --list shows every backup).</source>
        <translation>Ничего не изменено. Чтобы отложить этот файл (он никогда не удаляется) и восстановить заметки из самой новой исправной резервной копии, выполните: rcpdesk notes recover (rcpdesk notes recover --list показывает все резервные копии).</translation>
    </message>
    <message>
        <source>Restored note {note_id}.</source>
        <translation>Заметка {note_id} восстановлена.</translation>
    </message>
    <message>
        <source>Say what {target_id!r} is with --kind (process, paragraph, dimension or cell).</source>
        <translation>Укажите, что такое {target_id!r}, с помощью --kind (process, paragraph, dimension или cell).</translation>
    </message>
    <message>
        <source>The backup {name} is damaged too and cannot be restored. Nothing was changed.</source>
        <translation>Резервная копия {name} тоже повреждена и не может быть восстановлена. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The damaged notes file was moved to {moved}. There was no usable backup, so rcpdesk starts with an empty notes database.</source>
        <translation>Повреждённый файл заметок перемещён в {moved}. Пригодной резервной копии не было, поэтому rcpdesk начинает с пустой базы заметок.</translation>
    </message>
    <message>
        <source>The file {name} dates the note {note_id} {time}, later than tomorrow: the clock that wrote it was wrong. Nothing was imported.</source>
        <translation>Файл {name} датирует заметку {note_id} временем {time}, позже завтрашнего дня: часы, записавшие его, были неверны. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>The file {name} does not exist or cannot be read.</source>
        <translation>Файл {name} не существует или не читается.</translation>
    </message>
    <message>
        <source>The file {name} holds the note {note_id} twice. Nothing was imported.</source>
        <translation>Файл {name} содержит заметку {note_id} дважды. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>The file {name} holds {count} notes; at most {limit} can be imported at once. Nothing was imported.</source>
        <translation>Файл {name} содержит заметок: {count}; за один раз можно импортировать не более {limit}. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>The file {name} is not UTF-8 text. Nothing was imported.</source>
        <translation>Файл {name} не является текстом UTF-8. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>The file {name} is not an rcpdesk notes file ({detail}). Nothing was imported.</source>
        <translation>Файл {name} не является файлом заметок rcpdesk ({detail}). Ничего не импортировано.</translation>
    </message>
    <message>
        <source>The file {name} is not valid JSON (line {line}, column {column}: {detail}). Nothing was imported.</source>
        <translation>Файл {name} не является корректным JSON (строка {line}, столбец {column}: {detail}). Ничего не импортировано.</translation>
    </message>
    <message>
        <source>The file {name} is too large to be a notes file ({size} bytes; the limit is {limit}). Nothing was imported.</source>
        <translation>Файл {name} слишком велик для файла заметок ({size} байт; предел — {limit}). Ничего не импортировано.</translation>
    </message>
    <message>
        <source>The id {prefix} matches more than one note: give more of it.</source>
        <translation>Идентификатор {prefix} подходит к нескольким заметкам: укажите его полнее.</translation>
    </message>
    <message>
        <source>The note {note_id} is not a conflict copy.</source>
        <translation>Заметка {note_id} не является конфликтующей копией.</translation>
    </message>
    <message>
        <source>The note {note_id} is not in the trash.</source>
        <translation>Заметки {note_id} нет в корзине.</translation>
    </message>
    <message>
        <source>The notes database is closed.</source>
        <translation>База заметок закрыта.</translation>
    </message>
    <message>
        <source>The notes file is a database, but not an rcpdesk notes database: {path}</source>
        <translation>Файл заметок — база данных, но не база заметок rcpdesk: {path}</translation>
    </message>
    <message>
        <source>The notes file is not a notes database (it may have been overwritten by another program): {path}</source>
        <translation>Файл заметок не является базой заметок (возможно, его перезаписала другая программа): {path}</translation>
    </message>
    <message>
        <source>The notes file was moved to {moved}. Your notes were restored from the automatic backup of {when}; changes made after that backup are in the moved file.</source>
        <translation>Файл заметок перемещён в {moved}. Заметки восстановлены из автоматической резервной копии от {when}; изменения, сделанные после неё, остались в перемещённом файле.</translation>
    </message>
    <message>
        <source>The notes were written against the data edition {theirs}; you have {ours}.</source>
        <translation>Заметки написаны для выпуска данных {theirs}; у вас {ours}.</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Корзина пуста.</translation>
    </message>
    <message>
        <source>There are no backups in {folder}.</source>
        <translation>В {folder} нет резервных копий.</translation>
    </message>
    <message>
        <source>There is already a colour named {name!r}.</source>
        <translation>Цвет с названием {name!r} уже есть.</translation>
    </message>
    <message>
        <source>There is no backup to restore in {folder}. Nothing was changed.</source>
        <translation>В {folder} нет резервной копии для восстановления. Ничего не изменено.</translation>
    </message>
    <message>
        <source>There is no backup {name} in {folder}. rcpdesk notes recover --list shows them.</source>
        <translation>В {folder} нет резервной копии {name}. Их показывает rcpdesk notes recover --list.</translation>
    </message>
    <message>
        <source>There is no colour named {colour!r}. The colours are: {known}.</source>
        <translation>Цвета с названием {colour!r} нет. Есть цвета: {known}.</translation>
    </message>
    <message>
        <source>There is no note with the id {note_id}.</source>
        <translation>Заметки с идентификатором {note_id} нет.</translation>
    </message>
    <message>
        <source>This note was changed in another window since you opened it. Your version was not saved; reopen the note to see both.</source>
        <translation>Эта заметка была изменена в другом окне после того, как вы её открыли. Ваша версия не сохранена; откройте заметку снова, чтобы увидеть обе.</translation>
    </message>
    <message>
        <source>Unexpected error ({kind}): {detail}</source>
        <translation>Непредвиденная ошибка ({kind}): {detail}</translation>
    </message>
    <message>
        <source>Unknown export format: {format} (rcpnotes, md or csv).</source>
        <translation>Неизвестный формат экспорта: {format} (rcpnotes, md или csv).</translation>
    </message>
    <message>
        <source>Unknown kind of note target: {kind} (one of {kinds}).</source>
        <translation>Неизвестный вид объекта заметки: {kind} (один из: {kinds}).</translation>
    </message>
    <message>
        <source>Unknown note format: {body_format} (text or markdown).</source>
        <translation>Неизвестный формат заметки: {body_format} (text или markdown).</translation>
    </message>
    <message>
        <source>Wrote {count} notes to {path}.</source>
        <translation>Записано заметок: {count} в {path}.</translation>
    </message>
    <message>
        <source>Your notes are busy in another rcpdesk window that did not finish saving in time. Try again in a moment.</source>
        <translation>Ваши заметки заняты другим окном rcpdesk, которое не успело завершить сохранение. Повторите попытку через минуту.</translation>
    </message>
    <message>
        <source>Your notes are on a read-only disk or folder ({path}): they can be read, searched, printed and exported, but not changed.</source>
        <translation>Ваши заметки находятся на диске или в папке только для чтения ({path}): их можно читать, искать, печатать и экспортировать, но не изменять.</translation>
    </message>
    <message>
        <source>Your notes cannot be saved: the notes file or its folder is read-only ({path}). Notes can be read but not changed.</source>
        <translation>Заметки нельзя сохранить: файл заметок или его папка доступны только для чтения ({path}). Заметки можно читать, но не изменять.</translation>
    </message>
    <message>
        <source>Your notes could not be saved ({detail}). Nothing was changed.</source>
        <translation>Не удалось сохранить заметки ({detail}). Ничего не изменено.</translation>
    </message>
    <message>
        <source>Your notes database is damaged and cannot be read ({detail}): {path}</source>
        <translation>База заметок повреждена и не читается ({detail}): {path}</translation>
    </message>
    <message>
        <source>Your notes file is empty or missing, yet it held notes before ({count} in the backup of {when}). A full disk, a sync tool or a bad copy may have emptied it: {path}</source>
        <translation>Файл заметок пуст или отсутствует, хотя раньше в нём были заметки ({count} в резервной копии от {when}). Его мог опустошить переполненный диск, программа синхронизации или неудачное копирование: {path}</translation>
    </message>
    <message>
        <source>Your notes file is empty or missing, yet it held notes on {when} ({count} then), and no backup holds them. A full disk, a sync tool or a bad copy may have emptied it; a copy of the profile folder made before then may still have them: {path}</source>
        <translation>Файл заметок пуст или отсутствует, хотя {when} в нём были заметки ({count}), и ни одна резервная копия их не содержит. Его мог опустошить переполненный диск, программа синхронизации или неудачное копирование; копия папки профиля, сделанная до того, может их содержать: {path}</translation>
    </message>
    <message>
        <source>Your notes file is readable ({count} notes), so nothing was changed: {path}. To replace it with a backup anyway (it is kept aside), name one with --from NUMBER; --list shows them.</source>
        <translation>Файл заметок читается (заметок: {count}), поэтому ничего не изменено: {path}. Чтобы всё же заменить его резервной копией (он будет отложен), укажите её через --from NUMBER; --list показывает их.</translation>
    </message>
    <message>
        <source>Your notes file now holds {count} notes: {path}</source>
        <translation>Теперь в файле заметок {count} заметок: {path}</translation>
    </message>
    <message>
        <source>Your notes file now: {state}. To restore the newest good backup: rcpdesk notes recover; a chosen one: rcpdesk notes recover --from NUMBER</source>
        <translation>Файл заметок сейчас: {state}. Восстановить самую новую исправную копию: rcpdesk notes recover; выбранную: rcpdesk notes recover --from NUMBER</translation>
    </message>
    <message>
        <source>Your notes need an upgrade to this version of rcpdesk, but the notes file is read-only: {path}</source>
        <translation>Заметки нужно обновить для этой версии rcpdesk, но файл заметок доступен только для чтения: {path}</translation>
    </message>
    <message>
        <source>Your notes were restored from the automatic backup of {when}.</source>
        <translation>Заметки восстановлены из автоматической резервной копии от {when}.</translation>
    </message>
    <message>
        <source>Your notes were saved by a newer version of rcpdesk (notes format {found}; this version reads up to {supported}). Update rcpdesk to use them; the file is left untouched: {path}</source>
        <translation>Заметки сохранены более новой версией rcpdesk (формат заметок {found}; эта версия читает до {supported}). Обновите rcpdesk, чтобы работать с ними; файл не тронут: {path}</translation>
    </message>
    <message>
        <source>changed here and there</source>
        <translation>изменена и здесь, и там</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>конфликт</translation>
    </message>
    <message>
        <source>conflicts</source>
        <translation>конфликтов</translation>
    </message>
    <message>
        <source>damaged or empty</source>
        <translation>повреждён или пуст</translation>
    </message>
    <message>
        <source>damaged, cannot be restored</source>
        <translation>повреждена, восстановить нельзя</translation>
    </message>
    <message>
        <source>deleted here after it was last changed there</source>
        <translation>удалена здесь после последнего изменения там</translation>
    </message>
    <message>
        <source>deleted there, changed here since: kept</source>
        <translation>удалена там, изменена здесь позднее: сохранена</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <source>same time, different text</source>
        <translation>то же время, другой текст</translation>
    </message>
    <message>
        <source>{count} notes</source>
        <translation>заметок: {count}</translation>
    </message>
    <message>
        <source>{count} notes contained control characters, which were removed.</source>
        <translation>{count} заметок содержали управляющие символы; они удалены.</translation>
    </message>
    <message>
        <source>{count} notes, readable</source>
        <translation>заметок: {count}, читается</translation>
    </message>
    <message>
        <source>{count} of the notes in {name} are on things this edition of the data does not have ({examples}). Nothing was imported; import them anyway to keep them in the &quot;needs review&quot; list.</source>
        <translation>Заметок в {name} о том, чего нет в этом выпуске данных: {count} ({examples}). Ничего не импортировано; импортируйте их всё равно, чтобы сохранить в списке «Требуют проверки».</translation>
    </message>
    <message>
        <source>{new} new, {updated} updated, {conflicts} {conflict_word}, {unchanged} unchanged, {deleted} deleted</source>
        <translation>новых: {new}, обновлено: {updated}, {conflict_word}: {conflicts}, без изменений: {unchanged}, удалено: {deleted}</translation>
    </message>
</context>
<context>
    <name>profile</name>
    <message>
        <source>The profile folder {path} is a file, not a folder. Give --profile (or RCPDESK_HOME) a folder; a new one is made when it does not exist.</source>
        <translation>Папка профиля {path} — это файл, а не папка. Укажите для --profile (или RCPDESK_HOME) папку; если её нет, она будет создана.</translation>
    </message>
</context>
</TS>
