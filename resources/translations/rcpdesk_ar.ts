<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About rcpdesk</source>
        <translation>حول rcpdesk</translation>
    </message>
    <message>
        <source>rcpdesk never goes online: links are shown as text.</source>
        <translation>لا يتصل rcpdesk بالإنترنت أبدًا: تُعرض الروابط نصًّا.</translation>
    </message>
    <message>
        <source>An offline reference for delegates to the Regional Consultative Processes on migration.</source>
        <translation>مرجع يعمل دون اتصال بالإنترنت لمندوبي العمليات التشاورية الإقليمية بشأن الهجرة.</translation>
    </message>
    <message>
        <source>Data edition:</source>
        <translation>إصدار البيانات:</translation>
    </message>
    <message>
        <source>Profiles:</source>
        <translation>اللمحات:</translation>
    </message>
    <message>
        <source>Publishers:</source>
        <translation>الجهات الناشرة:</translation>
    </message>
    <message>
        <source>The report:</source>
        <translation>التقرير:</translation>
    </message>
    <message>
        <source>schema</source>
        <translation>المخطط</translation>
    </message>
    <message>
        <source>{count} sources, from the processes&apos; own sites and records, IOM and research institutes. Each fact in the detail view names its sources and the date it holds for.</source>
        <translation>{count} مصدرًا، من المواقع والسجلات الخاصة بالعمليات، والمنظمة الدولية للهجرة، ومعاهد البحوث. وتذكر كل معلومة في عرض التفاصيل مصادرها والتاريخ الذي تصح فيه.</translation>
    </message>
</context>
<context>
    <name>BriefingPack</name>
    <message>
        <source>&amp;Briefing Pack…</source>
        <translation>&amp;ملف الإحاطة…</translation>
    </message>
    <message>
        <source>One document for a meeting: profiles, comparison, the report&apos;s findings, maps, your country and your notes</source>
        <translation>وثيقة واحدة للاجتماع: اللمحات والمقارنة واستنتاجات التقرير والخرائط وبلدك وملاحظاتك</translation>
    </message>
    <message>
        <source>Save Briefing Pack</source>
        <translation>حفظ ملف الإحاطة</translation>
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
        <translation>ماركداون (*.md)</translation>
    </message>
    <message>
        <source>Writing {path}…</source>
        <translation>جارٍ كتابة {path}…</translation>
    </message>
    <message>
        <source>The briefing pack was not saved to {path}: {reason}</source>
        <translation>لم يُحفظ ملف الإحاطة في {path}: {reason}</translation>
    </message>
    <message>
        <source>Briefing pack not saved</source>
        <translation>لم يُحفظ ملف الإحاطة</translation>
    </message>
</context>
<context>
    <name>BriefingPackDialog</name>
    <message>
        <source>Briefing Pack</source>
        <translation>ملف الإحاطة</translation>
    </message>
    <message>
        <source>No country page</source>
        <translation>بلا صفحة بلد</translation>
    </message>
    <message>
        <source>All notes; or tags such as budget, speech</source>
        <translation>كل الملاحظات؛ أو وسوم مثل budget وspeech</translation>
    </message>
    <message>
        <source>Your tags: {tags}</source>
        <translation>وسومك: {tags}</translation>
    </message>
    <message>
        <source>Made from the processes&apos; names</source>
        <translation>يُكوَّن من أسماء العمليات</translation>
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
        <translation>كتابة الملف…</translation>
    </message>
    <message>
        <source>Processes:</source>
        <translation>العمليات:</translation>
    </message>
    <message>
        <source>Rows to compare:</source>
        <translation>الصفوف المراد مقارنتها:</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>The Nine of 2005</source>
        <translation>العمليات التسع لعام 2005</translation>
    </message>
    <message>
        <source>Country page:</source>
        <translation>صفحة البلد:</translation>
    </message>
    <message>
        <source>Notes tagged:</source>
        <translation>الملاحظات الموسومة:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>الورق:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <source>Choose at least one process and one row.</source>
        <translation>اختر عملية واحدة وصفًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <source>Counting pages…</source>
        <translation>جارٍ عدّ الصفحات…</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>صفحة واحدة</translation>
    </message>
    <message>
        <source>{n} pages</source>
        <translation>عدد الصفحات: {n}</translation>
    </message>
    <message>
        <source>Cannot count the pages: {reason}</source>
        <translation>تعذّر عدّ الصفحات: {reason}</translation>
    </message>
</context>
<context>
    <name>ColoursDialog</name>
    <message>
        <source>Note colours</source>
        <translation>ألوان الملاحظات</translation>
    </message>
    <message>
        <source>Name each colour for what it means to you; notes keep their colour.</source>
        <translation>سمِّ كل لون بما يعنيه لك؛ وتحتفظ الملاحظات بألوانها.</translation>
    </message>
    <message>
        <source>Name of the colour {hex}</source>
        <translation>اسم اللون {hex}</translation>
    </message>
    <message>
        <source>Every colour needs a name.</source>
        <translation>يجب أن يكون لكل لون اسم.</translation>
    </message>
    <message>
        <source>Two colours cannot have the same name.</source>
        <translation>لا يجوز أن يحمل لونان الاسم نفسه.</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>The report records no shared finding on this.</source>
        <translation>لا يسجل التقرير أي استنتاج مشترك بشأن هذا.</translation>
    </message>
    <message>
        <source>{citation} · {agreement}</source>
        <translation>{citation} · {agreement}</translation>
    </message>
    <message>
        <source>[ ] editor&apos;s gloss</source>
        <translation>[ ] شرح من المحرر</translation>
    </message>
    <message>
        <source>{count} more findings</source>
        <translation>{count} استنتاجات أخرى</translation>
    </message>
    <message>
        <source>1 more finding</source>
        <translation>استنتاج واحد آخر</translation>
    </message>
    <message>
        <source>2005 report, {citation}. Agreement: {agreement}.</source>
        <translation>تقرير عام 2005، {citation}. درجة التوافق: {agreement}.</translation>
    </message>
    <message>
        <source>Words in [square brackets] are the editor&apos;s, from the paragraph; the report reads: “{text}”</source>
        <translation>الكلمات بين [معقوفين] من المحرر، مأخوذة من الفقرة؛ ونص التقرير: «{text}»</translation>
    </message>
    <message>
        <source>You have notes on {citations}.</source>
        <translation>لديك ملاحظات على {citations}.</translation>
    </message>
    <message>
        <source>Double-click to read every finding on this row.</source>
        <translation>انقر نقرًا مزدوجًا لقراءة كل استنتاج يتعلق بهذا الصف.</translation>
    </message>
    <message>
        <source>Double-click to read the paragraph.</source>
        <translation>انقر نقرًا مزدوجًا لقراءة الفقرة.</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>{value} (unverified)</source>
        <translation>{value} (لم يُتحقق منه)</translation>
    </message>
    <message>
        <source>{value} (as of {date})</source>
        <translation>{value} (حتى {date})</translation>
    </message>
    <message>
        <source>{process}: {value}</source>
        <translation>{process}: {value}</translation>
    </message>
    <message>
        <source>Not known: no source found for this.</source>
        <translation>غير معروف: لم يُعثر على مصدر لذلك.</translation>
    </message>
    <message>
        <source>As of {date}</source>
        <translation>حتى {date}</translation>
    </message>
    <message>
        <source>Not yet checked against a source.</source>
        <translation>لم يُتحقق منه بعد بالرجوع إلى مصدر.</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>المصدر: {source}</translation>
    </message>
    <message>
        <source>{line} (accessed {date})</source>
        <translation>{line} (تاريخ الاطلاع {date})</translation>
    </message>
    <message>
        <source>Another source gives: {value}</source>
        <translation>يذكر مصدر آخر: {value}</translation>
    </message>
    <message>
        <source>Double-click to open the process.</source>
        <translation>انقر نقرًا مزدوجًا لفتح العملية.</translation>
    </message>
    <message>
        <source>The report&apos;s finding</source>
        <translation>استنتاج التقرير</translation>
    </message>
    <message>
        <source>The 2005 workshop report&apos;s finding that bears most on each row, with its paragraph, how widely participants agreed and how many more findings there are</source>
        <translation>استنتاج تقرير حلقة العمل لعام 2005 الأوثق صلة بكل صف، مع فقرته، ومدى اتفاق المشاركين، وعدد الاستنتاجات الأخرى</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>الملاحظات:</translation>
    </message>
</context>
<context>
    <name>ComparisonPanel</name>
    <message>
        <source>No dimensions chosen: pick some under Dimensions.</source>
        <translation>لم تُختر أي أبعاد: اختر بعضها من قائمة الأبعاد.</translation>
    </message>
    <message>
        <source>No differences: the known values agree on every chosen dimension.</source>
        <translation>لا اختلافات: القيم المعروفة متطابقة في كل الأبعاد المختارة.</translation>
    </message>
    <message>
        <source>The known values differ on every chosen dimension.</source>
        <translation>القيم المعروفة مختلفة في كل الأبعاد المختارة.</translation>
    </message>
    <message>
        <source>One dimension hidden: the known values agree or none is known.</source>
        <translation>بُعد واحد مخفي: القيم المعروفة متطابقة أو لا يُعرف أي منها.</translation>
    </message>
    <message>
        <source>{count} dimensions hidden: the known values agree or none is known.</source>
        <translation>الأبعاد المخفية: {count}؛ القيم المعروفة متطابقة أو لا يُعرف أي منها.</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>الأبعاد</translation>
    </message>
    <message>
        <source>Dimensions ({shown}/{total})</source>
        <translation>الأبعاد ({shown}/{total})</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} rows.</source>
        <translation>عرض {shown} من {total} من الصفوف.</translation>
    </message>
    <message>
        <source>Profile facts first, then every dimension</source>
        <translation>معلومات اللمحة أولًا، ثم كل الأبعاد</translation>
    </message>
    <message>
        <source>Every row</source>
        <translation>كل الصفوف</translation>
    </message>
    <message>
        <source>From the profiles</source>
        <translation>من اللمحات</translation>
    </message>
    <message>
        <source>The report&apos;s dimensions</source>
        <translation>أبعاد التقرير</translation>
    </message>
    <message>
        <source>Remove from comparison</source>
        <translation>إزالة من المقارنة</translation>
    </message>
    <message>
        <source>Move left</source>
        <translation>نقل إلى اليسار</translation>
    </message>
    <message>
        <source>Move right</source>
        <translation>نقل إلى اليمين</translation>
    </message>
    <message>
        <source>Open the process profile</source>
        <translation>فتح لمحة العملية</translation>
    </message>
    <message>
        <source>Processes…</source>
        <translation>العمليات…</translation>
    </message>
    <message>
        <source>Choose the processes to compare</source>
        <translation>اختر العمليات المراد مقارنتها</translation>
    </message>
    <message>
        <source>Choose processes to compare</source>
        <translation>اختيار العمليات المراد مقارنتها</translation>
    </message>
    <message>
        <source>Choose the dimensions to compare</source>
        <translation>اختر الأبعاد المراد مقارنتها</translation>
    </message>
    <message>
        <source>Choose dimensions to compare</source>
        <translation>اختيار الأبعاد المراد مقارنتها</translation>
    </message>
    <message>
        <source>Show only where they differ</source>
        <translation>إظهار مواضع الاختلاف فقط</translation>
    </message>
    <message>
        <source>Hide dimensions where every known value is the same, or where none is known</source>
        <translation>إخفاء الأبعاد التي تتطابق فيها كل القيم المعروفة، أو التي لا يُعرف فيها أي قيمة</translation>
    </message>
    <message>
        <source>The report&apos;s finding</source>
        <translation>استنتاج التقرير</translation>
    </message>
    <message>
        <source>Show what the 2005 report found on each dimension</source>
        <translation>إظهار ما خلص إليه تقرير عام 2005 بشأن كل بُعد</translation>
    </message>
    <message>
        <source>Show the report&apos;s finding</source>
        <translation>إظهار استنتاج التقرير</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>Remove every process from the comparison</source>
        <translation>إزالة كل العمليات من المقارنة</translation>
    </message>
    <message>
        <source>Clear the comparison</source>
        <translation>مسح المقارنة</translation>
    </message>
    <message>
        <source>Comparison of processes by dimension</source>
        <translation>مقارنة العمليات حسب الأبعاد</translation>
    </message>
    <message>
        <source>Rows are profile facts and dimensions; the first column is the report&apos;s finding that fits the row, then one column per process. Double-click a cell to open it; Delete removes its process.</source>
        <translation>الصفوف هي معلومات اللمحة والأبعاد؛ والعمود الأول هو استنتاج التقرير المناسب للصف، ثم عمود لكل عملية. انقر نقرًا مزدوجًا على خلية لفتحها؛ ويزيل مفتاح Delete عمليتها.</translation>
    </message>
    <message>
        <source>Choose processes with “Processes…” above, or add the nine processes that met at the 2005 workshop. You can also add a process from its profile or the process list. The rows start with the profile facts (secretariat, chair, members...), then the report&apos;s dimensions; the first column gives the 2005 report&apos;s finding that fits each row.</source>
        <translation>اختر العمليات من زر «العمليات…» أعلاه، أو أضف العمليات التسع التي اجتمعت في حلقة العمل لعام 2005. ويمكنك أيضًا إضافة عملية من لمحتها أو من قائمة العمليات. تبدأ الصفوف بمعلومات اللمحة (الأمانة، الرئاسة، الأعضاء...)، ثم أبعاد التقرير؛ ويبيّن العمود الأول استنتاج تقرير عام 2005 المناسب لكل صف.</translation>
    </message>
    <message>
        <source>Compare the nine processes whose delegates met at the 2005 workshop</source>
        <translation>مقارنة العمليات التسع التي اجتمع مندوبوها في حلقة العمل لعام 2005</translation>
    </message>
    <message>
        <source>Processes compared</source>
        <translation>العمليات المقارنة</translation>
    </message>
    <message>
        <source>No processes to compare yet</source>
        <translation>لا توجد عمليات للمقارنة بعد</translation>
    </message>
    <message>
        <source>Choose processes…</source>
        <translation>اختيار العمليات…</translation>
    </message>
    <message>
        <source>Tick the processes to compare, by region</source>
        <translation>حدِّد العمليات المراد مقارنتها، حسب المنطقة</translation>
    </message>
    <message>
        <source>Add the nine 2005 processes</source>
        <translation>إضافة عمليات عام 2005 التسع</translation>
    </message>
    <message>
        <source>Add the nine processes at the 2005 workshop</source>
        <translation>إضافة العمليات التسع المشاركة في حلقة العمل لعام 2005</translation>
    </message>
</context>
<context>
    <name>ContentNames</name>
    <message>
        <source>Europe</source>
        <translation>أوروبا</translation>
    </message>
    <message>
        <source>Asia and the Pacific</source>
        <translation>آسيا والمحيط الهادئ</translation>
    </message>
    <message>
        <source>The Americas</source>
        <translation>الأمريكتان</translation>
    </message>
    <message>
        <source>Africa</source>
        <translation>أفريقيا</translation>
    </message>
    <message>
        <source>Middle East and North Africa</source>
        <translation>الشرق الأوسط وشمال أفريقيا</translation>
    </message>
    <message>
        <source>Inter-regional forums</source>
        <translation>المنتديات الأقاليمية</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>الأهداف</translation>
    </message>
    <message>
        <source>Organization and working methods</source>
        <translation>التنظيم وأساليب العمل</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>المشاركة</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>النواتج</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>التمويل</translation>
    </message>
    <message>
        <source>Civil society and private sector</source>
        <translation>المجتمع المدني والقطاع الخاص</translation>
    </message>
    <message>
        <source>Range of ministries</source>
        <translation>نطاق الوزارات</translation>
    </message>
    <message>
        <source>Achievements</source>
        <translation>الإنجازات</translation>
    </message>
    <message>
        <source>Determinants of success and failure</source>
        <translation>محددات النجاح والإخفاق</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>Cross-fertilization</source>
        <translation>التلاقح بين العمليات</translation>
    </message>
    <message>
        <source>Relations with regional institutions</source>
        <translation>العلاقات مع المؤسسات الإقليمية</translation>
    </message>
    <message>
        <source>What the process is meant to achieve.</source>
        <translation>ما تهدف العملية إلى تحقيقه.</translation>
    </message>
    <message>
        <source>Meeting levels, chair, secretariat, workshops, focal points.</source>
        <translation>مستويات الاجتماعات، والرئاسة، والأمانة، وحلقات العمل، ومراكز التنسيق.</translation>
    </message>
    <message>
        <source>Who takes part: states, ministries, international organizations, observers.</source>
        <translation>من يشارك: الدول، والوزارات، والمنظمات الدولية، والمراقبون.</translation>
    </message>
    <message>
        <source>Declarations, recommendations, plans of action, guidelines, information.</source>
        <translation>الإعلانات، والتوصيات، وخطط العمل، والمبادئ التوجيهية، والمعلومات.</translation>
    </message>
    <message>
        <source>How the process and its activities are paid for.</source>
        <translation>كيف تُموَّل العملية وأنشطتها.</translation>
    </message>
    <message>
        <source>Whether and how NGOs and business take part.</source>
        <translation>هل تشارك المنظمات غير الحكومية وقطاع الأعمال، وكيف.</translation>
    </message>
    <message>
        <source>The scope of issues and the government departments involved.</source>
        <translation>نطاق القضايا والإدارات الحكومية المعنية.</translation>
    </message>
    <message>
        <source>Concrete results and impact.</source>
        <translation>النتائج الملموسة والأثر.</translation>
    </message>
    <message>
        <source>What makes the process work, or not.</source>
        <translation>ما يجعل العملية تنجح، أو لا تنجح.</translation>
    </message>
    <message>
        <source>Internal reviews and external evaluations.</source>
        <translation>الاستعراضات الداخلية والتقييمات الخارجية.</translation>
    </message>
    <message>
        <source>Exchanges with other RCPs.</source>
        <translation>التبادل مع العمليات التشاورية الإقليمية الأخرى.</translation>
    </message>
    <message>
        <source>Links with economic, political and security institutions.</source>
        <translation>الروابط مع المؤسسات الاقتصادية والسياسية والأمنية.</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>الأمانة</translation>
    </message>
    <message>
        <source>Who runs the process between meetings, and where.</source>
        <translation>من يدير العملية بين الاجتماعات، وأين.</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>الرئاسة</translation>
    </message>
    <message>
        <source>Who chairs now, and how the chair is chosen.</source>
        <translation>من يتولى الرئاسة الآن، وكيف تُختار الرئاسة.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>الأعضاء</translation>
    </message>
    <message>
        <source>Member states: how many, and which.</source>
        <translation>الدول الأعضاء: عددها، وأيها.</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>المراقبون</translation>
    </message>
    <message>
        <source>Observer states.</source>
        <translation>الدول المراقبة.</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <source>The year the process was founded, and the founding event.</source>
        <translation>سنة تأسيس العملية، وحدث التأسيس.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Active, dormant or ended.</source>
        <translation>نشطة أو خاملة أو منتهية.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Regional consultative process or inter-regional forum.</source>
        <translation>عملية تشاورية إقليمية أو منتدى أقاليمي.</translation>
    </message>
    <message>
        <source>Meeting levels</source>
        <translation>مستويات الاجتماعات</translation>
    </message>
    <message>
        <source>Ministerial, senior officials, technical.</source>
        <translation>وزاري، كبار المسؤولين، تقني.</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>الموقع الشبكي</translation>
    </message>
    <message>
        <source>The process&apos;s own website.</source>
        <translation>الموقع الشبكي الخاص بالعملية.</translation>
    </message>
</context>
<context>
    <name>CountryDetail</name>
    <message>
        <source>member</source>
        <translation>عضو</translation>
    </message>
    <message>
        <source>observer</source>
        <translation>مراقب</translation>
    </message>
    <message>
        <source>no source recorded</source>
        <translation>لم يُسجَّل مصدر</translation>
    </message>
    <message>
        <source>ISO 3166-1: {code}</source>
        <translation>ISO 3166-1: {code}</translation>
    </message>
    <message>
        <source>Code {code} (not an ISO 3166-1 code)</source>
        <translation>الرمز {code} (ليس رمزًا من رموز ISO 3166-1)</translation>
    </message>
    <message>
        <source>territory</source>
        <translation>إقليم</translation>
    </message>
    <message>
        <source>Processes {first}–{last} of {total}</source>
        <translation>العمليات {first}–{last} من {total}</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>العملية</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الصفة</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>منذ</translation>
    </message>
    <message>
        <source>Each membership holds as of the date its source gives.</source>
        <translation>تسري كل عضوية اعتبارًا من التاريخ الذي يذكره مصدرها.</translation>
    </message>
    <message>
        <source>{process} ({role})</source>
        <translation>{process} ({role})</translation>
    </message>
    <message>
        <source>Other member ({n}):</source>
        <translation>عضو آخر ({n}):</translation>
    </message>
    <message>
        <source>Other members ({n}):</source>
        <translation>أعضاء آخرون ({n}):</translation>
    </message>
    <message>
        <source>Observer ({n}):</source>
        <translation>مراقب ({n}):</translation>
    </message>
    <message>
        <source>Observers ({n}):</source>
        <translation>المراقبون ({n}):</translation>
    </message>
    <message>
        <source>What the 2005 report says about coverage of its region</source>
        <translation>ما يقوله تقرير عام 2005 عن تغطية منطقتها</translation>
    </message>
    <message>
        <source>since {year}</source>
        <translation>منذ {year}</translation>
    </message>
    <message>
        <source>year joined not known</source>
        <translation>سنة الانضمام غير معروفة</translation>
    </message>
    <message>
        <source>{since} (as of {date})</source>
        <translation>{since} (حتى {date})</translation>
    </message>
    <message>
        <source>as of {date}</source>
        <translation>حتى {date}</translation>
    </message>
    <message>
        <source>{country} is a member of none of the processes recorded.</source>
        <translation>{country} ليست عضوًا في أي من العمليات المسجلة.</translation>
    </message>
    <message>
        <source>Member of {n} process: </source>
        <translation>عضو في {n} عملية: </translation>
    </message>
    <message>
        <source>Member of {n} processes: </source>
        <translation>عضو في {n} عمليات: </translation>
    </message>
    <message>
        <source>Observer in {n} process: </source>
        <translation>مراقب في {n} عملية: </translation>
    </message>
    <message>
        <source>Observer in {n} processes: </source>
        <translation>مراقب في {n} عمليات: </translation>
    </message>
    <message>
        <source>and {n} more</source>
        <translation>و{n} أخرى</translation>
    </message>
    <message>
        <source>The report’s remarks on coverage (¶6, ¶13) do not concern the region of {country}.</source>
        <translation>لا تتعلق ملاحظات التقرير بشأن التغطية (¶6، ¶13) بمنطقة {country}.</translation>
    </message>
    <message>
        <source>The Asia-Pacific, covered by more than one process</source>
        <translation>منطقة آسيا والمحيط الهادئ، التي تغطيها أكثر من عملية واحدة</translation>
    </message>
    <message>
        <source>A gap in coverage: {area}</source>
        <translation>فجوة في التغطية: {area}</translation>
    </message>
    <message>
        <source>Today {country} is a member of {n} process.</source>
        <translation>{country} اليوم عضو في {n} عملية.</translation>
    </message>
    <message>
        <source>Today {country} is a member of {n} processes.</source>
        <translation>{country} اليوم عضو في {n} عمليات.</translation>
    </message>
    <message>
        <source>Today {country} is still a member of none.</source>
        <translation>{country} اليوم لا تزال غير عضو في أي عملية.</translation>
    </message>
    <message>
        <source>the UN M49 definition</source>
        <translation>تعريف شعبة الإحصاءات بالأمم المتحدة (M49)</translation>
    </message>
    <message>
        <source>the usual definition (for the Gulf States, the six of the Gulf Cooperation Council)</source>
        <translation>التعريف المعتاد (لدول الخليج: الدول الست الأعضاء في مجلس التعاون لدول الخليج العربية)</translation>
    </message>
    <message>
        <source>The report names areas, not countries; rcpdesk places {country} in {area} by {basis}.</source>
        <translation>يسمّي التقرير مناطق لا بلدانًا؛ ويضع rcpdesk {country} في {area} وفقًا لـ{basis}.</translation>
    </message>
    <message>
        <source>{country} is a member of {n} process.</source>
        <translation>{country} عضو في {n} عملية.</translation>
    </message>
    <message>
        <source>{country} is a member of {n} processes.</source>
        <translation>{country} عضو في {n} عمليات.</translation>
    </message>
    <message>
        <source>Earlier memberships</source>
        <translation>العضويات السابقة</translation>
    </message>
    <message>
        <source>Neighbours in each process</source>
        <translation>الجيران في كل عملية</translation>
    </message>
    <message>
        <source>No other member is recorded.</source>
        <translation>لم يُسجَّل أي عضو آخر.</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>العمليات</translation>
    </message>
</context>
<context>
    <name>CoverageMapPanel</name>
    <message>
        <source>Coverage by year</source>
        <translation>التغطية حسب السنة</translation>
    </message>
    <message>
        <source>Members of a process</source>
        <translation>أعضاء عملية</translation>
    </message>
    <message>
        <source>What the map shows</source>
        <translation>ما تعرضه الخريطة</translation>
    </message>
    <message>
        <source>The process whose members and observers are shown</source>
        <translation>العملية التي يُعرض أعضاؤها ومراقبوها</translation>
    </message>
    <message>
        <source>Coverage as it stood in a year: the processes founded by then, with the members their dated entries show for that year</source>
        <translation>التغطية كما كانت في سنة ما: العمليات التي أُسست بحلولها، مع الأعضاء الذين تبيّنهم قيودها المؤرخة لتلك السنة</translation>
    </message>
    <message>
        <source>2005 (the report)</source>
        <translation>2005 (التقرير)</translation>
    </message>
    <message>
        <source>Coverage in 2005, the year of the workshop</source>
        <translation>التغطية في عام 2005، عام حلقة العمل</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Coverage today: every process</source>
        <translation>التغطية اليوم: كل العمليات</translation>
    </message>
    <message>
        <source>Zoom in (+, mouse wheel)</source>
        <translation>تكبير (+، عجلة الفأرة)</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>تصغير (−)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>ملاءمة</translation>
    </message>
    <message>
        <source>See the whole map again (0)</source>
        <translation>عرض الخريطة كاملة مجددًا (0)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Save the map as PNG, SVG or PDF</source>
        <translation>حفظ الخريطة بتنسيق PNG أو SVG أو PDF</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>Print the map as shown</source>
        <translation>طباعة الخريطة كما تظهر</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Export the map</source>
        <translation>تصدير الخريطة</translation>
    </message>
    <message>
        <source>The map could not be written: {reason}</source>
        <translation>تعذّرت كتابة الخريطة: {reason}</translation>
    </message>
    <message>
        <source>Print the map</source>
        <translation>طباعة الخريطة</translation>
    </message>
</context>
<context>
    <name>Detail</name>
    <message>
        <source>(English original)</source>
        <translation>(الأصل بالإنكليزية)</translation>
    </message>
    <message>
        <source>(accessed {date})</source>
        <translation>(تاريخ الاطلاع {date})</translation>
    </message>
    <message>
        <source>(names this process)</source>
        <translation>(تسمّي هذه العملية)</translation>
    </message>
    <message>
        <source>(text lost in the source scan)</source>
        <translation>(نص مفقود في المسح الضوئي للمصدر)</translation>
    </message>
    <message>
        <source>All the report&apos;s findings on {dimension} →</source>
        <translation>كل استنتاجات التقرير بشأن {dimension} →</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>الرئاسة</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>الأبعاد</translation>
    </message>
    <message>
        <source>Dormant since {year}</source>
        <translation>خاملة منذ {year}</translation>
    </message>
    <message>
        <source>Each entry gives the years a role began and ended, where a source says so; &quot;not known&quot; is not guessed from today&apos;s list.</source>
        <translation>يذكر كل قيد السنوات التي بدأ فيها دور وانتهى، حيثما يذكر ذلك مصدر؛ ولا يُستنتج «غير معروف» من قائمة اليوم.</translation>
    </message>
    <message>
        <source>Ended in {year}</source>
        <translation>انتهت في {year}</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>الاستنتاجات</translation>
    </message>
    <message>
        <source>Findings {first}–{last} of {total}, strongest agreement first</source>
        <translation>الاستنتاجات {first}–{last} من {total}، الأقوى توافقًا أولًا</translation>
    </message>
    <message>
        <source>Footnotes</source>
        <translation>الحواشي</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>تاريخ التأسيس</translation>
    </message>
    <message>
        <source>Global process</source>
        <translation>عملية عالمية</translation>
    </message>
    <message>
        <source>Guiding question:</source>
        <translation>السؤال التوجيهي:</translation>
    </message>
    <message>
        <source>How to start</source>
        <translation>كيف تبدأ</translation>
    </message>
    <message>
        <source>Inter-regional forum</source>
        <translation>منتدى أقاليمي</translation>
    </message>
    <message>
        <source>Listed in the 2005 report as</source>
        <translation>مدرجة في تقرير عام 2005 باسم</translation>
    </message>
    <message>
        <source>Meeting levels</source>
        <translation>مستويات الاجتماعات</translation>
    </message>
    <message>
        <source>Member organizations</source>
        <translation>المنظمات الأعضاء</translation>
    </message>
    <message>
        <source>Members ({count})</source>
        <translation>الأعضاء ({count})</translation>
    </message>
    <message>
        <source>Membership over time</source>
        <translation>العضوية عبر الزمن</translation>
    </message>
    <message>
        <source>Name in the 2005 report</source>
        <translation>الاسم في تقرير عام 2005</translation>
    </message>
    <message>
        <source>Name in this language</source>
        <translation>الاسم بهذه اللغة</translation>
    </message>
    <message>
        <source>Named in the 2005 report at</source>
        <translation>مذكورة في تقرير عام 2005 في</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>الصفحة التالية</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>غير موجود</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Observers ({count})</source>
        <translation>المراقبون ({count})</translation>
    </message>
    <message>
        <source>Only the lists above are recorded (as of {dates}): when each country joined, and whether it still takes part, is not known.</source>
        <translation>القوائم أعلاه وحدها مسجلة (حتى {dates}): تاريخ انضمام كل بلد، وما إذا كان لا يزال يشارك، غير معروفين.</translation>
    </message>
    <message>
        <source>Other findings</source>
        <translation>استنتاجات أخرى</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>أسماء أخرى</translation>
    </message>
    <message>
        <source>Other sources give:</source>
        <translation>تذكر مصادر أخرى:</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>الصفحة {page} من {pages}</translation>
    </message>
    <message>
        <source>Paragraphs {first}–{last} of {total}</source>
        <translation>الفقرات {first}–{last} من {total}</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>الشركاء</translation>
    </message>
    <message>
        <source>Pick a process, a paragraph, a dimension or a country in the tree on the left.</source>
        <translation>اختر عملية أو فقرة أو بُعدًا أو بلدًا من الشجرة.</translation>
    </message>
    <message>
        <source>Predecessor</source>
        <translation>العملية السابقة</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>الصفحة السابقة</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>العمليات</translation>
    </message>
    <message>
        <source>Processes by region</source>
        <translation>العمليات حسب المنطقة</translation>
    </message>
    <message>
        <source>Processes {first}–{last} of {total}</source>
        <translation>العمليات {first}–{last} من {total}</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>اللمحة</translation>
    </message>
    <message>
        <source>Regional Consultative Processes on migration</source>
        <translation>العمليات التشاورية الإقليمية بشأن الهجرة</translation>
    </message>
    <message>
        <source>Regional consultative process</source>
        <translation>عملية تشاورية إقليمية</translation>
    </message>
    <message>
        <source>Right-click processes to add them to the comparison; Alt+Left goes back.</source>
        <translation>انقر بزر الفأرة الأيمن على العمليات لإضافتها إلى المقارنة؛ ويعود Alt+Right إلى الخلف.</translation>
    </message>
    <message>
        <source>Search the profiles and the report with Ctrl+F; Enter opens the first result.</source>
        <translation>ابحث في اللمحات وفي التقرير باستخدام Ctrl+F؛ ويفتح Enter النتيجة الأولى.</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>الأمانة</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>المصادر:</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>المتكلمون</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Successor</source>
        <translation>العملية اللاحقة</translation>
    </message>
    <message>
        <source>The 2005 report</source>
        <translation>تقرير عام 2005</translation>
    </message>
    <message>
        <source>The latest list found; no newer one was found.</source>
        <translation>أحدث قائمة عُثر عليها؛ ولم يُعثر على قائمة أحدث.</translation>
    </message>
    <message>
        <source>The paragraphs that name this process hold the others.</source>
        <translation>الفقرات التي تسمّي هذه العملية تتضمن الاستنتاجات الأخرى.</translation>
    </message>
    <message>
        <source>The processes today</source>
        <translation>العمليات اليوم</translation>
    </message>
    <message>
        <source>The strongest {shown} of {total}.</source>
        <translation>الأقوى {shown} من {total}.</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>الموقع الشبكي</translation>
    </message>
    <message>
        <source>What the 2005 report found</source>
        <translation>ما خلص إليه تقرير عام 2005</translation>
    </message>
    <message>
        <source>Why the first value is shown first: {reason}</source>
        <translation>سبب عرض القيمة الأولى أولاً: {reason}</translation>
    </message>
    <message>
        <source>[ ] editor&apos;s gloss</source>
        <translation>[ ] شرح من المحرر</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>و{count} أخرى</translation>
    </message>
    <message>
        <source>as of {date}</source>
        <translation>حتى {date}</translation>
    </message>
    <message>
        <source>founded {year}</source>
        <translation>أُسست عام {year}</translation>
    </message>
    <message>
        <source>rcpdesk holds nothing at {link}.</source>
        <translation>لا يتضمن rcpdesk شيئًا في {link}.</translation>
    </message>
    <message>
        <source>rcpdesk — an offline reference. Data edition {edition}.</source>
        <translation>rcpdesk — مرجع يعمل دون اتصال بالإنترنت. إصدار البيانات {edition}.</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>took part in the 2005 workshop</source>
        <translation>شاركت في حلقة العمل لعام 2005</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>لم يُتحقق منه</translation>
    </message>
    <message>
        <source>{processes} processes in {regions} regions, each with sourced facts and dated values, next to the report of the GCIM–IOM Workshop on RCPs (Geneva, 2005), where {attended} of them took part.</source>
        <translation>{processes} عملية في {regions} مناطق، لكل منها معلومات موثقة المصادر وقيم مؤرخة، إلى جانب تقرير حلقة العمل المشتركة بين اللجنة العالمية المعنية بالهجرة الدولية والمنظمة الدولية للهجرة بشأن العمليات التشاورية الإقليمية (جنيف، 2005)، التي شاركت فيها {attended} منها.</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Copy as &amp;Quote</source>
        <translation>نسخ &amp;اقتباسًا</translation>
    </message>
    <message>
        <source>Copy the selected text (or the whole paragraph) with its citation</source>
        <translation>نسخ النص المحدد (أو الفقرة كاملة) مع الإحالة إليه</translation>
    </message>
    <message>
        <source>rcpdesk, data edition {date}</source>
        <translation>rcpdesk، إصدار البيانات {date}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Previous place (Shift+F3)</source>
        <translation>الموضع السابق (Shift+F3)</translation>
    </message>
    <message>
        <source>Previous place the search words are found</source>
        <translation>الموضع السابق لكلمات البحث</translation>
    </message>
    <message>
        <source>Next place (F3)</source>
        <translation>الموضع التالي (F3)</translation>
    </message>
    <message>
        <source>Next place the search words are found</source>
        <translation>الموضع التالي لكلمات البحث</translation>
    </message>
    <message>
        <source>Stop highlighting</source>
        <translation>إيقاف التمييز</translation>
    </message>
    <message>
        <source>Stop highlighting the search words</source>
        <translation>إيقاف تمييز كلمات البحث</translation>
    </message>
    <message>
        <source>Search words on this page: {current} / {count} ({words})</source>
        <translation>كلمات البحث في هذه الصفحة: {current} / {count} ({words})</translation>
    </message>
</context>
<context>
    <name>FoundingTimelinePanel</name>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Save the timeline as PNG, SVG or PDF</source>
        <translation>حفظ الجدول الزمني بتنسيق PNG أو SVG أو PDF</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>Export the timeline</source>
        <translation>تصدير الجدول الزمني</translation>
    </message>
    <message>
        <source>The timeline could not be written: {reason}</source>
        <translation>تعذّرت كتابة الجدول الزمني: {reason}</translation>
    </message>
    <message>
        <source>Print the timeline</source>
        <translation>طباعة الخط الزمني</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;رجوع</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>رجوع (Alt+Right)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;تقدم</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>تقدم (Alt+Left)</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import notes</source>
        <translation>استيراد الملاحظات</translation>
    </message>
    <message>
        <source>Importing “{name}” will add or change these notes:</source>
        <translation>سيؤدي استيراد «{name}» إلى إضافة هذه الملاحظات أو تغييرها:</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>ما سيفعله الاستيراد</translation>
    </message>
    <message>
        <source>Conflicts keep your version; the other version is added next to it and listed under Needs review.</source>
        <translation>في حالات التعارض تُحفظ نسختك؛ وتُضاف النسخة الأخرى بجانبها وتُدرج تحت «تحتاج إلى مراجعة».</translation>
    </message>
    <message>
        <source>{count} notes contained control characters, which were removed.</source>
        <translation>احتوت {count} ملاحظات على أحرف تحكم أُزيلت.</translation>
    </message>
    <message>
        <source>{count} notes are on things this data edition does not have; they will be kept and flagged for review.</source>
        <translation>{count} ملاحظة تتعلق بعناصر لا يتضمنها إصدار البيانات هذا؛ وستُحفظ ويُشار إليها للمراجعة.</translation>
    </message>
    <message>
        <source>New colours: {names}</source>
        <translation>ألوان جديدة: {names}</translation>
    </message>
    <message>
        <source>Written against the data edition of {edition}.</source>
        <translation>كُتبت وفق إصدار البيانات المؤرخ {edition}.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>ا&amp;ستيراد</translation>
    </message>
    <message>
        <source>Nothing to import: you already have these notes.</source>
        <translation>لا شيء للاستيراد: لديك هذه الملاحظات بالفعل.</translation>
    </message>
</context>
<context>
    <name>LanguageController</name>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>New data edition: notes re-anchored ({moved} moved with their passage, {orphaned} to review in Edit &gt; Notes Needing Review).</source>
        <translation>إصدار بيانات جديد: أُعيد ربط الملاحظات (نُقل {moved} مع مقاطعها، و{orphaned} للمراجعة في تحرير &gt; ملاحظات تحتاج إلى مراجعة).</translation>
    </message>
    <message>
        <source>rcpdesk — Regional Consultative Processes on Migration</source>
        <translation>rcpdesk — العمليات التشاورية الإقليمية بشأن الهجرة</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>ا&amp;نتقال</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;تعليمات</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>المحتويات</translation>
    </message>
    <message>
        <source>Search Results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>المقارنة</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>الخريطة</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>الجدول الزمني</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>التنقل</translation>
    </message>
    <message>
        <source>&amp;Start Page</source>
        <translation>صفحة ال&amp;بداية</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;بحث…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>اختصارات لوحة الم&amp;فاتيح</translation>
    </message>
    <message>
        <source>&amp;About rcpdesk</source>
        <translation>&amp;حول rcpdesk</translation>
    </message>
    <message>
        <source>Add Process to &amp;Comparison</source>
        <translation>إضافة العملية إلى الم&amp;قارنة</translation>
    </message>
    <message>
        <source>Data edition {date}</source>
        <translation>إصدار البيانات {date}</translation>
    </message>
</context>
<context>
    <name>Maps</name>
    <message>
        <source>rcpdesk · data edition {edition} · base map: pygal_maps_world (Robinson projection)</source>
        <translation>rcpdesk · إصدار البيانات {edition} · الخريطة الأساسية: pygal_maps_world (إسقاط روبنسون)</translation>
    </message>
    <message>
        <source>{n}+</source>
        <translation>{n}+</translation>
    </message>
    <message>
        <source>Member of how many processes</source>
        <translation>عضو في كم عملية</translation>
    </message>
    <message>
        <source>In no process</source>
        <translation>ليست في أي عملية</translation>
    </message>
    <message>
        <source>Not known for {year}</source>
        <translation>غير معروف لعام {year}</translation>
    </message>
    <message>
        <source>Territory, not counted</source>
        <translation>إقليم، لا يُحتسب</translation>
    </message>
    <message>
        <source>Small state, drawn as a dot</source>
        <translation>دولة صغيرة، مرسومة نقطةً</translation>
    </message>
    <message>
        <source>Countries by number of migration processes they belong to, today</source>
        <translation>البلدان حسب عدد عمليات الهجرة التي تنتمي إليها، اليوم</translation>
    </message>
    <message>
        <source>{n} regional consultative processes and inter-regional forums; membership as currently recorded</source>
        <translation>{n} من العمليات التشاورية الإقليمية والمنتديات الأقاليمية؛ والعضوية كما هي مسجلة حاليًا</translation>
    </message>
    <message>
        <source>Countries by number of migration processes they belong to, {year}</source>
        <translation>البلدان حسب عدد عمليات الهجرة التي تنتمي إليها، {year}</translation>
    </message>
    <message>
        <source>{k} of {n} processes founded by {year}; membership in {year} as the dated entries show it, not today&apos;s lists</source>
        <translation>{k} من {n} عملية أُسست بحلول {year}؛ والعضوية في {year} كما تبيّنها القيود المؤرخة، لا قوائم اليوم</translation>
    </message>
    <message>
        <source>Africa</source>
        <translation>أفريقيا</translation>
    </message>
    <message>
        <source>The Caribbean</source>
        <translation>منطقة البحر الكاريبي</translation>
    </message>
    <message>
        <source>Middle East and the Gulf</source>
        <translation>الشرق الأوسط والخليج</translation>
    </message>
    <message>
        <source>Asia-Pacific</source>
        <translation>آسيا والمحيط الهادئ</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>مناطق أخرى</translation>
    </message>
    <message>
        <source>Every country is a member of at least one process.</source>
        <translation>كل بلد عضو في عملية واحدة على الأقل.</translation>
    </message>
    <message>
        <source>In no process ({n}): </source>
        <translation>ليست في أي عملية ({n}): </translation>
    </message>
    <message>
        <source>The 2005 report: </source>
        <translation>تقرير عام 2005: </translation>
    </message>
    <message>
        <source>Founded after {year}, not counted: </source>
        <translation>أُسست بعد {year}، لا تُحتسب: </translation>
    </message>
    <message>
        <source>Founding year unknown, not counted: </source>
        <translation>سنة التأسيس غير معروفة، لا تُحتسب: </translation>
    </message>
    <message>
        <source>Membership in {year} not known, not counted: </source>
        <translation>العضوية في {year} غير معروفة، لا تُحتسب: </translation>
    </message>
    <message>
        <source>{process} ({n} country)</source>
        <translation>{process} ({n} بلد)</translation>
    </message>
    <message>
        <source>{process} ({n} countries)</source>
        <translation>{process} ({n} بلدان)</translation>
    </message>
    <message>
        <source>Ended, no current members: </source>
        <translation>منتهية، بلا أعضاء حاليين: </translation>
    </message>
    <message>
        <source>No membership recorded, nothing to count: </source>
        <translation>لا عضوية مسجلة، لا شيء يُحتسب: </translation>
    </message>
    <message>
        <source>Counted, though no longer active: </source>
        <translation>محتسبة رغم أنها لم تعد نشطة: </translation>
    </message>
    <message>
        <source>Member of {n} process: </source>
        <translation>عضو في {n} عملية: </translation>
    </message>
    <message>
        <source>Member of {n} processes: </source>
        <translation>عضو في {n} عمليات: </translation>
    </message>
    <message>
        <source>Membership in {year} not known</source>
        <translation>العضوية في {year} غير معروفة</translation>
    </message>
    <message>
        <source>Territory: no process lists it</source>
        <translation>إقليم: لا تدرجه أي عملية</translation>
    </message>
    <message>
        <source>In no process founded by {year}</source>
        <translation>ليست في أي عملية أُسست بحلول {year}</translation>
    </message>
    <message>
        <source>Observer in: </source>
        <translation>مراقب في: </translation>
    </message>
    <message>
        <source>Not known for {year}: </source>
        <translation>غير معروف لعام {year}: </translation>
    </message>
    <message>
        <source>Members and observers of the processes compared</source>
        <translation>أعضاء العمليات المقارنة ومراقبوها</translation>
    </message>
    <message>
        <source>{process}: members and observers</source>
        <translation>{process}: الأعضاء والمراقبون</translation>
    </message>
    <message>
        <source>Member ({n})</source>
        <translation>عضو ({n})</translation>
    </message>
    <message>
        <source>Observer ({n})</source>
        <translation>مراقب ({n})</translation>
    </message>
    <message>
        <source>Not listed</source>
        <translation>غير مدرج</translation>
    </message>
    <message>
        <source>Members ({n})</source>
        <translation>الأعضاء ({n})</translation>
    </message>
    <message>
        <source>Observers ({n})</source>
        <translation>المراقبون ({n})</translation>
    </message>
    <message>
        <source>Not on the map (no shape): </source>
        <translation>ليست على الخريطة (بلا شكل): </translation>
    </message>
    <message>
        <source>Member of all {n} ({count})</source>
        <translation>عضو في كل العمليات الـ{n} ({count})</translation>
    </message>
    <message>
        <source>Member of {k} or more ({count})</source>
        <translation>عضو في {k} أو أكثر ({count})</translation>
    </message>
    <message>
        <source>Member of {n} of them ({count})</source>
        <translation>عضو في {n} منها ({count})</translation>
    </message>
    <message>
        <source>Observer only ({n})</source>
        <translation>مراقب فقط ({n})</translation>
    </message>
    <message>
        <source>Members of all {n} ({count})</source>
        <translation>أعضاء في كل العمليات الـ{n} ({count})</translation>
    </message>
    <message>
        <source>Members of some of them ({count})</source>
        <translation>أعضاء في بعضها ({count})</translation>
    </message>
    <message>
        <source>Only in {process} ({count})</source>
        <translation>في {process} فقط ({count})</translation>
    </message>
    <message>
        <source>Observers only ({count})</source>
        <translation>مراقبون فقط ({count})</translation>
    </message>
    <message>
        <source>No membership is recorded for this process.</source>
        <translation>لا عضوية مسجلة لهذه العملية.</translation>
    </message>
    <message>
        <source>Members as of {date}</source>
        <translation>الأعضاء حتى {date}</translation>
    </message>
    <message>
        <source>observers as of {date}</source>
        <translation>المراقبون حتى {date}</translation>
    </message>
    <message>
        <source>Sources: </source>
        <translation>المصادر: </translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>تاريخ غير معروف</translation>
    </message>
    <message>
        <source>(unverified)</source>
        <translation>(لم يُتحقق منه)</translation>
    </message>
    <message>
        <source>Member of: </source>
        <translation>عضو في: </translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… و{n} أخرى</translation>
    </message>
    <message>
        <source>When the migration processes were founded</source>
        <translation>متى أُسست عمليات الهجرة</translation>
    </message>
    <message>
        <source>{n} regional consultative processes and inter-regional forums, by founding year and region</source>
        <translation>{n} من العمليات التشاورية الإقليمية والمنتديات الأقاليمية، حسب سنة التأسيس والمنطقة</translation>
    </message>
    <message>
        <source>rcpdesk · data edition {edition} · founding years as recorded, with their sources, in each process&apos;s profile</source>
        <translation>rcpdesk · إصدار البيانات {edition} · سنوات التأسيس كما هي مسجلة، مع مصادرها، في لمحة كل عملية</translation>
    </message>
    <message>
        <source>Founding year unknown: </source>
        <translation>سنة التأسيس غير معروفة: </translation>
    </message>
    <message>
        <source>GCIM–IOM workshop on RCPs, Geneva, April 2005</source>
        <translation>حلقة العمل المشتركة بين اللجنة العالمية والمنظمة الدولية للهجرة بشأن العمليات التشاورية الإقليمية، جنيف، نيسان/أبريل 2005</translation>
    </message>
    <message>
        <source>Attended the 2005 workshop (the nine of ¶1)</source>
        <translation>شاركت في حلقة العمل لعام 2005 (العمليات التسع في ¶1)</translation>
    </message>
    <message>
        <source>Did not attend, or founded later</source>
        <translation>لم تشارك، أو أُسست لاحقًا</translation>
    </message>
    <message>
        <source>The workshop, 14–15 April 2005</source>
        <translation>حلقة العمل، 14–15 نيسان/أبريل 2005</translation>
    </message>
    <message>
        <source>{place} Process</source>
        <translation>عملية {place}</translation>
    </message>
</context>
<context>
    <name>NoteCommands</name>
    <message>
        <source>Add note</source>
        <translation>إضافة ملاحظة</translation>
    </message>
    <message>
        <source>Change note colour</source>
        <translation>تغيير لون الملاحظة</translation>
    </message>
    <message>
        <source>Change tags</source>
        <translation>تغيير الوسوم</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>حذف الملاحظة</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>تحرير الملاحظة</translation>
    </message>
    <message>
        <source>Rename colour</source>
        <translation>إعادة تسمية اللون</translation>
    </message>
    <message>
        <source>Restore note</source>
        <translation>استعادة الملاحظة</translation>
    </message>
</context>
<context>
    <name>NoteEditorDialog</name>
    <message>
        <source>Edit note</source>
        <translation>تحرير الملاحظة</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>إضافة ملاحظة</translation>
    </message>
    <message>
        <source>Note on</source>
        <translation>ملاحظة على</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>نص الملاحظة</translation>
    </message>
    <message>
        <source>Your note…</source>
        <translation>ملاحظتك…</translation>
    </message>
    <message>
        <source>&amp;Markdown (headings, lists, *emphasis*, links)</source>
        <translation>&amp;ماركداون (عناوين، قوائم، *تأكيد*، روابط)</translation>
    </message>
    <message>
        <source>Write the note in Markdown</source>
        <translation>كتابة الملاحظة بلغة ماركداون</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>الوسوم، مفصولة بفواصل</translation>
    </message>
    <message>
        <source>e.g. funding, follow-up</source>
        <translation>مثلًا: تمويل، متابعة</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>اللون</translation>
    </message>
    <message>
        <source>No colour</source>
        <translation>بلا لون</translation>
    </message>
    <message>
        <source>Problem with the note</source>
        <translation>مشكلة في الملاحظة</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>على:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>ال&amp;وسوم:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>ال&amp;لون:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>الم&amp;لاحظة:</translation>
    </message>
    <message>
        <source>Write something in the note.</source>
        <translation>اكتب شيئًا في الملاحظة.</translation>
    </message>
    <message>
        <source>The note is too long ({length} characters; at most {limit}).</source>
        <translation>الملاحظة طويلة جدًا ({length} حرفًا؛ الحد الأقصى {limit}).</translation>
    </message>
    <message>
        <source>A tag can have at most {limit} characters.</source>
        <translation>لا يجوز أن يتجاوز الوسم {limit} حرفًا.</translation>
    </message>
    <message>
        <source>Use at most {limit} tags, without control characters.</source>
        <translation>استخدم {limit} وسمًا على الأكثر، دون أحرف تحكم.</translation>
    </message>
</context>
<context>
    <name>NoteLabels</name>
    <message>
        <source>Comparison cell</source>
        <translation>خلية مقارنة</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>البُعد</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>الفقرة</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>مقطع</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>العملية</translation>
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
        <translation>(نسخة متعارضة)</translation>
    </message>
    <message>
        <source>(its paragraph changed)</source>
        <translation>(تغيّرت فقرتها)</translation>
    </message>
</context>
<context>
    <name>NotesController</name>
    <message>
        <source>Add &amp;Note…</source>
        <translation>إضافة &amp;ملاحظة…</translation>
    </message>
    <message>
        <source>Add a note on what you are reading</source>
        <translation>إضافة ملاحظة على ما تقرؤه</translation>
    </message>
    <message>
        <source>Add Note on &amp;Selection…</source>
        <translation>إضافة ملاحظة على ال&amp;تحديد…</translation>
    </message>
    <message>
        <source>Add a note on the selected words of the paragraph</source>
        <translation>إضافة ملاحظة على الكلمات المحددة من الفقرة</translation>
    </message>
    <message>
        <source>&amp;Edit Note…</source>
        <translation>&amp;تحرير الملاحظة…</translation>
    </message>
    <message>
        <source>Edit the note selected in the Notes panel</source>
        <translation>تحرير الملاحظة المحددة في لوحة الملاحظات</translation>
    </message>
    <message>
        <source>&amp;Delete Note</source>
        <translation>&amp;حذف الملاحظة</translation>
    </message>
    <message>
        <source>Move the selected note to the trash</source>
        <translation>نقل الملاحظة المحددة إلى المهملات</translation>
    </message>
    <message>
        <source>E&amp;xport Notes…</source>
        <translation>ت&amp;صدير الملاحظات…</translation>
    </message>
    <message>
        <source>Save your notes to share them or keep a copy</source>
        <translation>حفظ ملاحظاتك لمشاركتها أو للاحتفاظ بنسخة منها</translation>
    </message>
    <message>
        <source>&amp;Import Notes…</source>
        <translation>ا&amp;ستيراد الملاحظات…</translation>
    </message>
    <message>
        <source>Merge notes from a colleague&apos;s .rcpnotes file</source>
        <translation>دمج ملاحظات زميل من ملف ‎.rcpnotes</translation>
    </message>
    <message>
        <source>Notes &amp;Trash…</source>
        <translation>م&amp;هملات الملاحظات…</translation>
    </message>
    <message>
        <source>Notes you deleted; restore them from here</source>
        <translation>الملاحظات التي حذفتها؛ استعدها من هنا</translation>
    </message>
    <message>
        <source>Notes Needing &amp;Review…</source>
        <translation>ملاحظات تحتاج إلى م&amp;راجعة…</translation>
    </message>
    <message>
        <source>Notes whose paragraph changed, and conflicting copies from imports</source>
        <translation>ملاحظات تغيّرت فقرتها، ونسخ متعارضة من عمليات الاستيراد</translation>
    </message>
    <message>
        <source>Note &amp;Colours…</source>
        <translation>أ&amp;لوان الملاحظات…</translation>
    </message>
    <message>
        <source>Name the highlight colours</source>
        <translation>تسمية ألوان التظليل</translation>
    </message>
    <message>
        <source>Add a note on {target}</source>
        <translation>إضافة ملاحظة على {target}</translation>
    </message>
    <message>
        <source>Undone: {change}</source>
        <translation>تم التراجع: {change}</translation>
    </message>
    <message>
        <source>Redone: {change}</source>
        <translation>تمت الإعادة: {change}</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>أُضيفت الملاحظة.</translation>
    </message>
    <message>
        <source>Note moved to the trash.</source>
        <translation>نُقلت الملاحظة إلى المهملات.</translation>
    </message>
    <message>
        <source>Notes trash</source>
        <translation>مهملات الملاحظات</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>المهملات فارغة.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>ا&amp;ستعادة</translation>
    </message>
    <message>
        <source>Delete for &amp;Good…</source>
        <translation>حذف &amp;نهائي…</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>حذف نهائي</translation>
    </message>
    <message>
        <source>Delete this note for good? This cannot be undone.</source>
        <translation>أتريد حذف هذه الملاحظة نهائيًا؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Notes that need review</source>
        <translation>ملاحظات تحتاج إلى مراجعة</translation>
    </message>
    <message>
        <source>No note needs review.</source>
        <translation>لا توجد ملاحظة تحتاج إلى مراجعة.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;تحرير…</translation>
    </message>
    <message>
        <source>&amp;Keep as Reviewed</source>
        <translation>الإ&amp;بقاء بوصفها مُراجَعة</translation>
    </message>
    <message>
        <source>&amp;Use This Version</source>
        <translation>ا&amp;ستخدام هذه النسخة</translation>
    </message>
    <message>
        <source>Rename colours</source>
        <translation>إعادة تسمية الألوان</translation>
    </message>
</context>
<context>
    <name>NotesExchange</name>
    <message>
        <source>rcpdesk notes (*.rcpnotes)</source>
        <translation>ملاحظات rcpdesk (*.rcpnotes)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>ماركداون (*.md)</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>جدول بيانات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Notes</source>
        <translation>تصدير الملاحظات</translation>
    </message>
    <message>
        <source>Import Notes</source>
        <translation>استيراد الملاحظات</translation>
    </message>
    <message>
        <source>rcpdesk notes (*.rcpnotes);;All files (*)</source>
        <translation>ملاحظات rcpdesk (*.rcpnotes);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Keep Them for Review</source>
        <translation>الاحتفاظ بها للمراجعة</translation>
    </message>
    <message>
        <source>You can import them anyway: they are flagged under Needs review.</source>
        <translation>يمكنك استيرادها على أي حال: سيُشار إليها تحت «تحتاج إلى مراجعة».</translation>
    </message>
    <message>
        <source>Importing notes…</source>
        <translation>جارٍ استيراد الملاحظات…</translation>
    </message>
    <message>
        <source>Imported: {summary}</source>
        <translation>تم الاستيراد: {summary}</translation>
    </message>
</context>
<context>
    <name>NotesFeedback</name>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
</context>
<context>
    <name>NotesHtml</name>
    <message>
        <source>Modified {time}</source>
        <translation>عُدِّلت {time}</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>العلامات: {tags}</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>تحرير</translation>
    </message>
    <message>
        <source>needs review</source>
        <translation>تحتاج إلى مراجعة</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Search notes…</source>
        <translation>البحث في الملاحظات…</translation>
    </message>
    <message>
        <source>Search notes</source>
        <translation>البحث في الملاحظات</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>التصفية حسب الوسم</translation>
    </message>
    <message>
        <source>Filter by colour</source>
        <translation>التصفية حسب اللون</translation>
    </message>
    <message>
        <source>Filter by what the note is on</source>
        <translation>التصفية حسب موضوع الملاحظة</translation>
    </message>
    <message>
        <source>Show only the notes with this tag</source>
        <translation>عرض الملاحظات التي تحمل هذه العلامة فقط</translation>
    </message>
    <message>
        <source>Show only the notes of this colour</source>
        <translation>عرض الملاحظات بهذا اللون فقط</translation>
    </message>
    <message>
        <source>Show only the notes on processes, paragraphs, dimensions or cells</source>
        <translation>عرض الملاحظات المتعلقة بالعمليات أو الفقرات أو الأبعاد أو الخلايا فقط</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>Read-only: these notes can be read, searched, printed and exported, not changed.</source>
        <translation>للقراءة فقط: يمكن قراءة هذه الملاحظات والبحث فيها وطباعتها وتصديرها، لا تغييرها.</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>تحتاج إلى مراجعة</translation>
    </message>
    <message>
        <source>Show only notes that need review</source>
        <translation>إظهار الملاحظات التي تحتاج إلى مراجعة فقط</translation>
    </message>
    <message>
        <source>Notes whose paragraph changed in a new data edition, and conflicting copies from an import</source>
        <translation>ملاحظات تغيّرت فقرتها في إصدار بيانات جديد، ونسخ متعارضة من عملية استيراد</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Notes are not available in this session.</source>
        <translation>الملاحظات غير متاحة في هذه الجلسة.</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>كل الوسوم</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>كل الألوان</translation>
    </message>
    <message>
        <source>The newest {shown} of {total} notes: the filters above find the others.</source>
        <translation>أحدث {shown} من {total} ملاحظة: تجد عوامل التصفية أعلاه الملاحظات الأخرى.</translation>
    </message>
    <message>
        <source>No notes yet.
Press Ctrl+Shift+N to add a note on what you are reading.</source>
        <translation>لا توجد ملاحظات بعد.
اضغط Ctrl+Shift+N لإضافة ملاحظة على ما تقرؤه.</translation>
    </message>
    <message>
        <source>No notes match these filters.</source>
        <translation>لا توجد ملاحظات تطابق عوامل التصفية هذه.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>تحرير الملاحظة…</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>اللون</translation>
    </message>
    <message>
        <source>No colour</source>
        <translation>بلا لون</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>حذف الملاحظة</translation>
    </message>
</context>
<context>
    <name>NotesRecovery</name>
    <message>
        <source>Your notes could not be opened.</source>
        <translation>تعذّر فتح ملاحظاتك.</translation>
    </message>
    <message>
        <source>Notes unavailable</source>
        <translation>الملاحظات غير متاحة</translation>
    </message>
    <message>
        <source>rcpdesk works without notes in this session; notes cannot be added or shown.</source>
        <translation>يعمل rcpdesk دون ملاحظات في هذه الجلسة؛ ولا يمكن إضافة الملاحظات أو عرضها.</translation>
    </message>
    <message>
        <source>Restore Latest Backup keeps this file aside (it is never deleted) and restores your notes from the newest good backup. Until then rcpdesk works without notes.</source>
        <translation>يحتفظ خيار «استعادة أحدث نسخة احتياطية» بهذا الملف جانبًا (ولا يحذفه أبدًا) ويستعيد ملاحظاتك من أحدث نسخة احتياطية سليمة. وإلى ذلك الحين يعمل rcpdesk دون ملاحظات.</translation>
    </message>
    <message>
        <source>Restore Latest Backup</source>
        <translation>استعادة أحدث نسخة احتياطية</translation>
    </message>
    <message>
        <source>Notes restored</source>
        <translation>استُعيدت الملاحظات</translation>
    </message>
</context>
<context>
    <name>NotesTableModel</name>
    <message>
        <source>On</source>
        <translation>على</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>تاريخ التعديل</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>اللون</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>العلامات: {tags}</translation>
    </message>
    <message>
        <source>Modified {when}</source>
        <translation>عُدِّلت في {when}</translation>
    </message>
    <message>
        <source>No colour</source>
        <translation>بلا لون</translation>
    </message>
</context>
<context>
    <name>PictureOutput</name>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>مستند PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>صورة PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>رسم SVG (*.svg)</translation>
    </message>
</context>
<context>
    <name>ProcessPickerDialog</name>
    <message>
        <source>Processes to compare</source>
        <translation>العمليات المراد مقارنتها</translation>
    </message>
    <message>
        <source>Tick the processes to show side by side.</source>
        <translation>أشِّر على العمليات المراد عرضها جنبًا إلى جنب.</translation>
    </message>
    <message>
        <source>Add the nine 2005 processes</source>
        <translation>إضافة عمليات عام 2005 التسع</translation>
    </message>
    <message>
        <source>Add the nine processes at the 2005 workshop</source>
        <translation>إضافة العمليات التسع المشاركة في حلقة العمل لعام 2005</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>إلغاء التأشير على الكل</translation>
    </message>
    <message>
        <source>Untick all processes</source>
        <translation>إلغاء التأشير على كل العمليات</translation>
    </message>
    <message>
        <source>Processes by region</source>
        <translation>العمليات حسب المنطقة</translation>
    </message>
</context>
<context>
    <name>RowFindingsDialog</name>
    <message>
        <source>{row}: the report&apos;s findings</source>
        <translation>{row}: استنتاجات التقرير</translation>
    </message>
    <message>
        <source>The 2005 report&apos;s findings that bear on this row, most relevant first. Words in [square brackets] are the editor&apos;s, from the paragraph. Click a paragraph to read it.</source>
        <translation>استنتاجات تقرير عام 2005 المتعلقة بهذا الصف، الأوثق صلة أولًا. والكلمات بين [معقوفين] من المحرر، مأخوذة من الفقرة. انقر على فقرة لقراءتها.</translation>
    </message>
    <message>
        <source>Findings on {row}</source>
        <translation>الاستنتاجات بشأن {row}</translation>
    </message>
    <message>
        <source>[ ] editor&apos;s gloss</source>
        <translation>[ ] شرح من المحرر</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search profiles and the 2005 report  (Ctrl+F)</source>
        <translation>البحث في اللمحات وتقرير عام 2005  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Note on {target}</source>
        <translation>ملاحظة على {target}</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>ال&amp;منطقة:</translation>
    </message>
    <message>
        <source>&amp;Dimension:</source>
        <translation>ال&amp;بُعد:</translation>
    </message>
    <message>
        <source>&amp;Agreement:</source>
        <translation>درجة ال&amp;توافق:</translation>
    </message>
    <message>
        <source>Filter by region</source>
        <translation>التصفية حسب المنطقة</translation>
    </message>
    <message>
        <source>Filter by dimension</source>
        <translation>التصفية حسب البُعد</translation>
    </message>
    <message>
        <source>Filter by level of agreement</source>
        <translation>التصفية حسب درجة التوافق</translation>
    </message>
    <message>
        <source>Only processes of this region</source>
        <translation>العمليات في هذه المنطقة فقط</translation>
    </message>
    <message>
        <source>Only hits that speak to this dimension</source>
        <translation>النتائج المتعلقة بهذا البعد فقط</translation>
    </message>
    <message>
        <source>Only report paragraphs with this level of agreement</source>
        <translation>فقرات التقرير ذات مستوى التوافق هذا فقط</translation>
    </message>
    <message>
        <source>Hits for the search, best first; Enter or a click opens the page with the words highlighted</source>
        <translation>نتائج البحث، الأكثر صلة أولاً؛ يؤدي الضغط على Enter أو النقر إلى فتح الصفحة مع تمييز الكلمات</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>حالة البحث</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>أي</translation>
    </message>
    <message>
        <source>The search failed: {reason}</source>
        <translation>فشل البحث: {reason}</translation>
    </message>
    <message>
        <source>Type in the search field to search the profiles and the report.</source>
        <translation>اكتب في حقل البحث للبحث في اللمحات والتقرير.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n نتيجة</numerusform>
            <numerusform>%n نتيجة</numerusform>
            <numerusform>%n نتيجتان</numerusform>
            <numerusform>%n نتائج</numerusform>
            <numerusform>%n نتيجة</numerusform>
            <numerusform>%n نتيجة</numerusform>
        </translation>
    </message>
    <message>
        <source>The query was shortened to its first {words} words (a search reads at most {chars} characters and {terms} different words).</source>
        <translation>اختُصر الاستعلام إلى كلماته الـ{words} الأولى (يقرأ البحث {chars} حرفًا و{terms} كلمة مختلفة على الأكثر).</translation>
    </message>
</context>
<context>
    <name>SectionStrip</name>
    <message>
        <source>On this page: {sections}</source>
        <translation>في هذه الصفحة: {sections}</translation>
    </message>
    <message>
        <source>Sections of this page</source>
        <translation>أقسام هذه الصفحة</translation>
    </message>
</context>
<context>
    <name>SheetOptionsDialog</name>
    <message>
        <source>Sheet Options</source>
        <translation>خيارات الورقة</translation>
    </message>
    <message>
        <source>Tick the processes to compare; drag to change the order of the columns</source>
        <translation>أشِّر على العمليات المراد مقارنتها؛ واسحب لتغيير ترتيب الأعمدة</translation>
    </message>
    <message>
        <source>The 2005 participants</source>
        <translation>المشاركون في عام 2005</translation>
    </message>
    <message>
        <source>Tick the nine processes that took part in the 2005 workshop</source>
        <translation>التأشير على العمليات التسع التي شاركت في حلقة العمل لعام 2005</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>All</source>
        <translation>الكل</translation>
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
        <translation>تلقائي (أفقي لأكثر من أربع عمليات)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>عمودي</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>أفقي</translation>
    </message>
    <message>
        <source>Without my notes</source>
        <translation>دون ملاحظاتي</translation>
    </message>
    <message>
        <source>With my notes, in their cells</source>
        <translation>مع ملاحظاتي، في خلاياها</translation>
    </message>
    <message>
        <source>With my notes, numbered after the table</source>
        <translation>مع ملاحظاتي، مرقمة بعد الجدول</translation>
    </message>
    <message>
        <source>Profiles: every finding of the report, not only the widely shared ones</source>
        <translation>اللمحات: كل استنتاجات التقرير، لا الاستنتاجات المشتركة على نطاق واسع وحدها</translation>
    </message>
    <message>
        <source>Members map (profiles)</source>
        <translation>خريطة الأعضاء (اللمحات)</translation>
    </message>
    <message>
        <source>Profiles: the map of the members and observers after the facts (PDF and print only)</source>
        <translation>اللمحات: خريطة الأعضاء والمراقبين بعد المعلومات (في PDF والطباعة فقط)</translation>
    </message>
    <message>
        <source>Processes (columns; drag to reorder)</source>
        <translation>العمليات (الأعمدة؛ اسحب لإعادة الترتيب)</translation>
    </message>
    <message>
        <source>Dimensions (rows)</source>
        <translation>الأبعاد (الصفوف)</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>ال&amp;ورق:</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>الا&amp;تجاه:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>الم&amp;لاحظات:</translation>
    </message>
    <message>
        <source>Tick at least one process.</source>
        <translation>أشِّر على عملية واحدة على الأقل.</translation>
    </message>
    <message>
        <source>Tick at least one dimension.</source>
        <translation>أشِّر على بُعد واحد على الأقل.</translation>
    </message>
    <message>
        <source>{p} × {d}: processes × dimensions</source>
        <translation>{p} × {d}: العمليات × الأبعاد</translation>
    </message>
</context>
<context>
    <name>SheetPrinting</name>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>م&amp;عاينة قبل الطباعة…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>تصدير بتنسيق P&amp;DF…</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>تصدير بتنسيق &amp;ماركداون…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>تصدير بتنسيق &amp;CSV…</translation>
    </message>
    <message>
        <source>Sheet &amp;Options…</source>
        <translation>&amp;خيارات الورقة…</translation>
    </message>
    <message>
        <source>Profile of {name}</source>
        <translation>لمحة عن {name}</translation>
    </message>
    <message>
        <source>Comparison of {n} processes</source>
        <translation>مقارنة {n} عمليات</translation>
    </message>
    <message>
        <source>Print Pre&amp;view: {what}…</source>
        <translation>م&amp;عاينة قبل الطباعة: {what}…</translation>
    </message>
    <message>
        <source>&amp;Print: {what}…</source>
        <translation>&amp;طباعة: {what}…</translation>
    </message>
    <message>
        <source>Export P&amp;DF: {what}…</source>
        <translation>تصدير بتنسيق P&amp;DF: {what}…</translation>
    </message>
    <message>
        <source>Export &amp;Markdown: {what}…</source>
        <translation>تصدير بتنسيق &amp;ماركداون: {what}…</translation>
    </message>
    <message>
        <source>Export &amp;CSV: {what}…</source>
        <translation>تصدير بتنسيق &amp;CSV: {what}…</translation>
    </message>
    <message>
        <source>Nothing to print</source>
        <translation>لا شيء للطباعة</translation>
    </message>
    <message>
        <source>Add processes to the comparison, or open a process, first.</source>
        <translation>أضف أولًا عمليات إلى المقارنة، أو افتح عملية.</translation>
    </message>
    <message>
        <source>Print Preview: {title}</source>
        <translation>معاينة قبل الطباعة: {title}</translation>
    </message>
    <message>
        <source>Sheet Options…</source>
        <translation>خيارات الورقة…</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>فشلت الطباعة</translation>
    </message>
    <message>
        <source>{title}: {pages} pages</source>
        <translation>{title}: {pages} صفحات</translation>
    </message>
    <message>
        <source>Print: {title}</source>
        <translation>طباعة: {title}</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>ماركداون (*.md)</translation>
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
        <translation>تصدير الورقة</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>لا شيء للتصدير</translation>
    </message>
    <message>
        <source>Writing {path}…</source>
        <translation>جارٍ كتابة {path}…</translation>
    </message>
    <message>
        <source> ({n} pages)</source>
        <translation> ({n} صفحات)</translation>
    </message>
    <message>
        <source> (1 page)</source>
        <translation> (صفحة واحدة)</translation>
    </message>
    <message>
        <source>Saved {name}{pages} in {folder}</source>
        <translation>حُفظ {name}{pages} في {folder}</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>فتح المجلد</translation>
    </message>
    <message>
        <source>Open the folder of the file just written</source>
        <translation>فتح مجلد الملف الذي كُتب للتو</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>فشل التصدير</translation>
    </message>
    <message>
        <source>The sheet was not saved: {reason}</source>
        <translation>لم تُحفظ الورقة: {reason}</translation>
    </message>
</context>
<context>
    <name>Sheets</name>
    <message>
        <source>Comparison: {names}</source>
        <translation>مقارنة: {names}</translation>
    </message>
    <message>
        <source>Comparison of {n} processes on one dimension</source>
        <translation>مقارنة {n} عمليات في بُعد واحد</translation>
    </message>
    <message>
        <source>Comparison of {n} processes across {d} dimensions</source>
        <translation>مقارنة {n} عمليات في {d} أبعاد</translation>
    </message>
    <message>
        <source>no processes chosen: a comparison needs at least one</source>
        <translation>لم تُختر أي عملية: تحتاج المقارنة إلى عملية واحدة على الأقل</translation>
    </message>
    <message>
        <source>no dimensions chosen: a comparison needs at least one</source>
        <translation>لم يُختر أي بُعد: تحتاج المقارنة إلى بُعد واحد على الأقل</translation>
    </message>
    <message>
        <source>Name in the 2005 report</source>
        <translation>الاسم في تقرير عام 2005</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>يُعرف أيضًا باسم</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>الأمانة</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>الرئاسة</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>الاجتماعات</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>الأعضاء</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>المراقبون</translation>
    </message>
    <message>
        <source>Member organizations</source>
        <translation>المنظمات الأعضاء</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>الشركاء</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>الموقع الشبكي</translation>
    </message>
    <message>
        <source>no process chosen for the profile</source>
        <translation>لم تُختر أي عملية للّمحة</translation>
    </message>
    <message>
        <source>{label} ({n})</source>
        <translation>{label} ({n})</translation>
    </message>
    <message>
        <source>established {year}</source>
        <translation>أُنشئت عام {year}</translation>
    </message>
    <message>
        <source>took part in the 2005 workshop</source>
        <translation>شاركت في حلقة العمل لعام 2005</translation>
    </message>
    <message>
        <source>named in the report at {paragraphs}</source>
        <translation>مذكورة في التقرير في {paragraphs}</translation>
    </message>
    <message>
        <source>Process profile: {name}</source>
        <translation>لمحة عن العملية: {name}</translation>
    </message>
    <message>
        <source>words in [square brackets] are the editor&apos;s gloss</source>
        <translation>الكلمات بين [معقوفين] شرح من المحرر</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>هذا مجلد، لا ملف</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>المجلد غير موجود</translation>
    </message>
    <message>
        <source>the folder cannot be written to</source>
        <translation>لا يمكن الكتابة في المجلد</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>الملف للقراءة فقط</translation>
    </message>
    <message>
        <source>Regional consultative process</source>
        <translation>عملية تشاورية إقليمية</translation>
    </message>
    <message>
        <source>Inter-regional forum</source>
        <translation>منتدى أقاليمي</translation>
    </message>
    <message>
        <source>active</source>
        <translation>نشطة</translation>
    </message>
    <message>
        <source>dormant</source>
        <translation>خاملة</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>منتهية</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>1 state</source>
        <translation>دولة واحدة</translation>
    </message>
    <message>
        <source>{n} states</source>
        <translation>{n} دول</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>1 more finding in the report: {citations}</source>
        <translation>استنتاج واحد آخر في التقرير: {citations}</translation>
    </message>
    <message>
        <source>{n} more findings in the report: {citations}</source>
        <translation>{n} استنتاجات أخرى في التقرير: {citations}</translation>
    </message>
    <message>
        <source>accessed {date}</source>
        <translation>تاريخ الاطلاع {date}</translation>
    </message>
    <message>
        <source>Accessed {date} unless another date is given.</source>
        <translation>تاريخ الاطلاع {date} ما لم يُذكر تاريخ آخر.</translation>
    </message>
    <message>
        <source>since {year}</source>
        <translation>منذ {year}</translation>
    </message>
    <message>
        <source>Each cell gives the process&apos;s own arrangement and the date it holds for; the small numbers are the sources listed after the table. The shaded line under each row gives the 2005 report&apos;s finding that bears most on it, with its paragraph (¶), the level of agreement the report records and how many more findings bear on the row. Words in [square brackets] are the editor&apos;s, from the paragraph.</source>
        <translation>تبيّن كل خلية الترتيب الخاص بالعملية والتاريخ الذي يصح فيه؛ والأرقام الصغيرة هي المصادر المدرجة بعد الجدول. ويبيّن السطر المظلل تحت كل صف استنتاج تقرير عام 2005 الأوثق صلة به، مع فقرته (¶)، ودرجة التوافق التي يسجلها التقرير، وعدد الاستنتاجات الأخرى المتصلة بالصف. والكلمات بين [معقوفين] من المحرر، مأخوذة من الفقرة.</translation>
    </message>
    <message>
        <source>Processes {first}–{last} of {count}</source>
        <translation>العمليات {first}–{last} من {count}</translation>
    </message>
    <message>
        <source>Your notes on the process</source>
        <translation>ملاحظاتك على العملية</translation>
    </message>
    <message>
        <source>Members map of {name}, from the membership list as of {date}.</source>
        <translation>خريطة أعضاء {name}، من قائمة الأعضاء حتى {date}.</translation>
    </message>
    <message>
        <source>Members map of {name}; the membership list gives no date.</source>
        <translation>خريطة أعضاء {name}؛ قائمة الأعضاء غير مؤرخة.</translation>
    </message>
    <message>
        <source>The members map is printed only in the PDF and on paper.</source>
        <translation>لا تُطبع خريطة الأعضاء إلا في PDF وعلى الورق.</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>المعلومات</translation>
    </message>
    <message>
        <source>Positions on the comparison dimensions</source>
        <translation>المواقف بشأن أبعاد المقارنة</translation>
    </message>
    <message>
        <source>{n} further findings of narrower agreement are not printed here; the report view shows them all.</source>
        <translation>لا تُطبع هنا {n} استنتاجات أخرى أضيق توافقًا؛ ويعرضها كلها عرضُ التقرير.</translation>
    </message>
    <message>
        <source>The report does not name this process; it took no part in the 2005 workshop. The report&apos;s finding on each dimension is given in the table above.</source>
        <translation>لا يسمّي التقرير هذه العملية؛ فهي لم تشارك في حلقة العمل لعام 2005. ويرد استنتاج التقرير بشأن كل بُعد في الجدول أعلاه.</translation>
    </message>
    <message>
        <source>2005 report</source>
        <translation>تقرير عام 2005</translation>
    </message>
    <message>
        <source>Another source gives</source>
        <translation>يذكر مصدر آخر</translation>
    </message>
    <message>
        <source>as of {date}</source>
        <translation>حتى {date}</translation>
    </message>
    <message>
        <source>Colours of your notes</source>
        <translation>ألوان ملاحظاتك</translation>
    </message>
    <message>
        <source>Data edition {edition}</source>
        <translation>إصدار البيانات {edition}</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>البُعد</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>المعلومة</translation>
    </message>
    <message>
        <source>Findings on the processes that took part, widest agreement first</source>
        <translation>الاستنتاجات بشأن العمليات المشاركة، الأوسع توافقًا أولًا</translation>
    </message>
    <message>
        <source>No finding on this dimension in the report</source>
        <translation>لا استنتاج بشأن هذا البُعد في التقرير</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(بلا نص)</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <source>On the data</source>
        <translation>عن البيانات</translation>
    </message>
    <message>
        <source>Printed {date}</source>
        <translation>طُبعت في {date}</translation>
    </message>
    <message>
        <source>Report: {citation}</source>
        <translation>التقرير: {citation}</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>The 2005 report on this dimension</source>
        <translation>تقرير عام 2005 بشأن هذا البُعد</translation>
    </message>
    <message>
        <source>(unverified)</source>
        <translation>(لم يُتحقق منه)</translation>
    </message>
    <message>
        <source>Value, date and sources</source>
        <translation>القيمة والتاريخ والمصادر</translation>
    </message>
    <message>
        <source>What the 2005 report says</source>
        <translation>ما يقوله تقرير عام 2005</translation>
    </message>
    <message>
        <source>Where the report names the process</source>
        <translation>حيث يسمّي التقرير العملية</translation>
    </message>
    <message>
        <source>Your notes</source>
        <translation>ملاحظاتك</translation>
    </message>
    <message>
        <source>{label} (continued)</source>
        <translation>{label} (تتمة)</translation>
    </message>
    <message>
        <source>{label} (cont.)</source>
        <translation>{label} (تتمة)</translation>
    </message>
    <message>
        <source>the page is too small for a sheet</source>
        <translation>الصفحة أصغر من أن تتسع لورقة</translation>
    </message>
    <message>
        <source>page {page} of {pages}</source>
        <translation>الصفحة {page} من {pages}</translation>
    </message>
    <message>
        <source>Data edition {edition} · rcpdesk</source>
        <translation>إصدار البيانات {edition} · rcpdesk</translation>
    </message>
    <message>
        <source>Report cited (¶ = its paragraphs): {citation}</source>
        <translation>التقرير المستشهد به (¶ = فقراته): {citation}</translation>
    </message>
    <message>
        <source>cannot write to the printer or the file</source>
        <translation>تتعذر الكتابة إلى الطابعة أو الملف</translation>
    </message>
    <message>
        <source>cannot start a new page</source>
        <translation>يتعذر بدء صفحة جديدة</translation>
    </message>
    <message>
        <source>the page layout was refused</source>
        <translation>رُفض تخطيط الصفحة</translation>
    </message>
    <message>
        <source>nothing was written to {path}</source>
        <translation>لم يُكتب شيء في {path}</translation>
    </message>
    <message>
        <source>{start}–today</source>
        <translation>{start}–اليوم</translation>
    </message>
    <message>
        <source>{start}–{end}</source>
        <translation>{start}–{end}</translation>
    </message>
    <message>
        <source>until {year}</source>
        <translation>حتى عام {year}</translation>
    </message>
    <message>
        <source>year joined not known</source>
        <translation>سنة الانضمام غير معروفة</translation>
    </message>
    <message>
        <source>The 2005 report, {citation}</source>
        <translation>تقرير عام 2005، {citation}</translation>
    </message>
    <message>
        <source>Briefing pack: {names}</source>
        <translation>ملف الإحاطة: {names}</translation>
    </message>
    <message>
        <source>Briefing pack: {n} processes</source>
        <translation>ملف الإحاطة: {n} عمليات</translation>
    </message>
    <message>
        <source>no processes chosen: a pack needs at least one</source>
        <translation>لم تُختر أي عملية: يحتاج ملف الإحاطة إلى عملية واحدة على الأقل</translation>
    </message>
    <message>
        <source>For the delegation of {country}: {names}</source>
        <translation>لوفد {country}: {names}</translation>
    </message>
    <message>
        <source>For a meeting of {names}</source>
        <translation>لاجتماع {names}</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>الغلاف</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>المحتويات</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>اللمحات</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>المقارنة</translation>
    </message>
    <message>
        <source>The 2005 report&apos;s findings on these rows</source>
        <translation>استنتاجات تقرير عام 2005 بشأن هذه الصفوف</translation>
    </message>
    <message>
        <source>Members maps</source>
        <translation>خرائط الأعضاء</translation>
    </message>
    <message>
        <source>Country: {name}</source>
        <translation>البلد: {name}</translation>
    </message>
    <message>
        <source>Notes tagged: {tags}</source>
        <translation>الملاحظات الموسومة: {tags}</translation>
    </message>
    <message>
        <source>For each row compared, the findings of the 2005 report that bear on it, the one that fits it best in full: the paragraph (¶), the level of agreement the report records, and its words. Words in [square brackets] are the editor&apos;s.</source>
        <translation>لكل صف مقارن، استنتاجات تقرير عام 2005 المتعلقة به، ويُورد الأنسب له كاملًا: الفقرة (¶)، ودرجة التوافق التي يسجلها التقرير، وكلماته. والكلمات بين [معقوفين] من المحرر.</translation>
    </message>
    <message>
        <source>Also bearing on this row: {citations}</source>
        <translation>تتعلق بهذا الصف أيضًا: {citations}</translation>
    </message>
    <message>
        <source>The report has no finding on the rows compared.</source>
        <translation>لا يتضمن التقرير أي استنتاج بشأن الصفوف المقارنة.</translation>
    </message>
    <message>
        <source>No process lists {name} as a member or an observer.</source>
        <translation>لا تدرج أي عملية {name} عضوًا أو مراقبًا.</translation>
    </message>
    <message>
        <source>Its roles in every process, from the dated membership lists; the pack&apos;s processes first (marked ●).</source>
        <translation>أدواره في كل عملية، من قوائم العضوية المؤرخة؛ وعمليات ملف الإحاطة أولًا (معلَّمة بـ●).</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>العملية</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الصفة</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>السنوات</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>حتى تاريخ</translation>
    </message>
    <message>
        <source>member</source>
        <translation>عضو</translation>
    </message>
    <message>
        <source>observer</source>
        <translation>مراقب</translation>
    </message>
    <message>
        <source>{role} (ended)</source>
        <translation>{role} (منتهية)</translation>
    </message>
    <message>
        <source>The processes&apos; chair records do not name {name}.</source>
        <translation>لا تذكر سجلات الرئاسة في العمليات {name}.</translation>
    </message>
    <message>
        <source>{shown} of your {total} notes: those tagged {tags}.</source>
        <translation>{shown} من ملاحظاتك البالغ عددها {total}: الموسومة بـ{tags}.</translation>
    </message>
    <message>
        <source>All your notes ({n}), grouped by what they are on.</source>
        <translation>كل ملاحظاتك ({n})، مجمعة حسب موضوعها.</translation>
    </message>
    <message>
        <source>No notes to show.</source>
        <translation>لا توجد ملاحظات لعرضها.</translation>
    </message>
    <message>
        <source>Chairs</source>
        <translation>الرئاسات</translation>
    </message>
    <message>
        <source>{title} · data edition {edition} · rcpdesk</source>
        <translation>{title} · إصدار البيانات {edition} · rcpdesk</translation>
    </message>
    <message>
        <source>The members maps are printed only in the PDF and on paper.</source>
        <translation>لا تُطبع خرائط الأعضاء إلا في ملف PDF وعلى الورق.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
</context>
<context>
    <name>TimelineCanvas</name>
    <message>
        <source>Founded {year} · {region}</source>
        <translation>أُسست عام {year} · {region}</translation>
    </message>
    <message>
        <source>Attended the 2005 workshop</source>
        <translation>شاركت في حلقة العمل لعام 2005</translation>
    </message>
    <message>
        <source>Did not attend the 2005 workshop</source>
        <translation>لم تشارك في حلقة العمل لعام 2005</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>الحالة: {status}</translation>
    </message>
</context>
<context>
    <name>TreeModel</name>
    <message>
        <source>Processes by region</source>
        <translation>العمليات حسب المنطقة</translation>
    </message>
    <message>
        <source>The regional consultative processes and inter-regional forums</source>
        <translation>العمليات التشاورية الإقليمية والمنتديات الأقاليمية</translation>
    </message>
    <message>
        <source>GCIM–IOM Workshop report, 2005</source>
        <translation>تقرير حلقة العمل المشتركة بين اللجنة العالمية والمنظمة الدولية للهجرة، 2005</translation>
    </message>
    <message>
        <source>The report of the GCIM–IOM Workshop on RCPs, Geneva, April 2005</source>
        <translation>تقرير حلقة العمل المشتركة بين اللجنة العالمية المعنية بالهجرة الدولية والمنظمة الدولية للهجرة بشأن العمليات التشاورية الإقليمية، جنيف، نيسان/أبريل 2005</translation>
    </message>
    <message>
        <source>Comparison dimensions</source>
        <translation>أبعاد المقارنة</translation>
    </message>
    <message>
        <source>The dimensions the report compares processes by</source>
        <translation>الأبعاد التي يقارن التقرير العمليات وفقها</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>البلدان</translation>
    </message>
    <message>
        <source>Countries that are members or observers of a process</source>
        <translation>البلدان الأعضاء في عملية أو المراقبة فيها</translation>
    </message>
    <message>
        <source>Took part in the 2005 workshop</source>
        <translation>شاركت في حلقة العمل لعام 2005</translation>
    </message>
    <message numerus="yes">
        <source>%n process(es)</source>
        <translation>
            <numerusform>%n عملية</numerusform>
            <numerusform>%n عملية</numerusform>
            <numerusform>%n عمليتان</numerusform>
            <numerusform>%n عمليات</numerusform>
            <numerusform>%n عملية</numerusform>
            <numerusform>%n عملية</numerusform>
        </translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>المحتويات</translation>
    </message>
    <message>
        <source>Has notes</source>
        <translation>عليها ملاحظات</translation>
    </message>
</context>
<context>
    <name>TreePanel</name>
    <message>
        <source>Filter processes, paragraphs, countries…</source>
        <translation>تصفية العمليات والفقرات والبلدان…</translation>
    </message>
    <message>
        <source>Filter the contents</source>
        <translation>تصفية المحتويات</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>المحتويات</translation>
    </message>
    <message>
        <source>Processes by region, the 2005 report by section and paragraph, the comparison dimensions and the countries; Enter opens the page, the context menu adds processes to the comparison</source>
        <translation>العمليات حسب المنطقة، وتقرير عام 2005 حسب القسم والفقرة، وأبعاد المقارنة، والبلدان؛ يفتح Enter الصفحة، وتضيف القائمة السياقية العمليات إلى المقارنة</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <source>&amp;Add to comparison</source>
        <translation>إ&amp;ضافة إلى المقارنة</translation>
    </message>
</context>
<context>
    <name>ZoomController</name>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;تكبير</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>الحجم ال&amp;فعلي</translation>
    </message>
</context>
<context>
    <name>agreement</name>
    <message>
        <source>Unanimous</source>
        <translation>بالإجماع</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>توافق في الآراء</translation>
    </message>
    <message>
        <source>Broad agreement</source>
        <translation>اتفاق واسع</translation>
    </message>
    <message>
        <source>Majority</source>
        <translation>الأغلبية</translation>
    </message>
    <message>
        <source>Many participants</source>
        <translation>كثير من المشاركين</translation>
    </message>
    <message>
        <source>Several participants</source>
        <translation>عدة مشاركين</translation>
    </message>
    <message>
        <source>Some participants</source>
        <translation>بعض المشاركين</translation>
    </message>
    <message>
        <source>A few participants</source>
        <translation>قلة من المشاركين</translation>
    </message>
    <message>
        <source>One participant</source>
        <translation>مشارك واحد</translation>
    </message>
    <message>
        <source>The report states</source>
        <translation>يفيد التقرير</translation>
    </message>
    <message>
        <source>Speaker&apos;s own statement</source>
        <translation>بيان المتكلم نفسه</translation>
    </message>
    <message>
        <source>Procedural (no position)</source>
        <translation>إجرائي (بلا موقف)</translation>
    </message>
</context>
<context>
    <name>facts</name>
    <message>
        <source>Founded</source>
        <translation>تاريخ التأسيس</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>الأمانة</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>الرئاسة</translation>
    </message>
    <message>
        <source>Meeting levels</source>
        <translation>مستويات الاجتماعات</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>الأعضاء</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>المراقبون</translation>
    </message>
    <message>
        <source>Member organizations</source>
        <translation>المنظمات الأعضاء</translation>
    </message>
    <message>
        <source>Partner organizations</source>
        <translation>المنظمات الشريكة</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>الموقع الشبكي</translation>
    </message>
    <message>
        <source>Regional consultative process</source>
        <translation>عملية تشاورية إقليمية</translation>
    </message>
    <message>
        <source>Inter-regional forum</source>
        <translation>منتدى أقاليمي</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشطة</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>خاملة</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>منتهية</translation>
    </message>
    <message>
        <source>Sourced</source>
        <translation>موثق المصدر</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>لم يُتحقق منه</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>{start}–{end}</source>
        <translation>{start}–{end}</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>عضو</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>مراقب</translation>
    </message>
</context>
<context>
    <name>notes</name>
    <message>
        <source>1 note</source>
        <translation>ملاحظة واحدة</translation>
    </message>
    <message>
        <source>A colour must be written like #1a2b3c (got {hex!r}).</source>
        <translation>يجب أن يُكتب اللون على نحو ‎#1a2b3c (القيمة المُدخلة {hex!r}).</translation>
    </message>
    <message>
        <source>A colour name must be 1 to {limit} characters (got {name!r}).</source>
        <translation>يجب أن يتكون اسم اللون من 1 إلى {limit} حرفًا (القيمة المُدخلة {name!r}).</translation>
    </message>
    <message>
        <source>A comparison cell id is PROCESS#DIMENSION (got {target_id!r}).</source>
        <translation>معرّف خلية المقارنة هو PROCESS#DIMENSION (القيمة المُدخلة {target_id!r}).</translation>
    </message>
    <message>
        <source>A note may have at most {limit} characters; this one has {length}.</source>
        <translation>لا يجوز أن تتجاوز الملاحظة {limit} حرفًا؛ وهذه فيها {length}.</translation>
    </message>
    <message>
        <source>A note may have at most {limit} tags.</source>
        <translation>لا يجوز أن تحمل الملاحظة أكثر من {limit} وسمًا.</translation>
    </message>
    <message>
        <source>A note target needs a stable id (got {target_id!r}).</source>
        <translation>يحتاج موضوع الملاحظة إلى معرّف ثابت (القيمة المُدخلة {target_id!r}).</translation>
    </message>
    <message>
        <source>A passage needs the quoted text and its start and end offsets in the paragraph.</source>
        <translation>يحتاج المقطع إلى النص المقتبس وموضعَي بدايته ونهايته في الفقرة.</translation>
    </message>
    <message>
        <source>A tag must be 1 to {limit} characters without line breaks (got {tag!r}).</source>
        <translation>يجب أن يتكون الوسم من 1 إلى {limit} حرفًا دون فواصل أسطر (القيمة المُدخلة {tag!r}).</translation>
    </message>
    <message>
        <source>Added note {note_id}.</source>
        <translation>أُضيفت الملاحظة {note_id}.</translation>
    </message>
    <message>
        <source>Backups in {folder}, newest first:</source>
        <translation>النسخ الاحتياطية في {folder}، الأحدث أولًا:</translation>
    </message>
    <message>
        <source>Cannot tell the format of {name}: name it .rcpnotes, .md or .csv, or give --format.</source>
        <translation>يتعذر تحديد تنسيق {name}: سمِّه بامتداد ‎.rcpnotes أو ‎.md أو ‎.csv، أو استخدم --format.</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>تشغيل تجريبي: لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>تم الاستيراد.</translation>
    </message>
    <message>
        <source>Moved note {note_id} to the trash.</source>
        <translation>نُقلت الملاحظة {note_id} إلى المهملات.</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>لا توجد ملاحظات.</translation>
    </message>
    <message>
        <source>No process, paragraph, dimension or comparison cell has the id {target_id!r}.</source>
        <translation>لا توجد عملية أو فقرة أو بُعد أو خلية مقارنة بالمعرّف {target_id!r}.</translation>
    </message>
    <message>
        <source>Nothing was changed. To keep this file aside (it is never deleted) and restore your notes from the newest good backup, run: rcpdesk notes recover (rcpdesk notes recover --list shows every backup).</source>
        <translation>لم يُغيَّر شيء. للاحتفاظ بهذا الملف جانبًا (فهو لا يُحذف أبدًا) واستعادة ملاحظاتك من أحدث نسخة احتياطية سليمة، شغّل: rcpdesk notes recover (ويعرض rcpdesk notes recover --list كل النسخ الاحتياطية).</translation>
    </message>
    <message>
        <source>Restored note {note_id}.</source>
        <translation>استُعيدت الملاحظة {note_id}.</translation>
    </message>
    <message>
        <source>Say what {target_id!r} is with --kind (process, paragraph, dimension or cell).</source>
        <translation>حدِّد ماهية {target_id!r} باستخدام --kind (process أو paragraph أو dimension أو cell).</translation>
    </message>
    <message>
        <source>The backup {name} is damaged too and cannot be restored. Nothing was changed.</source>
        <translation>النسخة الاحتياطية {name} تالفة أيضًا ولا يمكن استعادتها. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>The damaged notes file was moved to {moved}. There was no usable backup, so rcpdesk starts with an empty notes database.</source>
        <translation>نُقل ملف الملاحظات التالف إلى {moved}. ولم تكن هناك نسخة احتياطية صالحة، لذا يبدأ rcpdesk بقاعدة بيانات ملاحظات فارغة.</translation>
    </message>
    <message>
        <source>The file {name} dates the note {note_id} {time}, later than tomorrow: the clock that wrote it was wrong. Nothing was imported.</source>
        <translation>يؤرخ الملف {name} الملاحظة {note_id} بتاريخ {time}، أي بعد الغد: كانت الساعة التي كتبته خاطئة. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>The file {name} does not exist or cannot be read.</source>
        <translation>الملف {name} غير موجود أو تتعذر قراءته.</translation>
    </message>
    <message>
        <source>The file {name} holds the note {note_id} twice. Nothing was imported.</source>
        <translation>يتضمن الملف {name} الملاحظة {note_id} مرتين. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>The file {name} holds {count} notes; at most {limit} can be imported at once. Nothing was imported.</source>
        <translation>يتضمن الملف {name} {count} ملاحظة؛ ولا يمكن استيراد أكثر من {limit} في المرة الواحدة. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>The file {name} is not UTF-8 text. Nothing was imported.</source>
        <translation>الملف {name} ليس نصًّا بترميز UTF-8. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>The file {name} is not an rcpdesk notes file ({detail}). Nothing was imported.</source>
        <translation>الملف {name} ليس ملف ملاحظات rcpdesk ({detail}). لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>The file {name} is not valid JSON (line {line}, column {column}: {detail}). Nothing was imported.</source>
        <translation>الملف {name} ليس JSON صالحًا (السطر {line}، العمود {column}: {detail}). لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>The file {name} is too large to be a notes file ({size} bytes; the limit is {limit}). Nothing was imported.</source>
        <translation>الملف {name} أكبر من أن يكون ملف ملاحظات ({size} بايت؛ والحد {limit}). لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>The id {prefix} matches more than one note: give more of it.</source>
        <translation>المعرّف {prefix} يطابق أكثر من ملاحظة: أدخل جزءًا أطول منه.</translation>
    </message>
    <message>
        <source>The note {note_id} is not a conflict copy.</source>
        <translation>الملاحظة {note_id} ليست نسخة تعارض.</translation>
    </message>
    <message>
        <source>The note {note_id} is not in the trash.</source>
        <translation>الملاحظة {note_id} ليست في المهملات.</translation>
    </message>
    <message>
        <source>The notes database is closed.</source>
        <translation>قاعدة بيانات الملاحظات مغلقة.</translation>
    </message>
    <message>
        <source>The notes file is a database, but not an rcpdesk notes database: {path}</source>
        <translation>ملف الملاحظات قاعدة بيانات، لكنه ليس قاعدة بيانات ملاحظات rcpdesk: {path}</translation>
    </message>
    <message>
        <source>The notes file is not a notes database (it may have been overwritten by another program): {path}</source>
        <translation>ملف الملاحظات ليس قاعدة بيانات ملاحظات (ربما كتب برنامج آخر فوقه): {path}</translation>
    </message>
    <message>
        <source>The notes file was moved to {moved}. Your notes were restored from the automatic backup of {when}; changes made after that backup are in the moved file.</source>
        <translation>نُقل ملف الملاحظات إلى {moved}. واستُعيدت ملاحظاتك من النسخة الاحتياطية التلقائية المؤرخة {when}؛ والتغييرات التي أُجريت بعد تلك النسخة موجودة في الملف المنقول.</translation>
    </message>
    <message>
        <source>The notes were written against the data edition {theirs}; you have {ours}.</source>
        <translation>كُتبت الملاحظات وفق إصدار البيانات {theirs}؛ ولديك {ours}.</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>المهملات فارغة.</translation>
    </message>
    <message>
        <source>There are no backups in {folder}.</source>
        <translation>لا توجد نسخ احتياطية في {folder}.</translation>
    </message>
    <message>
        <source>There is already a colour named {name!r}.</source>
        <translation>يوجد بالفعل لون باسم {name!r}.</translation>
    </message>
    <message>
        <source>There is no backup to restore in {folder}. Nothing was changed.</source>
        <translation>لا توجد نسخة احتياطية لاستعادتها في {folder}. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>There is no backup {name} in {folder}. rcpdesk notes recover --list shows them.</source>
        <translation>لا توجد نسخة احتياطية {name} في {folder}. ويعرضها rcpdesk notes recover --list.</translation>
    </message>
    <message>
        <source>There is no colour named {colour!r}. The colours are: {known}.</source>
        <translation>لا يوجد لون باسم {colour!r}. الألوان هي: {known}.</translation>
    </message>
    <message>
        <source>There is no note with the id {note_id}.</source>
        <translation>لا توجد ملاحظة بالمعرّف {note_id}.</translation>
    </message>
    <message>
        <source>This note was changed in another window since you opened it. Your version was not saved; reopen the note to see both.</source>
        <translation>غُيّرت هذه الملاحظة في نافذة أخرى منذ أن فتحتها. لم تُحفظ نسختك؛ أعد فتح الملاحظة لترى النسختين.</translation>
    </message>
    <message>
        <source>Unexpected error ({kind}): {detail}</source>
        <translation>خطأ غير متوقع ({kind}): {detail}</translation>
    </message>
    <message>
        <source>Unknown export format: {format} (rcpnotes, md or csv).</source>
        <translation>تنسيق تصدير غير معروف: {format} (rcpnotes أو md أو csv).</translation>
    </message>
    <message>
        <source>Unknown kind of note target: {kind} (one of {kinds}).</source>
        <translation>نوع غير معروف لموضوع الملاحظة: {kind} (أحد ما يلي: {kinds}).</translation>
    </message>
    <message>
        <source>Unknown note format: {body_format} (text or markdown).</source>
        <translation>تنسيق ملاحظة غير معروف: {body_format} (text أو markdown).</translation>
    </message>
    <message>
        <source>Wrote {count} notes to {path}.</source>
        <translation>كُتبت {count} ملاحظة في {path}.</translation>
    </message>
    <message>
        <source>Your notes are busy in another rcpdesk window that did not finish saving in time. Try again in a moment.</source>
        <translation>ملاحظاتك مشغولة في نافذة rcpdesk أخرى لم تُكمل الحفظ في الوقت المناسب. حاول مجددًا بعد لحظة.</translation>
    </message>
    <message>
        <source>Your notes are on a read-only disk or folder ({path}): they can be read, searched, printed and exported, but not changed.</source>
        <translation>ملاحظاتك على قرص أو مجلد للقراءة فقط ({path}): يمكن قراءتها والبحث فيها وطباعتها وتصديرها، لا تغييرها.</translation>
    </message>
    <message>
        <source>Your notes cannot be saved: the notes file or its folder is read-only ({path}). Notes can be read but not changed.</source>
        <translation>لا يمكن حفظ ملاحظاتك: ملف الملاحظات أو مجلده للقراءة فقط ({path}). يمكن قراءة الملاحظات لا تغييرها.</translation>
    </message>
    <message>
        <source>Your notes could not be saved ({detail}). Nothing was changed.</source>
        <translation>تعذّر حفظ ملاحظاتك ({detail}). لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>Your notes database is damaged and cannot be read ({detail}): {path}</source>
        <translation>قاعدة بيانات ملاحظاتك تالفة وتتعذر قراءتها ({detail}): {path}</translation>
    </message>
    <message>
        <source>Your notes file is empty or missing, yet it held notes before ({count} in the backup of {when}). A full disk, a sync tool or a bad copy may have emptied it: {path}</source>
        <translation>ملف ملاحظاتك فارغ أو مفقود، مع أنه كان يتضمن ملاحظات من قبل ({count} في النسخة الاحتياطية المؤرخة {when}). ربما أفرغه قرص ممتلئ أو أداة مزامنة أو نسخ معيب: {path}</translation>
    </message>
    <message>
        <source>Your notes file is empty or missing, yet it held notes on {when} ({count} then), and no backup holds them. A full disk, a sync tool or a bad copy may have emptied it; a copy of the profile folder made before then may still have them: {path}</source>
        <translation>ملف ملاحظاتك فارغ أو مفقود، مع أنه كان يتضمن ملاحظات في {when} ({count} حينها)، ولا تتضمنها أي نسخة احتياطية. ربما أفرغه قرص ممتلئ أو أداة مزامنة أو نسخ معيب؛ وقد تتضمنها نسخة من مجلد الملف الشخصي أُخذت قبل ذلك: {path}</translation>
    </message>
    <message>
        <source>Your notes file is readable ({count} notes), so nothing was changed: {path}. To replace it with a backup anyway (it is kept aside), name one with --from NUMBER; --list shows them.</source>
        <translation>ملف ملاحظاتك مقروء ({count} ملاحظة)، لذا لم يُغيَّر شيء: {path}. ولاستبداله بنسخة احتياطية على أي حال (مع الاحتفاظ به جانبًا)، سمِّ واحدة باستخدام --from NUMBER؛ ويعرضها --list.</translation>
    </message>
    <message>
        <source>Your notes file now holds {count} notes: {path}</source>
        <translation>يتضمن ملف ملاحظاتك الآن {count} ملاحظة: {path}</translation>
    </message>
    <message>
        <source>Your notes file now: {state}. To restore the newest good backup: rcpdesk notes recover; a chosen one: rcpdesk notes recover --from NUMBER</source>
        <translation>ملف ملاحظاتك الآن: {state}. لاستعادة أحدث نسخة احتياطية سليمة: rcpdesk notes recover؛ ولاستعادة نسخة مختارة: rcpdesk notes recover --from NUMBER</translation>
    </message>
    <message>
        <source>Your notes need an upgrade to this version of rcpdesk, but the notes file is read-only: {path}</source>
        <translation>تحتاج ملاحظاتك إلى ترقية لهذا الإصدار من rcpdesk، لكن ملف الملاحظات للقراءة فقط: {path}</translation>
    </message>
    <message>
        <source>Your notes were restored from the automatic backup of {when}.</source>
        <translation>استُعيدت ملاحظاتك من النسخة الاحتياطية التلقائية المؤرخة {when}.</translation>
    </message>
    <message>
        <source>Your notes were saved by a newer version of rcpdesk (notes format {found}; this version reads up to {supported}). Update rcpdesk to use them; the file is left untouched: {path}</source>
        <translation>حُفظت ملاحظاتك بإصدار أحدث من rcpdesk (تنسيق الملاحظات {found}؛ وهذا الإصدار يقرأ حتى {supported}). حدِّث rcpdesk لاستخدامها؛ ولم يُمس الملف: {path}</translation>
    </message>
    <message>
        <source>changed here and there</source>
        <translation>غُيّرت هنا وهناك</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>تعارض</translation>
    </message>
    <message>
        <source>conflicts</source>
        <translation>تعارضات</translation>
    </message>
    <message>
        <source>damaged or empty</source>
        <translation>تالف أو فارغ</translation>
    </message>
    <message>
        <source>damaged, cannot be restored</source>
        <translation>تالفة، لا يمكن استعادتها</translation>
    </message>
    <message>
        <source>deleted here after it was last changed there</source>
        <translation>حُذفت هنا بعد آخر تغيير لها هناك</translation>
    </message>
    <message>
        <source>deleted there, changed here since: kept</source>
        <translation>حُذفت هناك، وغُيّرت هنا منذ ذلك: أُبقي عليها</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>مفقود</translation>
    </message>
    <message>
        <source>same time, different text</source>
        <translation>الوقت نفسه، نص مختلف</translation>
    </message>
    <message>
        <source>{count} notes</source>
        <translation>{count} ملاحظة</translation>
    </message>
    <message>
        <source>{count} notes contained control characters, which were removed.</source>
        <translation>احتوت {count} ملاحظات على أحرف تحكم أُزيلت.</translation>
    </message>
    <message>
        <source>{count} notes, readable</source>
        <translation>{count} ملاحظة، مقروءة</translation>
    </message>
    <message>
        <source>{count} of the notes in {name} are on things this edition of the data does not have ({examples}). Nothing was imported; import them anyway to keep them in the &quot;needs review&quot; list.</source>
        <translation>{count} من الملاحظات في {name} تتعلق بعناصر لا يتضمنها إصدار البيانات هذا ({examples}). لم يُستورد شيء؛ استوردها على أي حال للاحتفاظ بها في قائمة «تحتاج إلى مراجعة».</translation>
    </message>
    <message>
        <source>{new} new, {updated} updated, {conflicts} {conflict_word}, {unchanged} unchanged, {deleted} deleted</source>
        <translation>{new} جديدة، {updated} محدَّثة، {conflicts} {conflict_word}، {unchanged} دون تغيير، {deleted} محذوفة</translation>
    </message>
</context>
<context>
    <name>profile</name>
    <message>
        <source>The profile folder {path} is a file, not a folder. Give --profile (or RCPDESK_HOME) a folder; a new one is made when it does not exist.</source>
        <translation>مجلد الملف الشخصي {path} ملف، لا مجلد. أعطِ --profile (أو RCPDESK_HOME) مجلدًا؛ ويُنشأ مجلد جديد إذا لم يكن موجودًا.</translation>
    </message>
</context>
</TS>
