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
    <name>AutoCheck</name>
    <message>
        <source>Failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Forbidden language</source>
        <translation>禁用语</translation>
    </message>
    <message>
        <source>Buck-passing</source>
        <translation>推诿</translation>
    </message>
    <message>
        <source>Greetings</source>
        <translation>问候语</translation>
    </message>
    <message>
        <source>Closings</source>
        <translation>结束语</translation>
    </message>
    <message>
        <source>Hold phrases</source>
        <translation>请稍等类用语</translation>
    </message>
    <message>
        <source>Risk keywords</source>
        <translation>风险关键词</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>隐私信息</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>No customer message</source>
        <translation>无客户消息</translation>
    </message>
    <message>
        <source>Times unknown</source>
        <translation>时间未知</translation>
    </message>
    <message>
        <source>No text to check</source>
        <translation>无可检查的文本</translation>
    </message>
    <message>
        <source>Not checked on chats</source>
        <translation>在线会话不检查</translation>
    </message>
    <message>
        <source>Not checked on calls</source>
        <translation>通话不检查</translation>
    </message>
    <message>
        <source>No agent reply</source>
        <translation>客服未回复</translation>
    </message>
    <message>
        <source>First response {0}</source>
        <translation>首次响应 {0}</translation>
    </message>
    <message>
        <source>No long waits</source>
        <translation>无超时等待</translation>
    </message>
    <message>
        <source>1 wait over the limit</source>
        <translation>1 次等待超时</translation>
    </message>
    <message>
        <source>{0} waits over the limit</source>
        <translation>{0} 次等待超时</translation>
    </message>
    <message>
        <source>No long silences</source>
        <translation>无超时静默</translation>
    </message>
    <message>
        <source>1 silence over the limit</source>
        <translation>1 次静默超时</translation>
    </message>
    <message>
        <source>{0} silences over the limit</source>
        <translation>{0} 次静默超时</translation>
    </message>
    <message>
        <source>No overtalk</source>
        <translation>无抢话</translation>
    </message>
    <message>
        <source>1 overlap</source>
        <translation>1 处抢话</translation>
    </message>
    <message>
        <source>{0} overlaps</source>
        <translation>{0} 处抢话</translation>
    </message>
    <message>
        <source>{0} characters a minute</source>
        <translation>每分钟 {0} 字</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>已找到</translation>
    </message>
    <message>
        <source>No waybill number</source>
        <translation>未提及运单号</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>None found</source>
        <translation>未发现</translation>
    </message>
    <message>
        <source>1 hit</source>
        <translation>1 处命中</translation>
    </message>
    <message>
        <source>{0} hits</source>
        <translation>{0} 处命中</translation>
    </message>
    <message>
        <source>1 occurrence</source>
        <translation>1 次</translation>
    </message>
    <message>
        <source>{0} occurrences</source>
        <translation>{0} 次</translation>
    </message>
    <message>
        <source>{0}, longest {1}</source>
        <translation>{0}，最长 {1}</translation>
    </message>
    <message>
        <source>Expected here</source>
        <translation>此处应出现</translation>
    </message>
    <message>
        <source>On hold {0}</source>
        <translation>等待 {0}</translation>
    </message>
    <message>
        <source>Waited {0}</source>
        <translation>等了 {0}</translation>
    </message>
    <message>
        <source>Silence {0}</source>
        <translation>静默 {0}</translation>
    </message>
    <message>
        <source>Overlap {0}</source>
        <translation>重叠 {0}</translation>
    </message>
</context>
<context>
    <name>AutoCheckPanel</name>
    <message>
        <source>Loading the automatic checks…</source>
        <translation>正在加载智能质检结果…</translation>
    </message>
    <message>
        <source>Not checked yet: the automatic checks have not run on this record.</source>
        <translation>尚未检查：智能质检还没有检查这条记录。</translation>
    </message>
    <message>
        <source>{0} failed</source>
        <translation>{0} 项不合格</translation>
    </message>
    <message>
        <source>{0} flagged</source>
        <translation>{0} 项标记</translation>
    </message>
    <message>
        <source>{0} passed</source>
        <translation>{0} 项通过</translation>
    </message>
    <message>
        <source>{0} N/A</source>
        <translation>{0} 项不适用</translation>
    </message>
    <message>
        <source>Show or hide the automatic checks</source>
        <translation>显示或隐藏智能质检结果</translation>
    </message>
    <message>
        <source>Automatic checks</source>
        <translation>智能质检</translation>
    </message>
    <message>
        <source>Select a check or one of its findings to see it in the conversation</source>
        <translation>选择一项检查或其中的发现，在会话中查看</translation>
    </message>
</context>
<context>
    <name>AutoCheckRunner</name>
    <message>
        <source>Automatic checks</source>
        <translation>智能质检</translation>
    </message>
    <message>
        <source>Checking records…</source>
        <translation>正在检查记录…</translation>
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
    <name>ChecklistChangeModel</name>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Section or item</source>
        <translation>维度或评分项</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
</context>
<context>
    <name>ChecklistCompareDialog</name>
    <message>
        <source>Version {0} ({1})</source>
        <translation>第 {0} 版（{1}）</translation>
    </message>
    <message>
        <source>Choose two versions to compare.</source>
        <translation>请选择要比较的两个版本。</translation>
    </message>
    <message>
        <source>The same version is chosen twice.</source>
        <translation>两边选择的是同一个版本。</translation>
    </message>
    <message>
        <source>The two versions are the same.</source>
        <translation>两个版本内容相同。</translation>
    </message>
    <message>
        <source>1 change.</source>
        <translation>共 1 处变更。</translation>
    </message>
    <message>
        <source>{0} changes.</source>
        <translation>共 {0} 处变更。</translation>
    </message>
    <message>
        <source>Compare checklist versions</source>
        <translation>比较评分表版本</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>原版本(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>新版本(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>ChecklistEditor</name>
    <message>
        <source>Remove section {0} and its {1} items?</source>
        <translation>删除维度 {0} 及其 {1} 个评分项？</translation>
    </message>
    <message>
        <source>{0} items worth {1} points; the weight is {2} % of the total.</source>
        <translation>{0} 个评分项，共 {1} 分；权重占总分的 {2} %。</translation>
    </message>
    <message>
        <source>No automatic check: inspectors judge this item themselves.</source>
        <translation>无自动检查：由质检员人工判定。</translation>
    </message>
    <message>
        <source>This version names a rule type QA Desk does not know ({0}).</source>
        <translation>该版本使用了未知的规则类型（{0}）。</translation>
    </message>
    <message>
        <source>Select a flag to see its rule, or add one.</source>
        <translation>选择一个标记查看其规则，或新增一个。</translation>
    </message>
    <message>
        <source>No problems: the version can be published.</source>
        <translation>没有问题：该版本可以发布。</translation>
    </message>
    <message>
        <source>1 problem to fix before publishing:</source>
        <translation>发布前需修正 1 个问题：</translation>
    </message>
    <message>
        <source>{0} problems to fix before publishing:</source>
        <translation>发布前需修正 {0} 个问题：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>The checklist&apos;s name, e.g. Express service checklist</source>
        <translation>评分表名称，例如：快递客服质检评分表</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <source>Which records the checklist scores</source>
        <translation>评分表适用的服务记录</translation>
    </message>
    <message>
        <source>Pass &amp;mark:</source>
        <translation>合格线(&amp;M)：</translation>
    </message>
    <message>
        <source>An inspection passes with at least this score (0–100) and no critical failure</source>
        <translation>得分不低于此分数（0–100）且无致命项失分即为合格</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>说明(&amp;D)：</translation>
    </message>
    <message>
        <source>What the checklist is for and how to use it</source>
        <translation>评分表的用途和使用方法</translation>
    </message>
    <message>
        <source>Sections and &amp;items</source>
        <translation>维度与评分项(&amp;I)</translation>
    </message>
    <message>
        <source>Drag sections and items to reorder them</source>
        <translation>拖动维度和评分项可调整顺序</translation>
    </message>
    <message>
        <source>Add &amp;section</source>
        <translation>添加维度(&amp;S)</translation>
    </message>
    <message>
        <source>Add i&amp;tem</source>
        <translation>添加评分项(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Move up (Ctrl+Up)</source>
        <translation>上移（Ctrl+↑）</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down (Ctrl+Down)</source>
        <translation>下移（Ctrl+↓）</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Select a section or an item to see its details, or add one.</source>
        <translation>选择维度或评分项查看详情，或新增一个。</translation>
    </message>
    <message>
        <source>Co&amp;de:</source>
        <translation>编号(&amp;D)：</translation>
    </message>
    <message>
        <source>e.g. S, unique in the checklist</source>
        <translation>例如 S，在评分表内唯一</translation>
    </message>
    <message>
        <source>Section &amp;name:</source>
        <translation>维度名称(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. Brand tone</source>
        <translation>例如：服务规范</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>权重(&amp;W)：</translation>
    </message>
    <message>
        <source>The section&apos;s share of the total score, relative to the other sections</source>
        <translation>该维度在总分中的比重（相对其他维度）</translation>
    </message>
    <message>
        <source>e.g. S1, unique in the checklist</source>
        <translation>例如 S1，在评分表内唯一</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>评分项(&amp;I)：</translation>
    </message>
    <message>
        <source>What is checked, e.g. Standard greeting</source>
        <translation>检查内容，例如：使用标准问候语</translation>
    </message>
    <message>
        <source>&amp;Guidance:</source>
        <translation>评分说明(&amp;G)：</translation>
    </message>
    <message>
        <source>How inspectors should judge it</source>
        <translation>质检员如何判定</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Points:</source>
        <translation>分值(&amp;P)：</translation>
    </message>
    <message>
        <source>What a fully met item earns</source>
        <translation>完全达标时的得分</translation>
    </message>
    <message>
        <source>&amp;Levels:</source>
        <translation>等级(&amp;L)：</translation>
    </message>
    <message>
        <source>The scores an inspector can give, ascending, ending with the points</source>
        <translation>可给出的分数，从低到高，最高为分值</translation>
    </message>
    <message>
        <source>e.g. 0, 1, 2, 3</source>
        <translation>例如 0, 1, 2, 3</translation>
    </message>
    <message>
        <source>Per &amp;occurrence:</source>
        <translation>每次扣分(&amp;O)：</translation>
    </message>
    <message>
        <source>Points taken off each time it happens, down to 0</source>
        <translation>每出现一次扣除的分数，最低扣到 0</translation>
    </message>
    <message>
        <source>C&amp;ritical:</source>
        <translation>致命项(&amp;R)：</translation>
    </message>
    <message>
        <source>A failed critical item sets its section, or the whole inspection, to 0</source>
        <translation>致命项失分时，所在维度或整单得 0 分</translation>
    </message>
    <message>
        <source>Pe&amp;nalty:</source>
        <translation>扣罚金额(&amp;N)：</translation>
    </message>
    <message>
        <source>The amount the contract charges when the item fails; empty for none</source>
        <translation>该项不合格时合同约定的扣罚金额；留空表示无</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>May be marked &amp;not applicable (N/A)</source>
        <translation>可标记为不适用（N/A）(&amp;N)</translation>
    </message>
    <message>
        <source>Automatic check</source>
        <translation>自动检查</translation>
    </message>
    <message>
        <source>R&amp;ule:</source>
        <translation>规则(&amp;U)：</translation>
    </message>
    <message>
        <source>A machine check that suggests the item&apos;s score</source>
        <translation>由系统检查并建议该项得分</translation>
    </message>
    <message>
        <source>Record &amp;flags</source>
        <translation>记录标记(&amp;F)</translation>
    </message>
    <message>
        <source>Automatic checks that flag records for attention without scoring an item, e.g. risk keywords.</source>
        <translation>不计分、只标记需关注记录的自动检查，例如风险关键词。</translation>
    </message>
    <message>
        <source>&amp;Add flag</source>
        <translation>添加标记(&amp;A)</translation>
    </message>
    <message>
        <source>Remo&amp;ve flag</source>
        <translation>删除标记(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>键(&amp;K)：</translation>
    </message>
    <message>
        <source>e.g. risk, unique in the checklist</source>
        <translation>例如 risk，在评分表内唯一</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>名称(&amp;L)：</translation>
    </message>
    <message>
        <source>What the flag means, shown on the Records page</source>
        <translation>标记的含义，显示在服务记录页面</translation>
    </message>
    <message>
        <source>Double-click a problem to go to its section or item</source>
        <translation>双击问题可跳转到对应维度或评分项</translation>
    </message>
</context>
<context>
    <name>ChecklistFlagRuleModel</name>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>名称</translation>
    </message>
</context>
<context>
    <name>ChecklistLabels</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation>是否</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Deduction</source>
        <translation>扣分</translation>
    </message>
    <message>
        <source>Not critical</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Fails its section</source>
        <translation>维度致命</translation>
    </message>
    <message>
        <source>Fails the whole inspection</source>
        <translation>全单致命</translation>
    </message>
    <message>
        <source>Chats and calls</source>
        <translation>会话与通话</translation>
    </message>
    <message>
        <source>Chats only</source>
        <translation>仅在线会话</translation>
    </message>
    <message>
        <source>Calls only</source>
        <translation>仅通话</translation>
    </message>
    <message>
        <source>Forbidden phrases</source>
        <translation>禁用语</translation>
    </message>
    <message>
        <source>Required phrases</source>
        <translation>必说话术</translation>
    </message>
    <message>
        <source>First response time</source>
        <translation>首次响应时长</translation>
    </message>
    <message>
        <source>Reply gaps</source>
        <translation>回复间隔</translation>
    </message>
    <message>
        <source>Call silence</source>
        <translation>通话静默</translation>
    </message>
    <message>
        <source>Overtalk</source>
        <translation>抢话</translation>
    </message>
    <message>
        <source>Speech rate</source>
        <translation>语速</translation>
    </message>
    <message>
        <source>Waybill number present</source>
        <translation>提及运单号</translation>
    </message>
    <message>
        <source>Risk keywords</source>
        <translation>风险关键词</translation>
    </message>
    <message>
        <source>Word lists</source>
        <translation>词库</translation>
    </message>
    <message>
        <source>Extra phrases</source>
        <translation>补充词句</translation>
    </message>
    <message>
        <source>Regular expressions</source>
        <translation>正则表达式</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>说话方</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Within agent turns</source>
        <translation>客服发言轮次内</translation>
    </message>
    <message>
        <source>Limit (seconds)</source>
        <translation>上限（秒）</translation>
    </message>
    <message>
        <source>Hold phrase lists</source>
        <translation>请稍等类词库</translation>
    </message>
    <message>
        <source>Longest hold (seconds)</source>
        <translation>最长等待（秒）</translation>
    </message>
    <message>
        <source>Shortest overlap (seconds)</source>
        <translation>最短重叠（秒）</translation>
    </message>
    <message>
        <source>Overlaps allowed</source>
        <translation>允许抢话次数</translation>
    </message>
    <message>
        <source>Most characters per minute</source>
        <translation>每分钟最多字数</translation>
    </message>
    <message>
        <source>Fewest characters per minute</source>
        <translation>每分钟最少字数</translation>
    </message>
    <message>
        <source>Extra number patterns</source>
        <translation>补充单号格式</translation>
    </message>
    <message>
        <source>One phrase per line</source>
        <translation>每行一条</translation>
    </message>
    <message>
        <source>One regular expression per line</source>
        <translation>每行一个正则表达式</translation>
    </message>
    <message>
        <source>One regular expression per line, besides the common carriers&apos; numbers</source>
        <translation>每行一个正则表达式（常见快递单号已内置）</translation>
    </message>
    <message>
        <source>In the first agent turns</source>
        <translation>客服前几轮发言</translation>
    </message>
    <message>
        <source>In the last agent turns</source>
        <translation>客服最后几轮发言</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>任意位置</translation>
    </message>
    <message>
        <source>Forbidden language</source>
        <translation>禁用语</translation>
    </message>
    <message>
        <source>Buck-passing</source>
        <translation>推诿</translation>
    </message>
    <message>
        <source>Greetings</source>
        <translation>问候语</translation>
    </message>
    <message>
        <source>Closings</source>
        <translation>结束语</translation>
    </message>
    <message>
        <source>Hold phrases</source>
        <translation>请稍等</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>隐私</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
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
        <source>Bot</source>
        <translation>机器人</translation>
    </message>
    <message>
        <source>Checks chats only.</source>
        <translation>仅检查在线会话。</translation>
    </message>
    <message>
        <source>Checks calls only.</source>
        <translation>仅检查通话。</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>移动</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>评分表</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>评分项</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Pass mark</source>
        <translation>合格线</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Record flags</source>
        <translation>记录标记</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>评分说明</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Deduction per occurrence</source>
        <translation>每次扣分</translation>
    </message>
    <message>
        <source>N/A allowed</source>
        <translation>可 N/A</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>致命项</translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation>扣罚金额</translation>
    </message>
    <message>
        <source>Automatic rule</source>
        <translation>自动规则</translation>
    </message>
    <message>
        <source>Rule parameters</source>
        <translation>规则参数</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>ChecklistNewDialog</name>
    <message>
        <source>Enter the checklist&apos;s name.</source>
        <translation>请输入评分表名称。</translation>
    </message>
    <message>
        <source>New checklist</source>
        <translation>新建评分表</translation>
    </message>
    <message>
        <source>The checklist starts as an empty draft: add its sections and items, then publish it.</source>
        <translation>新评分表为空白草稿：添加维度和评分项后发布。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. Call centre checklist 2027</source>
        <translation>例如：2027 年呼叫中心评分表</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
</context>
<context>
    <name>ChecklistProblemModel</name>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>ChecklistTreeModel</name>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Section / item</source>
        <translation>维度 / 评分项</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Automatic rule</source>
        <translation>自动规则</translation>
    </message>
    <message>
        <source>Items: the points; sections: the weight</source>
        <translation>评分项为分值；维度为权重</translation>
    </message>
    <message>
        <source>Weight of the section</source>
        <translation>维度权重</translation>
    </message>
    <message>
        <source>1 item, {0} points</source>
        <translation>1 个评分项，{0} 分</translation>
    </message>
    <message>
        <source>{0} items, {1} points</source>
        <translation>{0} 个评分项，{1} 分</translation>
    </message>
</context>
<context>
    <name>ChecklistVersionModel</name>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>评分项</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>已用</translation>
    </message>
    <message>
        <source>Inspections scored against the version (it can no longer change)</source>
        <translation>使用该版本的质检单数（已使用的版本不可修改）</translation>
    </message>
    <message>
        <source>{0} (inactive)</source>
        <translation>{0}（已停用）</translation>
    </message>
    <message>
        <source>Version {0}</source>
        <translation>第 {0} 版</translation>
    </message>
    <message>
        <source>The version inspections and automatic checks use now</source>
        <translation>质检和自动检查当前使用的版本</translation>
    </message>
</context>
<context>
    <name>ChecklistsPage</name>
    <message>
        <source>There is no checklist yet. Install the default express-delivery checklist, create a new one or import one from Excel.</source>
        <translation>还没有评分表。可安装默认的快递客服评分表、新建评分表或从 Excel 导入。</translation>
    </message>
    <message>
        <source>There is no checklist yet; an administrator sets them up.</source>
        <translation>还没有评分表，需由管理员设置。</translation>
    </message>
    <message>
        <source>Select a checklist version to see it.</source>
        <translation>选择一个评分表版本查看。</translation>
    </message>
    <message>
        <source>Published on {0}</source>
        <translation>{0} 发布</translation>
    </message>
    <message>
        <source>{0} (published on {1})</source>
        <translation>{0}（{1} 发布）</translation>
    </message>
    <message>
        <source>Version {0}</source>
        <translation>第 {0} 版</translation>
    </message>
    <message>
        <source>You can read checklists; only administrators change them.</source>
        <translation>您可以查看评分表；只有管理员可以修改。</translation>
    </message>
    <message>
        <source>Version {0} is published and never changes. This checklist&apos;s changes go into its draft, version {1}.</source>
        <translation>第 {0} 版已发布，不可修改。对该评分表的修改请在草稿（第 {1} 版）中进行。</translation>
    </message>
    <message>
        <source>Version {0} is published and never changes. To change the checklist, edit it as a new draft.</source>
        <translation>第 {0} 版已发布，不可修改。如需修改，请另存为新草稿编辑。</translation>
    </message>
    <message>
        <source>Version {0} is retired: a later version replaced it. It never changes.</source>
        <translation>第 {0} 版已停用：已被新版本取代，不可修改。</translation>
    </message>
    <message>
        <source>Inspections were scored against this draft, so it can no longer change.</source>
        <translation>已有质检单使用该草稿，不能再修改。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>Save the changes to version {0} of {1}?</source>
        <translation>保存对{1}第 {0} 版的修改？</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <source>Enter the checklist&apos;s name.</source>
        <translation>请输入评分表名称。</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>草稿已保存。</translation>
    </message>
    <message>
        <source>{0} (and {1} more)</source>
        <translation>{0}（另有 {1} 个问题）</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>The version cannot be published yet: {0}</source>
        <translation>该版本暂不能发布：{0}</translation>
    </message>
    <message>
        <source>Publish version {0} of {1}? It can never change afterwards; inspections and automatic checks use it from now on.</source>
        <translation>发布{1}第 {0} 版？发布后不可修改，质检和自动检查将从现在起使用该版本。</translation>
    </message>
    <message>
        <source>Version {0} is retired.</source>
        <translation>第 {0} 版将停用。</translation>
    </message>
    <message>
        <source>Version {0} of {1} is published.</source>
        <translation>{1}第 {0} 版已发布。</translation>
    </message>
    <message>
        <source>Version {0} of {1} is a new draft: edit it, then publish it.</source>
        <translation>{1}第 {0} 版为新草稿：编辑后发布。</translation>
    </message>
    <message>
        <source>Discard the draft? {0} has no other version, so the checklist is removed.</source>
        <translation>放弃草稿？{0}没有其他版本，评分表将被删除。</translation>
    </message>
    <message>
        <source>Discard draft version {0} of {1} and its changes?</source>
        <translation>放弃{1}的草稿第 {0} 版及其修改？</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>放弃草稿</translation>
    </message>
    <message>
        <source>The draft was discarded.</source>
        <translation>草稿已放弃。</translation>
    </message>
    <message>
        <source>The checklist was created as a draft.</source>
        <translation>评分表已创建为草稿。</translation>
    </message>
    <message>
        <source>Import a checklist from Excel</source>
        <translation>从 Excel 导入评分表</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Excel 工作簿 (*.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Imported {0} as draft version {1}.</source>
        <translation>已导入{0}，为草稿第 {1} 版。</translation>
    </message>
    <message>
        <source>Import from Excel</source>
        <translation>从 Excel 导入</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>正在读取 {0}…</translation>
    </message>
    <message>
        <source>Export the checklist to Excel</source>
        <translation>导出评分表到 Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Exported to {0}.</source>
        <translation>已导出到 {0}。</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>正在写入 {0}…</translation>
    </message>
    <message>
        <source>{0} is installed and published.</source>
        <translation>{0}已安装并发布。</translation>
    </message>
    <message>
        <source>Install the default checklist</source>
        <translation>安装默认评分表</translation>
    </message>
    <message>
        <source>Installing the default checklist…</source>
        <translation>正在安装默认评分表…</translation>
    </message>
    <message>
        <source>&amp;New checklist…</source>
        <translation>新建评分表(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>从 Excel 导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Read a checklist from a spreadsheet (columns such as section, item, points, kind) as a new draft</source>
        <translation>从表格读取评分表（维度、评分项、分值、类型等列）作为新草稿</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>导出到 Excel(&amp;E)…</translation>
    </message>
    <message>
        <source>Write the selected version to a spreadsheet that can be imported again</source>
        <translation>将所选版本写入可再次导入的表格</translation>
    </message>
    <message>
        <source>&amp;Compare versions…</source>
        <translation>比较版本(&amp;C)…</translation>
    </message>
    <message>
        <source>Install the &amp;default checklist</source>
        <translation>安装默认评分表(&amp;D)</translation>
    </message>
    <message>
        <source>The express-delivery service checklist shipped with QA Desk, in the interface language</source>
        <translation>随 QA Desk 提供的快递客服评分表（界面语言）</translation>
    </message>
    <message>
        <source>Edit as new dra&amp;ft</source>
        <translation>另存为新草稿(&amp;F)</translation>
    </message>
    <message>
        <source>Published versions never change: copy this one into a new draft to edit</source>
        <translation>已发布版本不可修改：复制为新草稿后编辑</translation>
    </message>
    <message>
        <source>Discard dr&amp;aft…</source>
        <translation>放弃草稿(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>保存草稿(&amp;S)</translation>
    </message>
    <message>
        <source>Save the draft (Ctrl+S)</source>
        <translation>保存草稿（Ctrl+S）</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>发布(&amp;P)…</translation>
    </message>
    <message>
        <source>Freeze the draft and make it the checklist inspections and automatic checks use</source>
        <translation>冻结草稿，供质检和自动检查使用</translation>
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
        <source>{file}, sheet {sheet}, row {row}, column {column}: {value!r} is not a number</source>
        <translation>{file}，工作表 {sheet}，第 {row} 行，{column} 列：{value!r} 不是数字</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}, row {row}, column {column}: {value!r} is not a kind (是否/binary, 等级/scale or 扣分/deduction)</source>
        <translation>{file}，工作表 {sheet}，第 {row} 行，{column} 列：{value!r} 不是有效的类型（是否、等级或扣分）</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}, row {row}, column {column}: {value!r} is not a critical level (否/none, 本维度/section or 全单/all)</source>
        <translation>{file}，工作表 {sheet}，第 {row} 行，{column} 列：{value!r} 不是有效的致命项级别（否、本维度或全单）</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}, row {row}, column {column}: {value!r} is not yes (是) or no (否)</source>
        <translation>{file}，工作表 {sheet}，第 {row} 行，{column} 列：{value!r} 不是“是”或“否”</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}, row {row}, column {column}: {value!r} is not a list of levels such as 0/1/2/3</source>
        <translation>{file}，工作表 {sheet}，第 {row} 行，{column} 列：{value!r} 不是等级列表（例如 0/1/2/3）</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}, row {row}, column {column}: {value!r} is not an amount</source>
        <translation>{file}，工作表 {sheet}，第 {row} 行，{column} 列：{value!r} 不是金额</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}, row {row}, column {column}: the rule parameters are not a JSON object ({detail})</source>
        <translation>{file}，工作表 {sheet}，第 {row} 行，{column} 列：规则参数不是 JSON 对象（{detail}）</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}, row {row}, column {column}: the flag rules are not a JSON list of rules like [{{&quot;key&quot;: …, &quot;rule&quot;: …, &quot;label&quot;: …, &quot;params&quot;: {{…}}}}] ({detail})</source>
        <translation>{file}，工作表 {sheet}，第 {row} 行，{column} 列：标记规则不是 JSON 规则列表，应形如 [{{&quot;key&quot;: …, &quot;rule&quot;: …, &quot;label&quot;: …, &quot;params&quot;: {{…}}}}]（{detail}）</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}, row {row}, column {column}: {value!r} is not a channel (在线会话/chat, 通话/call or 通用/both)</source>
        <translation>{file}，工作表 {sheet}，第 {row} 行，{column} 列：{value!r} 不是有效的渠道（在线会话、通话或通用）</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}, row {row}, column {column}: the item has no points</source>
        <translation>{file}，工作表 {sheet}，第 {row} 行，{column} 列：该评分项没有分值</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}, row {row}, column {column}: the row has item values but no item text</source>
        <translation>{file}，工作表 {sheet}，第 {row} 行，{column} 列：该行填写了评分项的内容，但没有评分项名称</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}, row {row}, column {column}: the weight {value} differs from {first} given for section {section} in row {first_row}</source>
        <translation>{file}，工作表 {sheet}，第 {row} 行，{column} 列：权重 {value} 与第 {first_row} 行为维度 {section} 填写的 {first} 不一致</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}, row {row}, column {column}: section {section} is named {value!r} here but {first!r} in row {first_row}</source>
        <translation>{file}，工作表 {sheet}，第 {row} 行，{column} 列：维度 {section} 在此处名为 {value!r}，但在第 {first_row} 行名为 {first!r}</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}, row {row}, column {column}: section {section} started in row {first_row} and other sections came between; keep a section&apos;s items together</source>
        <translation>{file}，工作表 {sheet}，第 {row} 行，{column} 列：维度 {section} 从第 {first_row} 行开始，中间又出现了其他维度；请把同一维度的评分项放在一起</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}, row {row}, column {column}: the item comes before any section</source>
        <translation>{file}，工作表 {sheet}，第 {row} 行，{column} 列：该评分项出现在所有维度之前</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}, row {row}, column {column}: the code {value!r} is already used in row {first_row}</source>
        <translation>{file}，工作表 {sheet}，第 {row} 行，{column} 列：编号 {value!r} 已在第 {first_row} 行使用</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}: columns {first} and {second} mean the same thing; keep one of them</source>
        <translation>{file}，工作表 {sheet}：{first} 列与 {second} 列含义相同，请只保留一列</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}: no header row with an item column (评分项 / Item) in the first {limit} rows</source>
        <translation>{file}，工作表 {sheet}：前 {limit} 行中没有包含评分项列（评分项 / Item）的表头行</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}: the sheet lists no items</source>
        <translation>{file}，工作表 {sheet}：该工作表没有任何评分项</translation>
    </message>
    <message>
        <source>{file}: the workbook has no worksheet</source>
        <translation>{file}：工作簿中没有工作表</translation>
    </message>
    <message>
        <source>{file}: not an Excel workbook (.xlsx); save the checklist as an Excel file first</source>
        <translation>{file}：不是 Excel 工作簿（.xlsx）；请先将评分表另存为 Excel 文件</translation>
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
        <source>cannot write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <source>{where}: a value is longer than the {limit} characters a spreadsheet cell can hold</source>
        <translation>{where}：内容超过了表格单元格可容纳的 {limit} 个字符</translation>
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
        <source>Your role ({role}) may not read_checklists.</source>
        <translation>您的角色（{role}）无权查看评分表。</translation>
    </message>
    <message>
        <source>Your role ({role}) may not manage_checklists.</source>
        <translation>您的角色（{role}）无权管理评分表。</translation>
    </message>
    <message>
        <source>Your role ({role}) may not manage_rule_packs.</source>
        <translation>您的角色（{role}）无权修改词库。</translation>
    </message>
    <message>
        <source>Your role ({role}) may not run_autocheck.</source>
        <translation>您的角色（{role}）无权运行智能质检。</translation>
    </message>
    <message>
        <source>Your role ({role}) may not manage_sampling.</source>
        <translation>您的角色（{role}）无权管理抽检。</translation>
    </message>
    <message>
        <source>Your role ({role}) may not inspect.</source>
        <translation>您的角色（{role}）无权质检评分。</translation>
    </message>
    <message>
        <source>Your role ({role}) may not read_inspections.</source>
        <translation>您的角色（{role}）无权查看质检单。</translation>
    </message>
    <message>
        <source>Your role ({role}) may not reopen_inspection.</source>
        <translation>您的角色（{role}）无权重新打开质检单。</translation>
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
        <source>No such checklist.</source>
        <translation>评分表不存在。</translation>
    </message>
    <message>
        <source>No such checklist version.</source>
        <translation>评分表版本不存在。</translation>
    </message>
    <message>
        <source>No such sample.</source>
        <translation>抽样批次不存在。</translation>
    </message>
    <message>
        <source>No such sample item.</source>
        <translation>抽中记录不存在。</translation>
    </message>
    <message>
        <source>No such inspection.</source>
        <translation>质检单不存在。</translation>
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
        <source>There is no word list named {name}.</source>
        <translation>没有名为 {name} 的词库。</translation>
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
        <source>Inspections are scored by a signed-in user.</source>
        <translation>质检须由已登录的用户评分。</translation>
    </message>
    <message>
        <source>The overall comment is longer than {limit} characters.</source>
        <translation>总体评语超过 {limit} 个字符。</translation>
    </message>
    <message>
        <source>The reason is longer than {limit} characters.</source>
        <translation>原因超过 {limit} 个字符。</translation>
    </message>
    <message>
        <source>Item {code}: the comment is longer than {limit} characters.</source>
        <translation>评分项 {code}：备注超过 {limit} 个字符。</translation>
    </message>
    <message>
        <source>Item {code}: the reason is longer than {limit} characters.</source>
        <translation>评分项 {code}：原因超过 {limit} 个字符。</translation>
    </message>
    <message>
        <source>Item {code}: the text holds a character that cannot be stored.</source>
        <translation>评分项 {code}：文本含有无法保存的字符。</translation>
    </message>
    <message>
        <source>The text holds a character that cannot be stored.</source>
        <translation>文本含有无法保存的字符。</translation>
    </message>
    <message>
        <source>No published checklist applies to calls.</source>
        <translation>没有适用于通话的已发布评分表。</translation>
    </message>
    <message>
        <source>No published checklist applies to chats.</source>
        <translation>没有适用于在线会话的已发布评分表。</translation>
    </message>
    <message>
        <source>The sample&apos;s checklist version is a draft; publish it first.</source>
        <translation>该抽样批次的评分表版本仍是草稿，请先发布。</translation>
    </message>
    <message>
        <source>A page holds 1 to {maximum} inspections.</source>
        <translation>每页可包含 1 至 {maximum} 条质检单。</translation>
    </message>
    <message>
        <source>The page cursor belongs to another list.</source>
        <translation>分页游标属于另一个列表。</translation>
    </message>
    <message>
        <source>The time spent must be 0 to {limit} seconds.</source>
        <translation>用时必须在 0 到 {limit} 秒之间。</translation>
    </message>
    <message>
        <source>Item {code} is not on this checklist.</source>
        <translation>评分项 {code} 不在此评分表中。</translation>
    </message>
    <message>
        <source>Answer every item before submitting; not answered: {items}.</source>
        <translation>提交前请完成所有评分项；未评分：{items}。</translation>
    </message>
    <message>
        <source>Give a reason for reopening the inspection.</source>
        <translation>请填写重新打开质检单的原因。</translation>
    </message>
    <message>
        <source>Only a submitted inspection can be reopened.</source>
        <translation>只有已提交的质检单可以重新打开。</translation>
    </message>
    <message>
        <source>Only its inspector can change this inspection.</source>
        <translation>只有该质检单的质检员可以修改它。</translation>
    </message>
    <message>
        <source>The inspection is submitted and locked; a QA lead can reopen it.</source>
        <translation>质检单已提交并锁定；质检主管可以重新打开。</translation>
    </message>
    <message>
        <source>Item {code} is settled by a final dispute ruling and cannot change.</source>
        <translation>评分项 {code} 已由申诉终审裁定，不能修改。</translation>
    </message>
    <message>
        <source>Item {code}: give a short reason for overriding the automatic check.</source>
        <translation>评分项 {code}：推翻智能质检结果时请简要说明原因。</translation>
    </message>
    <message>
        <source>Item {code}: evidence must be messages or utterances of this record.</source>
        <translation>评分项 {code}：证据必须是本条记录中的消息或话段。</translation>
    </message>
    <message>
        <source>Item {code}: at most {limit} pieces of evidence.</source>
        <translation>评分项 {code}：证据最多 {limit} 条。</translation>
    </message>
    <message>
        <source>Unknown inspection status {status!r}.</source>
        <translation>未知的质检单状态 {status!r}。</translation>
    </message>
    <message>
        <source>This record is assigned to {login}.</source>
        <translation>该记录已分配给 {login}。</translation>
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
    <message>
        <source>The code {code} is used twice.</source>
        <translation>编号 {code} 重复。</translation>
    </message>
    <message>
        <source>{code}: unknown automatic rule {rule}.</source>
        <translation>{code}：未知的自动规则 {rule}。</translation>
    </message>
    <message>
        <source>Rule {code} has no phrases to look for.</source>
        <translation>规则 {code} 没有要查找的短语。</translation>
    </message>
    <message>
        <source>Rule pack {pack}, line {line}: longer than {limit} characters.</source>
        <translation>词库 {pack} 第 {line} 行：超过 {limit} 个字符。</translation>
    </message>
    <message>
        <source>Rule pack {pack}, line {line}: bad regular expression: {reason}</source>
        <translation>词库 {pack} 第 {line} 行：正则表达式有误：{reason}</translation>
    </message>
    <message>
        <source>Rule {code}: parameter {param} must be a list of texts.</source>
        <translation>规则 {code}：参数 {param} 必须是文本列表。</translation>
    </message>
    <message>
        <source>Rule {code}: parameter {param} must be a number.</source>
        <translation>规则 {code}：参数 {param} 必须是数字。</translation>
    </message>
    <message>
        <source>Rule {code}: parameter {param} must be a whole number.</source>
        <translation>规则 {code}：参数 {param} 必须是整数。</translation>
    </message>
    <message>
        <source>Rule {code}: parameter {param} must be at least {minimum}.</source>
        <translation>规则 {code}：参数 {param} 不能小于 {minimum}。</translation>
    </message>
    <message>
        <source>Rule {code}: unknown rule pack {pack}.</source>
        <translation>规则 {code}：未知的词库 {pack}。</translation>
    </message>
    <message>
        <source>Rule {code}: unknown role {role}.</source>
        <translation>规则 {code}：未知的角色 {role}。</translation>
    </message>
    <message>
        <source>Rule {code}: parameter {param} needs a role.</source>
        <translation>规则 {code}：参数 {param} 至少需要一个角色。</translation>
    </message>
    <message>
        <source>Rule {code}: bad regular expression {pattern} in {param}: {reason}</source>
        <translation>规则 {code}：{param} 中的正则表达式 {pattern} 有误：{reason}</translation>
    </message>
    <message>
        <source>Rule {code}: the parameters must be a mapping.</source>
        <translation>规则 {code}：参数必须是键值对。</translation>
    </message>
    <message>
        <source>Rule {code}: unknown parameter {param}.</source>
        <translation>规则 {code}：未知参数 {param}。</translation>
    </message>
    <message>
        <source>Rule {code}: parameter {param} must be a text.</source>
        <translation>规则 {code}：参数 {param} 必须是文本。</translation>
    </message>
    <message>
        <source>Rule {code}: parameter {param} must be one of {choices}.</source>
        <translation>规则 {code}：参数 {param} 必须是 {choices} 之一。</translation>
    </message>
    <message>
        <source>Rule {code}: min_cpm must not be above max_cpm.</source>
        <translation>规则 {code}：最低语速不能高于最高语速。</translation>
    </message>
    <message>
        <source>The checklist needs a name.</source>
        <translation>评分表需要名称。</translation>
    </message>
    <message>
        <source>Unknown channel {channel}.</source>
        <translation>未知渠道 {channel}。</translation>
    </message>
    <message>
        <source>The pass mark must be between 0 and 100.</source>
        <translation>合格线须在 0 到 100 之间。</translation>
    </message>
    <message>
        <source>The checklist has no sections.</source>
        <translation>评分表没有维度。</translation>
    </message>
    <message>
        <source>A flag rule needs a key.</source>
        <translation>标记规则需要键。</translation>
    </message>
    <message>
        <source>Section {code} needs a name.</source>
        <translation>维度 {code} 需要名称。</translation>
    </message>
    <message>
        <source>Section {code}: the weight must be greater than 0.</source>
        <translation>维度 {code}：权重须大于 0。</translation>
    </message>
    <message>
        <source>Section {code} has no items.</source>
        <translation>维度 {code} 没有评分项。</translation>
    </message>
    <message>
        <source>Every section and item needs a code.</source>
        <translation>每个维度和评分项都需要编号。</translation>
    </message>
    <message>
        <source>The code {code} is longer than {limit} characters.</source>
        <translation>编号 {code} 超过 {limit} 个字符。</translation>
    </message>
    <message>
        <source>Item {code} needs a text.</source>
        <translation>评分项 {code} 需要内容。</translation>
    </message>
    <message>
        <source>Item {code}: the text is longer than {limit} characters.</source>
        <translation>评分项 {code}：内容超过 {limit} 个字符。</translation>
    </message>
    <message>
        <source>Item {code}: unknown kind {kind}.</source>
        <translation>评分项 {code}：未知类型 {kind}。</translation>
    </message>
    <message>
        <source>Item {code}: unknown critical level {critical}.</source>
        <translation>评分项 {code}：未知致命级别 {critical}。</translation>
    </message>
    <message>
        <source>Item {code}: the points must be greater than 0.</source>
        <translation>评分项 {code}：分值须大于 0。</translation>
    </message>
    <message>
        <source>Item {code}: a scale needs at least two levels.</source>
        <translation>评分项 {code}：等级至少需要两级。</translation>
    </message>
    <message>
        <source>Item {code}: the levels must be ascending.</source>
        <translation>评分项 {code}：等级须从低到高。</translation>
    </message>
    <message>
        <source>Item {code}: the levels must run from 0 or more up to the points.</source>
        <translation>评分项 {code}：等级须从 0 或以上到分值。</translation>
    </message>
    <message>
        <source>Item {code}: the deduction per occurrence must be greater than 0.</source>
        <translation>评分项 {code}：每次扣分须大于 0。</translation>
    </message>
    <message>
        <source>Item {code}: the penalty cannot be negative.</source>
        <translation>评分项 {code}：扣罚金额不能为负。</translation>
    </message>
    <message>
        <source>The confidence must be between 0 and 1 (exclusive), not {value}.</source>
        <translation>置信水平必须介于 0 和 1 之间（不含端点），不能是 {value}。</translation>
    </message>
    <message>
        <source>The margin of error must be between 0 and 1 (exclusive), not {value}.</source>
        <translation>允许误差必须介于 0 和 1 之间（不含端点），不能是 {value}。</translation>
    </message>
    <message>
        <source>The expected proportion must be between 0 and 1 (exclusive), not {value}.</source>
        <translation>预期比例必须介于 0 和 1 之间（不含端点），不能是 {value}。</translation>
    </message>
    <message>
        <source>The population must be a whole number ≥ 0, not {value}.</source>
        <translation>总体数量必须是大于或等于 0 的整数，不能是 {value}。</translation>
    </message>
    <message>
        <source>{value} is not a whole number ≥ 0.</source>
        <translation>{value} 不是大于或等于 0 的整数。</translation>
    </message>
    <message>
        <source>Unknown sampling option {value}.</source>
        <translation>未知的抽样选项 {value}。</translation>
    </message>
    <message>
        <source>Record {record} is listed twice.</source>
        <translation>记录 {record} 重复出现。</translation>
    </message>
    <message>
        <source>Record {record} has an invalid risk score {score}.</source>
        <translation>记录 {record} 的风险分 {score} 无效。</translation>
    </message>
    <message>
        <source>The sample size {n} is larger than the population {population}.</source>
        <translation>样本量 {n} 大于总体数量 {population}。</translation>
    </message>
    <message>
        <source>A minimum of {minimum} per stratum needs {needed} records, more than the sample size {n}.</source>
        <translation>每层至少 {minimum} 条共需 {needed} 条记录，超过了样本量 {n}。</translation>
    </message>
    <message>
        <source>The seed must be a whole number, not {value}.</source>
        <translation>随机种子必须是整数，不能是 {value}。</translation>
    </message>
    <message>
        <source>The risk share must be between 0 and 1, not {value}.</source>
        <translation>风险抽样占比必须介于 0 和 1 之间，不能是 {value}。</translation>
    </message>
    <message>
        <source>A sampling weight must be a positive number.</source>
        <translation>抽样权重必须是正数。</translation>
    </message>
    <message>
        <source>Unknown inspection level {level}.</source>
        <translation>未知的检验水平 {level}。</translation>
    </message>
    <message>
        <source>The lot size must be a whole number, not {value}.</source>
        <translation>批量必须是整数，不能是 {value}。</translation>
    </message>
    <message>
        <source>The lot size must be at least 1, not {value}.</source>
        <translation>批量至少为 1，不能是 {value}。</translation>
    </message>
    <message>
        <source>{aql} is not one of the AQL values of ISO 2859-1.</source>
        <translation>{aql} 不是 ISO 2859-1 规定的 AQL 值。</translation>
    </message>
    <message>
        <source>Unknown sample size code letter {letter}.</source>
        <translation>未知的样本量字码 {letter}。</translation>
    </message>
    <message>
        <source>The percentage must be above 0 and at most 100.</source>
        <translation>百分比必须大于 0 且不超过 100。</translation>
    </message>
    <message>
        <source>Unknown sample size rule {rule}.</source>
        <translation>未知的样本量规则 {rule}。</translation>
    </message>
    <message>
        <source>A quota per agent needs the number of records per agent.</source>
        <translation>按坐席配额需要每个坐席的记录数。</translation>
    </message>
    <message>
        <source>The strata hold {strata} records but the population is {population}.</source>
        <translation>各层共有 {strata} 条记录，但总体为 {population} 条。</translation>
    </message>
    <message>
        <source>Item {code}: {value} is not a valid answer.</source>
        <translation>评分项 {code}：{value} 不是有效的评分。</translation>
    </message>
    <message>
        <source>Item {code} cannot be marked N/A.</source>
        <translation>评分项 {code} 不能标为不适用。</translation>
    </message>
    <message>
        <source>There are no ratings to compare.</source>
        <translation>没有可比较的评分。</translation>
    </message>
    <message>
        <source>Unknown kappa weighting {weights}.</source>
        <translation>未知的 Kappa 加权方式 {weights}。</translation>
    </message>
    <message>
        <source>The two raters rated {first} and {second} units; they must match.</source>
        <translation>两位评分人分别评了 {first} 和 {second} 个对象，数量必须一致。</translation>
    </message>
    <message>
        <source>The scale lists a category twice.</source>
        <translation>量表中有重复的类别。</translation>
    </message>
    <message>
        <source>The rating {value} is not on the scale.</source>
        <translation>评分 {value} 不在量表中。</translation>
    </message>
    <message>
        <source>Every unit needs a count for each category.</source>
        <translation>每个对象都需要给出每个类别的计数。</translation>
    </message>
    <message>
        <source>A count must be a whole number ≥ 0, not {value}.</source>
        <translation>计数必须是大于或等于 0 的整数，不能是 {value}。</translation>
    </message>
    <message>
        <source>Every unit needs the same number of ratings.</source>
        <translation>每个对象的评分数必须相同。</translation>
    </message>
    <message>
        <source>Agreement needs at least two ratings per unit.</source>
        <translation>计算一致性时每个对象至少需要两个评分。</translation>
    </message>
    <message>
        <source>The value {value} is not a number; interval and ratio data need numbers.</source>
        <translation>{value} 不是数字；等距和比率数据必须是数字。</translation>
    </message>
    <message>
        <source>Ratio data cannot be negative: {value}.</source>
        <translation>比率数据不能为负数：{value}。</translation>
    </message>
    <message>
        <source>Unknown level of measurement {level}.</source>
        <translation>未知的测量尺度 {level}。</translation>
    </message>
    <message>
        <source>Every rater needs one entry per unit, empty where missing.</source>
        <translation>每位评分人对每个对象都需要一项，缺失处留空。</translation>
    </message>
    <message>
        <source>{successes} successes out of {n} is impossible.</source>
        <translation>{n} 次中成功 {successes} 次是不可能的。</translation>
    </message>
    <message>
        <source>A rate must be between 0 and 1, not {value}.</source>
        <translation>比率必须介于 0 和 1 之间，不能是 {value}。</translation>
    </message>
    <message>
        <source>{problem} (and {more} more)</source>
        <translation>{problem}（另有 {more} 个问题）</translation>
    </message>
    <message>
        <source>Version {number} of {name} is a draft; edit it directly.</source>
        <translation>{name} 的第 {number} 版是草稿，请直接编辑。</translation>
    </message>
    <message>
        <source>A checklist named {name} exists already.</source>
        <translation>名为 {name} 的评分表已存在。</translation>
    </message>
    <message>
        <source>{name} already has a draft (version {number}); edit or discard it first.</source>
        <translation>{name} 已有草稿（第 {number} 版），请先编辑或放弃该草稿。</translation>
    </message>
    <message>
        <source>Version {number} of {name} is published already.</source>
        <translation>{name} 的第 {number} 版已发布。</translation>
    </message>
    <message>
        <source>Version {number} of {name} is retired; start a new draft from it instead.</source>
        <translation>{name} 的第 {number} 版已停用，请以它为基础新建草稿。</translation>
    </message>
    <message>
        <source>Version {number} of {name} is published and cannot change; edit a new draft.</source>
        <translation>{name} 的第 {number} 版已发布，不能修改；请编辑新的草稿。</translation>
    </message>
    <message>
        <source>Version {number} of {name} is retired and cannot change; edit a new draft.</source>
        <translation>{name} 的第 {number} 版已停用，不能修改；请编辑新的草稿。</translation>
    </message>
    <message>
        <source>Version {number} of {name} is used by inspections and cannot change; edit a new draft.</source>
        <translation>{name} 的第 {number} 版已被质检单使用，不能修改；请编辑新的草稿。</translation>
    </message>
    <message>
        <source>A checklist version cannot change from {old} to {new}.</source>
        <translation>评分表版本不能从 {old} 改为 {new}。</translation>
    </message>
    <message>
        <source>Checklist sections and items cannot be changed by bulk statements.</source>
        <translation>评分表的维度和评分项不能批量修改。</translation>
    </message>
    <message>
        <source>{code}: a text contains a NUL character.</source>
        <translation>{code}：文本中含有 NUL 字符。</translation>
    </message>
    <message>
        <source>{code}: the number {value} cannot be stored (at most {digits} digits before and {decimals} after the decimal point).</source>
        <translation>{code}：数字 {value} 无法保存（整数部分最多 {digits} 位，小数部分最多 {decimals} 位）。</translation>
    </message>
    <message>
        <source>{code}: the rule parameters cannot be stored ({detail}).</source>
        <translation>{code}：规则参数无法保存（{detail}）。</translation>
    </message>
    <message>
        <source>The checklist&apos;s name is longer than {limit} characters.</source>
        <translation>评分表名称超过 {limit} 个字符。</translation>
    </message>
    <message>
        <source>The pass mark {value} cannot be stored (at most {digits} digits before and {decimals} after the decimal point).</source>
        <translation>合格线 {value} 无法保存（整数部分最多 {digits} 位，小数部分最多 {decimals} 位）。</translation>
    </message>
    <message>
        <source>Section {code}: the name is longer than {limit} characters.</source>
        <translation>维度 {code}：名称超过 {limit} 个字符。</translation>
    </message>
    <message>
        <source>The channel of {name} cannot change once a version is published; create a new checklist for the other channel.</source>
        <translation>{name} 已有版本发布，渠道不能再改；请为另一渠道新建评分表。</translation>
    </message>
    <message>
        <source>No such sampling plan.</source>
        <translation>抽样方案不存在。</translation>
    </message>
    <message>
        <source>The seed must be a whole number from 0 to {maximum}.</source>
        <translation>随机种子必须是 0 到 {maximum} 之间的整数。</translation>
    </message>
    <message>
        <source>No record is left to sample in this population: nothing drawn.</source>
        <translation>该范围内没有可抽取的记录，未抽样。</translation>
    </message>
    <message>
        <source>The sample size comes to 0: nothing drawn.</source>
        <translation>样本量为 0，未抽样。</translation>
    </message>
    <message>
        <source>A sampling plan needs a name.</source>
        <translation>抽样方案需要名称。</translation>
    </message>
    <message>
        <source>A name is at most {maximum} characters.</source>
        <translation>名称最多 {maximum} 个字符。</translation>
    </message>
    <message>
        <source>A sampling plan named {name} exists already.</source>
        <translation>已有名为 {name} 的抽样方案。</translation>
    </message>
    <message>
        <source>{count} of the items are being inspected already and keep their inspector.</source>
        <translation>其中 {count} 条已在质检中，保留原质检员。</translation>
    </message>
    <message>
        <source>{login} works for the vendor of {count} of the items; this sample keeps inspectors away from their own vendor.</source>
        <translation>{login} 属于其中 {count} 条记录的外包服务商；本次抽样不允许质检本方外包服务商的记录。</translation>
    </message>
    <message>
        <source>The checklist {name} is retired.</source>
        <translation>评分表 {name} 已停用。</translation>
    </message>
    <message>
        <source>The checklist {name} has no published version to sample for.</source>
        <translation>评分表 {name} 没有已发布的版本可供抽样。</translation>
    </message>
    <message>
        <source>The checklist {name} scores {channel} records only.</source>
        <translation>评分表 {name} 只适用于 {channel} 记录。</translation>
    </message>
    <message>
        <source>{login} may not inspect records.</source>
        <translation>{login} 无权质检记录。</translation>
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
    <name>InspectionModel</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>已重新打开</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>When it was submitted (drafts: when they were started)</source>
        <translation>提交时间（草稿为开始时间）</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
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
        <source>Inspector</source>
        <translation>质检员</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>评分表</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>致命项</translation>
    </message>
    <message>
        <source>Critical failure</source>
        <translation>致命项不合格</translation>
    </message>
    <message>
        <source>A critical item failed</source>
        <translation>有致命项不合格</translation>
    </message>
</context>
<context>
    <name>InspectionsPage</name>
    <message>
        <source>&amp;Period:</source>
        <translation>时间段(&amp;P)：</translation>
    </message>
    <message>
        <source>Only inspections submitted (or, for drafts, started) within these days</source>
        <translation>仅显示在这些日期内提交（草稿为开始）的质检单</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 天</translation>
    </message>
    <message>
        <source>Today and the six days before</source>
        <translation>今天及之前 6 天</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 天</translation>
    </message>
    <message>
        <source>Today and the 29 days before</source>
        <translation>今天及之前 29 天</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>清除筛选(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation>重新打开(&amp;R)…</translation>
    </message>
    <message>
        <source>Let its inspector change the selected submitted inspection again (asks for a reason; audited)</source>
        <translation>允许质检员再次修改所选的已提交质检单（需填写原因；记入审计）</translation>
    </message>
    <message>
        <source>&amp;Vendor:</source>
        <translation>外包服务商(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation>客服坐席(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Inspector:</source>
        <translation>质检员(&amp;I)：</translation>
    </message>
    <message>
        <source>C&amp;hecklist:</source>
        <translation>评分表(&amp;H)：</translation>
    </message>
    <message>
        <source>Res&amp;ult:</source>
        <translation>结果(&amp;U)：</translation>
    </message>
    <message>
        <source>C&amp;ritical:</source>
        <translation>致命项(&amp;R)：</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>质检单</translation>
    </message>
    <message>
        <source>Select an inspection to read it.</source>
        <translation>选择一张质检单以查看。</translation>
    </message>
    <message>
        <source>All vendors</source>
        <translation>全部外包服务商</translation>
    </message>
    <message>
        <source>All inspectors</source>
        <translation>全部质检员</translation>
    </message>
    <message>
        <source>All checklists</source>
        <translation>全部评分表</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>全部客服坐席</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Critical failure</source>
        <translation>致命项不合格</translation>
    </message>
    <message>
        <source>No critical failure</source>
        <translation>无致命项不合格</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>1 inspection</source>
        <translation>1 张质检单</translation>
    </message>
    <message>
        <source>{0} inspections</source>
        <translation>{0} 张质检单</translation>
    </message>
    <message>
        <source>Submitted on {0} by {1} · {2} min</source>
        <translation>{1} 于 {0} 提交 · {2} 分钟</translation>
    </message>
    <message>
        <source>Reopened; {0} is changing it</source>
        <translation>已重新打开；{0} 正在修改</translation>
    </message>
    <message>
        <source>Draft by {0}, started {1}</source>
        <translation>{0} 的草稿，开始于 {1}</translation>
    </message>
    <message>
        <source>Reopen inspection</source>
        <translation>重新打开质检单</translation>
    </message>
    <message>
        <source>Why should its inspector change it again? The reason is kept in the audit log.</source>
        <translation>为什么需要质检员再次修改？原因将记入审计日志。</translation>
    </message>
    <message>
        <source>Give a reason for reopening the inspection.</source>
        <translation>请填写重新打开质检单的原因。</translation>
    </message>
    <message>
        <source>Inspection of {0} reopened for {1}.</source>
        <translation>{0} 的质检单已重新打开，交由 {1} 修改。</translation>
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
        <source>Checklist</source>
        <translation>评分表</translation>
    </message>
    <message>
        <source>Checklist version</source>
        <translation>评分表版本</translation>
    </message>
    <message>
        <source>Word list</source>
        <translation>词库</translation>
    </message>
    <message>
        <source>Automatic checks</source>
        <translation>智能质检</translation>
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
        <source>Activated</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>已安装</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>已恢复默认</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>已运行</translation>
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
        <source>The automatic checks are already running.</source>
        <translation>智能质检已在运行。</translation>
    </message>
    <message>
        <source>Automatic checks finished: {0} records checked.</source>
        <translation>智能质检完成：检查了 {0} 条记录。</translation>
    </message>
    <message>
        <source>The automatic checks failed: {0}</source>
        <translation>智能质检失败：{0}</translation>
    </message>
    <message>
        <source>Automatic checks: {0} %</source>
        <translation>智能质检：{0}%</translation>
    </message>
    <message>
        <source>Automatic checks running…</source>
        <translation>智能质检运行中…</translation>
    </message>
    <message>
        <source>1 record not yet checked</source>
        <translation>1 条记录尚未检查</translation>
    </message>
    <message>
        <source>{0} records not yet checked</source>
        <translation>{0} 条记录尚未检查</translation>
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
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>Run &amp;automatic checks</source>
        <translation>运行智能质检(&amp;A)</translation>
    </message>
    <message>
        <source>Check the records the active checklists have not checked yet</source>
        <translation>用当前评分表检查尚未检查的记录</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the automatic checks</source>
        <translation>停止智能质检</translation>
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
    <name>PackModel</name>
    <message>
        <source>Word list</source>
        <translation>词库</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Phrases and regular expressions</source>
        <translation>短语和正则表达式</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>已修改</translation>
    </message>
    <message>
        <source>Changed from the list shipped with QA Desk</source>
        <translation>与质检台自带的词库不同</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Records</source>
        <translation>服务记录</translation>
    </message>
    <message>
        <source>Scoring workspace</source>
        <translation>质检工作台</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>质检单</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>评分表</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>抽检</translation>
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
    <name>QueueModel</name>
    <message>
        <source>New</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>已重新打开</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Sampled: {0}</source>
        <translation>抽样：{0}</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
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
        <source>Automatic checks that failed or flagged the record</source>
        <translation>判定记录不合格或标记了记录的智能质检项</translation>
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
        <source>&amp;Run automatic checks</source>
        <translation>运行智能质检(&amp;R)</translation>
    </message>
    <message>
        <source>Check the records the active checklists have not checked yet (forbidden words, greetings, response times …)</source>
        <translation>用当前评分表检查尚未检查的记录（禁用语、问候语、响应时间等）</translation>
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
        <source>Only records an automatic check of the active checklists failed or flagged</source>
        <translation>只显示被当前评分表的智能质检判为不合格或标记的记录</translation>
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
        <source>The automatic checks are already running.</source>
        <translation>智能质检已在运行。</translation>
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
        <source>Any automatic flag</source>
        <translation>任一智能质检标记</translation>
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
    <name>RuleParamsForm</name>
    <message>
        <source>One regular expression per line</source>
        <translation>每行一个正则表达式</translation>
    </message>
    <message>
        <source>One phrase per line</source>
        <translation>每行一条</translation>
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
    <name>SamplingAssignDialog</name>
    <message>
        <source>Who scores the selected record?</source>
        <translation>由谁给所选记录评分？</translation>
    </message>
    <message>
        <source>Who scores the {0} selected records?</source>
        <translation>由谁给所选的 {0} 条记录评分？</translation>
    </message>
    <message>
        <source>Nobody yet: the shared pool</source>
        <translation>暂不分配：放入共享池</translation>
    </message>
    <message>
        <source>{0} ({1}) · {2} open</source>
        <translation>{0}（{1}）· {2} 条未完成</translation>
    </message>
    <message>
        <source>Open: records assigned and not submitted yet. Records in the pool go to whichever inspector takes the next one.</source>
        <translation>未完成：已分配但尚未提交的记录。共享池中的记录由下一位领取的质检员处理。</translation>
    </message>
    <message>
        <source>Assign records</source>
        <translation>分配记录</translation>
    </message>
    <message>
        <source>&amp;Inspector:</source>
        <translation>质检员(&amp;I)：</translation>
    </message>
</context>
<context>
    <name>SamplingChoicePopup</name>
    <message>
        <source>{0} of {1} ticked</source>
        <translation>已勾选 {0}/{1}</translation>
    </message>
    <message>
        <source>Type to find…</source>
        <translation>输入以查找…</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>全部取消勾选</translation>
    </message>
</context>
<context>
    <name>SamplingItemModel</name>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服坐席</translation>
    </message>
    <message>
        <source>Stratum</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>分配给</translation>
    </message>
    <message>
        <source>Empty: in the shared pool, for whoever takes it next</source>
        <translation>空：在共享池中，由下一位领取者处理</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>质检单</translation>
    </message>
    <message>
        <source>Why it was drawn</source>
        <translation>抽中原因</translation>
    </message>
</context>
<context>
    <name>SamplingLabels</name>
    <message>
        <source>Simple random</source>
        <translation>简单随机</translation>
    </message>
    <message>
        <source>Stratified</source>
        <translation>分层</translation>
    </message>
    <message>
        <source>Risk-weighted</source>
        <translation>风险加权</translation>
    </message>
    <message>
        <source>Mixed: random and risk</source>
        <translation>混合：随机与风险</translation>
    </message>
    <message>
        <source>Every record of the population has the same chance. Pass rates estimated from the sample hold for the whole population.</source>
        <translation>总体中每条记录被抽中的机会相同。由样本估算的合格率适用于整个总体。</translation>
    </message>
    <message>
        <source>The population is split per agent or per vendor and each part gets its share of the sample, so that nobody is left out by chance.</source>
        <translation>按客服坐席或外包服务商对总体分层，每层按份额抽样，避免有人因偶然而被遗漏。</translation>
    </message>
    <message>
        <source>Records with automatic-check failures and flags, risk words or low satisfaction are more likely to be drawn. Finds problems, but says nothing about the pass rate.</source>
        <translation>自动检查不通过或被标记、含风险词或满意度低的记录更容易被抽中。便于发现问题，但不能反映合格率。</translation>
    </message>
    <message>
        <source>A simple random part, which estimates the pass rate, plus a risk part, which looks for problems.</source>
        <translation>简单随机部分用于估算合格率，风险部分用于发现问题。</translation>
    </message>
    <message>
        <source>Fixed number of records</source>
        <translation>固定记录数</translation>
    </message>
    <message>
        <source>Percentage of the population</source>
        <translation>总体百分比</translation>
    </message>
    <message>
        <source>Quota per agent</source>
        <translation>每个客服坐席配额</translation>
    </message>
    <message>
        <source>ISO 2859-1 (AQL)</source>
        <translation>ISO 2859-1（AQL）</translation>
    </message>
    <message>
        <source>Cochran (confidence and margin)</source>
        <translation>Cochran（置信度与误差范围）</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服坐席</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>外包服务商</translation>
    </message>
    <message>
        <source>Proportional to size</source>
        <translation>按规模比例</translation>
    </message>
    <message>
        <source>Equal per stratum</source>
        <translation>每层等量</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>随机</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>例行</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Being scored</source>
        <translation>评分中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>已重新打开</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>{0} records</source>
        <translation>{0} 条记录</translation>
    </message>
    <message>
        <source>{0} of the population</source>
        <translation>总体的 {0}</translation>
    </message>
    <message>
        <source>{0} per vendor</source>
        <translation>每个外包服务商 {0} 条</translation>
    </message>
    <message>
        <source>{0} per agent</source>
        <translation>每个客服坐席 {0} 条</translation>
    </message>
    <message>
        <source>ISO 2859-1 level {0}, AQL {1}</source>
        <translation>ISO 2859-1 检验水平 {0}，AQL {1}</translation>
    </message>
    <message>
        <source>Cochran {0} confidence, ±{1}</source>
        <translation>Cochran 置信度 {0}，±{1}</translation>
    </message>
    <message>
        <source>Stratified by vendor, {0}</source>
        <translation>按外包服务商分层，{0}</translation>
    </message>
    <message>
        <source>Stratified by agent, {0}</source>
        <translation>按客服坐席分层，{0}</translation>
    </message>
    <message>
        <source>, at least {0} each</source>
        <translation>，每层至少 {0} 条</translation>
    </message>
    <message>
        <source>Mixed: {0} random, {1} risk</source>
        <translation>混合：随机 {0}，风险 {1}</translation>
    </message>
    <message>
        <source>No record matches the population: there is nothing to draw.</source>
        <translation>没有符合总体条件的记录：无可抽取。</translation>
    </message>
    <message>
        <source>Fixed: {0} asked, but the population holds only {1}; all of them are drawn.</source>
        <translation>固定数量：要求 {0} 条，但总体只有 {1} 条，全部抽取。</translation>
    </message>
    <message>
        <source>Fixed: n = {0} of {1} records.</source>
        <translation>固定：从 {1} 条记录中抽 n = {0}。</translation>
    </message>
    <message>
        <source>{0} of {1} records, rounded up: n = {2}.</source>
        <translation>{1} 条记录的 {0}，向上取整：n = {2}。</translation>
    </message>
    <message>
        <source>{0} per vendor over {1} vendors: n = {2}.</source>
        <translation>每个外包服务商 {0} 条，共 {1} 个外包服务商：n = {2}。</translation>
    </message>
    <message>
        <source>{0} per agent over {1} agents: n = {2}.</source>
        <translation>每个客服坐席 {0} 条，共 {1} 个客服坐席：n = {2}。</translation>
    </message>
    <message>
        <source>{0} with fewer records give all they have.</source>
        <translation>{0} 个记录不足者全部抽取。</translation>
    </message>
    <message>
        <source>Cochran, {0} confidence, margin ±{1}, p = {2}: N = {3} → n = {4}.</source>
        <translation>Cochran，置信度 {0}，误差范围 ±{1}，p = {2}：N = {3} → n = {4}。</translation>
    </message>
    <message>
        <source>n = {0} of {1} records.</source>
        <translation>从 {1} 条记录中抽 n = {0}。</translation>
    </message>
    <message>
        <source>ISO 2859-1 level {0}, AQL {1}: lot {2} → code letter {3}</source>
        <translation>ISO 2859-1 检验水平 {0}，AQL {1}：批量 {2} → 字码 {3}</translation>
    </message>
    <message>
        <source>(arrow to {0})</source>
        <translation>（箭头指向 {0}）</translation>
    </message>
    <message>
        <source>Ac {0} / Re {1}</source>
        <translation>Ac {0} / Re {1}</translation>
    </message>
    <message>
        <source>{0}: the plan&apos;s sample is the whole lot; all {1} records, {2}.</source>
        <translation>{0}：方案样本量即整批；全部 {1} 条记录，{2}。</translation>
    </message>
    <message>
        <source>{0}, n = {1}, {2}.</source>
        <translation>{0}，n = {1}，{2}。</translation>
    </message>
    <message>
        <source>{0} automatic flags</source>
        <translation>{0} 个自动标记</translation>
    </message>
    <message>
        <source>1 automatic flag</source>
        <translation>1 个自动标记</translation>
    </message>
    <message>
        <source>risk words</source>
        <translation>风险词</translation>
    </message>
    <message>
        <source>{0}, risk words among them</source>
        <translation>{0}，其中含风险词</translation>
    </message>
    <message>
        <source>risk words flagged</source>
        <translation>命中风险词</translation>
    </message>
    <message>
        <source>satisfaction {0}</source>
        <translation>满意度 {0}</translation>
    </message>
    <message>
        <source>Simple random: {0} of {1} records</source>
        <translation>简单随机：{1} 条记录中抽 {0} 条</translation>
    </message>
    <message>
        <source>Stratified by vendor {0}: {1} of {2} records</source>
        <translation>按外包服务商分层 {0}：{2} 条记录中抽 {1} 条</translation>
    </message>
    <message>
        <source>Stratified by agent {0}: {1} of {2} records</source>
        <translation>按客服坐席分层 {0}：{2} 条记录中抽 {1} 条</translation>
    </message>
    <message>
        <source>Risk: {0}</source>
        <translation>风险：{0}</translation>
    </message>
    <message>
        <source>Risk score {0}</source>
        <translation>风险分 {0}</translation>
    </message>
    <message>
        <source>Risk part, no risk signal left: at random, {0} of {1} records</source>
        <translation>风险部分，已无风险信号：随机从 {1} 条记录中抽 {0} 条</translation>
    </message>
</context>
<context>
    <name>SamplingPage</name>
    <message>
        <source>There is no published, active checklist: publish one to sample for it.</source>
        <translation>没有已发布且启用的评分表：请先发布一个评分表再抽检。</translation>
    </message>
    <message>
        <source>No sample has been drawn yet.</source>
        <translation>尚未抽取任何抽样批次。</translation>
    </message>
    <message>
        <source>Discard the changes to the plan being edited?</source>
        <translation>放弃对正在编辑的抽样方案所做的更改？</translation>
    </message>
    <message>
        <source>Enter a name to save the plan under.</source>
        <translation>请输入保存抽样方案所用的名称。</translation>
    </message>
    <message>
        <source>Plan “{0}” saved.</source>
        <translation>抽样方案“{0}”已保存。</translation>
    </message>
    <message>
        <source>Counting the population…</source>
        <translation>正在统计总体…</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>正在更新…</translation>
    </message>
    <message>
        <source>{0} already inspected against this checklist</source>
        <translation>{0} 已按此评分表质检过</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>{0} strata; the draw takes {1} records in all.</source>
        <translation>{0} 层；本次共抽取 {1} 条记录。</translation>
    </message>
    <message>
        <source>No record matches: widen the period or the filters.</source>
        <translation>没有符合条件的记录：请放宽时间段或筛选条件。</translation>
    </message>
    <message>
        <source>{0} drawn at random from the whole population, {1} by risk.</source>
        <translation>从整个总体中随机抽取 {0}，按风险抽取 {1}。</translation>
    </message>
    <message>
        <source>Drawn by risk: records with more warning signs are more likely.</source>
        <translation>按风险抽取：预警信号越多的记录越容易被抽中。</translation>
    </message>
    <message>
        <source>One draw over the whole population (not stratified).</source>
        <translation>对整个总体一次抽取（不分层）。</translation>
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
        <source>Draw sample</source>
        <translation>抽样</translation>
    </message>
    <message>
        <source>The population is empty: there is nothing to draw.</source>
        <translation>总体为空：无可抽取。</translation>
    </message>
    <message>
        <source>Draw {0} of {1} and store the sample?</source>
        <translation>从 {1} 中抽取 {0} 并保存抽样批次？</translation>
    </message>
    <message>
        <source>Draw the sample now and store it?</source>
        <translation>现在抽样并保存抽样批次？</translation>
    </message>
    <message>
        <source>Its records go to the ticked inspector.</source>
        <translation>抽中记录将分配给所勾选的质检员。</translation>
    </message>
    <message>
        <source>Its records are shared among the {0} ticked inspectors.</source>
        <translation>抽中记录将分配给所勾选的 {0} 名质检员。</translation>
    </message>
    <message>
        <source>Its records wait in the shared pool.</source>
        <translation>抽中记录将放入共享池等待领取。</translation>
    </message>
    <message>
        <source>Drawing the sample…</source>
        <translation>正在抽样…</translation>
    </message>
    <message>
        <source>Sample drawn: {0} of {1}, seed {2}.</source>
        <translation>已抽样：从 {1} 中抽取 {0}，随机种子 {2}。</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>抽检</translation>
    </message>
    <message>
        <source>Loading the records of the sample…</source>
        <translation>正在加载抽样批次的记录…</translation>
    </message>
    <message>
        <source>Choose a sample to see its records.</source>
        <translation>选择一个抽样批次以查看其记录。</translation>
    </message>
    <message>
        <source>Sample of {0}: {1}, {2} done</source>
        <translation>{0} 的抽样批次：{1}，已完成 {2}</translation>
    </message>
    <message>
        <source> · {0} in the shared pool</source>
        <translation> · 共享池中 {0}</translation>
    </message>
    <message>
        <source>Plan: {0}</source>
        <translation>抽样方案：{0}</translation>
    </message>
    <message>
        <source>none (drawn by hand)</source>
        <translation>无（手动抽取）</translation>
    </message>
    <message>
        <source>Period: {0}</source>
        <translation>时间段：{0}</translation>
    </message>
    <message>
        <source>Method: {0}</source>
        <translation>抽样方法：{0}</translation>
    </message>
    <message>
        <source>Seed: {0}</source>
        <translation>随机种子：{0}</translation>
    </message>
    <message>
        <source>{0} assigned.</source>
        <translation>已分配 {0}。</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>新建抽样方案</translation>
    </message>
    <message>
        <source>New plan “{0}”</source>
        <translation>新抽样方案“{0}”</translation>
    </message>
    <message>
        <source>Plan “{0}”</source>
        <translation>抽样方案“{0}”</translation>
    </message>
    <message>
        <source> (changed, not saved)</source>
        <translation>（已更改，未保存）</translation>
    </message>
    <message>
        <source>&amp;Plans and drawing</source>
        <translation>抽样方案与抽样(&amp;P)</translation>
    </message>
    <message>
        <source>Saved plans</source>
        <translation>已保存的抽样方案</translation>
    </message>
    <message>
        <source>No plan saved yet. Fill in a plan on the right and save it to draw it again for other periods.</source>
        <translation>尚未保存抽样方案。在右侧填写方案并保存，即可在其他时间段重复抽样。</translation>
    </message>
    <message>
        <source>Ne&amp;w plan</source>
        <translation>新建抽样方案(&amp;W)</translation>
    </message>
    <message>
        <source>Start again from an empty plan</source>
        <translation>从空白抽样方案重新开始</translation>
    </message>
    <message>
        <source>R&amp;un for a period…</source>
        <translation>按时间段执行(&amp;U)…</translation>
    </message>
    <message>
        <source>Draw the selected plan&apos;s sample for another period, e.g. this week</source>
        <translation>用所选抽样方案对另一时间段抽样，例如本周</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Population:</source>
        <translation>总体：</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>已排除：</translation>
    </message>
    <message>
        <source>Records of the period already inspected against this checklist</source>
        <translation>该时间段内已按此评分表质检过的记录</translation>
    </message>
    <message>
        <source>Sample:</source>
        <translation>抽样批次：</translation>
    </message>
    <message>
        <source>Strata</source>
        <translation>分层</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>预览(&amp;V)</translation>
    </message>
    <message>
        <source>Count the population and the strata again; nothing is stored</source>
        <translation>重新统计总体和各层；不保存任何内容</translation>
    </message>
    <message>
        <source>&amp;Save plan</source>
        <translation>保存抽样方案(&amp;S)</translation>
    </message>
    <message>
        <source>Keep this plan to draw it again for other periods</source>
        <translation>保存此方案，以便在其他时间段重复抽样</translation>
    </message>
    <message>
        <source>&amp;Draw sample…</source>
        <translation>抽样(&amp;D)…</translation>
    </message>
    <message>
        <source>Draw the sample now, store it and assign its records</source>
        <translation>立即抽样、保存并分配抽中记录</translation>
    </message>
    <message>
        <source>S&amp;amples</source>
        <translation>抽样批次(&amp;A)</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>抽样批次</translation>
    </message>
    <message>
        <source>Assi&amp;gn to…</source>
        <translation>分配给(&amp;G)…</translation>
    </message>
    <message>
        <source>Give the selected records to another inspector, or back to the shared pool</source>
        <translation>将所选记录分配给其他质检员，或放回共享池</translation>
    </message>
    <message>
        <source>Sampled records</source>
        <translation>抽中记录</translation>
    </message>
</context>
<context>
    <name>SamplingPlanEditor</name>
    <message>
        <source>Low (1–2)</source>
        <translation>低（1–2）</translation>
    </message>
    <message>
        <source>No rating</source>
        <translation>未评价</translation>
    </message>
    <message>
        <source>Chats and calls</source>
        <translation>在线会话和电话</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>在线会话</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>All vendors</source>
        <translation>全部外包服务商</translation>
    </message>
    <message>
        <source>{0} vendors</source>
        <translation>{0} 个外包服务商</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>全部班组</translation>
    </message>
    <message>
        <source>{0} teams</source>
        <translation>{0} 个班组</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>全部客服坐席</translation>
    </message>
    <message>
        <source>{0} agents</source>
        <translation>{0} 个客服坐席</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>{0} categories</source>
        <translation>{0} 个类别</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>不要求</translation>
    </message>
    <message>
        <source>Any of {0} checks</source>
        <translation>{0} 项检查中任一项</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Any automatic flag</source>
        <translation>任一自动标记</translation>
    </message>
    <message>
        <source>Vendor {0}</source>
        <translation>外包服务商 {0}</translation>
    </message>
    <message>
        <source>There is no active checklist to sample for: publish one first.</source>
        <translation>没有可用于抽检的启用评分表：请先发布一个。</translation>
    </message>
    <message>
        <source>The seed must be a whole number from 0 to {0}, or empty.</source>
        <translation>随机种子必须是 0 到 {0} 之间的整数，或留空。</translation>
    </message>
    <message>
        <source>Preview to see what this rule gives for the population.</source>
        <translation>点击预览查看此规则对总体的抽样结果。</translation>
    </message>
    <message>
        <source>Counting the records per stratum…</source>
        <translation>正在统计各层记录数…</translation>
    </message>
    <message>
        <source>Records per &amp;vendor:</source>
        <translation>每个外包服务商记录数(&amp;V)：</translation>
    </message>
    <message>
        <source>Records per a&amp;gent:</source>
        <translation>每个客服坐席记录数(&amp;G)：</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>抽样方案</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Needed to save the plan, e.g. Weekly chats per agent</source>
        <translation>保存方案时必填，例如：每周按坐席抽查在线会话</translation>
    </message>
    <message>
        <source>C&amp;hecklist:</source>
        <translation>评分表(&amp;H)：</translation>
    </message>
    <message>
        <source>The records are sampled to be scored against this checklist; records already inspected against it are left out</source>
        <translation>抽中的记录将按此评分表评分；已按此评分表质检过的记录会被排除</translation>
    </message>
    <message>
        <source>Population: which records may be drawn</source>
        <translation>总体：可被抽取的记录</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>时间段(&amp;P)：</translation>
    </message>
    <message>
        <source>Records started within these days (outlet time), both included</source>
        <translation>在这些日期内开始的记录（网点时间），含首尾两天</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>From Monday to today</source>
        <translation>从周一到今天</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>上周</translation>
    </message>
    <message>
        <source>Monday to Sunday of last week</source>
        <translation>上周一至周日</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>From the first of the month to today</source>
        <translation>从本月 1 日到今天</translation>
    </message>
    <message>
        <source>&amp;Vendors:</source>
        <translation>外包服务商(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Teams:</source>
        <translation>班组(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Agents:</source>
        <translation>客服坐席(&amp;A)：</translation>
    </message>
    <message>
        <source>Cha&amp;nnel:</source>
        <translation>渠道(&amp;N)：</translation>
    </message>
    <message>
        <source>Cat&amp;egories:</source>
        <translation>类别(&amp;E)：</translation>
    </message>
    <message>
        <source>Sa&amp;tisfaction:</source>
        <translation>满意度(&amp;T)：</translation>
    </message>
    <message>
        <source>F&amp;lagged by:</source>
        <translation>标记来源(&amp;L)：</translation>
    </message>
    <message>
        <source>Only records that an automatic check of the active checklists failed or flagged (any of those ticked)</source>
        <translation>仅限启用评分表的自动检查未通过或标记的记录（所勾选检查中任一项）</translation>
    </message>
    <message>
        <source>Sample size</source>
        <translation>样本量</translation>
    </message>
    <message>
        <source>&amp;Rule:</source>
        <translation>规则(&amp;R)：</translation>
    </message>
    <message>
        <source>Records to &amp;draw:</source>
        <translation>抽取记录数(&amp;D)：</translation>
    </message>
    <message>
        <source>Share of the &amp;population:</source>
        <translation>占总体比例(&amp;P)：</translation>
    </message>
    <message>
        <source>Inspection &amp;level:</source>
        <translation>检验水平(&amp;L)：</translation>
    </message>
    <message>
        <source>General levels I, II (the usual one) and III; special levels S-1 to S-4 for small samples</source>
        <translation>一般检验水平 I、II（常用）和 III；特殊检验水平 S-1 至 S-4 适用于小样本</translation>
    </message>
    <message>
        <source>A&amp;QL:</source>
        <translation>AQL(&amp;Q)：</translation>
    </message>
    <message>
        <source>Acceptable quality limit: the largest percentage of failed records still accepted as a process average</source>
        <translation>接收质量限：作为过程平均仍可接受的最大不合格记录百分比</translation>
    </message>
    <message>
        <source>Con&amp;fidence:</source>
        <translation>置信度(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Margin ±</source>
        <translation>误差范围(&amp;M) ±</translation>
    </message>
    <message>
        <source>How far the estimated pass rate may be from the true one</source>
        <translation>估算合格率与真实合格率之间允许的偏差</translation>
    </message>
    <message>
        <source>E&amp;xpected rate:</source>
        <translation>预期比率(&amp;X)：</translation>
    </message>
    <message>
        <source>The failure (or pass) rate you expect; 50 % when unknown gives the largest, safest sample</source>
        <translation>预期的不合格率（或合格率）；未知时取 50 %，样本量最大、最稳妥</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>抽样方法</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>抽样方法(&amp;M)：</translation>
    </message>
    <message>
        <source>Strata &amp;by:</source>
        <translation>分层依据(&amp;B)：</translation>
    </message>
    <message>
        <source>Allocati&amp;on:</source>
        <translation>分配方式(&amp;O)：</translation>
    </message>
    <message>
        <source>Mi&amp;nimum per stratum:</source>
        <translation>每层最少(&amp;N)：</translation>
    </message>
    <message>
        <source>Ris&amp;k share:</source>
        <translation>风险占比(&amp;K)：</translation>
    </message>
    <message>
        <source>The part of the sample drawn by risk; the rest is a simple random sample</source>
        <translation>按风险抽取的样本比例；其余为简单随机抽样</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>分配给</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>质检员</translation>
    </message>
    <message>
        <source>Never assign a record to an inspector of the agent&apos;s own &amp;vendor</source>
        <translation>不将记录分配给与客服坐席同一外包服务商的质检员(&amp;V)</translation>
    </message>
    <message>
        <source>Items are shared among the ticked inspectors by their open workload. With none ticked they wait in the shared pool, where inspectors take them with “Next”.</source>
        <translation>记录按未完成工作量分配给所勾选的质检员。若未勾选，则放入共享池，由质检员通过“下一条”领取。</translation>
    </message>
    <message>
        <source>Reproducibility</source>
        <translation>可复现性</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>随机种子(&amp;E)：</translation>
    </message>
    <message>
        <source>new for every draw</source>
        <translation>每次抽样重新生成</translation>
    </message>
    <message>
        <source>Every draw records its seed: the same plan, records and seed give the same sample.</source>
        <translation>每次抽样都会记录随机种子：相同的方案、记录和随机种子会得到相同的抽样批次。</translation>
    </message>
</context>
<context>
    <name>SamplingPlanModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>评分表</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>抽样方法</translation>
    </message>
    <message>
        <source>Size rule</source>
        <translation>样本量规则</translation>
    </message>
    <message>
        <source>Last drawn</source>
        <translation>上次抽样</translation>
    </message>
</context>
<context>
    <name>SamplingRunDialog</name>
    <message>
        <source>Draw a new sample with the plan “{0}”: its filters, size rule, method and inspectors, over the records of this period.</source>
        <translation>使用抽样方案“{0}”（其筛选条件、样本量规则、抽样方法和质检员）对该时间段的记录重新抽样。</translation>
    </message>
    <message>
        <source>new for this draw</source>
        <translation>本次抽样重新生成</translation>
    </message>
    <message>
        <source>&amp;Draw sample</source>
        <translation>抽样(&amp;D)</translation>
    </message>
    <message>
        <source>The seed must be a whole number from 0 to {0}, or empty.</source>
        <translation>随机种子必须是 0 到 {0} 之间的整数，或留空。</translation>
    </message>
    <message>
        <source>Run a plan for a period</source>
        <translation>按时间段执行抽样方案</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>时间段(&amp;P)：</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>From Monday to today</source>
        <translation>从周一到今天</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>上周</translation>
    </message>
    <message>
        <source>Monday to Sunday of last week</source>
        <translation>上周一至周日</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>From the first of the month to today</source>
        <translation>从本月 1 日到今天</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>随机种子(&amp;E)：</translation>
    </message>
</context>
<context>
    <name>SamplingSampleModel</name>
    <message>
        <source>Drawn at</source>
        <translation>抽样时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>执行人</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>抽样方案</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时间段</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>总体</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>样本量</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>The same plan, records and seed give the same sample</source>
        <translation>相同的方案、记录和随机种子会得到相同的抽样批次</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>抽样方法</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>(no saved plan)</source>
        <translation>（无已保存方案）</translation>
    </message>
    <message>
        <source>Inspections submitted / items</source>
        <translation>已提交质检单 / 抽中记录</translation>
    </message>
</context>
<context>
    <name>SamplingStratumModel</name>
    <message>
        <source>(no agent)</source>
        <translation>（无客服坐席）</translation>
    </message>
    <message>
        <source>Stratum</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <source>Drawn</source>
        <translation>已抽取</translation>
    </message>
</context>
<context>
    <name>Scoring</name>
    <message>
        <source>Item</source>
        <translation>评分项</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>符合</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>不符合</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Level {0} of {1}</source>
        <translation>等级 {0}/{1}</translation>
    </message>
    <message>
        <source>No occurrence</source>
        <translation>未出现</translation>
    </message>
    <message>
        <source>1 occurrence</source>
        <translation>出现 1 次</translation>
    </message>
    <message>
        <source>{0} occurrences</source>
        <translation>出现 {0} 次</translation>
    </message>
    <message>
        <source>Automatic check “{0}”: {1}</source>
        <translation>自动检查“{0}”：{1}</translation>
    </message>
</context>
<context>
    <name>ScoringItem</name>
    <message>
        <source>Critical</source>
        <translation>致命项</translation>
    </message>
    <message>
        <source>Failing this item fails its section or the whole inspection</source>
        <translation>此项不合格将导致所在维度或整张质检单不合格</translation>
    </message>
    <message>
        <source>Points earned of the item&apos;s points</source>
        <translation>该评分项的得分 / 满分</translation>
    </message>
    <message>
        <source>A short reason</source>
        <translation>简短原因</translation>
    </message>
    <message>
        <source>Reason for the override</source>
        <translation>改判原因</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>改判</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Keep the automatic answer (Esc)</source>
        <translation>保留自动答案（Esc）</translation>
    </message>
    <message>
        <source>Comment on this item (C)</source>
        <translation>评论此评分项（C）</translation>
    </message>
    <message>
        <source>Comment on this item</source>
        <translation>评论此评分项</translation>
    </message>
    <message>
        <source>Attach selected</source>
        <translation>附加所选</translation>
    </message>
    <message>
        <source>Attach the messages or utterances selected in the conversation as evidence (E)</source>
        <translation>将会话中所选的消息或语句附加为证据（E）</translation>
    </message>
</context>
<context>
    <name>ScoringPanel</name>
    <message>
        <source>{0} · v{1}</source>
        <translation>{0} · v{1}</translation>
    </message>
    <message>
        <source>No overall comment.</source>
        <translation>无总体评语。</translation>
    </message>
    <message>
        <source>weight {0} %</source>
        <translation>权重 {0} %</translation>
    </message>
    <message>
        <source>{0} (critical)</source>
        <translation>{0}（致命项）</translation>
    </message>
    <message>
        <source>{0} of {1} answered</source>
        <translation>已作答 {0}/{1}</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>pass mark {0}</source>
        <translation>合格线 {0}</translation>
    </message>
    <message>
        <source>the whole inspection scores 0</source>
        <translation>整张质检单计 0 分</translation>
    </message>
    <message>
        <source>section “{0}” scores 0</source>
        <translation>维度“{0}”计 0 分</translation>
    </message>
    <message>
        <source>Critical failure: {0} {1} — {2}</source>
        <translation>致命项不合格：{0} {1} — {2}</translation>
    </message>
    <message>
        <source>This inspection is submitted and cannot change.</source>
        <translation>此质检单已提交，无法修改。</translation>
    </message>
    <message>
        <source>Give a short reason for the override.</source>
        <translation>请简要填写改判原因。</translation>
    </message>
    <message>
        <source>This answer does not override an automatic check.</source>
        <translation>此答案未推翻自动检查结果。</translation>
    </message>
    <message>
        <source>Select messages or utterances in the conversation first.</source>
        <translation>请先在会话中选择消息或语句。</translation>
    </message>
    <message>
        <source>1 line attached to {0} as evidence.</source>
        <translation>已将 1 行附加到 {0} 作为证据。</translation>
    </message>
    <message>
        <source>{0} lines attached to {1} as evidence.</source>
        <translation>已将 {0} 行附加到 {1} 作为证据。</translation>
    </message>
    <message>
        <source>Already attached.</source>
        <translation>已附加。</translation>
    </message>
    <message>
        <source>Yes/no item: 1 = met, 0 = not met.</source>
        <translation>是/否评分项：1 = 符合，0 = 不符合。</translation>
    </message>
    <message>
        <source>Choose one of the levels {0}.</source>
        <translation>请选择等级 {0} 之一。</translation>
    </message>
    <message>
        <source>↑↓ item · Ctrl+→ / Ctrl+← next / previous record</source>
        <translation>↑↓ 评分项 · Ctrl+→ / Ctrl+← 下一条 / 上一条记录</translation>
    </message>
    <message>
        <source>Keys: 1 met · 0 not met · digits level or count · N N/A · ↑↓ item · C comment · E attach · Ctrl+Enter submit</source>
        <translation>快捷键：1 符合 · 0 不符合 · 数字 等级或次数 · N 不适用 · ↑↓ 评分项 · C 评论 · E 附加 · Ctrl+Enter 提交</translation>
    </message>
    <message>
        <source>Items answered or marked N/A</source>
        <translation>已作答或标为不适用的评分项</translation>
    </message>
    <message>
        <source>No inspection is open.</source>
        <translation>未打开质检单。</translation>
    </message>
    <message>
        <source>&amp;Overall comment</source>
        <translation>总体评语(&amp;O)</translation>
    </message>
    <message>
        <source>What the agent did well and what to improve</source>
        <translation>坐席做得好的地方和需要改进之处</translation>
    </message>
    <message>
        <source>The weighted total, 0 to 100</source>
        <translation>加权总分，0 到 100</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>提交(&amp;S)</translation>
    </message>
    <message>
        <source>Submit the inspection and open the next one (Ctrl+Enter)</source>
        <translation>提交质检单并打开下一条（Ctrl+Enter）</translation>
    </message>
</context>
<context>
    <name>ScoringSection</name>
    <message>
        <source>The section&apos;s weight in the total</source>
        <translation>该维度在总分中的权重</translation>
    </message>
    <message>
        <source>The section&apos;s score, 0 to 100</source>
        <translation>该维度得分，0 到 100</translation>
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
    <message>
        <source>Running automatic checks</source>
        <translation>正在运行智能质检</translation>
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
<context>
    <name>WordListsTab</name>
    <message>
        <source>&amp;Word lists</source>
        <translation>词库(&amp;W)</translation>
    </message>
    <message>
        <source>Word list “{0}” saved.</source>
        <translation>词库“{0}”已保存。</translation>
    </message>
    <message>
        <source>Reset the word list “{0}” to the list shipped with QA Desk? Your edits of it are lost.</source>
        <translation>将词库“{0}”恢复为质检台自带的词库？您对它的修改将丢失。</translation>
    </message>
    <message>
        <source>Word list “{0}” reset to the shipped list.</source>
        <translation>词库“{0}”已恢复为自带词库。</translation>
    </message>
    <message>
        <source>The next run of the automatic checks checks the records again.</source>
        <translation>下次运行智能质检时将重新检查记录。</translation>
    </message>
    <message>
        <source>Discard your changes to the word list “{0}”?</source>
        <translation>放弃对词库“{0}”的修改？</translation>
    </message>
    <message>
        <source>read-only: only an admin may change the word lists</source>
        <translation>只读：只有管理员可以修改词库</translation>
    </message>
    <message>
        <source>The automatic checks look for these words and phrases in every conversation: one entry a line, lines starting with # are comments, and a line starting with re: is a regular expression.</source>
        <translation>智能质检在每个会话中查找这些词语和短语：每行一条；以 # 开头的行是注释；以 re: 开头的行是正则表达式。</translation>
    </message>
    <message>
        <source>Word lists</source>
        <translation>词库</translation>
    </message>
    <message>
        <source>Entries of the word list</source>
        <translation>词库条目</translation>
    </message>
    <message>
        <source>Saving makes the next run of the automatic checks check every record again with the new list.</source>
        <translation>保存后，下次运行智能质检时会用新词库重新检查所有记录。</translation>
    </message>
    <message>
        <source>Reset to &amp;default</source>
        <translation>恢复默认(&amp;D)</translation>
    </message>
    <message>
        <source>Go back to the list shipped with QA Desk</source>
        <translation>恢复为质检台自带的词库</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>撤销修改(&amp;U)</translation>
    </message>
    <message>
        <source>Show the saved list again</source>
        <translation>重新显示已保存的词库</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>WorkspacePage</name>
    <message>
        <source>Scoring workspace</source>
        <translation>质检工作台</translation>
    </message>
    <message>
        <source>Your last changes could not be saved: {0}

Close anyway?</source>
        <translation>最近的更改未能保存：{0}

仍要关闭吗？</translation>
    </message>
    <message>
        <source>someone else changed the inspection meanwhile</source>
        <translation>其他人同时修改了此质检单</translation>
    </message>
    <message>
        <source>This is the first record of your queue.</source>
        <translation>这是待质检队列中的第一条记录。</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>正在打开…</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>草稿已保存</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>正在编辑…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>已于 {0} 保存</translation>
    </message>
    <message>
        <source>An earlier inspection was not saved: {0}</source>
        <translation>之前的质检单未保存：{0}</translation>
    </message>
    <message>
        <source>Someone else changed this inspection meanwhile; it was reloaded.</source>
        <translation>其他人同时修改了此质检单；已重新加载。</translation>
    </message>
    <message>
        <source>Reloaded</source>
        <translation>已重新加载</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>未保存：{0}</translation>
    </message>
    <message>
        <source>There is no draft to submit.</source>
        <translation>没有可提交的草稿。</translation>
    </message>
    <message>
        <source>Answer every item before submitting; not answered: {0}.</source>
        <translation>提交前请回答所有评分项；未作答：{0}。</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>正在提交…</translation>
    </message>
    <message>
        <source>{0} submitted: {1} ({2}).</source>
        <translation>{0} 已提交：{1}（{2}）。</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>未提交</translation>
    </message>
    <message>
        <source>Nothing assigned to you.</source>
        <translation>没有分配给您的记录。</translation>
    </message>
    <message>
        <source>1 record to score</source>
        <translation>1 条待评分记录</translation>
    </message>
    <message>
        <source>{0} records to score</source>
        <translation>{0} 条待评分记录</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0}/{1}</translation>
    </message>
    <message>
        <source>Sampled: {0}</source>
        <translation>抽样：{0}</translation>
    </message>
    <message>
        <source>Not in your queue</source>
        <translation>不在您的待质检队列中</translation>
    </message>
    <message>
        <source>Submitted on {0} by {1}; read-only.</source>
        <translation>{1} 于 {0} 提交；只读。</translation>
    </message>
    <message>
        <source>Reopened by a QA lead: changes keep the submitted answers in history.</source>
        <translation>已由质检组长重新打开：修改后原提交答案仍保留在历史记录中。</translation>
    </message>
    <message>
        <source>Nothing left to score: your queue and the shared pool are empty.</source>
        <translation>没有待评分记录：您的待质检队列和共享池均为空。</translation>
    </message>
    <message>
        <source>Press Next to take a record from the shared pool.</source>
        <translation>点击“下一条”从共享池领取记录。</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} 分钟</translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ 上一条(&amp;P)</translation>
    </message>
    <message>
        <source>Open the previous record of my queue (Ctrl+Left)</source>
        <translation>打开我的待质检队列中的上一条记录（Ctrl+Left）</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>下一条(&amp;N) ▶</translation>
    </message>
    <message>
        <source>Open the next record of my queue, or take one from the shared pool (Ctrl+Right)</source>
        <translation>打开我的待质检队列中的下一条记录，或从共享池领取一条（Ctrl+Right）</translation>
    </message>
    <message>
        <source>Why the sample picked this record</source>
        <translation>抽中此记录的原因</translation>
    </message>
    <message>
        <source>Time spent on this inspection while it was on screen</source>
        <translation>此质检单在屏幕上显示期间所用的时间</translation>
    </message>
    <message>
        <source>My &amp;queue</source>
        <translation>我的待质检队列(&amp;Q)</translation>
    </message>
    <message>
        <source>My queue</source>
        <translation>我的待质检队列</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open a record</source>
        <translation>双击或按 Enter 打开记录</translation>
    </message>
</context>
<context>
    <name>_EvidenceChip</name>
    <message>
        <source>Click to show it in the conversation</source>
        <translation>点击在会话中显示</translation>
    </message>
    <message>
        <source>Remove this evidence</source>
        <translation>移除此证据</translation>
    </message>
</context>
<context>
    <name>_ItemWidget</name>
    <message>
        <source>{0}×</source>
        <translation>{0}×</translation>
    </message>
    <message>
        <source>Key {0}</source>
        <translation>按键 {0}</translation>
    </message>
    <message>
        <source>Occurrences (key {0})</source>
        <translation>出现次数（按键 {0}）</translation>
    </message>
    <message>
        <source>Level {0} (key {0})</source>
        <translation>等级 {0}（按键 {0}）</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Not applicable to this record (key N)</source>
        <translation>不适用于此记录（按键 N）</translation>
    </message>
    <message>
        <source>Failing this item fails the whole inspection</source>
        <translation>此项不合格将导致整张质检单不合格</translation>
    </message>
    <message>
        <source>Failing this item sets its section to 0</source>
        <translation>此项不合格将使所在维度计 0 分</translation>
    </message>
    <message>
        <source>⚙ Suggested</source>
        <translation>⚙ 建议</translation>
    </message>
    <message>
        <source>Suggested by the automatic checks. Keep it to confirm it, or choose another answer to override it.</source>
        <translation>由自动检查建议。保留即确认，选择其他答案即推翻建议。</translation>
    </message>
    <message>
        <source>✎ Overridden</source>
        <translation>✎ 已改判</translation>
    </message>
    <message>
        <source>The automatic checks suggested: {0}</source>
        <translation>自动检查建议：{0}</translation>
    </message>
    <message>
        <source>⚙ Suggestion: {0}</source>
        <translation>⚙ 建议：{0}</translation>
    </message>
    <message>
        <source>Settled by a final dispute ruling</source>
        <translation>已由申诉终裁确定</translation>
    </message>
    <message>
        <source>Override: {0}</source>
        <translation>改判：{0}</translation>
    </message>
    <message>
        <source>Comment: {0}</source>
        <translation>评论：{0}</translation>
    </message>
    <message>
        <source>The automatic checks suggested “{0}”. Why “{1}”?</source>
        <translation>自动检查建议“{0}”。为什么选择“{1}”？</translation>
    </message>
</context>
</TS>
