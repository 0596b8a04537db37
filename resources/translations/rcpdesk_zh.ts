<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About rcpdesk</source>
        <translation>关于 rcpdesk</translation>
    </message>
    <message>
        <source>rcpdesk never goes online: links are shown as text.</source>
        <translation>rcpdesk 从不联网：链接仅以文本显示。</translation>
    </message>
    <message>
        <source>An offline reference for delegates to the Regional Consultative Processes on migration.</source>
        <translation>供移民问题区域协商进程代表使用的离线参考资料。</translation>
    </message>
    <message>
        <source>Data edition:</source>
        <translation>数据版本：</translation>
    </message>
    <message>
        <source>Profiles:</source>
        <translation>概况：</translation>
    </message>
    <message>
        <source>Publishers:</source>
        <translation>发布方：</translation>
    </message>
    <message>
        <source>The report:</source>
        <translation>报告：</translation>
    </message>
    <message>
        <source>schema</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>{count} sources, from the processes&apos; own sites and records, IOM and research institutes. Each fact in the detail view names its sources and the date it holds for.</source>
        <translation>{count} 个来源，取自各进程自身的网站和记录、国际移民组织及研究机构。详细视图中的每项事实均注明其来源及其适用日期。</translation>
    </message>
</context>
<context>
    <name>BriefingPack</name>
    <message>
        <source>&amp;Briefing Pack…</source>
        <translation>简报材料(&amp;B)…</translation>
    </message>
    <message>
        <source>One document for a meeting: profiles, comparison, the report&apos;s findings, maps, your country and your notes</source>
        <translation>一份会议文件：概况、比较、报告的结论、地图、您的国家和您的笔记</translation>
    </message>
    <message>
        <source>Save Briefing Pack</source>
        <translation>保存简报材料</translation>
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
        <translation>正在写入 {path}…</translation>
    </message>
    <message>
        <source>The briefing pack was not saved to {path}: {reason}</source>
        <translation>简报材料未保存到 {path}：{reason}</translation>
    </message>
    <message>
        <source>Briefing pack not saved</source>
        <translation>简报材料未保存</translation>
    </message>
</context>
<context>
    <name>BriefingPackDialog</name>
    <message>
        <source>Briefing Pack</source>
        <translation>简报材料</translation>
    </message>
    <message>
        <source>No country page</source>
        <translation>不含国家页</translation>
    </message>
    <message>
        <source>All notes; or tags such as budget, speech</source>
        <translation>全部笔记；或如 budget、speech 这样的标签</translation>
    </message>
    <message>
        <source>Your tags: {tags}</source>
        <translation>您的标签：{tags}</translation>
    </message>
    <message>
        <source>Made from the processes&apos; names</source>
        <translation>由进程名称生成</translation>
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
        <translation>写出材料…</translation>
    </message>
    <message>
        <source>Processes:</source>
        <translation>进程：</translation>
    </message>
    <message>
        <source>Rows to compare:</source>
        <translation>要比较的行：</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>The Nine of 2005</source>
        <translation>2005 年的九个进程</translation>
    </message>
    <message>
        <source>Country page:</source>
        <translation>国家页：</translation>
    </message>
    <message>
        <source>Notes tagged:</source>
        <translation>带标签的笔记：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>纸张：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Choose at least one process and one row.</source>
        <translation>请至少选择一个进程和一行。</translation>
    </message>
    <message>
        <source>Counting pages…</source>
        <translation>正在计算页数…</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 页</translation>
    </message>
    <message>
        <source>{n} pages</source>
        <translation>{n} 页</translation>
    </message>
    <message>
        <source>Cannot count the pages: {reason}</source>
        <translation>无法计算页数：{reason}</translation>
    </message>
</context>
<context>
    <name>ColoursDialog</name>
    <message>
        <source>Note colours</source>
        <translation>笔记颜色</translation>
    </message>
    <message>
        <source>Name each colour for what it means to you; notes keep their colour.</source>
        <translation>按各颜色对您的含义为其命名；笔记保留其颜色。</translation>
    </message>
    <message>
        <source>Name of the colour {hex}</source>
        <translation>颜色 {hex} 的名称</translation>
    </message>
    <message>
        <source>Every colour needs a name.</source>
        <translation>每种颜色都需要一个名称。</translation>
    </message>
    <message>
        <source>Two colours cannot have the same name.</source>
        <translation>两种颜色不能同名。</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>The report records no shared finding on this.</source>
        <translation>报告未记录关于此项的共同结论。</translation>
    </message>
    <message>
        <source>{citation} · {agreement}</source>
        <translation>{citation} · {agreement}</translation>
    </message>
    <message>
        <source>[ ] editor&apos;s gloss</source>
        <translation>[ ] 编者注释</translation>
    </message>
    <message>
        <source>{count} more findings</source>
        <translation>另有 {count} 条结论</translation>
    </message>
    <message>
        <source>1 more finding</source>
        <translation>另有 1 条结论</translation>
    </message>
    <message>
        <source>2005 report, {citation}. Agreement: {agreement}.</source>
        <translation>2005 年报告，{citation}。共识程度：{agreement}。</translation>
    </message>
    <message>
        <source>Words in [square brackets] are the editor&apos;s, from the paragraph; the report reads: “{text}”</source>
        <translation>[方括号]内的文字为编者根据段落所加；报告原文为：“{text}”</translation>
    </message>
    <message>
        <source>You have notes on {citations}.</source>
        <translation>您对 {citations} 有笔记。</translation>
    </message>
    <message>
        <source>Double-click to read every finding on this row.</source>
        <translation>双击以阅读与此行相关的全部结论。</translation>
    </message>
    <message>
        <source>Double-click to read the paragraph.</source>
        <translation>双击以阅读该段。</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>{value} (unverified)</source>
        <translation>{value}（未经核实）</translation>
    </message>
    <message>
        <source>{value} (as of {date})</source>
        <translation>{value}（截至 {date}）</translation>
    </message>
    <message>
        <source>{process}: {value}</source>
        <translation>{process}：{value}</translation>
    </message>
    <message>
        <source>Not known: no source found for this.</source>
        <translation>未知：未找到相关来源。</translation>
    </message>
    <message>
        <source>As of {date}</source>
        <translation>截至 {date}</translation>
    </message>
    <message>
        <source>Not yet checked against a source.</source>
        <translation>尚未对照来源核实。</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>来源：{source}</translation>
    </message>
    <message>
        <source>{line} (accessed {date})</source>
        <translation>{line}（查阅日期：{date}）</translation>
    </message>
    <message>
        <source>Another source gives: {value}</source>
        <translation>另一来源称：{value}</translation>
    </message>
    <message>
        <source>Double-click to open the process.</source>
        <translation>双击以打开该进程。</translation>
    </message>
    <message>
        <source>The report&apos;s finding</source>
        <translation>报告的结论</translation>
    </message>
    <message>
        <source>The 2005 workshop report&apos;s finding that bears most on each row, with its paragraph, how widely participants agreed and how many more findings there are</source>
        <translation>2005 年研讨会报告中与每行最相关的结论，附其段落、与会者的一致程度以及其他结论的数目</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>笔记：</translation>
    </message>
</context>
<context>
    <name>ComparisonPanel</name>
    <message>
        <source>No dimensions chosen: pick some under Dimensions.</source>
        <translation>未选择维度：请在“维度”下选择。</translation>
    </message>
    <message>
        <source>No differences: the known values agree on every chosen dimension.</source>
        <translation>没有差异：在所选各维度上，已知数值均一致。</translation>
    </message>
    <message>
        <source>The known values differ on every chosen dimension.</source>
        <translation>在所选各维度上，已知数值均不相同。</translation>
    </message>
    <message>
        <source>One dimension hidden: the known values agree or none is known.</source>
        <translation>隐藏了一个维度：已知数值一致或均未知。</translation>
    </message>
    <message>
        <source>{count} dimensions hidden: the known values agree or none is known.</source>
        <translation>隐藏了 {count} 个维度：已知数值一致或均未知。</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>Dimensions ({shown}/{total})</source>
        <translation>维度（{shown}/{total}）</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} rows.</source>
        <translation>显示 {total} 行中的 {shown} 行。</translation>
    </message>
    <message>
        <source>Profile facts first, then every dimension</source>
        <translation>先列概况事实，再列所有维度</translation>
    </message>
    <message>
        <source>Every row</source>
        <translation>所有行</translation>
    </message>
    <message>
        <source>From the profiles</source>
        <translation>来自概况</translation>
    </message>
    <message>
        <source>The report&apos;s dimensions</source>
        <translation>报告的维度</translation>
    </message>
    <message>
        <source>Remove from comparison</source>
        <translation>从比较中移除</translation>
    </message>
    <message>
        <source>Move left</source>
        <translation>左移</translation>
    </message>
    <message>
        <source>Move right</source>
        <translation>右移</translation>
    </message>
    <message>
        <source>Open the process profile</source>
        <translation>打开进程概况</translation>
    </message>
    <message>
        <source>Processes…</source>
        <translation>进程…</translation>
    </message>
    <message>
        <source>Choose the processes to compare</source>
        <translation>选择要比较的进程</translation>
    </message>
    <message>
        <source>Choose processes to compare</source>
        <translation>选择要比较的进程</translation>
    </message>
    <message>
        <source>Choose the dimensions to compare</source>
        <translation>选择要比较的维度</translation>
    </message>
    <message>
        <source>Choose dimensions to compare</source>
        <translation>选择要比较的维度</translation>
    </message>
    <message>
        <source>Show only where they differ</source>
        <translation>仅显示存在差异之处</translation>
    </message>
    <message>
        <source>Hide dimensions where every known value is the same, or where none is known</source>
        <translation>隐藏已知数值全部相同或均未知的维度</translation>
    </message>
    <message>
        <source>The report&apos;s finding</source>
        <translation>报告的结论</translation>
    </message>
    <message>
        <source>Show what the 2005 report found on each dimension</source>
        <translation>显示 2005 年报告就每个维度得出的结论</translation>
    </message>
    <message>
        <source>Show the report&apos;s finding</source>
        <translation>显示报告的结论</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Remove every process from the comparison</source>
        <translation>从比较中移除所有进程</translation>
    </message>
    <message>
        <source>Clear the comparison</source>
        <translation>清除比较</translation>
    </message>
    <message>
        <source>Comparison of processes by dimension</source>
        <translation>按维度比较进程</translation>
    </message>
    <message>
        <source>Rows are profile facts and dimensions; the first column is the report&apos;s finding that fits the row, then one column per process. Double-click a cell to open it; Delete removes its process.</source>
        <translation>各行为概况事实和维度；第一列为与该行相符的报告结论，其后每个进程一列。双击单元格可将其打开；按 Delete 键可移除其所属进程。</translation>
    </message>
    <message>
        <source>Choose processes with “Processes…” above, or add the nine processes that met at the 2005 workshop. You can also add a process from its profile or the process list. The rows start with the profile facts (secretariat, chair, members...), then the report&apos;s dimensions; the first column gives the 2005 report&apos;s finding that fits each row.</source>
        <translation>请通过上方的“进程…”选择进程，或添加出席 2005 年研讨会的九个进程。也可从进程概况或进程列表中添加进程。各行先列概况事实（秘书处、主席、成员...），再列报告的维度；第一列列出 2005 年报告中与每行相符的结论。</translation>
    </message>
    <message>
        <source>Compare the nine processes whose delegates met at the 2005 workshop</source>
        <translation>比较其代表在2005年研讨会上会晤的九个进程</translation>
    </message>
    <message>
        <source>Processes compared</source>
        <translation>所比较的进程</translation>
    </message>
    <message>
        <source>No processes to compare yet</source>
        <translation>尚无要比较的进程</translation>
    </message>
    <message>
        <source>Choose processes…</source>
        <translation>选择进程…</translation>
    </message>
    <message>
        <source>Tick the processes to compare, by region</source>
        <translation>按区域勾选要比较的进程</translation>
    </message>
    <message>
        <source>Add the nine 2005 processes</source>
        <translation>添加 2005 年的九个进程</translation>
    </message>
    <message>
        <source>Add the nine processes at the 2005 workshop</source>
        <translation>添加出席 2005 年研讨会的九个进程</translation>
    </message>
</context>
<context>
    <name>ContentNames</name>
    <message>
        <source>Europe</source>
        <translation>欧洲</translation>
    </message>
    <message>
        <source>Asia and the Pacific</source>
        <translation>亚洲及太平洋</translation>
    </message>
    <message>
        <source>The Americas</source>
        <translation>美洲</translation>
    </message>
    <message>
        <source>Africa</source>
        <translation>非洲</translation>
    </message>
    <message>
        <source>Middle East and North Africa</source>
        <translation>中东和北非</translation>
    </message>
    <message>
        <source>Inter-regional forums</source>
        <translation>区域间论坛</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Organization and working methods</source>
        <translation>组织和工作方法</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>参与</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>产出</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>资金</translation>
    </message>
    <message>
        <source>Civil society and private sector</source>
        <translation>民间社会和私营部门</translation>
    </message>
    <message>
        <source>Range of ministries</source>
        <translation>所涉部委范围</translation>
    </message>
    <message>
        <source>Achievements</source>
        <translation>成就</translation>
    </message>
    <message>
        <source>Determinants of success and failure</source>
        <translation>成败的决定因素</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Cross-fertilization</source>
        <translation>进程间的相互借鉴</translation>
    </message>
    <message>
        <source>Relations with regional institutions</source>
        <translation>与区域机构的关系</translation>
    </message>
    <message>
        <source>What the process is meant to achieve.</source>
        <translation>进程旨在实现的目标。</translation>
    </message>
    <message>
        <source>Meeting levels, chair, secretariat, workshops, focal points.</source>
        <translation>会议级别、主席、秘书处、讲习班、协调中心。</translation>
    </message>
    <message>
        <source>Who takes part: states, ministries, international organizations, observers.</source>
        <translation>参与方：国家、部委、国际组织、观察员。</translation>
    </message>
    <message>
        <source>Declarations, recommendations, plans of action, guidelines, information.</source>
        <translation>宣言、建议、行动计划、准则、信息。</translation>
    </message>
    <message>
        <source>How the process and its activities are paid for.</source>
        <translation>进程及其活动的资金来源。</translation>
    </message>
    <message>
        <source>Whether and how NGOs and business take part.</source>
        <translation>非政府组织和企业界是否参与以及如何参与。</translation>
    </message>
    <message>
        <source>The scope of issues and the government departments involved.</source>
        <translation>所涉问题的范围及相关政府部门。</translation>
    </message>
    <message>
        <source>Concrete results and impact.</source>
        <translation>具体成果和影响。</translation>
    </message>
    <message>
        <source>What makes the process work, or not.</source>
        <translation>决定进程成败的因素。</translation>
    </message>
    <message>
        <source>Internal reviews and external evaluations.</source>
        <translation>内部审查和外部评价。</translation>
    </message>
    <message>
        <source>Exchanges with other RCPs.</source>
        <translation>与其他区域协商进程的交流。</translation>
    </message>
    <message>
        <source>Links with economic, political and security institutions.</source>
        <translation>与经济、政治和安全机构的联系。</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>秘书处</translation>
    </message>
    <message>
        <source>Who runs the process between meetings, and where.</source>
        <translation>会议间隙由谁负责进程运作，在何处。</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>主席</translation>
    </message>
    <message>
        <source>Who chairs now, and how the chair is chosen.</source>
        <translation>现任主席及主席的产生方式。</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Member states: how many, and which.</source>
        <translation>成员国：数量及名单。</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>观察员</translation>
    </message>
    <message>
        <source>Observer states.</source>
        <translation>观察员国。</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>成立</translation>
    </message>
    <message>
        <source>The year the process was founded, and the founding event.</source>
        <translation>进程成立的年份及成立时的活动。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Active, dormant or ended.</source>
        <translation>活跃、停止活动或已终止。</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Regional consultative process or inter-regional forum.</source>
        <translation>区域协商进程或区域间论坛。</translation>
    </message>
    <message>
        <source>Meeting levels</source>
        <translation>会议级别</translation>
    </message>
    <message>
        <source>Ministerial, senior officials, technical.</source>
        <translation>部长级、高级官员级、技术级。</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>The process&apos;s own website.</source>
        <translation>进程本身的网站。</translation>
    </message>
</context>
<context>
    <name>CountryDetail</name>
    <message>
        <source>member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>observer</source>
        <translation>观察员</translation>
    </message>
    <message>
        <source>no source recorded</source>
        <translation>未记录来源</translation>
    </message>
    <message>
        <source>ISO 3166-1: {code}</source>
        <translation>ISO 3166-1：{code}</translation>
    </message>
    <message>
        <source>Code {code} (not an ISO 3166-1 code)</source>
        <translation>代码 {code}（非 ISO 3166-1 代码）</translation>
    </message>
    <message>
        <source>territory</source>
        <translation>领土</translation>
    </message>
    <message>
        <source>Processes {first}–{last} of {total}</source>
        <translation>进程 {first}–{last}，共 {total} 个</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>进程</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>参与时间</translation>
    </message>
    <message>
        <source>Each membership holds as of the date its source gives.</source>
        <translation>每项成员身份以其来源所给日期为准。</translation>
    </message>
    <message>
        <source>{process} ({role})</source>
        <translation>{process}（{role}）</translation>
    </message>
    <message>
        <source>Other member ({n}):</source>
        <translation>其他成员（{n}）：</translation>
    </message>
    <message>
        <source>Other members ({n}):</source>
        <translation>其他成员（{n}）：</translation>
    </message>
    <message>
        <source>Observer ({n}):</source>
        <translation>观察员（{n}）：</translation>
    </message>
    <message>
        <source>Observers ({n}):</source>
        <translation>观察员（{n}）：</translation>
    </message>
    <message>
        <source>What the 2005 report says about coverage of its region</source>
        <translation>2005 年报告关于其所在区域覆盖情况的论述</translation>
    </message>
    <message>
        <source>since {year}</source>
        <translation>自{year}年起</translation>
    </message>
    <message>
        <source>year joined not known</source>
        <translation>加入年份不详</translation>
    </message>
    <message>
        <source>{since} (as of {date})</source>
        <translation>{since}（截至{date}）</translation>
    </message>
    <message>
        <source>as of {date}</source>
        <translation>截至 {date}</translation>
    </message>
    <message>
        <source>{country} is a member of none of the processes recorded.</source>
        <translation>{country} 不是任何已记录进程的成员。</translation>
    </message>
    <message>
        <source>Member of {n} process: </source>
        <translation>{n} 个进程的成员：</translation>
    </message>
    <message>
        <source>Member of {n} processes: </source>
        <translation>{n} 个进程的成员：</translation>
    </message>
    <message>
        <source>Observer in {n} process: </source>
        <translation>{n} 个进程的观察员：</translation>
    </message>
    <message>
        <source>Observer in {n} processes: </source>
        <translation>{n} 个进程的观察员：</translation>
    </message>
    <message>
        <source>and {n} more</source>
        <translation>及另外 {n} 个</translation>
    </message>
    <message>
        <source>The report’s remarks on coverage (¶6, ¶13) do not concern the region of {country}.</source>
        <translation>报告关于覆盖情况的论述（¶6、¶13）不涉及 {country} 所在区域。</translation>
    </message>
    <message>
        <source>The Asia-Pacific, covered by more than one process</source>
        <translation>亚洲-太平洋，由不止一个进程覆盖</translation>
    </message>
    <message>
        <source>A gap in coverage: {area}</source>
        <translation>覆盖空白：{area}</translation>
    </message>
    <message>
        <source>Today {country} is a member of {n} process.</source>
        <translation>{country} 目前是 {n} 个进程的成员。</translation>
    </message>
    <message>
        <source>Today {country} is a member of {n} processes.</source>
        <translation>{country} 目前是 {n} 个进程的成员。</translation>
    </message>
    <message>
        <source>Today {country} is still a member of none.</source>
        <translation>{country} 目前仍未加入任何进程。</translation>
    </message>
    <message>
        <source>the UN M49 definition</source>
        <translation>联合国 M49 定义</translation>
    </message>
    <message>
        <source>the usual definition (for the Gulf States, the six of the Gulf Cooperation Council)</source>
        <translation>通常定义（海湾国家指海湾合作委员会的六个成员国）</translation>
    </message>
    <message>
        <source>The report names areas, not countries; rcpdesk places {country} in {area} by {basis}.</source>
        <translation>报告列出的是区域而非国家；rcpdesk 依据{basis}将 {country} 归入{area}。</translation>
    </message>
    <message>
        <source>{country} is a member of {n} process.</source>
        <translation>{country} 是 {n} 个进程的成员。</translation>
    </message>
    <message>
        <source>{country} is a member of {n} processes.</source>
        <translation>{country} 是 {n} 个进程的成员。</translation>
    </message>
    <message>
        <source>Earlier memberships</source>
        <translation>以往成员资格</translation>
    </message>
    <message>
        <source>Neighbours in each process</source>
        <translation>各进程中的其他成员</translation>
    </message>
    <message>
        <source>No other member is recorded.</source>
        <translation>未记录其他成员。</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>进程</translation>
    </message>
</context>
<context>
    <name>CoverageMapPanel</name>
    <message>
        <source>Coverage by year</source>
        <translation>按年份的覆盖情况</translation>
    </message>
    <message>
        <source>Members of a process</source>
        <translation>某一进程的成员</translation>
    </message>
    <message>
        <source>What the map shows</source>
        <translation>地图显示的内容</translation>
    </message>
    <message>
        <source>The process whose members and observers are shown</source>
        <translation>显示其成员和观察员的进程</translation>
    </message>
    <message>
        <source>Coverage as it stood in a year: the processes founded by then, with the members their dated entries show for that year</source>
        <translation>某一年的覆盖情况：截至该年已成立的进程，及其注明日期的记录所示该年的成员</translation>
    </message>
    <message>
        <source>2005 (the report)</source>
        <translation>2005 年（报告）</translation>
    </message>
    <message>
        <source>Coverage in 2005, the year of the workshop</source>
        <translation>2005 年（研讨会举办之年）的覆盖情况</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>Coverage today: every process</source>
        <translation>当前覆盖情况：所有进程</translation>
    </message>
    <message>
        <source>Zoom in (+, mouse wheel)</source>
        <translation>放大（+、鼠标滚轮）</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>缩小（−）</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>See the whole map again (0)</source>
        <translation>重新显示整幅地图（0）</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save the map as PNG, SVG or PDF</source>
        <translation>将地图另存为 PNG、SVG 或 PDF</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Print the map as shown</source>
        <translation>按当前显示打印地图</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>today</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>Export the map</source>
        <translation>导出地图</translation>
    </message>
    <message>
        <source>The map could not be written: {reason}</source>
        <translation>无法写入地图：{reason}</translation>
    </message>
    <message>
        <source>Print the map</source>
        <translation>打印地图</translation>
    </message>
</context>
<context>
    <name>Detail</name>
    <message>
        <source>(English original)</source>
        <translation>（英文原文）</translation>
    </message>
    <message>
        <source>(accessed {date})</source>
        <translation>（查阅日期：{date}）</translation>
    </message>
    <message>
        <source>(names this process)</source>
        <translation>（提及本进程）</translation>
    </message>
    <message>
        <source>(text lost in the source scan)</source>
        <translation>（源文件扫描中文字缺失）</translation>
    </message>
    <message>
        <source>All the report&apos;s findings on {dimension} →</source>
        <translation>报告关于{dimension}的全部结论 →</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>主席</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>Dormant since {year}</source>
        <translation>自 {year} 年起停止活动</translation>
    </message>
    <message>
        <source>Each entry gives the years a role began and ended, where a source says so; &quot;not known&quot; is not guessed from today&apos;s list.</source>
        <translation>每条记录注明某一身份开始和结束的年份（如有来源说明）；“未知”不根据当前名单推测。</translation>
    </message>
    <message>
        <source>Ended in {year}</source>
        <translation>于 {year} 年终止</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Findings {first}–{last} of {total}, strongest agreement first</source>
        <translation>结论 {first}–{last}，共 {total} 条，一致程度最高者在前</translation>
    </message>
    <message>
        <source>Footnotes</source>
        <translation>脚注</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>成立</translation>
    </message>
    <message>
        <source>Global process</source>
        <translation>全球进程</translation>
    </message>
    <message>
        <source>Guiding question:</source>
        <translation>指导性问题：</translation>
    </message>
    <message>
        <source>How to start</source>
        <translation>如何开始</translation>
    </message>
    <message>
        <source>Inter-regional forum</source>
        <translation>区域间论坛</translation>
    </message>
    <message>
        <source>Listed in the 2005 report as</source>
        <translation>在 2005 年报告中列为</translation>
    </message>
    <message>
        <source>Meeting levels</source>
        <translation>会议级别</translation>
    </message>
    <message>
        <source>Member organizations</source>
        <translation>成员组织</translation>
    </message>
    <message>
        <source>Members ({count})</source>
        <translation>成员（{count}）</translation>
    </message>
    <message>
        <source>Membership over time</source>
        <translation>历年成员情况</translation>
    </message>
    <message>
        <source>Name in the 2005 report</source>
        <translation>2005 年报告中的名称</translation>
    </message>
    <message>
        <source>Name in this language</source>
        <translation>本语言名称</translation>
    </message>
    <message>
        <source>Named in the 2005 report at</source>
        <translation>2005 年报告中提及之处</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Observers ({count})</source>
        <translation>观察员（{count}）</translation>
    </message>
    <message>
        <source>Only the lists above are recorded (as of {dates}): when each country joined, and whether it still takes part, is not known.</source>
        <translation>仅记录了上述名单（截至 {dates}）：各国何时加入、是否仍在参与，均不得而知。</translation>
    </message>
    <message>
        <source>Other findings</source>
        <translation>其他结论</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>其他名称</translation>
    </message>
    <message>
        <source>Other sources give:</source>
        <translation>其他来源称：</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
        <source>Paragraphs {first}–{last} of {total}</source>
        <translation>第 {first}–{last} 段，共 {total} 段</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Pick a process, a paragraph, a dimension or a country in the tree on the left.</source>
        <translation>请在左侧目录树中选择一个进程、段落、维度或国家。</translation>
    </message>
    <message>
        <source>Predecessor</source>
        <translation>前身</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>进程</translation>
    </message>
    <message>
        <source>Processes by region</source>
        <translation>按区域列出的进程</translation>
    </message>
    <message>
        <source>Processes {first}–{last} of {total}</source>
        <translation>进程 {first}–{last}，共 {total} 个</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>概况</translation>
    </message>
    <message>
        <source>Regional Consultative Processes on migration</source>
        <translation>移民问题区域协商进程</translation>
    </message>
    <message>
        <source>Regional consultative process</source>
        <translation>区域协商进程</translation>
    </message>
    <message>
        <source>Right-click processes to add them to the comparison; Alt+Left goes back.</source>
        <translation>右键单击进程可将其加入比较；Alt+Left 返回上一页。</translation>
    </message>
    <message>
        <source>Search the profiles and the report with Ctrl+F; Enter opens the first result.</source>
        <translation>按 Ctrl+F 搜索概况和报告；按 Enter 打开第一条结果。</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>秘书处</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>发言者</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Successor</source>
        <translation>后继</translation>
    </message>
    <message>
        <source>The 2005 report</source>
        <translation>2005 年报告</translation>
    </message>
    <message>
        <source>The latest list found; no newer one was found.</source>
        <translation>所找到的最新名单；未找到更新的名单。</translation>
    </message>
    <message>
        <source>The paragraphs that name this process hold the others.</source>
        <translation>提及本进程的段落载有其余结论。</translation>
    </message>
    <message>
        <source>The processes today</source>
        <translation>当前的进程</translation>
    </message>
    <message>
        <source>The strongest {shown} of {total}.</source>
        <translation>{total} 条中最有力的 {shown} 条。</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>What the 2005 report found</source>
        <translation>2005 年报告的结论</translation>
    </message>
    <message>
        <source>Why the first value is shown first: {reason}</source>
        <translation>首个数值列在最前的原因：{reason}</translation>
    </message>
    <message>
        <source>[ ] editor&apos;s gloss</source>
        <translation>[ ] 编者注释</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>及另外 {count} 项</translation>
    </message>
    <message>
        <source>as of {date}</source>
        <translation>截至 {date}</translation>
    </message>
    <message>
        <source>founded {year}</source>
        <translation>成立于 {year} 年</translation>
    </message>
    <message>
        <source>rcpdesk holds nothing at {link}.</source>
        <translation>rcpdesk 中 {link} 处无内容。</translation>
    </message>
    <message>
        <source>rcpdesk — an offline reference. Data edition {edition}.</source>
        <translation>rcpdesk — 离线参考资料。数据版本 {edition}。</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>took part in the 2005 workshop</source>
        <translation>出席了 2005 年研讨会</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>未经核实</translation>
    </message>
    <message>
        <source>{processes} processes in {regions} regions, each with sourced facts and dated values, next to the report of the GCIM–IOM Workshop on RCPs (Geneva, 2005), where {attended} of them took part.</source>
        <translation>{regions} 个区域的 {processes} 个进程，每个进程均有注明来源的事实和注明日期的数值，并附全球国际移民委员会—国际移民组织区域协商进程研讨会（日内瓦，2005 年）的报告，其中 {attended} 个进程出席了该研讨会。</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Copy as &amp;Quote</source>
        <translation>复制为引文(&amp;Q)</translation>
    </message>
    <message>
        <source>Copy the selected text (or the whole paragraph) with its citation</source>
        <translation>复制所选文本（或整段）及其出处</translation>
    </message>
    <message>
        <source>rcpdesk, data edition {date}</source>
        <translation>rcpdesk，数据版本 {date}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Previous place (Shift+F3)</source>
        <translation>上一处（Shift+F3）</translation>
    </message>
    <message>
        <source>Previous place the search words are found</source>
        <translation>搜索词的上一处</translation>
    </message>
    <message>
        <source>Next place (F3)</source>
        <translation>下一处（F3）</translation>
    </message>
    <message>
        <source>Next place the search words are found</source>
        <translation>搜索词的下一处</translation>
    </message>
    <message>
        <source>Stop highlighting</source>
        <translation>取消突出显示</translation>
    </message>
    <message>
        <source>Stop highlighting the search words</source>
        <translation>取消突出显示搜索词</translation>
    </message>
    <message>
        <source>Search words on this page: {current} / {count} ({words})</source>
        <translation>本页中的搜索词：{current} / {count}（{words}）</translation>
    </message>
</context>
<context>
    <name>FoundingTimelinePanel</name>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save the timeline as PNG, SVG or PDF</source>
        <translation>将时间轴另存为 PNG、SVG 或 PDF</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Export the timeline</source>
        <translation>导出时间轴</translation>
    </message>
    <message>
        <source>The timeline could not be written: {reason}</source>
        <translation>无法写入时间轴：{reason}</translation>
    </message>
    <message>
        <source>Print the timeline</source>
        <translation>打印时间线</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>后退（Alt+Left）</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>前进（Alt+Right）</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import notes</source>
        <translation>导入笔记</translation>
    </message>
    <message>
        <source>Importing “{name}” will add or change these notes:</source>
        <translation>导入“{name}”将添加或更改以下笔记：</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>导入将执行的操作</translation>
    </message>
    <message>
        <source>Conflicts keep your version; the other version is added next to it and listed under Needs review.</source>
        <translation>发生冲突时保留您的版本；另一版本添加在其旁边，并列入“需要审阅”。</translation>
    </message>
    <message>
        <source>{count} notes contained control characters, which were removed.</source>
        <translation>{count} 条笔记含有控制字符，已将其删除。</translation>
    </message>
    <message>
        <source>{count} notes are on things this data edition does not have; they will be kept and flagged for review.</source>
        <translation>{count} 条笔记所涉内容不在本数据版本中；这些笔记将予保留并标记待审阅。</translation>
    </message>
    <message>
        <source>New colours: {names}</source>
        <translation>新颜色：{names}</translation>
    </message>
    <message>
        <source>Written against the data edition of {edition}.</source>
        <translation>依据 {edition} 的数据版本编写。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Nothing to import: you already have these notes.</source>
        <translation>无需导入：您已有这些笔记。</translation>
    </message>
</context>
<context>
    <name>LanguageController</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>New data edition: notes re-anchored ({moved} moved with their passage, {orphaned} to review in Edit &gt; Notes Needing Review).</source>
        <translation>新数据版本：笔记已重新定位（{moved} 条随其段落移动，{orphaned} 条待在“编辑 &gt; 需要审阅的笔记”中审阅）。</translation>
    </message>
    <message>
        <source>rcpdesk — Regional Consultative Processes on Migration</source>
        <translation>rcpdesk — 移民问题区域协商进程</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Search Results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间轴</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
    <message>
        <source>&amp;Start Page</source>
        <translation>起始页(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About rcpdesk</source>
        <translation>关于 rcpdesk(&amp;A)</translation>
    </message>
    <message>
        <source>Add Process to &amp;Comparison</source>
        <translation>将进程加入比较(&amp;C)</translation>
    </message>
    <message>
        <source>Data edition {date}</source>
        <translation>数据版本 {date}</translation>
    </message>
</context>
<context>
    <name>Maps</name>
    <message>
        <source>rcpdesk · data edition {edition} · base map: pygal_maps_world (Robinson projection)</source>
        <translation>rcpdesk · 数据版本 {edition} · 底图：pygal_maps_world（罗宾逊投影）</translation>
    </message>
    <message>
        <source>{n}+</source>
        <translation>{n}+</translation>
    </message>
    <message>
        <source>Member of how many processes</source>
        <translation>所属进程数</translation>
    </message>
    <message>
        <source>In no process</source>
        <translation>未加入任何进程</translation>
    </message>
    <message>
        <source>Not known for {year}</source>
        <translation>{year} 年情况未知</translation>
    </message>
    <message>
        <source>Territory, not counted</source>
        <translation>领土，不计入</translation>
    </message>
    <message>
        <source>Small state, drawn as a dot</source>
        <translation>小国，以圆点表示</translation>
    </message>
    <message>
        <source>Countries by number of migration processes they belong to, today</source>
        <translation>各国所属移民进程数量，当前</translation>
    </message>
    <message>
        <source>{n} regional consultative processes and inter-regional forums; membership as currently recorded</source>
        <translation>{n} 个区域协商进程和区域间论坛；成员情况以当前记录为准</translation>
    </message>
    <message>
        <source>Countries by number of migration processes they belong to, {year}</source>
        <translation>各国所属移民进程数量，{year} 年</translation>
    </message>
    <message>
        <source>{k} of {n} processes founded by {year}; membership in {year} as the dated entries show it, not today&apos;s lists</source>
        <translation>{n} 个进程中有 {k} 个在 {year} 年前成立；{year} 年的成员情况以注明日期的记录为准，而非当前名单</translation>
    </message>
    <message>
        <source>Africa</source>
        <translation>非洲</translation>
    </message>
    <message>
        <source>The Caribbean</source>
        <translation>加勒比</translation>
    </message>
    <message>
        <source>Middle East and the Gulf</source>
        <translation>中东和海湾</translation>
    </message>
    <message>
        <source>Asia-Pacific</source>
        <translation>亚洲-太平洋</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>其他地区</translation>
    </message>
    <message>
        <source>Every country is a member of at least one process.</source>
        <translation>每个国家至少是一个进程的成员。</translation>
    </message>
    <message>
        <source>In no process ({n}): </source>
        <translation>未加入任何进程（{n}）：</translation>
    </message>
    <message>
        <source>The 2005 report: </source>
        <translation>2005 年报告：</translation>
    </message>
    <message>
        <source>Founded after {year}, not counted: </source>
        <translation>{year} 年后成立，不计入：</translation>
    </message>
    <message>
        <source>Founding year unknown, not counted: </source>
        <translation>成立年份未知，不计入：</translation>
    </message>
    <message>
        <source>Membership in {year} not known, not counted: </source>
        <translation>{year} 年成员情况未知，不计入：</translation>
    </message>
    <message>
        <source>{process} ({n} country)</source>
        <translation>{process}（{n} 个国家）</translation>
    </message>
    <message>
        <source>{process} ({n} countries)</source>
        <translation>{process}（{n} 个国家）</translation>
    </message>
    <message>
        <source>Ended, no current members: </source>
        <translation>已终止，目前无成员：</translation>
    </message>
    <message>
        <source>No membership recorded, nothing to count: </source>
        <translation>未记录成员，无可计入：</translation>
    </message>
    <message>
        <source>Counted, though no longer active: </source>
        <translation>已计入，但已不再活跃：</translation>
    </message>
    <message>
        <source>Member of {n} process: </source>
        <translation>{n} 个进程的成员：</translation>
    </message>
    <message>
        <source>Member of {n} processes: </source>
        <translation>{n} 个进程的成员：</translation>
    </message>
    <message>
        <source>Membership in {year} not known</source>
        <translation>{year} 年成员情况未知</translation>
    </message>
    <message>
        <source>Territory: no process lists it</source>
        <translation>领土：未列入任何进程</translation>
    </message>
    <message>
        <source>In no process founded by {year}</source>
        <translation>未加入 {year} 年前成立的任何进程</translation>
    </message>
    <message>
        <source>Observer in: </source>
        <translation>观察员：</translation>
    </message>
    <message>
        <source>Not known for {year}: </source>
        <translation>{year} 年情况未知：</translation>
    </message>
    <message>
        <source>Members and observers of the processes compared</source>
        <translation>所比较进程的成员和观察员</translation>
    </message>
    <message>
        <source>{process}: members and observers</source>
        <translation>{process}：成员和观察员</translation>
    </message>
    <message>
        <source>Member ({n})</source>
        <translation>成员（{n}）</translation>
    </message>
    <message>
        <source>Observer ({n})</source>
        <translation>观察员（{n}）</translation>
    </message>
    <message>
        <source>Not listed</source>
        <translation>未列入</translation>
    </message>
    <message>
        <source>Members ({n})</source>
        <translation>成员（{n}）</translation>
    </message>
    <message>
        <source>Observers ({n})</source>
        <translation>观察员（{n}）</translation>
    </message>
    <message>
        <source>Not on the map (no shape): </source>
        <translation>不在地图上（无图形）：</translation>
    </message>
    <message>
        <source>Member of all {n} ({count})</source>
        <translation>全部 {n} 个进程的成员（{count}）</translation>
    </message>
    <message>
        <source>Member of {k} or more ({count})</source>
        <translation>{k} 个或更多进程的成员（{count}）</translation>
    </message>
    <message>
        <source>Member of {n} of them ({count})</source>
        <translation>其中 {n} 个进程的成员（{count}）</translation>
    </message>
    <message>
        <source>Observer only ({n})</source>
        <translation>仅为观察员（{n}）</translation>
    </message>
    <message>
        <source>Members of all {n} ({count})</source>
        <translation>全部 {n} 个进程的成员（{count}）</translation>
    </message>
    <message>
        <source>Members of some of them ({count})</source>
        <translation>其中部分进程的成员（{count}）</translation>
    </message>
    <message>
        <source>Only in {process} ({count})</source>
        <translation>仅在{process}（{count}）</translation>
    </message>
    <message>
        <source>Observers only ({count})</source>
        <translation>仅为观察员（{count}）</translation>
    </message>
    <message>
        <source>No membership is recorded for this process.</source>
        <translation>本进程未记录成员。</translation>
    </message>
    <message>
        <source>Members as of {date}</source>
        <translation>截至 {date} 的成员</translation>
    </message>
    <message>
        <source>observers as of {date}</source>
        <translation>截至 {date} 的观察员</translation>
    </message>
    <message>
        <source>Sources: </source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>未知日期</translation>
    </message>
    <message>
        <source>(unverified)</source>
        <translation>（未经核实）</translation>
    </message>
    <message>
        <source>Member of: </source>
        <translation>成员：</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>……及另外 {n} 个</translation>
    </message>
    <message>
        <source>When the migration processes were founded</source>
        <translation>各移民进程的成立时间</translation>
    </message>
    <message>
        <source>{n} regional consultative processes and inter-regional forums, by founding year and region</source>
        <translation>{n} 个区域协商进程和区域间论坛，按成立年份和区域排列</translation>
    </message>
    <message>
        <source>rcpdesk · data edition {edition} · founding years as recorded, with their sources, in each process&apos;s profile</source>
        <translation>rcpdesk · 数据版本 {edition} · 成立年份依各进程概况中的记录及其来源</translation>
    </message>
    <message>
        <source>Founding year unknown: </source>
        <translation>成立年份未知：</translation>
    </message>
    <message>
        <source>GCIM–IOM workshop on RCPs, Geneva, April 2005</source>
        <translation>全球国际移民委员会—国际移民组织区域协商进程研讨会，日内瓦，2005 年 4 月</translation>
    </message>
    <message>
        <source>Attended the 2005 workshop (the nine of ¶1)</source>
        <translation>出席了 2005 年研讨会（¶1 所列九个进程）</translation>
    </message>
    <message>
        <source>Did not attend, or founded later</source>
        <translation>未出席，或成立较晚</translation>
    </message>
    <message>
        <source>The workshop, 14–15 April 2005</source>
        <translation>研讨会，2005 年 4 月 14–15 日</translation>
    </message>
    <message>
        <source>{place} Process</source>
        <translation>{place}进程</translation>
    </message>
</context>
<context>
    <name>NoteCommands</name>
    <message>
        <source>Add note</source>
        <translation>添加笔记</translation>
    </message>
    <message>
        <source>Change note colour</source>
        <translation>更改笔记颜色</translation>
    </message>
    <message>
        <source>Change tags</source>
        <translation>更改标签</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>删除笔记</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>编辑笔记</translation>
    </message>
    <message>
        <source>Rename colour</source>
        <translation>重命名颜色</translation>
    </message>
    <message>
        <source>Restore note</source>
        <translation>恢复笔记</translation>
    </message>
</context>
<context>
    <name>NoteEditorDialog</name>
    <message>
        <source>Edit note</source>
        <translation>编辑笔记</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>添加笔记</translation>
    </message>
    <message>
        <source>Note on</source>
        <translation>笔记对象</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>笔记文本</translation>
    </message>
    <message>
        <source>Your note…</source>
        <translation>您的笔记…</translation>
    </message>
    <message>
        <source>&amp;Markdown (headings, lists, *emphasis*, links)</source>
        <translation>Markdown（标题、列表、*强调*、链接）(&amp;M)</translation>
    </message>
    <message>
        <source>Write the note in Markdown</source>
        <translation>用 Markdown 撰写笔记</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>标签，以逗号分隔</translation>
    </message>
    <message>
        <source>e.g. funding, follow-up</source>
        <translation>例如：资金, 后续行动</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>No colour</source>
        <translation>无颜色</translation>
    </message>
    <message>
        <source>Problem with the note</source>
        <translation>笔记有问题</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>对象：</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>颜色(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>笔记(&amp;N)：</translation>
    </message>
    <message>
        <source>Write something in the note.</source>
        <translation>请在笔记中写些内容。</translation>
    </message>
    <message>
        <source>The note is too long ({length} characters; at most {limit}).</source>
        <translation>笔记过长（{length} 个字符；最多 {limit} 个）。</translation>
    </message>
    <message>
        <source>A tag can have at most {limit} characters.</source>
        <translation>标签最多可含 {limit} 个字符。</translation>
    </message>
    <message>
        <source>Use at most {limit} tags, without control characters.</source>
        <translation>最多使用 {limit} 个标签，不得含控制字符。</translation>
    </message>
</context>
<context>
    <name>NoteLabels</name>
    <message>
        <source>Comparison cell</source>
        <translation>比较单元格</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>段落摘录</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>进程</translation>
    </message>
    <message>
        <source>{paragraph}: “{quote}”</source>
        <translation>{paragraph}：“{quote}”</translation>
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
        <translation>（冲突副本）</translation>
    </message>
    <message>
        <source>(its paragraph changed)</source>
        <translation>（其段落已更改）</translation>
    </message>
</context>
<context>
    <name>NotesController</name>
    <message>
        <source>Add &amp;Note…</source>
        <translation>添加笔记(&amp;N)…</translation>
    </message>
    <message>
        <source>Add a note on what you are reading</source>
        <translation>为正在阅读的内容添加笔记</translation>
    </message>
    <message>
        <source>Add Note on &amp;Selection…</source>
        <translation>为所选内容添加笔记(&amp;S)…</translation>
    </message>
    <message>
        <source>Add a note on the selected words of the paragraph</source>
        <translation>为段落中所选文字添加笔记</translation>
    </message>
    <message>
        <source>&amp;Edit Note…</source>
        <translation>编辑笔记(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the note selected in the Notes panel</source>
        <translation>编辑“笔记”面板中所选的笔记</translation>
    </message>
    <message>
        <source>&amp;Delete Note</source>
        <translation>删除笔记(&amp;D)</translation>
    </message>
    <message>
        <source>Move the selected note to the trash</source>
        <translation>将所选笔记移至回收站</translation>
    </message>
    <message>
        <source>E&amp;xport Notes…</source>
        <translation>导出笔记(&amp;X)…</translation>
    </message>
    <message>
        <source>Save your notes to share them or keep a copy</source>
        <translation>保存笔记以便共享或留存副本</translation>
    </message>
    <message>
        <source>&amp;Import Notes…</source>
        <translation>导入笔记(&amp;I)…</translation>
    </message>
    <message>
        <source>Merge notes from a colleague&apos;s .rcpnotes file</source>
        <translation>合并同事 .rcpnotes 文件中的笔记</translation>
    </message>
    <message>
        <source>Notes &amp;Trash…</source>
        <translation>笔记回收站(&amp;T)…</translation>
    </message>
    <message>
        <source>Notes you deleted; restore them from here</source>
        <translation>您删除的笔记；可在此恢复</translation>
    </message>
    <message>
        <source>Notes Needing &amp;Review…</source>
        <translation>需要审阅的笔记(&amp;R)…</translation>
    </message>
    <message>
        <source>Notes whose paragraph changed, and conflicting copies from imports</source>
        <translation>段落已更改的笔记，以及导入产生的冲突副本</translation>
    </message>
    <message>
        <source>Note &amp;Colours…</source>
        <translation>笔记颜色(&amp;C)…</translation>
    </message>
    <message>
        <source>Name the highlight colours</source>
        <translation>为高亮颜色命名</translation>
    </message>
    <message>
        <source>Add a note on {target}</source>
        <translation>为{target}添加笔记</translation>
    </message>
    <message>
        <source>Undone: {change}</source>
        <translation>已撤销：{change}</translation>
    </message>
    <message>
        <source>Redone: {change}</source>
        <translation>已重做：{change}</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>已添加笔记。</translation>
    </message>
    <message>
        <source>Note moved to the trash.</source>
        <translation>笔记已移至回收站。</translation>
    </message>
    <message>
        <source>Notes trash</source>
        <translation>笔记回收站</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>回收站为空。</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Delete for &amp;Good…</source>
        <translation>永久删除(&amp;G)…</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>永久删除</translation>
    </message>
    <message>
        <source>Delete this note for good? This cannot be undone.</source>
        <translation>要永久删除此笔记吗？此操作无法撤消。</translation>
    </message>
    <message>
        <source>Notes that need review</source>
        <translation>需要审阅的笔记</translation>
    </message>
    <message>
        <source>No note needs review.</source>
        <translation>没有需要审阅的笔记。</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Keep as Reviewed</source>
        <translation>保留为已审阅(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Use This Version</source>
        <translation>使用此版本(&amp;U)</translation>
    </message>
    <message>
        <source>Rename colours</source>
        <translation>重命名颜色</translation>
    </message>
</context>
<context>
    <name>NotesExchange</name>
    <message>
        <source>rcpdesk notes (*.rcpnotes)</source>
        <translation>rcpdesk 笔记 (*.rcpnotes)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>CSV 电子表格 (*.csv)</translation>
    </message>
    <message>
        <source>Export Notes</source>
        <translation>导出笔记</translation>
    </message>
    <message>
        <source>Import Notes</source>
        <translation>导入笔记</translation>
    </message>
    <message>
        <source>rcpdesk notes (*.rcpnotes);;All files (*)</source>
        <translation>rcpdesk 笔记 (*.rcpnotes);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Keep Them for Review</source>
        <translation>保留待审阅</translation>
    </message>
    <message>
        <source>You can import them anyway: they are flagged under Needs review.</source>
        <translation>仍可导入：这些笔记将标记在“需要审阅”下。</translation>
    </message>
    <message>
        <source>Importing notes…</source>
        <translation>正在导入笔记…</translation>
    </message>
    <message>
        <source>Imported: {summary}</source>
        <translation>已导入：{summary}</translation>
    </message>
</context>
<context>
    <name>NotesFeedback</name>
    <message>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
</context>
<context>
    <name>NotesHtml</name>
    <message>
        <source>Modified {time}</source>
        <translation>修改于 {time}</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>标签：{tags}</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>needs review</source>
        <translation>需要审阅</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Search notes…</source>
        <translation>搜索笔记…</translation>
    </message>
    <message>
        <source>Search notes</source>
        <translation>搜索笔记</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>按标签筛选</translation>
    </message>
    <message>
        <source>Filter by colour</source>
        <translation>按颜色筛选</translation>
    </message>
    <message>
        <source>Filter by what the note is on</source>
        <translation>按笔记对象筛选</translation>
    </message>
    <message>
        <source>Show only the notes with this tag</source>
        <translation>仅显示带有此标签的笔记</translation>
    </message>
    <message>
        <source>Show only the notes of this colour</source>
        <translation>仅显示此颜色的笔记</translation>
    </message>
    <message>
        <source>Show only the notes on processes, paragraphs, dimensions or cells</source>
        <translation>仅显示关于进程、段落、维度或单元格的笔记</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Read-only: these notes can be read, searched, printed and exported, not changed.</source>
        <translation>只读：这些笔记可以阅读、搜索、打印和导出，但不能更改。</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>需要审阅</translation>
    </message>
    <message>
        <source>Show only notes that need review</source>
        <translation>仅显示需要审阅的笔记</translation>
    </message>
    <message>
        <source>Notes whose paragraph changed in a new data edition, and conflicting copies from an import</source>
        <translation>段落在新数据版本中已更改的笔记，以及导入产生的冲突副本</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Notes are not available in this session.</source>
        <translation>本次会话中笔记不可用。</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>所有标签</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>所有颜色</translation>
    </message>
    <message>
        <source>The newest {shown} of {total} notes: the filters above find the others.</source>
        <translation>{total} 条笔记中最新的 {shown} 条：上方的筛选器可找到其余笔记。</translation>
    </message>
    <message>
        <source>No notes yet.
Press Ctrl+Shift+N to add a note on what you are reading.</source>
        <translation>尚无笔记。
按 Ctrl+Shift+N 为正在阅读的内容添加笔记。</translation>
    </message>
    <message>
        <source>No notes match these filters.</source>
        <translation>没有符合这些筛选条件的笔记。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>编辑笔记…</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>No colour</source>
        <translation>无颜色</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>删除笔记</translation>
    </message>
</context>
<context>
    <name>NotesRecovery</name>
    <message>
        <source>Your notes could not be opened.</source>
        <translation>无法打开您的笔记。</translation>
    </message>
    <message>
        <source>Notes unavailable</source>
        <translation>笔记不可用</translation>
    </message>
    <message>
        <source>rcpdesk works without notes in this session; notes cannot be added or shown.</source>
        <translation>本次会话中 rcpdesk 在无笔记状态下运行；无法添加或显示笔记。</translation>
    </message>
    <message>
        <source>Restore Latest Backup keeps this file aside (it is never deleted) and restores your notes from the newest good backup. Until then rcpdesk works without notes.</source>
        <translation>“恢复最新备份”会将此文件另行保存（绝不删除），并从最新的完好备份中恢复您的笔记。在此之前，rcpdesk 在无笔记状态下运行。</translation>
    </message>
    <message>
        <source>Restore Latest Backup</source>
        <translation>恢复最新备份</translation>
    </message>
    <message>
        <source>Notes restored</source>
        <translation>笔记已恢复</translation>
    </message>
</context>
<context>
    <name>NotesTableModel</name>
    <message>
        <source>On</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>标签：{tags}</translation>
    </message>
    <message>
        <source>Modified {when}</source>
        <translation>修改于 {when}</translation>
    </message>
    <message>
        <source>No colour</source>
        <translation>无颜色</translation>
    </message>
</context>
<context>
    <name>PictureOutput</name>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 图形 (*.svg)</translation>
    </message>
</context>
<context>
    <name>ProcessPickerDialog</name>
    <message>
        <source>Processes to compare</source>
        <translation>要比较的进程</translation>
    </message>
    <message>
        <source>Tick the processes to show side by side.</source>
        <translation>勾选要并列显示的进程。</translation>
    </message>
    <message>
        <source>Add the nine 2005 processes</source>
        <translation>添加 2005 年的九个进程</translation>
    </message>
    <message>
        <source>Add the nine processes at the 2005 workshop</source>
        <translation>添加出席 2005 年研讨会的九个进程</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>全部取消勾选</translation>
    </message>
    <message>
        <source>Untick all processes</source>
        <translation>取消勾选所有进程</translation>
    </message>
    <message>
        <source>Processes by region</source>
        <translation>按区域列出的进程</translation>
    </message>
</context>
<context>
    <name>RowFindingsDialog</name>
    <message>
        <source>{row}: the report&apos;s findings</source>
        <translation>{row}：报告的结论</translation>
    </message>
    <message>
        <source>The 2005 report&apos;s findings that bear on this row, most relevant first. Words in [square brackets] are the editor&apos;s, from the paragraph. Click a paragraph to read it.</source>
        <translation>2005 年报告中与此行相关的结论，最相关者在前。[方括号]内的文字为编者根据段落所加。点击段落即可阅读。</translation>
    </message>
    <message>
        <source>Findings on {row}</source>
        <translation>关于{row}的结论</translation>
    </message>
    <message>
        <source>[ ] editor&apos;s gloss</source>
        <translation>[ ] 编者注释</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search profiles and the 2005 report  (Ctrl+F)</source>
        <translation>搜索概况和 2005 年报告（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Note on {target}</source>
        <translation>关于{target}的笔记</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>区域(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Dimension:</source>
        <translation>维度(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Agreement:</source>
        <translation>共识程度(&amp;A)：</translation>
    </message>
    <message>
        <source>Filter by region</source>
        <translation>按区域筛选</translation>
    </message>
    <message>
        <source>Filter by dimension</source>
        <translation>按维度筛选</translation>
    </message>
    <message>
        <source>Filter by level of agreement</source>
        <translation>按共识程度筛选</translation>
    </message>
    <message>
        <source>Only processes of this region</source>
        <translation>仅限本区域的进程</translation>
    </message>
    <message>
        <source>Only hits that speak to this dimension</source>
        <translation>仅限涉及此维度的结果</translation>
    </message>
    <message>
        <source>Only report paragraphs with this level of agreement</source>
        <translation>仅限具有此一致程度的报告段落</translation>
    </message>
    <message>
        <source>Hits for the search, best first; Enter or a click opens the page with the words highlighted</source>
        <translation>搜索结果，最相关者在前；按 Enter 或单击即打开页面，并突出显示搜索词</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>搜索状态</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>The search failed: {reason}</source>
        <translation>搜索失败：{reason}</translation>
    </message>
    <message>
        <source>Type in the search field to search the profiles and the report.</source>
        <translation>在搜索框中输入内容以搜索概况和报告。</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n 个结果</numerusform>
        </translation>
    </message>
    <message>
        <source>The query was shortened to its first {words} words (a search reads at most {chars} characters and {terms} different words).</source>
        <translation>查询已缩短为前 {words} 个词（一次搜索最多读取 {chars} 个字符和 {terms} 个不同的词）。</translation>
    </message>
</context>
<context>
    <name>SectionStrip</name>
    <message>
        <source>On this page: {sections}</source>
        <translation>本页内容：{sections}</translation>
    </message>
    <message>
        <source>Sections of this page</source>
        <translation>本页各节</translation>
    </message>
</context>
<context>
    <name>SheetOptionsDialog</name>
    <message>
        <source>Sheet Options</source>
        <translation>简表选项</translation>
    </message>
    <message>
        <source>Tick the processes to compare; drag to change the order of the columns</source>
        <translation>勾选要比较的进程；拖动可更改列的顺序</translation>
    </message>
    <message>
        <source>The 2005 participants</source>
        <translation>2005 年的与会进程</translation>
    </message>
    <message>
        <source>Tick the nine processes that took part in the 2005 workshop</source>
        <translation>勾选出席 2005 年研讨会的九个进程</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
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
        <translation>自动（超过四个进程时横向）</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>纵向</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <source>Without my notes</source>
        <translation>不含我的笔记</translation>
    </message>
    <message>
        <source>With my notes, in their cells</source>
        <translation>含我的笔记，置于各单元格中</translation>
    </message>
    <message>
        <source>With my notes, numbered after the table</source>
        <translation>含我的笔记，编号列于表后</translation>
    </message>
    <message>
        <source>Profiles: every finding of the report, not only the widely shared ones</source>
        <translation>概况：报告的全部结论，而不仅是广泛认同的结论</translation>
    </message>
    <message>
        <source>Members map (profiles)</source>
        <translation>成员地图（概况）</translation>
    </message>
    <message>
        <source>Profiles: the map of the members and observers after the facts (PDF and print only)</source>
        <translation>概况：在事实之后附成员和观察员地图（仅限 PDF 和打印）</translation>
    </message>
    <message>
        <source>Processes (columns; drag to reorder)</source>
        <translation>进程（列；拖动以重新排序）</translation>
    </message>
    <message>
        <source>Dimensions (rows)</source>
        <translation>维度（行）</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>纸张(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>方向(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>笔记(&amp;N)：</translation>
    </message>
    <message>
        <source>Tick at least one process.</source>
        <translation>请至少勾选一个进程。</translation>
    </message>
    <message>
        <source>Tick at least one dimension.</source>
        <translation>请至少勾选一个维度。</translation>
    </message>
    <message>
        <source>{p} × {d}: processes × dimensions</source>
        <translation>{p} × {d}：进程 × 维度</translation>
    </message>
</context>
<context>
    <name>SheetPrinting</name>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>导出 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>导出 Markdown(&amp;M)…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>导出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Sheet &amp;Options…</source>
        <translation>简表选项(&amp;O)…</translation>
    </message>
    <message>
        <source>Profile of {name}</source>
        <translation>{name}概况</translation>
    </message>
    <message>
        <source>Comparison of {n} processes</source>
        <translation>比较 {n} 个进程</translation>
    </message>
    <message>
        <source>Print Pre&amp;view: {what}…</source>
        <translation>打印预览(&amp;V)：{what}…</translation>
    </message>
    <message>
        <source>&amp;Print: {what}…</source>
        <translation>打印(&amp;P)：{what}…</translation>
    </message>
    <message>
        <source>Export P&amp;DF: {what}…</source>
        <translation>导出 PDF(&amp;D)：{what}…</translation>
    </message>
    <message>
        <source>Export &amp;Markdown: {what}…</source>
        <translation>导出 Markdown(&amp;M)：{what}…</translation>
    </message>
    <message>
        <source>Export &amp;CSV: {what}…</source>
        <translation>导出 CSV(&amp;C)：{what}…</translation>
    </message>
    <message>
        <source>Nothing to print</source>
        <translation>无可打印内容</translation>
    </message>
    <message>
        <source>Add processes to the comparison, or open a process, first.</source>
        <translation>请先将进程加入比较，或打开一个进程。</translation>
    </message>
    <message>
        <source>Print Preview: {title}</source>
        <translation>打印预览：{title}</translation>
    </message>
    <message>
        <source>Sheet Options…</source>
        <translation>简表选项…</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>打印失败</translation>
    </message>
    <message>
        <source>{title}: {pages} pages</source>
        <translation>{title}：{pages} 页</translation>
    </message>
    <message>
        <source>Print: {title}</source>
        <translation>打印：{title}</translation>
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
        <translation>导出简表</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>无可导出内容</translation>
    </message>
    <message>
        <source>Writing {path}…</source>
        <translation>正在写入 {path}…</translation>
    </message>
    <message>
        <source> ({n} pages)</source>
        <translation>（{n} 页）</translation>
    </message>
    <message>
        <source> (1 page)</source>
        <translation>（1 页）</translation>
    </message>
    <message>
        <source>Saved {name}{pages} in {folder}</source>
        <translation>已将 {name}{pages} 保存到 {folder}</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Open the folder of the file just written</source>
        <translation>打开刚写入文件所在的文件夹</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>The sheet was not saved: {reason}</source>
        <translation>简表未保存：{reason}</translation>
    </message>
</context>
<context>
    <name>Sheets</name>
    <message>
        <source>Comparison: {names}</source>
        <translation>比较：{names}</translation>
    </message>
    <message>
        <source>Comparison of {n} processes on one dimension</source>
        <translation>就一个维度比较 {n} 个进程</translation>
    </message>
    <message>
        <source>Comparison of {n} processes across {d} dimensions</source>
        <translation>就 {d} 个维度比较 {n} 个进程</translation>
    </message>
    <message>
        <source>no processes chosen: a comparison needs at least one</source>
        <translation>未选择进程：比较至少需要一个进程</translation>
    </message>
    <message>
        <source>no dimensions chosen: a comparison needs at least one</source>
        <translation>未选择维度：比较至少需要一个维度</translation>
    </message>
    <message>
        <source>Name in the 2005 report</source>
        <translation>2005 年报告中的名称</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>又称</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>成立</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>秘书处</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>主席</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>观察员</translation>
    </message>
    <message>
        <source>Member organizations</source>
        <translation>成员组织</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>no process chosen for the profile</source>
        <translation>未选择要编写概况的进程</translation>
    </message>
    <message>
        <source>{label} ({n})</source>
        <translation>{label}（{n}）</translation>
    </message>
    <message>
        <source>established {year}</source>
        <translation>成立于 {year} 年</translation>
    </message>
    <message>
        <source>took part in the 2005 workshop</source>
        <translation>出席了 2005 年研讨会</translation>
    </message>
    <message>
        <source>named in the report at {paragraphs}</source>
        <translation>报告在 {paragraphs} 中提及</translation>
    </message>
    <message>
        <source>Process profile: {name}</source>
        <translation>进程概况：{name}</translation>
    </message>
    <message>
        <source>words in [square brackets] are the editor&apos;s gloss</source>
        <translation>[方括号]内的文字为编者注释</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>这是文件夹，不是文件</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>文件夹不存在</translation>
    </message>
    <message>
        <source>the folder cannot be written to</source>
        <translation>无法写入该文件夹</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>文件为只读</translation>
    </message>
    <message>
        <source>Regional consultative process</source>
        <translation>区域协商进程</translation>
    </message>
    <message>
        <source>Inter-regional forum</source>
        <translation>区域间论坛</translation>
    </message>
    <message>
        <source>active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>dormant</source>
        <translation>停止活动</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>已终止</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>1 state</source>
        <translation>1 个国家</translation>
    </message>
    <message>
        <source>{n} states</source>
        <translation>{n} 个国家</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>1 more finding in the report: {citations}</source>
        <translation>报告中另有 1 条结论：{citations}</translation>
    </message>
    <message>
        <source>{n} more findings in the report: {citations}</source>
        <translation>报告中另有 {n} 条结论：{citations}</translation>
    </message>
    <message>
        <source>accessed {date}</source>
        <translation>查阅日期：{date}</translation>
    </message>
    <message>
        <source>Accessed {date} unless another date is given.</source>
        <translation>除另有注明外，查阅日期为 {date}。</translation>
    </message>
    <message>
        <source>since {year}</source>
        <translation>自{year}年起</translation>
    </message>
    <message>
        <source>Each cell gives the process&apos;s own arrangement and the date it holds for; the small numbers are the sources listed after the table. The shaded line under each row gives the 2005 report&apos;s finding that bears most on it, with its paragraph (¶), the level of agreement the report records and how many more findings bear on the row. Words in [square brackets] are the editor&apos;s, from the paragraph.</source>
        <translation>每个单元格列出该进程自身的安排及其适用日期；小号数字为表后所列来源。每行下方的阴影行列出 2005 年报告中与该行最相关的结论，附其段落（¶）、报告记录的共识程度以及与该行相关的其他结论数目。[方括号]内的文字为编者根据段落所加。</translation>
    </message>
    <message>
        <source>Processes {first}–{last} of {count}</source>
        <translation>进程 {first}–{last}，共 {count} 个</translation>
    </message>
    <message>
        <source>Your notes on the process</source>
        <translation>您对该进程的笔记</translation>
    </message>
    <message>
        <source>Members map of {name}, from the membership list as of {date}.</source>
        <translation>{name}成员地图，依据截至 {date} 的成员名单。</translation>
    </message>
    <message>
        <source>Members map of {name}; the membership list gives no date.</source>
        <translation>{name}成员地图；成员名单未注明日期。</translation>
    </message>
    <message>
        <source>The members map is printed only in the PDF and on paper.</source>
        <translation>成员地图仅在 PDF 和纸质版中打印。</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>事实</translation>
    </message>
    <message>
        <source>Positions on the comparison dimensions</source>
        <translation>关于比较维度的立场</translation>
    </message>
    <message>
        <source>{n} further findings of narrower agreement are not printed here; the report view shows them all.</source>
        <translation>此处未打印另外 {n} 条一致程度较低的结论；报告视图中可查看全部结论。</translation>
    </message>
    <message>
        <source>The report does not name this process; it took no part in the 2005 workshop. The report&apos;s finding on each dimension is given in the table above.</source>
        <translation>报告未提及本进程；本进程未出席 2005 年研讨会。报告就每个维度得出的结论见上表。</translation>
    </message>
    <message>
        <source>2005 report</source>
        <translation>2005 年报告</translation>
    </message>
    <message>
        <source>Another source gives</source>
        <translation>另一来源称</translation>
    </message>
    <message>
        <source>as of {date}</source>
        <translation>截至 {date}</translation>
    </message>
    <message>
        <source>Colours of your notes</source>
        <translation>您的笔记颜色</translation>
    </message>
    <message>
        <source>Data edition {edition}</source>
        <translation>数据版本 {edition}</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>事实</translation>
    </message>
    <message>
        <source>Findings on the processes that took part, widest agreement first</source>
        <translation>关于与会进程的结论，一致程度最广者在前</translation>
    </message>
    <message>
        <source>No finding on this dimension in the report</source>
        <translation>报告中无关于此维度的结论</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>（无文本）</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>On the data</source>
        <translation>关于数据</translation>
    </message>
    <message>
        <source>Printed {date}</source>
        <translation>打印于 {date}</translation>
    </message>
    <message>
        <source>Report: {citation}</source>
        <translation>报告：{citation}</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>The 2005 report on this dimension</source>
        <translation>2005 年报告关于此维度的论述</translation>
    </message>
    <message>
        <source>(unverified)</source>
        <translation>（未经核实）</translation>
    </message>
    <message>
        <source>Value, date and sources</source>
        <translation>数值、日期和来源</translation>
    </message>
    <message>
        <source>What the 2005 report says</source>
        <translation>2005 年报告的论述</translation>
    </message>
    <message>
        <source>Where the report names the process</source>
        <translation>报告提及该进程之处</translation>
    </message>
    <message>
        <source>Your notes</source>
        <translation>您的笔记</translation>
    </message>
    <message>
        <source>{label} (continued)</source>
        <translation>{label}（续）</translation>
    </message>
    <message>
        <source>{label} (cont.)</source>
        <translation>{label}（续）</translation>
    </message>
    <message>
        <source>the page is too small for a sheet</source>
        <translation>页面太小，无法容纳简表</translation>
    </message>
    <message>
        <source>page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
        <source>Data edition {edition} · rcpdesk</source>
        <translation>数据版本 {edition} · rcpdesk</translation>
    </message>
    <message>
        <source>Report cited (¶ = its paragraphs): {citation}</source>
        <translation>所引报告（¶ = 其段落）：{citation}</translation>
    </message>
    <message>
        <source>cannot write to the printer or the file</source>
        <translation>无法写入打印机或文件</translation>
    </message>
    <message>
        <source>cannot start a new page</source>
        <translation>无法开始新页</translation>
    </message>
    <message>
        <source>the page layout was refused</source>
        <translation>页面布局被拒绝</translation>
    </message>
    <message>
        <source>nothing was written to {path}</source>
        <translation>未向 {path} 写入任何内容</translation>
    </message>
    <message>
        <source>{start}–today</source>
        <translation>{start}–今</translation>
    </message>
    <message>
        <source>{start}–{end}</source>
        <translation>{start}–{end}</translation>
    </message>
    <message>
        <source>until {year}</source>
        <translation>至 {year} 年</translation>
    </message>
    <message>
        <source>year joined not known</source>
        <translation>加入年份不详</translation>
    </message>
    <message>
        <source>The 2005 report, {citation}</source>
        <translation>2005 年报告，{citation}</translation>
    </message>
    <message>
        <source>Briefing pack: {names}</source>
        <translation>简报材料：{names}</translation>
    </message>
    <message>
        <source>Briefing pack: {n} processes</source>
        <translation>简报材料：{n} 个进程</translation>
    </message>
    <message>
        <source>no processes chosen: a pack needs at least one</source>
        <translation>未选择进程：简报材料至少需要一个进程</translation>
    </message>
    <message>
        <source>For the delegation of {country}: {names}</source>
        <translation>供{country}代表团使用：{names}</translation>
    </message>
    <message>
        <source>For a meeting of {names}</source>
        <translation>供{names}会议使用</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>封面</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>概况</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>The 2005 report&apos;s findings on these rows</source>
        <translation>2005 年报告关于这些行的结论</translation>
    </message>
    <message>
        <source>Members maps</source>
        <translation>成员地图</translation>
    </message>
    <message>
        <source>Country: {name}</source>
        <translation>国家：{name}</translation>
    </message>
    <message>
        <source>Notes tagged: {tags}</source>
        <translation>带有以下标签的笔记：{tags}</translation>
    </message>
    <message>
        <source>For each row compared, the findings of the 2005 report that bear on it, the one that fits it best in full: the paragraph (¶), the level of agreement the report records, and its words. Words in [square brackets] are the editor&apos;s.</source>
        <translation>对每个比较行，列出 2005 年报告中与之相关的结论，并完整引用最相符的一条：段落（¶）、报告记录的一致程度及其原文。[方括号] 中的文字为编者所加。</translation>
    </message>
    <message>
        <source>Also bearing on this row: {citations}</source>
        <translation>另与此行相关：{citations}</translation>
    </message>
    <message>
        <source>The report has no finding on the rows compared.</source>
        <translation>报告中没有关于所比较各行的结论。</translation>
    </message>
    <message>
        <source>No process lists {name} as a member or an observer.</source>
        <translation>没有任何进程将{name}列为成员或观察员。</translation>
    </message>
    <message>
        <source>Its roles in every process, from the dated membership lists; the pack&apos;s processes first (marked ●).</source>
        <translation>根据注明日期的成员名单列出其在各进程中的身份；简报材料所含进程在前（标有 ●）。</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>进程</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>observer</source>
        <translation>观察员</translation>
    </message>
    <message>
        <source>{role} (ended)</source>
        <translation>{role}（已结束）</translation>
    </message>
    <message>
        <source>The processes&apos; chair records do not name {name}.</source>
        <translation>各进程的主席记录中未提及{name}。</translation>
    </message>
    <message>
        <source>{shown} of your {total} notes: those tagged {tags}.</source>
        <translation>您的 {total} 条笔记中的 {shown} 条：带有标签 {tags}。</translation>
    </message>
    <message>
        <source>All your notes ({n}), grouped by what they are on.</source>
        <translation>您的全部笔记（{n} 条），按对象分组。</translation>
    </message>
    <message>
        <source>No notes to show.</source>
        <translation>没有可显示的笔记。</translation>
    </message>
    <message>
        <source>Chairs</source>
        <translation>主席</translation>
    </message>
    <message>
        <source>{title} · data edition {edition} · rcpdesk</source>
        <translation>{title} · 数据版本 {edition} · rcpdesk</translation>
    </message>
    <message>
        <source>The members maps are printed only in the PDF and on paper.</source>
        <translation>成员地图仅在 PDF 和纸质版中打印。</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
</context>
<context>
    <name>TimelineCanvas</name>
    <message>
        <source>Founded {year} · {region}</source>
        <translation>成立于 {year} 年 · {region}</translation>
    </message>
    <message>
        <source>Attended the 2005 workshop</source>
        <translation>出席了 2005 年研讨会</translation>
    </message>
    <message>
        <source>Did not attend the 2005 workshop</source>
        <translation>未出席 2005 年研讨会</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>状态：{status}</translation>
    </message>
</context>
<context>
    <name>TreeModel</name>
    <message>
        <source>Processes by region</source>
        <translation>按区域列出的进程</translation>
    </message>
    <message>
        <source>The regional consultative processes and inter-regional forums</source>
        <translation>区域协商进程和区域间论坛</translation>
    </message>
    <message>
        <source>GCIM–IOM Workshop report, 2005</source>
        <translation>全球国际移民委员会—国际移民组织研讨会报告，2005 年</translation>
    </message>
    <message>
        <source>The report of the GCIM–IOM Workshop on RCPs, Geneva, April 2005</source>
        <translation>全球国际移民委员会—国际移民组织区域协商进程研讨会报告，日内瓦，2005 年 4 月</translation>
    </message>
    <message>
        <source>Comparison dimensions</source>
        <translation>比较维度</translation>
    </message>
    <message>
        <source>The dimensions the report compares processes by</source>
        <translation>报告据以比较各进程的维度</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Countries that are members or observers of a process</source>
        <translation>作为某一进程成员或观察员的国家</translation>
    </message>
    <message>
        <source>Took part in the 2005 workshop</source>
        <translation>出席了 2005 年研讨会</translation>
    </message>
    <message numerus="yes">
        <source>%n process(es)</source>
        <translation>
            <numerusform>%n 个进程</numerusform>
        </translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Has notes</source>
        <translation>有笔记</translation>
    </message>
</context>
<context>
    <name>TreePanel</name>
    <message>
        <source>Filter processes, paragraphs, countries…</source>
        <translation>筛选进程、段落、国家…</translation>
    </message>
    <message>
        <source>Filter the contents</source>
        <translation>筛选目录</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Processes by region, the 2005 report by section and paragraph, the comparison dimensions and the countries; Enter opens the page, the context menu adds processes to the comparison</source>
        <translation>按区域列出的进程、按章节和段落列出的2005年报告、比较维度以及各国；按 Enter 打开页面，上下文菜单可将进程添加到比较中</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Add to comparison</source>
        <translation>加入比较(&amp;A)</translation>
    </message>
</context>
<context>
    <name>ZoomController</name>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
</context>
<context>
    <name>agreement</name>
    <message>
        <source>Unanimous</source>
        <translation>一致同意</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>协商一致</translation>
    </message>
    <message>
        <source>Broad agreement</source>
        <translation>广泛一致</translation>
    </message>
    <message>
        <source>Majority</source>
        <translation>多数</translation>
    </message>
    <message>
        <source>Many participants</source>
        <translation>许多与会者</translation>
    </message>
    <message>
        <source>Several participants</source>
        <translation>若干与会者</translation>
    </message>
    <message>
        <source>Some participants</source>
        <translation>一些与会者</translation>
    </message>
    <message>
        <source>A few participants</source>
        <translation>少数与会者</translation>
    </message>
    <message>
        <source>One participant</source>
        <translation>一名与会者</translation>
    </message>
    <message>
        <source>The report states</source>
        <translation>报告指出</translation>
    </message>
    <message>
        <source>Speaker&apos;s own statement</source>
        <translation>发言者本人的陈述</translation>
    </message>
    <message>
        <source>Procedural (no position)</source>
        <translation>程序性（无立场）</translation>
    </message>
</context>
<context>
    <name>facts</name>
    <message>
        <source>Founded</source>
        <translation>成立</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>秘书处</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>主席</translation>
    </message>
    <message>
        <source>Meeting levels</source>
        <translation>会议级别</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>观察员</translation>
    </message>
    <message>
        <source>Member organizations</source>
        <translation>成员组织</translation>
    </message>
    <message>
        <source>Partner organizations</source>
        <translation>伙伴组织</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Regional consultative process</source>
        <translation>区域协商进程</translation>
    </message>
    <message>
        <source>Inter-regional forum</source>
        <translation>区域间论坛</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>停止活动</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已终止</translation>
    </message>
    <message>
        <source>Sourced</source>
        <translation>有来源</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>未经核实</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>today</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>{start}–{end}</source>
        <translation>{start}–{end}</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>观察员</translation>
    </message>
</context>
<context>
    <name>notes</name>
    <message>
        <source>1 note</source>
        <translation>1 条笔记</translation>
    </message>
    <message>
        <source>A colour must be written like #1a2b3c (got {hex!r}).</source>
        <translation>颜色必须写成 #1a2b3c 的形式（输入的是 {hex!r}）。</translation>
    </message>
    <message>
        <source>A colour name must be 1 to {limit} characters (got {name!r}).</source>
        <translation>颜色名称须为 1 至 {limit} 个字符（输入的是 {name!r}）。</translation>
    </message>
    <message>
        <source>A comparison cell id is PROCESS#DIMENSION (got {target_id!r}).</source>
        <translation>比较单元格的标识为 PROCESS#DIMENSION（输入的是 {target_id!r}）。</translation>
    </message>
    <message>
        <source>A note may have at most {limit} characters; this one has {length}.</source>
        <translation>笔记最多可含 {limit} 个字符；此笔记含 {length} 个。</translation>
    </message>
    <message>
        <source>A note may have at most {limit} tags.</source>
        <translation>一条笔记最多可有 {limit} 个标签。</translation>
    </message>
    <message>
        <source>A note target needs a stable id (got {target_id!r}).</source>
        <translation>笔记对象需要一个固定标识（输入的是 {target_id!r}）。</translation>
    </message>
    <message>
        <source>A passage needs the quoted text and its start and end offsets in the paragraph.</source>
        <translation>段落摘录需要引用的文本及其在段落中的起止位置。</translation>
    </message>
    <message>
        <source>A tag must be 1 to {limit} characters without line breaks (got {tag!r}).</source>
        <translation>标签须为 1 至 {limit} 个字符，且不含换行（输入的是 {tag!r}）。</translation>
    </message>
    <message>
        <source>Added note {note_id}.</source>
        <translation>已添加笔记 {note_id}。</translation>
    </message>
    <message>
        <source>Backups in {folder}, newest first:</source>
        <translation>{folder} 中的备份，最新者在前：</translation>
    </message>
    <message>
        <source>Cannot tell the format of {name}: name it .rcpnotes, .md or .csv, or give --format.</source>
        <translation>无法判断 {name} 的格式：请将其命名为 .rcpnotes、.md 或 .csv，或使用 --format。</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>试运行：未作任何更改。</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>已导入。</translation>
    </message>
    <message>
        <source>Moved note {note_id} to the trash.</source>
        <translation>笔记 {note_id} 已移至回收站。</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>没有笔记。</translation>
    </message>
    <message>
        <source>No process, paragraph, dimension or comparison cell has the id {target_id!r}.</source>
        <translation>没有标识为 {target_id!r} 的进程、段落、维度或比较单元格。</translation>
    </message>
    <message>
        <source>Nothing was changed. To keep this file aside (it is never deleted) and restore your notes from the newest good backup, run: rcpdesk notes recover (rcpdesk notes recover --list shows every backup).</source>
        <translation>未作任何更改。如需将此文件另行保存（绝不删除）并从最新的完好备份中恢复笔记，请运行：rcpdesk notes recover（rcpdesk notes recover --list 列出所有备份）。</translation>
    </message>
    <message>
        <source>Restored note {note_id}.</source>
        <translation>已恢复笔记 {note_id}。</translation>
    </message>
    <message>
        <source>Say what {target_id!r} is with --kind (process, paragraph, dimension or cell).</source>
        <translation>请用 --kind 指明 {target_id!r} 的类型（process、paragraph、dimension 或 cell）。</translation>
    </message>
    <message>
        <source>The backup {name} is damaged too and cannot be restored. Nothing was changed.</source>
        <translation>备份 {name} 也已损坏，无法恢复。未作任何更改。</translation>
    </message>
    <message>
        <source>The damaged notes file was moved to {moved}. There was no usable backup, so rcpdesk starts with an empty notes database.</source>
        <translation>已损坏的笔记文件已移至 {moved}。由于没有可用的备份，rcpdesk 将使用空的笔记数据库启动。</translation>
    </message>
    <message>
        <source>The file {name} dates the note {note_id} {time}, later than tomorrow: the clock that wrote it was wrong. Nothing was imported.</source>
        <translation>文件 {name} 将笔记 {note_id} 的时间记为 {time}，晚于明天：写入该文件的时钟有误。未导入任何内容。</translation>
    </message>
    <message>
        <source>The file {name} does not exist or cannot be read.</source>
        <translation>文件 {name} 不存在或无法读取。</translation>
    </message>
    <message>
        <source>The file {name} holds the note {note_id} twice. Nothing was imported.</source>
        <translation>文件 {name} 中笔记 {note_id} 出现了两次。未导入任何内容。</translation>
    </message>
    <message>
        <source>The file {name} holds {count} notes; at most {limit} can be imported at once. Nothing was imported.</source>
        <translation>文件 {name} 含 {count} 条笔记；一次最多可导入 {limit} 条。未导入任何内容。</translation>
    </message>
    <message>
        <source>The file {name} is not UTF-8 text. Nothing was imported.</source>
        <translation>文件 {name} 不是 UTF-8 文本。未导入任何内容。</translation>
    </message>
    <message>
        <source>The file {name} is not an rcpdesk notes file ({detail}). Nothing was imported.</source>
        <translation>文件 {name} 不是 rcpdesk 笔记文件（{detail}）。未导入任何内容。</translation>
    </message>
    <message>
        <source>The file {name} is not valid JSON (line {line}, column {column}: {detail}). Nothing was imported.</source>
        <translation>文件 {name} 不是有效的 JSON（第 {line} 行，第 {column} 列：{detail}）。未导入任何内容。</translation>
    </message>
    <message>
        <source>The file {name} is too large to be a notes file ({size} bytes; the limit is {limit}). Nothing was imported.</source>
        <translation>文件 {name} 过大，不可能是笔记文件（{size} 字节；上限为 {limit}）。未导入任何内容。</translation>
    </message>
    <message>
        <source>The id {prefix} matches more than one note: give more of it.</source>
        <translation>标识 {prefix} 与多条笔记匹配：请输入更长的标识。</translation>
    </message>
    <message>
        <source>The note {note_id} is not a conflict copy.</source>
        <translation>笔记 {note_id} 不是冲突副本。</translation>
    </message>
    <message>
        <source>The note {note_id} is not in the trash.</source>
        <translation>笔记 {note_id} 不在回收站中。</translation>
    </message>
    <message>
        <source>The notes database is closed.</source>
        <translation>笔记数据库已关闭。</translation>
    </message>
    <message>
        <source>The notes file is a database, but not an rcpdesk notes database: {path}</source>
        <translation>笔记文件是一个数据库，但不是 rcpdesk 笔记数据库：{path}</translation>
    </message>
    <message>
        <source>The notes file is not a notes database (it may have been overwritten by another program): {path}</source>
        <translation>笔记文件不是笔记数据库（可能已被其他程序覆盖）：{path}</translation>
    </message>
    <message>
        <source>The notes file was moved to {moved}. Your notes were restored from the automatic backup of {when}; changes made after that backup are in the moved file.</source>
        <translation>笔记文件已移至 {moved}。您的笔记已从 {when} 的自动备份中恢复；该备份之后所作的更改保存在已移走的文件中。</translation>
    </message>
    <message>
        <source>The notes were written against the data edition {theirs}; you have {ours}.</source>
        <translation>这些笔记是依据数据版本 {theirs} 编写的；您的版本为 {ours}。</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>回收站为空。</translation>
    </message>
    <message>
        <source>There are no backups in {folder}.</source>
        <translation>{folder} 中没有备份。</translation>
    </message>
    <message>
        <source>There is already a colour named {name!r}.</source>
        <translation>已有名为 {name!r} 的颜色。</translation>
    </message>
    <message>
        <source>There is no backup to restore in {folder}. Nothing was changed.</source>
        <translation>{folder} 中没有可恢复的备份。未作任何更改。</translation>
    </message>
    <message>
        <source>There is no backup {name} in {folder}. rcpdesk notes recover --list shows them.</source>
        <translation>{folder} 中没有备份 {name}。rcpdesk notes recover --list 可列出备份。</translation>
    </message>
    <message>
        <source>There is no colour named {colour!r}. The colours are: {known}.</source>
        <translation>没有名为 {colour!r} 的颜色。现有颜色为：{known}。</translation>
    </message>
    <message>
        <source>There is no note with the id {note_id}.</source>
        <translation>没有标识为 {note_id} 的笔记。</translation>
    </message>
    <message>
        <source>This note was changed in another window since you opened it. Your version was not saved; reopen the note to see both.</source>
        <translation>自您打开此笔记后，它已在另一窗口中被更改。您的版本未保存；请重新打开笔记以查看两个版本。</translation>
    </message>
    <message>
        <source>Unexpected error ({kind}): {detail}</source>
        <translation>意外错误（{kind}）：{detail}</translation>
    </message>
    <message>
        <source>Unknown export format: {format} (rcpnotes, md or csv).</source>
        <translation>未知的导出格式：{format}（rcpnotes、md 或 csv）。</translation>
    </message>
    <message>
        <source>Unknown kind of note target: {kind} (one of {kinds}).</source>
        <translation>未知的笔记对象类型：{kind}（应为 {kinds} 之一）。</translation>
    </message>
    <message>
        <source>Unknown note format: {body_format} (text or markdown).</source>
        <translation>未知的笔记格式：{body_format}（text 或 markdown）。</translation>
    </message>
    <message>
        <source>Wrote {count} notes to {path}.</source>
        <translation>已将 {count} 条笔记写入 {path}。</translation>
    </message>
    <message>
        <source>Your notes are busy in another rcpdesk window that did not finish saving in time. Try again in a moment.</source>
        <translation>您的笔记正被另一个 rcpdesk 窗口占用，该窗口未能及时完成保存。请稍后重试。</translation>
    </message>
    <message>
        <source>Your notes are on a read-only disk or folder ({path}): they can be read, searched, printed and exported, but not changed.</source>
        <translation>您的笔记位于只读磁盘或文件夹中（{path}）：可以阅读、搜索、打印和导出，但不能更改。</translation>
    </message>
    <message>
        <source>Your notes cannot be saved: the notes file or its folder is read-only ({path}). Notes can be read but not changed.</source>
        <translation>无法保存您的笔记：笔记文件或其文件夹为只读（{path}）。笔记可以阅读，但不能更改。</translation>
    </message>
    <message>
        <source>Your notes could not be saved ({detail}). Nothing was changed.</source>
        <translation>无法保存您的笔记（{detail}）。未作任何更改。</translation>
    </message>
    <message>
        <source>Your notes database is damaged and cannot be read ({detail}): {path}</source>
        <translation>您的笔记数据库已损坏，无法读取（{detail}）：{path}</translation>
    </message>
    <message>
        <source>Your notes file is empty or missing, yet it held notes before ({count} in the backup of {when}). A full disk, a sync tool or a bad copy may have emptied it: {path}</source>
        <translation>您的笔记文件为空或缺失，但此前曾含有笔记（{when} 的备份中有 {count} 条）。磁盘已满、同步工具或错误的复制可能将其清空：{path}</translation>
    </message>
    <message>
        <source>Your notes file is empty or missing, yet it held notes on {when} ({count} then), and no backup holds them. A full disk, a sync tool or a bad copy may have emptied it; a copy of the profile folder made before then may still have them: {path}</source>
        <translation>您的笔记文件为空或缺失，但 {when} 时曾含有笔记（当时 {count} 条），且没有任何备份保存这些笔记。磁盘已满、同步工具或错误的复制可能将其清空；此前制作的配置文件夹副本中可能仍有这些笔记：{path}</translation>
    </message>
    <message>
        <source>Your notes file is readable ({count} notes), so nothing was changed: {path}. To replace it with a backup anyway (it is kept aside), name one with --from NUMBER; --list shows them.</source>
        <translation>您的笔记文件可读（{count} 条笔记），因此未作任何更改：{path}。如仍要用备份替换它（原文件另行保存），请用 --from NUMBER 指定一个备份；--list 可列出备份。</translation>
    </message>
    <message>
        <source>Your notes file now holds {count} notes: {path}</source>
        <translation>您的笔记文件现含 {count} 条笔记：{path}</translation>
    </message>
    <message>
        <source>Your notes file now: {state}. To restore the newest good backup: rcpdesk notes recover; a chosen one: rcpdesk notes recover --from NUMBER</source>
        <translation>您的笔记文件当前状态：{state}。恢复最新的完好备份：rcpdesk notes recover；恢复指定备份：rcpdesk notes recover --from NUMBER</translation>
    </message>
    <message>
        <source>Your notes need an upgrade to this version of rcpdesk, but the notes file is read-only: {path}</source>
        <translation>您的笔记需要升级以适用此版本的 rcpdesk，但笔记文件为只读：{path}</translation>
    </message>
    <message>
        <source>Your notes were restored from the automatic backup of {when}.</source>
        <translation>您的笔记已从 {when} 的自动备份中恢复。</translation>
    </message>
    <message>
        <source>Your notes were saved by a newer version of rcpdesk (notes format {found}; this version reads up to {supported}). Update rcpdesk to use them; the file is left untouched: {path}</source>
        <translation>您的笔记由更新版本的 rcpdesk 保存（笔记格式 {found}；本版本最高可读 {supported}）。请更新 rcpdesk 以使用这些笔记；文件保持原样：{path}</translation>
    </message>
    <message>
        <source>changed here and there</source>
        <translation>两处均有更改</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>damaged or empty</source>
        <translation>已损坏或为空</translation>
    </message>
    <message>
        <source>damaged, cannot be restored</source>
        <translation>已损坏，无法恢复</translation>
    </message>
    <message>
        <source>deleted here after it was last changed there</source>
        <translation>在此处删除，晚于在另一处的最后更改</translation>
    </message>
    <message>
        <source>deleted there, changed here since: kept</source>
        <translation>在另一处删除，此后在此处更改：予以保留</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>same time, different text</source>
        <translation>时间相同，文本不同</translation>
    </message>
    <message>
        <source>{count} notes</source>
        <translation>{count} 条笔记</translation>
    </message>
    <message>
        <source>{count} notes contained control characters, which were removed.</source>
        <translation>{count} 条笔记含有控制字符，已将其删除。</translation>
    </message>
    <message>
        <source>{count} notes, readable</source>
        <translation>{count} 条笔记，可读</translation>
    </message>
    <message>
        <source>{count} of the notes in {name} are on things this edition of the data does not have ({examples}). Nothing was imported; import them anyway to keep them in the &quot;needs review&quot; list.</source>
        <translation>{name} 中有 {count} 条笔记所涉内容不在本数据版本中（{examples}）。未导入任何内容；如仍要导入，它们将保留在“需要审阅”列表中。</translation>
    </message>
    <message>
        <source>{new} new, {updated} updated, {conflicts} {conflict_word}, {unchanged} unchanged, {deleted} deleted</source>
        <translation>新增 {new}，更新 {updated}，{conflict_word} {conflicts}，未变 {unchanged}，删除 {deleted}</translation>
    </message>
</context>
<context>
    <name>profile</name>
    <message>
        <source>The profile folder {path} is a file, not a folder. Give --profile (or RCPDESK_HOME) a folder; a new one is made when it does not exist.</source>
        <translation>配置文件夹 {path} 是一个文件，而不是文件夹。请为 --profile（或 RCPDESK_HOME）指定一个文件夹；如该文件夹不存在，将新建一个。</translation>
    </message>
</context>
</TS>
