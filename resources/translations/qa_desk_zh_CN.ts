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
    <name>Pages</name>
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
        <source>The password must have at least {0} characters.</source>
        <translation>密码至少需要 {0} 个字符。</translation>
    </message>
    <message>
        <source>The password must not start or end with spaces.</source>
        <translation>密码首尾不能有空格。</translation>
    </message>
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
    <name>ServiceMessages</name>
    <message>
        <source>Unknown login or wrong password.</source>
        <translation>登录名不存在或密码错误。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码错误。</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>密码至少需要 8 个字符。</translation>
    </message>
    <message>
        <source>The password must not start or end with spaces.</source>
        <translation>密码首尾不能有空格。</translation>
    </message>
    <message>
        <source>A login has 2–64 letters, digits or . _ - @, without spaces.</source>
        <translation>登录名由 2–64 个字母、数字或 . _ - @ 组成，不能含空格。</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>请输入姓名。</translation>
    </message>
    <message>
        <source>The first admin account exists already.</source>
        <translation>第一个管理员账号已存在。</translation>
    </message>
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
        <source>Demo data is already loaded.</source>
        <translation>演示数据已经载入过。</translation>
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
