<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About QA Desk</source>
        <translation>关于质检台</translation>
    </message>
    <message>
        <source>Quality inspection of outsourced customer service for express-delivery outlets: import, sample, score, follow up and report.</source>
        <translation>快递网点外包客服质检：导入、抽检、评分、整改跟进与报表。</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>Schema revision:</source>
        <translation>数据库结构版本：</translation>
    </message>
    <message>
        <source>Qt / PySide6:</source>
        <translation>Qt / PySide6：</translation>
    </message>
    <message>
        <source>Python:</source>
        <translation>Python：</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>&amp;Vendors</source>
        <translation>外包服务商(&amp;V)</translation>
    </message>
    <message>
        <source>Search code, name or contact</source>
        <translation>搜索代码、名称或联系人</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Teams</source>
        <translation>班组(&amp;T)</translation>
    </message>
    <message>
        <source>Vendor:</source>
        <translation>外包服务商：</translation>
    </message>
    <message>
        <source>&amp;Agents</source>
        <translation>客服坐席(&amp;A)</translation>
    </message>
    <message>
        <source>Search employee ID or name</source>
        <translation>搜索工号或姓名</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>班组：</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>用户(&amp;U)</translation>
    </message>
    <message>
        <source>Search login or name</source>
        <translation>搜索登录名或姓名</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>重置密码(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>AgentDialog</name>
    <message>
        <source>New agent</source>
        <translation>新建客服坐席</translation>
    </message>
    <message>
        <source>Edit agent {0}</source>
        <translation>编辑客服坐席 {0}</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>（无班组）</translation>
    </message>
    <message>
        <source>Enter an employee ID of 1–32 characters without spaces.</source>
        <translation>请输入 1–32 个字符的工号，不能含空格。</translation>
    </message>
    <message>
        <source>Enter the agent&apos;s name.</source>
        <translation>请输入客服坐席的姓名。</translation>
    </message>
    <message>
        <source>Choose the agent&apos;s vendor.</source>
        <translation>请选择客服坐席所属的外包服务商。</translation>
    </message>
    <message>
        <source>The last working day is before the first one.</source>
        <translation>最后工作日早于首个工作日。</translation>
    </message>
    <message>
        <source>The employee ID {0} is already used.</source>
        <translation>工号 {0} 已被使用。</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服坐席</translation>
    </message>
    <message>
        <source>&amp;Employee ID:</source>
        <translation>工号(&amp;E)：</translation>
    </message>
    <message>
        <source>As in the service platform&apos;s exports</source>
        <translation>与服务平台导出文件中的工号一致</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Vendor:</source>
        <translation>外包服务商(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>班组(&amp;T)：</translation>
    </message>
    <message>
        <source>Active &amp;from:</source>
        <translation>在岗起始(&amp;F)：</translation>
    </message>
    <message>
        <source>Active t&amp;o:</source>
        <translation>在岗截止(&amp;O)：</translation>
    </message>
    <message>
        <source>Tick &quot;Active to&quot; on the agent&apos;s last working day; leave it empty while the agent works here.</source>
        <translation>客服坐席离岗时勾选“在岗截止”并填写最后工作日；仍在岗时请不要勾选。</translation>
    </message>
</context>
<context>
    <name>AgentModel</name>
    <message>
        <source>Employee ID</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>外包服务商</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <source>Active from</source>
        <translation>在岗起始</translation>
    </message>
    <message>
        <source>Active to</source>
        <translation>在岗截止</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未到岗</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>已离岗</translation>
    </message>
    <message>
        <source>Last day today</source>
        <translation>今日为最后工作日</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在岗</translation>
    </message>
</context>
<context>
    <name>AgentTab</name>
    <message>
        <source>All teams</source>
        <translation>全部班组</translation>
    </message>
    <message>
        <source>Deactivate agent {0} {1}? Today becomes their last working day; their records stay.</source>
        <translation>停用客服坐席 {0} {1}？今天将成为其最后工作日，其服务记录保留。</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>QA Desk cannot start</source>
        <translation>质检台无法启动</translation>
    </message>
</context>
<context>
    <name>AudioPlayer</name>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>This call has no recording.</source>
        <translation>该通话没有录音。</translation>
    </message>
    <message>
        <source>Recording missing: {0}</source>
        <translation>录音缺失：{0}</translation>
    </message>
    <message>
        <source>The recording cannot be played: {0}</source>
        <translation>无法播放录音：{0}</translation>
    </message>
    <message>
        <source>Play or pause the recording</source>
        <translation>播放或暂停录音</translation>
    </message>
    <message>
        <source>Position / length of the recording</source>
        <translation>当前位置 / 录音时长</translation>
    </message>
    <message>
        <source>Drag to move in the recording</source>
        <translation>拖动以跳转到录音的其他位置</translation>
    </message>
    <message>
        <source>Position in the recording</source>
        <translation>录音播放位置</translation>
    </message>
    <message>
        <source>&amp;Speed:</source>
        <translation>倍速(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>AuditEventDialog</name>
    <message>
        <source>Audit event {0}</source>
        <translation>审计日志第 {0} 条</translation>
    </message>
    <message>
        <source>(system)</source>
        <translation>（系统）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Audit event</source>
        <translation>审计日志条目</translation>
    </message>
    <message>
        <source>Seq:</source>
        <translation>序号：</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <source>Changed:</source>
        <translation>变更对象：</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>操作：</translation>
    </message>
    <message>
        <source>Fields changed:</source>
        <translation>变更字段：</translation>
    </message>
    <message>
        <source>Hash:</source>
        <translation>哈希值：</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>变更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>变更后</translation>
    </message>
</context>
<context>
    <name>AuditEventModel</name>
    <message>
        <source>Seq</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>对象类型</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>The object&apos;s code or name, and the fields a change touched</source>
        <translation>对象的代码或名称，以及本次变更涉及的字段</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>All changes</source>
        <translation>全部变更</translation>
    </message>
    <message>
        <source>Events shown: {0} (older ones load as you scroll).</source>
        <translation>已显示 {0} 条（向下滚动可加载更早的记录）。</translation>
    </message>
    <message>
        <source>Events: {0}</source>
        <translation>共 {0} 条</translation>
    </message>
    <message>
        <source>Verifying the audit chain…</source>
        <translation>正在校验审计日志哈希链…</translation>
    </message>
    <message>
        <source>The audit log is empty.</source>
        <translation>审计日志为空。</translation>
    </message>
    <message>
        <source>The chain is intact. Events verified: {0}. Head hash: {1}</source>
        <translation>哈希链完整，已校验 {0} 条记录。最新哈希值：{1}</translation>
    </message>
    <message>
        <source>Audit chain verified.</source>
        <translation>审计日志哈希链校验通过。</translation>
    </message>
    <message>
        <source>The chain is broken at event {0}: {1}. That event and all later ones cannot be trusted.</source>
        <translation>哈希链在第 {0} 条记录处断开：{1}。该条及其后的所有记录均不可信。</translation>
    </message>
    <message>
        <source>Audit chain broken.</source>
        <translation>审计日志哈希链已断开。</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>校验哈希链</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>详情(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>校验哈希链(&amp;V)</translation>
    </message>
    <message>
        <source>Recompute every event&apos;s hash and check the links between them</source>
        <translation>重新计算每条记录的哈希值，并检查记录之间的链接</translation>
    </message>
</context>
<context>
    <name>BubbleDelegate</name>
    <message>
        <source>Show less</source>
        <translation>收起</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>展开全文</translation>
    </message>
</context>
<context>
    <name>CallSpeakers</name>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>IVR</source>
        <translation>语音导航</translation>
    </message>
</context>
<context>
    <name>CallView</name>
    <message>
        <source>There is no transcript for this call.</source>
        <translation>该通话没有转写文本。</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>通话转写</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>At least {0} characters, without spaces at the start or end.</source>
        <translation>至少 {0} 个字符，首尾不能有空格。</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
    <message>
        <source>The new password is the same as the current one.</source>
        <translation>新密码与当前密码相同。</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>确认新密码(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>ChatModel</name>
    <message>
        <source>Over the reply target of {0} s</source>
        <translation>超过 {0} 秒的回复时限</translation>
    </message>
</context>
<context>
    <name>ChatRoles</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>机器人</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Show less</source>
        <translation>收起</translation>
    </message>
    <message>
        <source>Show the whole message</source>
        <translation>展开全文</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>全选(&amp;A)</translation>
    </message>
</context>
<context>
    <name>ChoosePage</name>
    <message>
        <source>None — only the file&apos;s vendor column</source>
        <translation>无 — 仅按文件中的外包服务商列</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>Exports ({0});;All files (*)</source>
        <translation>导出文件 ({0});;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <source>Choose the transcripts file</source>
        <translation>选择转写文件</translation>
    </message>
    <message>
        <source>Choose the recordings folder</source>
        <translation>选择录音文件夹</translation>
    </message>
    <message>
        <source>{0} is a folder; choose a file in it.</source>
        <translation>{0} 是文件夹，请选择其中的文件。</translation>
    </message>
    <message>
        <source>There is no file {0}.</source>
        <translation>文件 {0} 不存在。</translation>
    </message>
    <message>
        <source>There is no transcripts file {0}.</source>
        <translation>转写文件 {0} 不存在。</translation>
    </message>
    <message>
        <source>There is no folder {0}.</source>
        <translation>文件夹 {0} 不存在。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The password must have at least {minimum} characters.</source>
        <translation>密码至少需要 {minimum} 个字符。</translation>
    </message>
    <message>
        <source>The password must not start or end with spaces.</source>
        <translation>密码首尾不能有空格。</translation>
    </message>
    <message>
        <source>chat exports have no field {name!r}</source>
        <translation>在线会话导出没有字段 {name!r}</translation>
    </message>
    <message>
        <source>call exports have no field {name!r}</source>
        <translation>通话导出没有字段 {name!r}</translation>
    </message>
    <message>
        <source>transcript exports have no field {name!r}</source>
        <translation>通话转写导出没有字段 {name!r}</translation>
    </message>
    <message>
        <source>the saved mapping is not valid JSON</source>
        <translation>保存的列对应方案不是有效的 JSON</translation>
    </message>
    <message>
        <source>the saved mapping is not an object</source>
        <translation>保存的列对应方案不是 JSON 对象</translation>
    </message>
    <message>
        <source>the saved mapping has an unknown kind {kind!r}</source>
        <translation>保存的列对应方案类型未知：{kind!r}</translation>
    </message>
    <message>
        <source>the saved mapping has no columns</source>
        <translation>保存的列对应方案中没有任何列</translation>
    </message>
    <message>
        <source>the column for {name!r} is not text</source>
        <translation>字段 {name!r} 对应的列名不是文本</translation>
    </message>
    <message>
        <source>unknown record kind {kind!r} (expected chats, calls or transcripts)</source>
        <translation>未知的记录类型 {kind!r}（应为 chats、calls 或 transcripts）</translation>
    </message>
    <message>
        <source>the mapping is for {mapping}, not {kind}</source>
        <translation>该列对应方案用于 {mapping}，不能用于 {kind}</translation>
    </message>
    <message>
        <source>{file}: missing required columns: {missing} — the file&apos;s columns are: {columns}</source>
        <translation>{file}：缺少必需的列：{missing}。文件中的列为：{columns}</translation>
    </message>
    <message>
        <source>{file}: the file is a GIF image, not a table</source>
        <translation>{file}：这是 GIF 图片，不是表格</translation>
    </message>
    <message>
        <source>{file}: the file is a PNG image, not a table</source>
        <translation>{file}：这是 PNG 图片，不是表格</translation>
    </message>
    <message>
        <source>{file}: the file is a JPEG image, not a table</source>
        <translation>{file}：这是 JPEG 图片，不是表格</translation>
    </message>
    <message>
        <source>{file}: the file is a PDF document, not a table</source>
        <translation>{file}：这是 PDF 文档，不是表格</translation>
    </message>
    <message>
        <source>{file}: the file is a RAR archive, not a table</source>
        <translation>{file}：这是 RAR 压缩包，不是表格</translation>
    </message>
    <message>
        <source>{file}: the file is a 7-Zip archive, not a table</source>
        <translation>{file}：这是 7-Zip 压缩包，不是表格</translation>
    </message>
    <message>
        <source>{file}: the file is a gzip archive, not a table</source>
        <translation>{file}：这是 gzip 压缩包，不是表格</translation>
    </message>
    <message>
        <source>unknown record kind {kind!r}</source>
        <translation>未知的记录类型 {kind!r}</translation>
    </message>
    <message>
        <source>{file}: cannot open the file ({detail})</source>
        <translation>{file}：无法打开文件（{detail}）</translation>
    </message>
    <message>
        <source>{file}: the file is empty</source>
        <translation>{file}：文件是空的</translation>
    </message>
    <message>
        <source>{file}: not a table — the header row has one column; expected a header row and columns separated by comma, tab or semicolon, or an Excel sheet</source>
        <translation>{file}：不是表格——表头只有一列；应为带表头、以逗号、制表符或分号分列的文本，或 Excel 工作表</translation>
    </message>
    <message>
        <source>{file}: the file has no rows</source>
        <translation>{file}：文件中没有任何行</translation>
    </message>
    <message>
        <source>{file}: it is a binary file, not a text table</source>
        <translation>{file}：这是二进制文件，不是文本表格</translation>
    </message>
    <message>
        <source>{file}: no line breaks in the first 64 KB — not a table</source>
        <translation>{file}：前 64 KB 内没有换行——不是表格</translation>
    </message>
    <message>
        <source>{file}: not a table — found one column; expected columns separated by comma, tab or semicolon</source>
        <translation>{file}：不是表格——只找到一列；各列应以逗号、制表符或分号分隔</translation>
    </message>
    <message>
        <source>{file}: the file has a header row but no data rows</source>
        <translation>{file}：文件只有表头，没有数据行</translation>
    </message>
    <message>
        <source>{file}: bytes that are not valid {encoding} text near row {row}</source>
        <translation>{file}：第 {row} 行附近有不是有效 {encoding} 文本的字节</translation>
    </message>
    <message>
        <source>{file}, row {row}: broken CSV ({detail}) — an unclosed quote?</source>
        <translation>{file}，第 {row} 行：CSV 格式错误（{detail}）——是否有未闭合的引号？</translation>
    </message>
    <message>
        <source>{file}: cannot read the file ({detail})</source>
        <translation>{file}：无法读取文件（{detail}）</translation>
    </message>
    <message>
        <source>{file}: the workbook is damaged ({detail})</source>
        <translation>{file}：工作簿已损坏（{detail}）</translation>
    </message>
    <message>
        <source>{file}: sheet {sheet} has a header row but no data rows</source>
        <translation>{file}：工作表 {sheet} 只有表头，没有数据行</translation>
    </message>
    <message>
        <source>{file}: no sheet holds a table (a header row + rows)</source>
        <translation>{file}：没有任何工作表包含表格（表头加数据行）</translation>
    </message>
    <message>
        <source>{file}, row {row}: the sheet can&apos;t be read ({detail})</source>
        <translation>{file}，第 {row} 行：无法读取工作表（{detail}）</translation>
    </message>
    <message>
        <source>{file}: not a readable Excel/ODS workbook — damaged, or another kind of file ({detail})</source>
        <translation>{file}：不是可读取的 Excel/ODS 工作簿——文件已损坏，或是其他类型的文件（{detail}）</translation>
    </message>
    <message>
        <source>{file}: the workbook is password-protected; save it without a password first</source>
        <translation>{file}：工作簿有密码保护；请先另存为不带密码的文件</translation>
    </message>
    <message>
        <source>{file}: it is not text in a supported encoding (UTF-8, GBK/GB18030, UTF-16)</source>
        <translation>{file}：不是受支持编码（UTF-8、GBK/GB18030、UTF-16）的文本</translation>
    </message>
    <message>
        <source>{file}: bytes that are not valid {encoding} text on line {line}</source>
        <translation>{file}：第 {line} 行有不是有效 {encoding} 文本的字节</translation>
    </message>
    <message>
        <source>unknown time zone {zone!r}</source>
        <translation>未知的时区 {zone!r}</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>请输入姓名。</translation>
    </message>
    <message>
        <source>The name is longer than 200 characters.</source>
        <translation>姓名超过 200 个字符。</translation>
    </message>
    <message>
        <source>The name contains control characters.</source>
        <translation>姓名包含控制字符。</translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation>用户不存在。</translation>
    </message>
    <message>
        <source>Your role (vendor_supervisor) may not list the inspectors.</source>
        <translation>外包主管无权查看质检员名单。</translation>
    </message>
    <message>
        <source>Unknown login or wrong password.</source>
        <translation>登录名不存在或密码错误。</translation>
    </message>
    <message>
        <source>The account is locked after too many failed logins; try again in {minutes} min or ask an admin to reset the password.</source>
        <translation>登录失败次数过多，账号已锁定；请 {minutes} 分钟后再试，或请管理员重置密码。</translation>
    </message>
    <message>
        <source>No active user {login!r}.</source>
        <translation>没有启用的用户 {login!r}。</translation>
    </message>
    <message>
        <source>No admin account yet: run `qa-desk init` first.</source>
        <translation>还没有管理员账号：请先运行 `qa-desk init`。</translation>
    </message>
    <message>
        <source>Several admin accounts exist: say which one with --user.</source>
        <translation>存在多个管理员账号：请用 --user 指定其中一个。</translation>
    </message>
    <message>
        <source>The first admin account exists already.</source>
        <translation>第一个管理员账号已存在。</translation>
    </message>
    <message>
        <source>A login has 2–64 letters, digits or . _ - @, without spaces.</source>
        <translation>登录名由 2–64 个字母、数字或 . _ - @ 组成，不能含空格。</translation>
    </message>
    <message>
        <source>The login {login!r} is already taken.</source>
        <translation>登录名 {login!r} 已被占用。</translation>
    </message>
    <message>
        <source>A vendor supervisor belongs to one vendor.</source>
        <translation>外包主管必须属于一个外包服务商。</translation>
    </message>
    <message>
        <source>No such vendor.</source>
        <translation>外包服务商不存在。</translation>
    </message>
    <message>
        <source>The last active admin cannot be demoted or deactivated.</source>
        <translation>不能降级或停用最后一个启用的管理员。</translation>
    </message>
    <message>
        <source>Only a signed-in user can change a password.</source>
        <translation>只有已登录的用户才能修改密码。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码错误。</translation>
    </message>
    <message>
        <source>No user {login!r}.</source>
        <translation>没有用户 {login!r}。</translation>
    </message>
    <message>
        <source>Your role ({role}) may not manage_organisation.</source>
        <translation>您的角色（{role}）无权管理外包服务商、班组和客服坐席。</translation>
    </message>
    <message>
        <source>Your role ({role}) may not manage_users.</source>
        <translation>您的角色（{role}）无权管理用户。</translation>
    </message>
    <message>
        <source>Your role ({role}) may not read_organisation.</source>
        <translation>您的角色（{role}）无权查看外包服务商、班组和客服坐席。</translation>
    </message>
    <message>
        <source>Your role ({role}) may not read_audit_log.</source>
        <translation>您的角色（{role}）无权查看审计日志。</translation>
    </message>
    <message>
        <source>Your role ({role}) may not verify_audit_log.</source>
        <translation>您的角色（{role}）无权校验审计日志。</translation>
    </message>
    <message>
        <source>Your role ({role}) may not import_records.</source>
        <translation>您的角色（{role}）无权导入服务记录。</translation>
    </message>
    <message>
        <source>Your role ({role}) may not read_records.</source>
        <translation>您的角色（{role}）无权查看服务记录。</translation>
    </message>
    <message>
        <source>Your role ({role}) may not {permission}.</source>
        <translation>您的角色（{role}）无权执行此操作（{permission}）。</translation>
    </message>
    <message>
        <source>No such team.</source>
        <translation>班组不存在。</translation>
    </message>
    <message>
        <source>No such agent.</source>
        <translation>客服坐席不存在。</translation>
    </message>
    <message>
        <source>No such record.</source>
        <translation>记录不存在。</translation>
    </message>
    <message>
        <source>No such object.</source>
        <translation>对象不存在。</translation>
    </message>
    <message>
        <source>Your account belongs to no vendor; ask an admin to set one.</source>
        <translation>您的账号未关联外包服务商；请联系管理员设置。</translation>
    </message>
    <message>
        <source>Demo data is already loaded.</source>
        <translation>演示数据已经载入过。</translation>
    </message>
    <message>
        <source>Loading the demo data was cancelled; no records were written.</source>
        <translation>已取消载入演示数据，未写入任何记录。</translation>
    </message>
    <message>
        <source>A vendor code has 1–32 characters without spaces.</source>
        <translation>外包服务商代码为 1–32 个字符，不能含空格。</translation>
    </message>
    <message>
        <source>An employee id has 1–32 characters without spaces.</source>
        <translation>工号为 1–32 个字符，不能含空格。</translation>
    </message>
    <message>
        <source>Enter the vendor&apos;s name.</source>
        <translation>请输入外包服务商名称。</translation>
    </message>
    <message>
        <source>The vendor&apos;s name is longer than 200 characters.</source>
        <translation>外包服务商名称超过 200 个字符。</translation>
    </message>
    <message>
        <source>The vendor&apos;s name contains control characters.</source>
        <translation>外包服务商名称包含控制字符。</translation>
    </message>
    <message>
        <source>Enter the team&apos;s name.</source>
        <translation>请输入班组名称。</translation>
    </message>
    <message>
        <source>The team&apos;s name is longer than 200 characters.</source>
        <translation>班组名称超过 200 个字符。</translation>
    </message>
    <message>
        <source>The team&apos;s name contains control characters.</source>
        <translation>班组名称包含控制字符。</translation>
    </message>
    <message>
        <source>Enter the agent&apos;s name.</source>
        <translation>请输入客服坐席姓名。</translation>
    </message>
    <message>
        <source>The agent&apos;s name is longer than 200 characters.</source>
        <translation>客服坐席姓名超过 200 个字符。</translation>
    </message>
    <message>
        <source>The agent&apos;s name contains control characters.</source>
        <translation>客服坐席姓名包含控制字符。</translation>
    </message>
    <message>
        <source>The contact is longer than 200 characters.</source>
        <translation>联系人超过 200 个字符。</translation>
    </message>
    <message>
        <source>The contact contains control characters.</source>
        <translation>联系人包含控制字符。</translation>
    </message>
    <message>
        <source>The pass rate target must be a number.</source>
        <translation>合格率目标必须是数字。</translation>
    </message>
    <message>
        <source>The pass rate target must lie between 0 and 100 %.</source>
        <translation>合格率目标必须在 0 到 100% 之间。</translation>
    </message>
    <message>
        <source>The first-response-in-time target must be a number.</source>
        <translation>首次响应及时率目标必须是数字。</translation>
    </message>
    <message>
        <source>The first-response-in-time target must lie between 0 and 100 %.</source>
        <translation>首次响应及时率目标必须在 0 到 100% 之间。</translation>
    </message>
    <message>
        <source>The actions-closed-on-time target must be a number.</source>
        <translation>整改单按时关闭率目标必须是数字。</translation>
    </message>
    <message>
        <source>The actions-closed-on-time target must lie between 0 and 100 %.</source>
        <translation>整改单按时关闭率目标必须在 0 到 100% 之间。</translation>
    </message>
    <message>
        <source>Unknown KPI target {key!r}.</source>
        <translation>未知的 KPI 目标 {key!r}。</translation>
    </message>
    <message>
        <source>Unknown vendor {code!r}.</source>
        <translation>未知的外包服务商 {code!r}。</translation>
    </message>
    <message>
        <source>The vendor code {code} is already used.</source>
        <translation>外包服务商代码 {code} 已被使用。</translation>
    </message>
    <message>
        <source>Choose the team&apos;s vendor.</source>
        <translation>请选择班组所属的外包服务商。</translation>
    </message>
    <message>
        <source>The vendor already has a team named {name}.</source>
        <translation>该外包服务商已有名为 {name} 的班组。</translation>
    </message>
    <message>
        <source>Choose the agent&apos;s vendor.</source>
        <translation>请选择客服坐席所属的外包服务商。</translation>
    </message>
    <message>
        <source>The team belongs to another vendor.</source>
        <translation>该班组属于其他外包服务商。</translation>
    </message>
    <message>
        <source>The agent&apos;s end date is before the start date.</source>
        <translation>客服坐席的结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>The employee id {employee_id} is already used.</source>
        <translation>工号 {employee_id} 已被使用。</translation>
    </message>
    <message>
        <source>The page cursor belongs to another list or sort order.</source>
        <translation>分页位置属于另一个列表或排序方式。</translation>
    </message>
    <message>
        <source>Records cannot be sorted by {sort!r}.</source>
        <translation>服务记录不能按 {sort!r} 排序。</translation>
    </message>
    <message>
        <source>A page holds 1 to {maximum} records.</source>
        <translation>每页可包含 1 到 {maximum} 条记录。</translation>
    </message>
    <message>
        <source>Unknown channel {channel!r}.</source>
        <translation>未知的渠道 {channel!r}。</translation>
    </message>
    <message>
        <source>Satisfaction is 1 to 5, or 0 for no rating.</source>
        <translation>满意度为 1 到 5，0 表示未评价。</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>时间段的结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>The database {where} is read-only; QA Desk needs to write to it.</source>
        <translation>数据库 {where} 是只读的；质检台需要写入权限。</translation>
    </message>
    <message>
        <source>Cannot reach the database {where}: {detail}</source>
        <translation>无法连接数据库 {where}：{detail}</translation>
    </message>
    <message>
        <source>Database error on {where}: {detail}</source>
        <translation>数据库 {where} 出错：{detail}</translation>
    </message>
    <message>
        <source>The database file {where} is damaged or not a database ({detail}).</source>
        <translation>数据库文件 {where} 已损坏或不是数据库（{detail}）。</translation>
    </message>
    <message>
        <source>Cannot open the database file {where}: {detail}.</source>
        <translation>无法打开数据库文件 {where}：{detail}。</translation>
    </message>
    <message>
        <source>The file {path} is not a QA Desk database.</source>
        <translation>文件 {path} 不是质检台数据库。</translation>
    </message>
    <message>
        <source>The database file {path} is damaged or not a database (bad page size).</source>
        <translation>数据库文件 {path} 已损坏或不是数据库（页大小无效）。</translation>
    </message>
    <message>
        <source>The database file {path} is damaged or not a database (truncated).</source>
        <translation>数据库文件 {path} 已损坏或不是数据库（文件不完整）。</translation>
    </message>
    <message>
        <source>{where} holds other tables: it is not a QA Desk database.</source>
        <translation>{where} 包含其他数据表：不是质检台数据库。</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} 是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <source>The database file {path} cannot be read (permission denied).</source>
        <translation>无法读取数据库文件 {path}（权限不足）。</translation>
    </message>
    <message>
        <source>The database file {path} is read-only; QA Desk needs to write to it.</source>
        <translation>数据库文件 {path} 是只读的；质检台需要写入权限。</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only; QA Desk needs to write beside {name}.</source>
        <translation>文件夹 {folder} 是只读的；质检台需要在 {name} 旁边写入文件。</translation>
    </message>
    <message>
        <source>The folder for the database {path} does not exist.</source>
        <translation>数据库 {path} 所在的文件夹不存在。</translation>
    </message>
    <message>
        <source>Cannot create the database {path}: its folder is read-only.</source>
        <translation>无法创建数据库 {path}：所在文件夹是只读的。</translation>
    </message>
    <message>
        <source>Not a valid database URL: {url!r}. Use sqlite:///PATH or postgresql+psycopg://USER@HOST:PORT/NAME.</source>
        <translation>数据库地址无效：{url!r}。请使用 sqlite:///PATH 或 postgresql+psycopg://USER@HOST:PORT/NAME。</translation>
    </message>
    <message>
        <source>Unsupported database {backend!r} in {url}. Use sqlite:///PATH or postgresql+psycopg://USER@HOST:PORT/NAME.</source>
        <translation>不支持 {url} 中的数据库类型 {backend!r}。请使用 sqlite:///PATH 或 postgresql+psycopg://USER@HOST:PORT/NAME。</translation>
    </message>
    <message>
        <source>Not a usable database URL: {url} ({detail})</source>
        <translation>无法使用的数据库地址：{url}（{detail}）</translation>
    </message>
    <message>
        <source>Cannot back up {path} before upgrading it ({detail}); nothing was changed.</source>
        <translation>升级前无法备份 {path}（{detail}）；未做任何更改。</translation>
    </message>
    <message>
        <source>Upgrading {where} would break a reference from table {table} to {parent}; nothing was changed.</source>
        <translation>升级 {where} 会破坏数据表 {table} 到 {parent} 的引用；未做任何更改。</translation>
    </message>
    <message>
        <source>{where} was made by a newer QA Desk (schema {schema}); update QA Desk.</source>
        <translation>{where} 由更新版本的质检台创建（结构版本 {schema}）；请升级质检台。</translation>
    </message>
    <message>
        <source>The change conflicts with stored data ({detail}).</source>
        <translation>此修改与已保存的数据冲突（{detail}）。</translation>
    </message>
    <message>
        <source>Someone else changed this meanwhile; reload and try again.</source>
        <translation>其他人已同时修改了此内容；请重新加载后再试。</translation>
    </message>
    <message>
        <source>cannot write the error report {path}: {reason}</source>
        <translation>无法写入错误报告 {path}：{reason}</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was stored.</source>
        <translation>导入已取消，未保存任何数据。</translation>
    </message>
    <message>
        <source>{file}: cannot read the file ({reason})</source>
        <translation>{file}：无法读取该文件（{reason}）</translation>
    </message>
    <message>
        <source>Unknown record kind {kind} (expected chats, calls or transcripts).</source>
        <translation>未知的记录类型 {kind}（应为会话、通话或通话转写）。</translation>
    </message>
    <message>
        <source>{file}: the file has no agent or vendor column, so its vendor is unknown; give a vendor (--vendor)</source>
        <translation>{file}：文件中没有客服坐席列或外包服务商列，无法确定外包服务商；请指定外包服务商（--vendor）</translation>
    </message>
    <message>
        <source>The recordings folder {folder} does not exist.</source>
        <translation>录音文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <source>Enter a name for the profile.</source>
        <translation>请输入映射方案的名称。</translation>
    </message>
    <message>
        <source>A profile name has at most {limit} characters, no control characters.</source>
        <translation>映射方案名称最多 {limit} 个字符，且不能包含控制字符。</translation>
    </message>
    <message>
        <source>Map every required field before saving: {fields}.</source>
        <translation>保存前请为所有必填字段指定列：{fields}。</translation>
    </message>
    <message>
        <source>No such import profile.</source>
        <translation>没有这个导入映射方案。</translation>
    </message>
    <message>
        <source>Your role ({role}) may not see import batches.</source>
        <translation>您的角色（{role}）无权查看导入批次。</translation>
    </message>
    <message>
        <source>There is no {kind} import profile named {name}.</source>
        <translation>没有名为 {name} 的{kind}导入映射方案。</translation>
    </message>
    <message>
        <source>Unknown vendor {code}.</source>
        <translation>未知的外包服务商 {code}。</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>At least {0} characters, without spaces at the start or end.</source>
        <translation>至少 {0} 个字符，首尾不能有空格。</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Enter the outlet&apos;s name.</source>
        <translation>请输入网点名称。</translation>
    </message>
    <message>
        <source>Choose a login for the admin account.</source>
        <translation>请为管理员账号设置登录名。</translation>
    </message>
    <message>
        <source>Enter the admin&apos;s display name.</source>
        <translation>请输入管理员的显示名称。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>Creating the demo outlet…</source>
        <translation>正在创建演示网点…</translation>
    </message>
    <message>
        <source>Your own account is &lt;b&gt;{0}&lt;/b&gt;, with the password you chose.</source>
        <translation>您自己的账号是 &lt;b&gt;{0}&lt;/b&gt;，密码为您刚才设置的密码。</translation>
    </message>
    <message>
        <source>The demo accounts below all have the password {0}</source>
        <translation>以下演示账号的密码均为 {0}</translation>
    </message>
    <message>
        <source>The demo outlet has {0} vendors, {1} teams, {2} agents and {3} users, with {4} chats ({5} messages) and {6} calls ({7} transcript segments) over four weeks.</source>
        <translation>演示网点包含 {0} 家外包服务商、{1} 个班组、{2} 名客服坐席和 {3} 个用户，以及四周内的 {4} 条在线会话（{5} 条消息）和 {6} 通通话（{7} 个话段）。</translation>
    </message>
    <message>
        <source>Demo data loaded</source>
        <translation>演示数据已载入</translation>
    </message>
    <message>
        <source>The admin account was created, but the demo data could not be loaded:</source>
        <translation>管理员账号已创建，但演示数据未能载入：</translation>
    </message>
    <message>
        <source>Demo data not loaded</source>
        <translation>演示数据未载入</translation>
    </message>
    <message>
        <source>Loading the demo data was cancelled before any chat or call was stored; vendors, agents and users created until then remain.</source>
        <translation>演示数据载入已取消，未保存任何在线会话或通话；此前已创建的外包服务商、客服坐席和用户仍然保留。</translation>
    </message>
    <message>
        <source>Set up QA Desk</source>
        <translation>设置质检台</translation>
    </message>
    <message>
        <source>Welcome to QA Desk</source>
        <translation>欢迎使用质检台</translation>
    </message>
    <message>
        <source>This database has no accounts yet. Name your outlet and create the first administrator account (the QA lead), who then adds vendors, agents and users.</source>
        <translation>此数据库还没有任何账号。请填写网点名称并创建第一个管理员账号（质检主管），之后由其添加外包服务商、客服坐席和用户。</translation>
    </message>
    <message>
        <source>&amp;Outlet name:</source>
        <translation>网点名称(&amp;O)：</translation>
    </message>
    <message>
        <source>Admin &amp;login:</source>
        <translation>管理员登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>显示名称(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>确认密码(&amp;R)：</translation>
    </message>
    <message>
        <source>Start with</source>
        <translation>初始数据</translation>
    </message>
    <message>
        <source>An &amp;empty database</source>
        <translation>空数据库(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Demo data (2 vendors, 20 agents, 6,000 records)</source>
        <translation>演示数据(&amp;D)（2 家外包服务商、20 名客服坐席、6,000 条服务记录）</translation>
    </message>
    <message>
        <source>QA Desk is ready</source>
        <translation>质检台已就绪</translation>
    </message>
</context>
<context>
    <name>ImportChoosePage</name>
    <message>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>An export of a service platform or call system. Its format, encoding and columns are detected in the next step.</source>
        <translation>服务平台或呼叫系统的导出文件。下一步将自动识别其格式、编码和各列。</translation>
    </message>
    <message>
        <source>The file holds</source>
        <translation>文件内容</translation>
    </message>
    <message>
        <source>C&amp;hats — one row per message</source>
        <translation>会话(&amp;H) — 每行一条消息</translation>
    </message>
    <message>
        <source>C&amp;alls — one row per call</source>
        <translation>通话(&amp;A) — 每行一通电话</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Type a path, browse, or drop the file here</source>
        <translation>输入路径、浏览，或把文件拖放到这里</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Transcripts:</source>
        <translation>转写文件(&amp;T)：</translation>
    </message>
    <message>
        <source>Optional: a file with one row per utterance</source>
        <translation>可选：每行一句话的转写文件</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>浏览(&amp;R)…</translation>
    </message>
    <message>
        <source>Recordings f&amp;older:</source>
        <translation>录音文件夹(&amp;O)：</translation>
    </message>
    <message>
        <source>Optional: recording paths are looked up beside the file</source>
        <translation>可选：默认在导入文件所在文件夹中查找录音</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>浏览(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Vendor of unknown agents:</source>
        <translation>新坐席所属外包服务商(&amp;V)：</translation>
    </message>
    <message>
        <source>Agents the database does not know yet are created under this vendor. Without one, only the file&apos;s vendor column can place them; otherwise their rows are reported as errors.</source>
        <translation>数据库中尚未登记的客服坐席将建在此外包服务商名下。不选时只能按文件中的外包服务商列归属，无法归属的行记为错误。</translation>
    </message>
    <message>
        <source>Column &amp;mapping:</source>
        <translation>列对应方案(&amp;M)：</translation>
    </message>
    <message>
        <source>A saved profile reads the columns as it was saved; otherwise they are recognised by their headers.</source>
        <translation>选择已保存的方案时按方案读取各列；否则按表头自动识别。</translation>
    </message>
    <message>
        <source>You can also drop the file onto this window.</source>
        <translation>也可以把文件直接拖放到本窗口。</translation>
    </message>
</context>
<context>
    <name>ImportErrors</name>
    <message>
        <source>conversation id is empty</source>
        <translation>会话ID为空</translation>
    </message>
    <message>
        <source>call id is empty</source>
        <translation>通话ID为空</translation>
    </message>
    <message>
        <source>start time is empty</source>
        <translation>开始时间为空</translation>
    </message>
    <message>
        <source>the call ends before it starts</source>
        <translation>通话结束时间早于开始时间</translation>
    </message>
    <message>
        <source>start time plus duration is past the year 9999</source>
        <translation>开始时间加上时长超过了 9999 年</translation>
    </message>
    <message>
        <source>start offset is empty</source>
        <translation>开始偏移为空</translation>
    </message>
    <message>
        <source>the utterance ends before it starts</source>
        <translation>话段结束时间早于开始时间</translation>
    </message>
    <message>
        <source>speaker is empty</source>
        <translation>说话人为空</translation>
    </message>
    <message>
        <source>not a date and time</source>
        <translation>不是日期时间</translation>
    </message>
    <message>
        <source>date is out of range</source>
        <translation>日期超出范围</translation>
    </message>
    <message>
        <source>satisfaction must be 1–5 or a word such as 满意</source>
        <translation>满意度应为 1–5 或“满意”等词</translation>
    </message>
    <message>
        <source>offset must be milliseconds or [hh:]mm:ss.fff</source>
        <translation>偏移应为毫秒数或 [hh:]mm:ss.fff</translation>
    </message>
    <message>
        <source>a time of day without a date</source>
        <translation>只有时刻，没有日期</translation>
    </message>
    <message>
        <source>time is empty</source>
        <translation>时间为空</translation>
    </message>
    <message>
        <source>not a recognisable date and time (e.g. 2026-11-01 09:15:02)</source>
        <translation>无法识别的日期时间（例如 2026-11-01 09:15:02）</translation>
    </message>
    <message>
        <source>a number that is not a date (Excel serial or Unix time)</source>
        <translation>该数字不是日期（Excel 序列值或 Unix 时间）</translation>
    </message>
    <message>
        <source>impossible time zone offset</source>
        <translation>无效的时区偏移</translation>
    </message>
    <message>
        <source>sender role is empty</source>
        <translation>发送方角色为空</translation>
    </message>
    <message>
        <source>unknown role (expected customer/客户, agent/客服, system/系统 or bot/机器人)</source>
        <translation>未知角色（应为 customer/客户、agent/客服、system/系统 或 bot/机器人）</translation>
    </message>
    <message>
        <source>duration must be a number of seconds or mm:ss</source>
        <translation>时长应为秒数或 mm:ss</translation>
    </message>
    <message>
        <source>duration is negative</source>
        <translation>时长为负数</translation>
    </message>
    <message>
        <source>offset must be a number of seconds or mm:ss</source>
        <translation>偏移应为秒数或 mm:ss</translation>
    </message>
    <message>
        <source>offset is negative</source>
        <translation>偏移为负数</translation>
    </message>
    <message>
        <source>duration is longer than a year</source>
        <translation>时长超过一年</translation>
    </message>
    <message>
        <source>offset must be milliseconds (0 or more)</source>
        <translation>偏移应为毫秒数（0 或以上）</translation>
    </message>
    <message>
        <source>offset is too large for milliseconds</source>
        <translation>偏移的毫秒数过大</translation>
    </message>
    <message>
        <source>direction must be 呼入/inbound or 呼出/outbound</source>
        <translation>呼叫方向应为 呼入/inbound 或 呼出/outbound</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>Conversation ID</source>
        <translation>会话ID</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Sender role</source>
        <translation>发送方角色</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>发送人</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>消息内容</translation>
    </message>
    <message>
        <source>Agent employee ID</source>
        <translation>客服工号</translation>
    </message>
    <message>
        <source>Agent name</source>
        <translation>客服姓名</translation>
    </message>
    <message>
        <source>Vendor code</source>
        <translation>外包服务商代码</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Waybill number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>问题类型</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Call ID</source>
        <translation>通话ID</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Duration (seconds)</source>
        <translation>时长（秒）</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>呼叫方向</translation>
    </message>
    <message>
        <source>Recording file</source>
        <translation>录音文件</translation>
    </message>
    <message>
        <source>Start (ms)</source>
        <translation>开始（毫秒）</translation>
    </message>
    <message>
        <source>End (ms)</source>
        <translation>结束（毫秒）</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>说话人</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>客户号码</translation>
    </message>
    <message>
        <source>Utterance text</source>
        <translation>话语文本</translation>
    </message>
</context>
<context>
    <name>ImportPreviewPage</name>
    <message>
        <source>Check the columns</source>
        <translation>核对各列</translation>
    </message>
    <message>
        <source>Each field is read from the column shown. Change a column if it was recognised wrongly; fields marked * are required.</source>
        <translation>每个字段从所示的列读取。识别有误时请改选列；带 * 的字段为必填。</translation>
    </message>
</context>
<context>
    <name>ImportPreviewPanel</name>
    <message>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>&amp;Save as profile…</source>
        <translation>保存为方案(&amp;S)…</translation>
    </message>
    <message>
        <source>Keep this column mapping under a name, to choose it for the next file from the same platform.</source>
        <translation>给这套列对应关系命名保存，以后导入同一平台的文件时可直接选用。</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>文件前几行</translation>
    </message>
</context>
<context>
    <name>ImportRunPage</name>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>The good rows are stored together once the whole file has been read; if you cancel, nothing is stored.</source>
        <translation>读完整个文件后，所有正确的行一次性保存；中途取消则什么都不保存。</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Stop import</source>
        <translation>停止导入(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ImportSummaryPage</name>
    <message>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>What this file added to the database. Rows with errors were left out; every other row is stored.</source>
        <translation>本文件写入数据库的内容。有错误的行已跳过，其余各行均已保存。</translation>
    </message>
    <message>
        <source>Rows read:</source>
        <translation>读取行数：</translation>
    </message>
    <message>
        <source>Records created:</source>
        <translation>新建记录：</translation>
    </message>
    <message>
        <source>Records updated:</source>
        <translation>更新记录：</translation>
    </message>
    <message>
        <source>Messages:</source>
        <translation>消息：</translation>
    </message>
    <message>
        <source>Duplicates skipped:</source>
        <translation>跳过的重复行：</translation>
    </message>
    <message>
        <source>Rows with errors:</source>
        <translation>错误行：</translation>
    </message>
    <message>
        <source>Recordings missing:</source>
        <translation>缺失录音：</translation>
    </message>
    <message>
        <source>Agents created:</source>
        <translation>新建客服坐席：</translation>
    </message>
    <message>
        <source>&amp;Open error report</source>
        <translation>打开错误报告(&amp;O)</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>在文件夹中显示(&amp;F)</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import records</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>质检员</translation>
    </message>
    <message>
        <source>Vendor supervisor</source>
        <translation>外包主管</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>审计员</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>网点</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>外包服务商</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服坐席</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Import batch</source>
        <translation>导入批次</translation>
    </message>
    <message>
        <source>Import profile</source>
        <translation>导入映射方案</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Locked after failed logins</source>
        <translation>多次登录失败被锁定</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>合格率</translation>
    </message>
    <message>
        <source>First response in time</source>
        <translation>首次响应及时率</translation>
    </message>
    <message>
        <source>Actions closed on time</source>
        <translation>整改单按时关闭率</translation>
    </message>
    <message>
        <source>an event is missing or out of order</source>
        <translation>有记录缺失或顺序错乱</translation>
    </message>
    <message>
        <source>its link to the previous event is broken</source>
        <translation>与上一条记录的链接已断开</translation>
    </message>
    <message>
        <source>its content was changed after it was written</source>
        <translation>该记录写入后内容被篡改</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>ListTab</name>
    <message>
        <source>All vendors</source>
        <translation>全部外包服务商</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>重新启用(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Reactivated.</source>
        <translation>已重新启用。</translation>
    </message>
    <message>
        <source>Deactivated.</source>
        <translation>已停用。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation>数据库：{0}</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>请输入登录名。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>Sign in — QA Desk</source>
        <translation>登录 — 质检台</translation>
    </message>
    <message>
        <source>Sign in to QA Desk</source>
        <translation>登录质检台</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Your password was changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <source>QA Desk</source>
        <translation>质检台</translation>
    </message>
    <message>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation>数据库：{0}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Import records…</source>
        <translation>导入记录(&amp;I)…</translation>
    </message>
    <message>
        <source>Import a chat or call export (you can also drop the file onto the window)</source>
        <translation>导入会话或通话导出文件（也可以把文件拖放到窗口上）</translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation>修改密码(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>退出登录(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About QA Desk</source>
        <translation>关于质检台(&amp;A)</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <source>— not in file —</source>
        <translation>— 文件中没有 —</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>First row</source>
        <translation>第一行</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Something went wrong ({0}). The details are in the log file.</source>
        <translation>出现错误（{0}），详细信息已写入日志文件。</translation>
    </message>
    <message>
        <source>QA Desk</source>
        <translation>质检台</translation>
    </message>
</context>
<context>
    <name>OutletTab</name>
    <message>
        <source>&amp;Outlet</source>
        <translation>网点(&amp;O)</translation>
    </message>
    <message>
        <source>Phone numbers will be masked in new imports.</source>
        <translation>之后导入的电话号码将打码保存。</translation>
    </message>
    <message>
        <source>Phone numbers will be stored in full in new imports.</source>
        <translation>之后导入的电话号码将完整保存。</translation>
    </message>
    <message>
        <source>Outlet name:</source>
        <translation>网点名称：</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>时区：</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>&amp;Mask customer phone numbers when importing (138****1234)</source>
        <translation>导入时给客户电话号码打码(&amp;M)（138****1234）</translation>
    </message>
    <message>
        <source>Applies to every file imported from now on, on every PC using this database. Masked digits are not stored, so they cannot be shown later.</source>
        <translation>对之后导入的所有文件生效，使用本数据库的每台电脑都适用。被遮住的数字不会保存，以后也无法再显示。</translation>
    </message>
    <message>
        <source>Only an administrator can change these options.</source>
        <translation>只有管理员可以修改这些选项。</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Records</source>
        <translation>服务记录</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>管理</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
</context>
<context>
    <name>PasswordCheck</name>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>PercentSpinBox</name>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Chats: {0}</source>
        <translation>会话：{0}</translation>
    </message>
    <message>
        <source>Calls: {0}</source>
        <translation>通话：{0}</translation>
    </message>
    <message>
        <source>Transcripts: {0}</source>
        <translation>转写：{0}</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Reading {0}…</source>
        <translation>正在读取 {0}…</translation>
    </message>
    <message>
        <source>Required fields not found in the file: {0}. Choose their columns under Fields.</source>
        <translation>文件中没有找到必填字段：{0}。请在“字段”中为它们选择列。</translation>
    </message>
    <message>
        <source>Go back to choose another file.</source>
        <translation>请返回上一步选择其他文件。</translation>
    </message>
    <message>
        <source>Format: {0}</source>
        <translation>格式：{0}</translation>
    </message>
    <message>
        <source>Encoding: {0}</source>
        <translation>编码：{0}</translation>
    </message>
    <message>
        <source>Separator: {0}</source>
        <translation>分隔符：{0}</translation>
    </message>
    <message>
        <source>Sheet: {0}</source>
        <translation>工作表：{0}</translation>
    </message>
    <message>
        <source>Columns: {0}</source>
        <translation>列数：{0}</translation>
    </message>
    <message>
        <source>Mapping: edited</source>
        <translation>列对应：已手动修改</translation>
    </message>
    <message>
        <source>Profile: {0}</source>
        <translation>方案：{0}</translation>
    </message>
    <message>
        <source>Mapping: detected</source>
        <translation>列对应：自动识别</translation>
    </message>
    <message>
        <source>Saved as profile “{0}”.</source>
        <translation>已保存为方案“{0}”。</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>Save as profile</source>
        <translation>保存为方案</translation>
    </message>
    <message>
        <source>Name of the profile (e.g. the platform&apos;s name):</source>
        <translation>方案名称（例如平台名称）：</translation>
    </message>
</context>
<context>
    <name>PreviewRowsModel</name>
    <message>
        <source>Imported as: {0}</source>
        <translation>导入为：{0}</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>不导入</translation>
    </message>
</context>
<context>
    <name>ProgressTask</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>RecordModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>外包服务商</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服坐席</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>业务类别</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>The customer&apos;s rating, 1 to 5 stars</source>
        <translation>客户评价，1 至 5 星</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>首次响应</translation>
    </message>
    <message>
        <source>How long the customer waited for the agent&apos;s first reply</source>
        <translation>客户等待客服首次回复的时长</translation>
    </message>
    <message>
        <source>Lines · duration</source>
        <translation>条数 · 时长</translation>
    </message>
    <message>
        <source>Messages of a chat or utterances of a call, and how long it lasted</source>
        <translation>会话的消息数或通话的话段数，以及持续时长</translation>
    </message>
    <message>
        <source>Waybill</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Conversation ID</source>
        <translation>会话ID</translation>
    </message>
    <message>
        <source>The id the service platform gave it</source>
        <translation>服务平台给出的编号</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>智能质检标记</translation>
    </message>
    <message>
        <source>Auto-check rules that flagged or failed the record</source>
        <translation>标记或判定该记录不合格的智能质检规则</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>未评价</translation>
    </message>
    <message>
        <source>{0} of 5</source>
        <translation>{0} / 5 星</translation>
    </message>
    <message>
        <source>Team: {0}</source>
        <translation>班组：{0}</translation>
    </message>
</context>
<context>
    <name>RecordText</name>
    <message>
        <source>Chat</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>通话</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>呼入</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>呼出</translation>
    </message>
    <message>
        <source>{0} s</source>
        <translation>{0} 秒</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} 分钟</translation>
    </message>
    <message>
        <source>{0} min {1} s</source>
        <translation>{0} 分 {1} 秒</translation>
    </message>
    <message>
        <source>{0} h {1} min</source>
        <translation>{0} 小时 {1} 分</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>未评价</translation>
    </message>
    <message>
        <source>Waited {0}</source>
        <translation>等待 {0}</translation>
    </message>
    <message>
        <source>Silence {0}</source>
        <translation>静音 {0}</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <source>Agent</source>
        <translation>客服坐席</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>外包服务商</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>业务类别</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Waybill</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>首次响应</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息数</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>呼叫方向</translation>
    </message>
    <message>
        <source>This conversation has no messages.</source>
        <translation>该会话没有消息。</translation>
    </message>
    <message>
        <source>The record&apos;s id in the exporting system</source>
        <translation>记录在导出系统中的编号</translation>
    </message>
    <message>
        <source>The platform or system the record was exported from</source>
        <translation>记录的来源平台或系统</translation>
    </message>
    <message>
        <source>Select a record to read its conversation.</source>
        <translation>选择一条记录以查看会话内容。</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>会话内容</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <source>&amp;Period:</source>
        <translation>时间段(&amp;P)：</translation>
    </message>
    <message>
        <source>Only records started within these days (outlet time)</source>
        <translation>只显示在这些日期内开始的记录（网点时间）</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>近 7 天</translation>
    </message>
    <message>
        <source>Today and the six days before</source>
        <translation>今天及之前 6 天</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>近 30 天</translation>
    </message>
    <message>
        <source>Today and the 29 days before</source>
        <translation>今天及之前 29 天</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <source>Words in messages and transcripts, then Enter</source>
        <translation>输入消息或通话文本中的词，按回车</translation>
    </message>
    <message>
        <source>Finds records whose messages or transcript contain every word, e.g. 投诉 or a waybill number</source>
        <translation>查找消息或通话文本包含所有词的记录，例如“投诉”或运单号</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>清除筛选(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Vendor:</source>
        <translation>外包服务商(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>班组(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation>客服坐席(&amp;A)：</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <source>Cat&amp;egory:</source>
        <translation>业务类别(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Satisfaction:</source>
        <translation>满意度(&amp;S)：</translation>
    </message>
    <message>
        <source>Flagged &amp;by:</source>
        <translation>质检标记(&amp;B)：</translation>
    </message>
    <message>
        <source>Only records an auto-check rule flagged or failed</source>
        <translation>只显示被智能质检规则标记或判定不合格的记录</translation>
    </message>
    <message>
        <source>Low (1–2)</source>
        <translation>差评（1–2 星）</translation>
    </message>
    <message>
        <source>No rating</source>
        <translation>未评价</translation>
    </message>
    <message>
        <source>All vendors</source>
        <translation>全部外包服务商</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>全部班组</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>全部客服坐席</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部业务类别</translation>
    </message>
    <message>
        <source>Any or none</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Chats and calls</source>
        <translation>会话和通话</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>通话</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在查找…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Counting… ({0} shown)</source>
        <translation>正在统计…（已显示 {0} 条）</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 条记录</translation>
    </message>
    <message>
        <source>{0} records</source>
        <translation>{0} 条记录</translation>
    </message>
    <message>
        <source>Preparing search: {0} %</source>
        <translation>正在建立搜索索引：{0}%</translation>
    </message>
    <message>
        <source>Search index updated: {0} lines added.</source>
        <translation>搜索索引已更新：新增 {0} 条文本。</translation>
    </message>
    <message>
        <source>The search index could not be updated: {0}</source>
        <translation>无法更新搜索索引：{0}</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset password of {0}</source>
        <translation>重置 {0} 的密码</translation>
    </message>
    <message>
        <source>Set a new password for {0} ({1}). Tell it to them in person; a locked account is unlocked.</source>
        <translation>为 {0}（{1}）设置新密码，请当面告知本人；被锁定的账号将同时解锁。</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>新密码(&amp;P)：</translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation>确认密码(&amp;E)：</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} / {1}</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <source>The import failed: {0} Nothing was stored.</source>
        <translation>导入失败：{0} 没有保存任何内容。</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was stored.</source>
        <translation>导入已取消，没有保存任何内容。</translation>
    </message>
    <message>
        <source>File: {0}</source>
        <translation>文件：{0}</translation>
    </message>
</context>
<context>
    <name>ServiceMessages</name>
    <message>
        <source>Creating vendors, teams, agents and users</source>
        <translation>正在创建外包服务商、班组、客服坐席和用户</translation>
    </message>
    <message>
        <source>Generating conversations</source>
        <translation>正在生成会话</translation>
    </message>
    <message>
        <source>Writing records</source>
        <translation>正在写入服务记录</translation>
    </message>
    <message>
        <source>Writing messages and transcripts</source>
        <translation>正在写入消息和通话转写</translation>
    </message>
    <message>
        <source>Opening the file</source>
        <translation>正在打开文件</translation>
    </message>
    <message>
        <source>Opening the files</source>
        <translation>正在打开文件</translation>
    </message>
    <message>
        <source>Reading rows</source>
        <translation>正在读取各行</translation>
    </message>
    <message>
        <source>Reading calls</source>
        <translation>正在读取通话</translation>
    </message>
    <message>
        <source>Reading transcripts</source>
        <translation>正在读取转写</translation>
    </message>
    <message>
        <source>Writing the error report</source>
        <translation>正在写错误报告</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was stored.</source>
        <translation>导入已取消，没有保存任何内容。</translation>
    </message>
    <message>
        <source>Indexing records for search</source>
        <translation>正在为搜索建立记录索引</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Transcript utterances:</source>
        <translation>转写话语：</translation>
    </message>
    <message>
        <source>Messages:</source>
        <translation>消息：</translation>
    </message>
    <message>
        <source>Error report: {0}</source>
        <translation>错误报告：{0}</translation>
    </message>
    <message>
        <source>No error report.</source>
        <translation>没有错误报告。</translation>
    </message>
    <message>
        <source>{0} holds nothing new: its records were imported before.</source>
        <translation>{0} 没有新内容：其中的记录以前已导入。</translation>
    </message>
    <message>
        <source>Nothing of {0} was imported: every row has an error, as the error report lists.</source>
        <translation>{0} 没有任何内容被导入：每一行都有错误，详见错误报告。</translation>
    </message>
    <message>
        <source>{0} added nothing new: its good rows were imported before, and the rows with errors are listed in the error report.</source>
        <translation>{0} 没有新内容：正确的行以前已导入，有错误的行列在错误报告中。</translation>
    </message>
    <message>
        <source>{0} was imported, except the rows with errors: the error report lists each with its row, column and reason.</source>
        <translation>{0} 已导入，有错误的行除外：错误报告逐条列出其行号、列和原因。</translation>
    </message>
    <message>
        <source>{0} was imported without errors.</source>
        <translation>{0} 已导入，没有错误。</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>New team</source>
        <translation>新建班组</translation>
    </message>
    <message>
        <source>Edit team {0}</source>
        <translation>编辑班组 {0}</translation>
    </message>
    <message>
        <source>Choose the team&apos;s vendor.</source>
        <translation>请选择班组所属的外包服务商。</translation>
    </message>
    <message>
        <source>Enter the team&apos;s name.</source>
        <translation>请输入班组名称。</translation>
    </message>
    <message>
        <source>The vendor already has a team named {0}.</source>
        <translation>该外包服务商已有名为 {0} 的班组。</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <source>&amp;Vendor:</source>
        <translation>外包服务商(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>TeamModel</name>
    <message>
        <source>Vendor</source>
        <translation>外包服务商</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
</context>
<context>
    <name>TeamTab</name>
    <message>
        <source>Deactivate team {0} of {1}? Its agents keep it in their history; it is no longer offered for agents.</source>
        <translation>停用 {1} 的班组 {0}？客服坐席的历史中仍保留该班组，但今后不再可选。</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>&amp;Play from {0}</source>
        <translation>从 {0} 开始播放(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>(choose a vendor)</source>
        <translation>（请选择外包服务商）</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <source>Edit user {0}</source>
        <translation>编辑用户 {0}</translation>
    </message>
    <message>
        <source>Enter a login.</source>
        <translation>请输入登录名。</translation>
    </message>
    <message>
        <source>A login has no spaces.</source>
        <translation>登录名不能含空格。</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>请输入姓名。</translation>
    </message>
    <message>
        <source>Choose the vendor this supervisor belongs to.</source>
        <translation>请选择该外包主管所属的外包服务商。</translation>
    </message>
    <message>
        <source>The login {0} is already taken.</source>
        <translation>登录名 {0} 已被占用。</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>Letters, digits or . _ - @</source>
        <translation>字母、数字或 . _ - @</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Vendor:</source>
        <translation>外包服务商(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation>确认密码(&amp;E)：</translation>
    </message>
</context>
<context>
    <name>UserModel</name>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>外包服务商</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>锁定至</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>最近登录</translation>
    </message>
</context>
<context>
    <name>UserTab</name>
    <message>
        <source>All roles</source>
        <translation>全部角色</translation>
    </message>
    <message>
        <source>Deactivate user {0} ({1})? They can no longer sign in.</source>
        <translation>停用用户 {0}（{1}）？停用后该用户将无法登录。</translation>
    </message>
    <message>
        <source>The password of {0} was reset.</source>
        <translation>已重置 {0} 的密码。</translation>
    </message>
</context>
<context>
    <name>VendorDialog</name>
    <message>
        <source>New vendor</source>
        <translation>新建外包服务商</translation>
    </message>
    <message>
        <source>Edit vendor {0}</source>
        <translation>编辑外包服务商 {0}</translation>
    </message>
    <message>
        <source>Enter a vendor code of 1–32 characters without spaces.</source>
        <translation>请输入 1–32 个字符的外包服务商代码，不能含空格。</translation>
    </message>
    <message>
        <source>Enter the vendor&apos;s name.</source>
        <translation>请输入外包服务商名称。</translation>
    </message>
    <message>
        <source>{0}: enter a target between 0 and 100 %.</source>
        <translation>{0}：请输入 0 到 100 % 之间的目标值。</translation>
    </message>
    <message>
        <source>The vendor code {0} is already used.</source>
        <translation>外包服务商代码 {0} 已被使用。</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>外包服务商</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>代码(&amp;C)：</translation>
    </message>
    <message>
        <source>e.g. V03, without spaces</source>
        <translation>例如 V03，不能含空格</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>联系人(&amp;O)：</translation>
    </message>
    <message>
        <source>Person, phone or e-mail</source>
        <translation>联系人、电话或邮箱</translation>
    </message>
    <message>
        <source>Contract KPI targets</source>
        <translation>合同 KPI 目标</translation>
    </message>
    <message>
        <source>&amp;Pass rate:</source>
        <translation>合格率(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;First response in time:</source>
        <translation>首次响应及时率(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Actions closed on time:</source>
        <translation>整改单按时关闭率(&amp;A)：</translation>
    </message>
    <message>
        <source>Targets are percentages from 0 to 100. Leave a target &quot;not set&quot; (empty) when the contract has none.</source>
        <translation>目标值为 0 到 100 的百分比。合同未约定的目标请保持“未设置”（留空）。</translation>
    </message>
</context>
<context>
    <name>VendorModel</name>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Pass rate target</source>
        <translation>合格率目标</translation>
    </message>
    <message>
        <source>Contract target: share of inspections passed</source>
        <translation>合同目标：质检合格的比例</translation>
    </message>
    <message>
        <source>Response target</source>
        <translation>响应目标</translation>
    </message>
    <message>
        <source>Contract target: share of first responses within the threshold</source>
        <translation>合同目标：首次响应在时限内的比例</translation>
    </message>
    <message>
        <source>On-time target</source>
        <translation>整改按时目标</translation>
    </message>
    <message>
        <source>Contract target: share of corrective actions closed on time</source>
        <translation>合同目标：整改单按时关闭的比例</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>客服坐席数</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
</context>
<context>
    <name>VendorTab</name>
    <message>
        <source>Deactivate vendor {0}? Its agents, teams and records stay; it is no longer offered for new teams, agents and users.</source>
        <translation>停用外包服务商 {0}？其客服坐席、班组和服务记录均保留，但不再可用于新建班组、客服坐席和用户。</translation>
    </message>
</context>
</TS>
