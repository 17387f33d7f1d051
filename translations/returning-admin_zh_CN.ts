<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ApiProfileResolver</name>
    <message>
        <source>There is no saved connection profile named &quot;%1&quot; (saved profiles: %2).</source>
        <translation>没有名为“%1”的已保存连接配置（已保存的配置：%2）。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>BadgeDialog</name>
    <message>
        <source>Badge</source>
        <translation>徽章</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. Early supporter</source>
        <translation>例如：早期支持者</translation>
    </message>
    <message>
        <source>Badge name</source>
        <translation>徽章名称</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>Badge description</source>
        <translation>徽章描述</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>动作(&amp;A)：</translation>
    </message>
    <message>
        <source>Badge action</source>
        <translation>徽章动作</translation>
    </message>
    <message>
        <source>What earns the badge; &quot;custom&quot; badges are awarded by hand or through the API.</source>
        <translation>获得徽章的方式；“custom”徽章需手动或通过 API 授予。</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>数量(&amp;Q)：</translation>
    </message>
    <message>
        <source>Badge quantity</source>
        <translation>徽章数量</translation>
    </message>
    <message>
        <source>The action&apos;s count that earns the badge (the API&apos;s &quot;quantity&quot;).</source>
        <translation>获得徽章所需的动作次数（即 API 中的“quantity”）。</translation>
    </message>
    <message>
        <source>Award &amp;XP:</source>
        <translation>奖励 XP(&amp;X)：</translation>
    </message>
    <message>
        <source> XP</source>
        <translation> XP</translation>
    </message>
    <message>
        <source>XP awarded</source>
        <translation>奖励的 XP</translation>
    </message>
    <message>
        <source>Award c&amp;urrency:</source>
        <translation>奖励货币(&amp;U)：</translation>
    </message>
    <message>
        <source>Currency awarded</source>
        <translation>奖励的货币</translation>
    </message>
    <message>
        <source>A&amp;ttachment required to claim it</source>
        <translation>领取时需要提交附件(&amp;T)</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Separate images for &amp;light and dark themes</source>
        <translation>浅色和深色主题使用不同图片(&amp;L)</translation>
    </message>
    <message>
        <source>Image (light theme):</source>
        <translation>图片（浅色主题）：</translation>
    </message>
    <message>
        <source>Image for the dark theme:</source>
        <translation>深色主题图片：</translation>
    </message>
</context>
<context>
    <name>ChannelDialog</name>
    <message>
        <source>Channel</source>
        <translation>频道</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>e.g. general</source>
        <translation>例如：综合讨论</translation>
    </message>
    <message>
        <source>Channel topic</source>
        <translation>频道主题</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>Channel type</source>
        <translation>频道类型</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Run one API operation and print the reply as JSON (see: returning-admin api --help).</source>
        <translation>执行一个 API 操作，并以 JSON 格式输出响应（参见：returning-admin api --help）。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>显示此帮助并退出。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>显示版本并退出。</translation>
    </message>
    <message>
        <source>Start the embedded sandbox server with a demo community and connect to it.</source>
        <translation>启动内置沙盒服务器（含演示社区）并连接到该服务器。</translation>
    </message>
    <message>
        <source>Start with the connection profile named NAME.</source>
        <translation>使用名为 NAME 的连接配置启动。</translation>
    </message>
    <message>
        <source>Append every API request, without secrets, to FILE as JSON lines.</source>
        <translation>将每个 API 请求（不含密钥）以 JSON 行的形式追加到 FILE。</translation>
    </message>
    <message>
        <source>Unknown subcommand &quot;%1&quot;. Run returning-admin --help for the list.</source>
        <translation>未知子命令“%1”。运行 returning-admin --help 查看列表。</translation>
    </message>
    <message>
        <source>--sandbox-users takes a whole number from 1 to 1000000, not &quot;%1&quot;.</source>
        <translation>--sandbox-users 需要 1 到 1000000 之间的整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>--profile needs a profile name.</source>
        <translation>--profile 需要一个配置名称。</translation>
    </message>
    <message>
        <source>Returning Admin: the desktop console for Returning.AI community managers.</source>
        <translation>Returning Admin：面向 Returning.AI 社区管理员的桌面控制台。</translation>
    </message>
    <message>
        <source>Usage: returning-admin [options]
       returning-admin &lt;subcommand&gt; [arguments]

</source>
        <translation>用法：returning-admin [options]
      returning-admin &lt;subcommand&gt; [arguments]

</translation>
    </message>
    <message>
        <source>Returning Admin: the desktop console for Returning.AI community managers.

</source>
        <translation>Returning Admin：面向 Returning.AI 社区管理员的桌面控制台。

</translation>
    </message>
    <message>
        <source>Subcommands: none in this build.
</source>
        <translation>子命令：此版本中没有。
</translation>
    </message>
    <message>
        <source>Subcommands (run without a display):
</source>
        <translation>子命令（无需图形界面即可运行）：
</translation>
    </message>
    <message>
        <source>Returning Admin %1 (Qt %2)
</source>
        <translation>Returning Admin %1 (Qt %2)
</translation>
    </message>
    <message>
        <source>Read and validate a bulk CSV without sending it (see: returning-admin csv-check --help).</source>
        <translation>读取并验证批量 CSV 文件，但不发送（参见：returning-admin csv-check --help）。</translation>
    </message>
    <message>
        <source>Validate, send and follow a bulk CSV import or update (see: returning-admin import --help).</source>
        <translation>验证、发送并跟踪批量 CSV 导入或更新（参见：returning-admin import --help）。</translation>
    </message>
    <message>
        <source>Start the embedded sandbox from a new demo community, deleting the one kept from earlier runs (implies --sandbox).</source>
        <translation>从新的演示社区启动内置沙盒，并删除之前运行时保留的演示社区（隐含 --sandbox）。</translation>
    </message>
    <message>
        <source>Number of members in a new demo community (1 to 1000000, default 1000); a kept one keeps its size.</source>
        <translation>新演示社区的成员数（1 到 1000000，默认 1000）；保留的演示社区维持原有规模。</translation>
    </message>
    <message>
        <source>Give or take a badge or role to a list of members as one journaled job (see: returning-admin assign --help).</source>
        <translation>将徽章或角色授予一批成员或从其收回，作为一个有记录的任务执行（参见：returning-admin assign --help）。</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>Production</source>
        <translation>生产环境</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>预发布环境</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>本地沙盒</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>System API URL</source>
        <translation>系统 API URL</translation>
    </message>
    <message>
        <source>Integration API URL</source>
        <translation>集成 API URL</translation>
    </message>
    <message>
        <source>Application API URL</source>
        <translation>应用 API URL</translation>
    </message>
    <message>
        <source>Gateway URL</source>
        <translation>网关 URL</translation>
    </message>
    <message>
        <source>Secure Auth URL</source>
        <translation>Secure Auth URL</translation>
    </message>
    <message>
        <source>%1 is not a valid URL; use e.g. https://api.example.com</source>
        <translation>%1 不是有效的 URL；请使用类似 https://api.example.com 的地址</translation>
    </message>
    <message>
        <source>%1 must start with https://</source>
        <translation>%1 必须以 https:// 开头</translation>
    </message>
    <message>
        <source>%1 must not contain a query or fragment</source>
        <translation>%1 不能包含查询参数或片段</translation>
    </message>
    <message>
        <source>Name is required</source>
        <translation>名称为必填项</translation>
    </message>
    <message>
        <source>Name &quot;%1&quot; is already used by another profile</source>
        <translation>名称“%1”已被另一个配置使用</translation>
    </message>
    <message>
        <source>Community ID must not contain spaces</source>
        <translation>社区 ID 不能包含空格</translation>
    </message>
    <message>
        <source>%1 must use https:// (http only for localhost or 127.0.0.1)</source>
        <translation>%1 必须使用 https://（仅 localhost 或 127.0.0.1 可使用 http）</translation>
    </message>
    <message>
        <source>%1 must not contain a user name or password; keys belong in the API keys, which are kept in the keychain</source>
        <translation>%1 不能包含用户名或密码；密钥应填写在 API 密钥中，并保存在密钥环里</translation>
    </message>
</context>
<context>
    <name>CreateUserDialog</name>
    <message>
        <source>New User</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>名(&amp;F)：</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>e.g. Ada</source>
        <translation>例如：伟</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>姓(&amp;L)：</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>e.g. Lovelace</source>
        <translation>例如：张</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>no spaces, e.g. ada_lovelace</source>
        <translation>不含空格，例如 zhang_wei</translation>
    </message>
    <message>
        <source>D&amp;isplay name:</source>
        <translation>显示名称(&amp;I)：</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>shown to other members</source>
        <translation>向其他成员显示</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>电子邮件地址</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>optional for SSO users; at least 8 characters</source>
        <translation>SSO 用户可不填；至少 8 个字符</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>确认密码(&amp;C)：</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <source>repeat the password</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>&amp;Access level:</source>
        <translation>访问级别(&amp;A)：</translation>
    </message>
    <message>
        <source>Access level</source>
        <translation>访问级别</translation>
    </message>
    <message>
        <source>E-mail &amp;template:</source>
        <translation>邮件模板(&amp;T)：</translation>
    </message>
    <message>
        <source>E-mail template</source>
        <translation>邮件模板</translation>
    </message>
    <message>
        <source>optional, e.g. 0</source>
        <translation>可选，例如 0</translation>
    </message>
    <message>
        <source>&amp;Referral:</source>
        <translation>推荐(&amp;R)：</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>optional referrer value</source>
        <translation>可选，推荐人标识值</translation>
    </message>
    <message>
        <source>E&amp;xternal id:</source>
        <translation>外部 ID(&amp;X)：</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>外部 ID</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>&amp;Join the server at once (full community member)</source>
        <translation>立即加入服务器（成为正式社区成员）(&amp;J)</translation>
    </message>
    <message>
        <source>Join server</source>
        <translation>加入服务器</translation>
    </message>
    <message>
        <source>&amp;Send a welcome e-mail</source>
        <translation>发送欢迎邮件(&amp;S)</translation>
    </message>
    <message>
        <source>Send e-mail</source>
        <translation>发送邮件</translation>
    </message>
    <message>
        <source>E-mail the pass&amp;word to the user</source>
        <translation>通过电子邮件将密码发送给用户(&amp;W)</translation>
    </message>
    <message>
        <source>E-mail password</source>
        <translation>邮件发送密码</translation>
    </message>
    <message>
        <source>C&amp;ustom fields</source>
        <translation>自定义字段(&amp;U)</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <source>Field name or id</source>
        <translation>字段名称或 ID</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>&amp;Add Field</source>
        <translation>添加字段(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove Field</source>
        <translation>移除字段(&amp;R)</translation>
    </message>
    <message>
        <source>Form problem</source>
        <translation>表单问题</translation>
    </message>
</context>
<context>
    <name>JournalReport</name>
    <message>
        <source>being sent when interrupted (in doubt)</source>
        <translation>中断时正在发送（状态未知）</translation>
    </message>
    <message>
        <source>taken by the server, job not finished</source>
        <translation>服务器已接收，任务未完成</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>%1 of %2 row(s) were already handed to the server; %3 row(s) are left to send.</source>
        <translation>%2 行中已有 %1 行交给服务器；还剩 %3 行待发送。</translation>
    </message>
    <message>
        <source>%1 row(s) were being sent when it stopped: the server&apos;s API log is asked whether they arrived before they are sent again, so no row is sent twice.</source>
        <translation>停止时有 %1 行正在发送：再次发送前会先查询服务器的 API 日志，确认它们是否已送达，因此不会有任何一行被发送两次。</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>Kind: bulk update of existing members</source>
        <translation>类型：批量更新现有成员</translation>
    </message>
    <message>
        <source>Kind: bulk import of new members</source>
        <translation>类型：批量导入新成员</translation>
    </message>
    <message>
        <source>Community: %1</source>
        <translation>社区：%1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>开始时间：%1</translation>
    </message>
    <message>
        <source>Rows to send: %1</source>
        <translation>待发送行数：%1</translation>
    </message>
    <message>
        <source>Handed to the server: %1</source>
        <translation>已交给服务器：%1</translation>
    </message>
    <message>
        <source>In doubt: %1</source>
        <translation>状态未知：%1</translation>
    </message>
    <message>
        <source>Left to send: %1</source>
        <translation>剩余待发送：%1</translation>
    </message>
    <message>
        <source>The rest of the file was cancelled and will not be sent.</source>
        <translation>文件的其余部分已取消，不会发送。</translation>
    </message>
    <message>
        <source>No part of the file was sent yet.</source>
        <translation>文件尚未发送任何部分。</translation>
    </message>
    <message>
        <source>Rows %1 to %2 (%3): %4</source>
        <translation>第 %1 至 %2 行 (%3)：%4</translation>
    </message>
    <message>
        <source>- job %1, %2 processed, %3 failed</source>
        <translation>- 任务 %1，已处理 %2，失败 %3</translation>
    </message>
    <message>
        <source>- %1</source>
        <translation>- %1</translation>
    </message>
</context>
<context>
    <name>NewUserRequest</name>
    <message>
        <source>%1 is required.</source>
        <translation>“%1”为必填项。</translation>
    </message>
    <message numerus="yes">
        <source>%1 must have at most %n characters.</source>
        <translation>
            <numerusform>“%1”最多只能有 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Username must not contain spaces.</source>
        <translation>用户名不能包含空格。</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>E-mail is required.</source>
        <translation>电子邮件为必填项。</translation>
    </message>
    <message>
        <source>E-mail &quot;%1&quot; is not a valid address (name@example.com).</source>
        <translation>电子邮件“%1”不是有效的地址（name@example.com）。</translation>
    </message>
    <message numerus="yes">
        <source>Password must have at least %n characters.</source>
        <translation>
            <numerusform>密码至少需要 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>Repeat the password to confirm it.</source>
        <translation>请再次输入密码以确认。</translation>
    </message>
    <message>
        <source>The password confirmation does not match.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Access level must not be negative.</source>
        <translation>访问级别不能为负数。</translation>
    </message>
    <message>
        <source>Custom field %1 has no field name or id.</source>
        <translation>自定义字段 %1 没有字段名称或 ID。</translation>
    </message>
    <message>
        <source>Custom field &quot;%1&quot; has no value.</source>
        <translation>自定义字段“%1”没有值。</translation>
    </message>
    <message>
        <source>Custom field &quot;%1&quot; is not a field of this community.</source>
        <translation>自定义字段“%1”不是此社区的字段。</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Request &amp;timeout:</source>
        <translation>请求超时(&amp;T)：</translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation>请求超时（秒）</translation>
    </message>
    <message>
        <source>How long to wait for the server before a request fails</source>
        <translation>请求失败前等待服务器响应的时长</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>&amp;Parallel requests per server:</source>
        <translation>每个服务器的并行请求数(&amp;P)：</translation>
    </message>
    <message>
        <source>Parallel requests per server</source>
        <translation>每个服务器的并行请求数</translation>
    </message>
    <message>
        <source>At most this many requests run at once against one host; the rest wait in a queue</source>
        <translation>对同一主机最多同时运行这么多请求；其余请求排队等待</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>主题(&amp;H)：</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Light or dark colours, or those of the desktop</source>
        <translation>使用浅色或深色，或跟随桌面的配色</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>This built-in profile points at the embedded local sandbox. Its endpoints, community and keys are set by the app each time the sandbox starts; it cannot be edited, renamed or deleted.</source>
        <translation>此内置配置指向内置的本地沙盒。其端点、社区和密钥由应用在每次启动沙盒时设置；无法编辑、重命名或删除。</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>配置名称</translation>
    </message>
    <message>
        <source>A name you recognise, e.g. “Acme production”</source>
        <translation>便于您识别的名称，例如“Acme 生产环境”</translation>
    </message>
    <message>
        <source>&amp;Community ID:</source>
        <translation>社区 ID(&amp;C)：</translation>
    </message>
    <message>
        <source>Community ID</source>
        <translation>社区 ID</translation>
    </message>
    <message>
        <source>The community the Integration API addresses</source>
        <translation>集成 API 所访问的社区</translation>
    </message>
    <message>
        <source>e.g. 64f1c0…</source>
        <translation>例如 64f1c0…</translation>
    </message>
    <message>
        <source>P&amp;roduction community (real members)</source>
        <translation>生产环境社区（真实成员）(&amp;R)</translation>
    </message>
    <message>
        <source>Production community</source>
        <translation>生产环境社区</translation>
    </message>
    <message>
        <source>Marks the profile as production: the window shows a red banner while it is active</source>
        <translation>将此配置标记为生产环境：启用时窗口会显示红色横幅</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>环境：</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>端点</translation>
    </message>
    <message>
        <source>&amp;System API:</source>
        <translation>系统 API(&amp;S)：</translation>
    </message>
    <message>
        <source>System API base URL</source>
        <translation>系统 API 基础 URL</translation>
    </message>
    <message>
        <source>https://…  (x-api-key)</source>
        <translation>https://…  (x-api-key)</translation>
    </message>
    <message>
        <source>&amp;Integration API:</source>
        <translation>集成 API(&amp;I)：</translation>
    </message>
    <message>
        <source>Integration API base URL</source>
        <translation>集成 API 基础 URL</translation>
    </message>
    <message>
        <source>https://…  (Bearer)</source>
        <translation>https://…  (Bearer)</translation>
    </message>
    <message>
        <source>&amp;Application API:</source>
        <translation>应用 API(&amp;A)：</translation>
    </message>
    <message>
        <source>Application API base URL</source>
        <translation>应用 API 基础 URL</translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation>网关(&amp;G)：</translation>
    </message>
    <message>
        <source>Gateway base URL</source>
        <translation>网关基础 URL</translation>
    </message>
    <message>
        <source>https://…  (Get Messages)</source>
        <translation>https://…  (Get Messages)</translation>
    </message>
    <message>
        <source>Secure &amp;Auth:</source>
        <translation>Secure Auth(&amp;A)：</translation>
    </message>
    <message>
        <source>Secure Auth domain URL</source>
        <translation>Secure Auth 域名 URL</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Keys are stored in the system keychain, never in the settings file.</source>
        <translation>密钥保存在系统密钥环中，绝不会写入设置文件。</translation>
    </message>
    <message>
        <source>S&amp;ystem API key:</source>
        <translation>系统 API 密钥(&amp;Y)：</translation>
    </message>
    <message>
        <source>System API key</source>
        <translation>系统 API 密钥</translation>
    </message>
    <message>
        <source>System API key status</source>
        <translation>系统 API 密钥状态</translation>
    </message>
    <message>
        <source>In&amp;tegration key:</source>
        <translation>集成密钥(&amp;T)：</translation>
    </message>
    <message>
        <source>Integration key</source>
        <translation>集成密钥</translation>
    </message>
    <message>
        <source>Integration key status</source>
        <translation>集成密钥状态</translation>
    </message>
    <message>
        <source>A&amp;pplication key:</source>
        <translation>应用密钥(&amp;P)：</translation>
    </message>
    <message>
        <source>Application key</source>
        <translation>应用密钥</translation>
    </message>
    <message>
        <source>Application key status</source>
        <translation>应用密钥状态</translation>
    </message>
</context>
<context>
    <name>ProfileKeyReader</name>
    <message>
        <source>cannot read the keys of profile &quot;%1&quot; from the keychain (%2); give the key with --key-file or --key -, or set its RA_*_KEY variable, instead</source>
        <translation>无法从密钥环读取配置“%1”的密钥（%2）；请改用 --key-file 或 --key - 提供密钥，或设置相应的 RA_*_KEY 变量</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. Moderator</source>
        <translation>例如：版主</translation>
    </message>
    <message>
        <source>Role name</source>
        <translation>角色名称</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>颜色(&amp;C)：</translation>
    </message>
    <message>
        <source>Role colour</source>
        <translation>角色颜色</translation>
    </message>
    <message>
        <source>C&amp;ustom…</source>
        <translation>自定义(&amp;U)…</translation>
    </message>
    <message>
        <source>Pick a custom colour</source>
        <translation>选择自定义颜色</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>Role description</source>
        <translation>角色描述</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>位置(&amp;P)：</translation>
    </message>
    <message>
        <source>Position in the role hierarchy</source>
        <translation>在角色层级中的位置</translation>
    </message>
    <message>
        <source>Lower positions come first in the role hierarchy.</source>
        <translation>位置越小，在角色层级中越靠前。</translation>
    </message>
    <message>
        <source>&amp;Billable role</source>
        <translation>计费角色(&amp;B)</translation>
    </message>
    <message>
        <source>Billable role</source>
        <translation>计费角色</translation>
    </message>
    <message>
        <source>Server permissions</source>
        <translation>服务器权限</translation>
    </message>
    <message>
        <source>Channel permissions</source>
        <translation>频道权限</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. Acme Community</source>
        <translation>例如：Acme 社区</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>服务器名称</translation>
    </message>
    <message>
        <source>&amp;URI:</source>
        <translation>URI(&amp;U)：</translation>
    </message>
    <message>
        <source>made from the name when empty</source>
        <translation>留空时根据名称生成</translation>
    </message>
    <message>
        <source>Server URI</source>
        <translation>服务器 URI</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>域名(&amp;D)：</translation>
    </message>
    <message>
        <source>e.g. community.example.com</source>
        <translation>例如：community.example.com</translation>
    </message>
    <message>
        <source>Server domain</source>
        <translation>服务器域名</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>描述(&amp;E)：</translation>
    </message>
    <message>
        <source>Server description</source>
        <translation>服务器描述</translation>
    </message>
</context>
<context>
    <name>UserFieldRules</name>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Single-line text</source>
        <translation>单行文本</translation>
    </message>
    <message>
        <source>Multi-line text</source>
        <translation>多行文本</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Numerical</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation>是/否</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>单选</translation>
    </message>
    <message>
        <source>%1: a value is required.</source>
        <translation>%1：必须填写值。</translation>
    </message>
    <message>
        <source>%1: a single-line text cannot hold a line break.</source>
        <translation>%1：单行文本不能包含换行符。</translation>
    </message>
    <message>
        <source>%1: the text has %2 characters; at most %3 are allowed.</source>
        <translation>%1：文本有 %2 个字符；最多允许 %3 个。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number (e.g. 12 or -3.5).</source>
        <translation>%1：“%2”不是数字（例如 12 或 -3.5）。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date (YYYY-MM-DD).</source>
        <translation>%1：“%2”不是日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not yes or no (true, false, yes, no, 1 or 0).</source>
        <translation>%1：“%2”不是“是”或“否”（true、false、yes、no、1 或 0）。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of its choices (%3).</source>
        <translation>%1：“%2”不是可选项之一（%3）。</translation>
    </message>
    <message>
        <source>The new field</source>
        <translation>新字段</translation>
    </message>
    <message>
        <source>%1: the key is required.</source>
        <translation>%1：键为必填项。</translation>
    </message>
    <message>
        <source>%1: the key has %2 characters; at most %3 are allowed.</source>
        <translation>%1：键有 %2 个字符；最多允许 %3 个。</translation>
    </message>
    <message>
        <source>%1: the name is required.</source>
        <translation>%1：名称为必填项。</translation>
    </message>
    <message>
        <source>%1: the name has %2 characters; at most %3 are allowed.</source>
        <translation>%1：名称有 %2 个字符；最多允许 %3 个。</translation>
    </message>
    <message>
        <source>%1: the type &quot;%2&quot; is not one of %3.</source>
        <translation>%1：类型“%2”不是 %3 之一。</translation>
    </message>
    <message>
        <source>%1: a choice field needs at least one option.</source>
        <translation>%1：单选字段至少需要一个选项。</translation>
    </message>
    <message>
        <source>%1: an option is blank.</source>
        <translation>%1：有一个选项为空。</translation>
    </message>
    <message>
        <source>%1: the option &quot;%2…&quot; is longer than %3 characters.</source>
        <translation>%1：选项“%2…”超过 %3 个字符。</translation>
    </message>
    <message>
        <source>%1: the option &quot;%2&quot; is listed twice.</source>
        <translation>%1：选项“%2”重复列出。</translation>
    </message>
    <message>
        <source>%1: only a choice field has options; a %2 field has none.</source>
        <translation>%1：只有单选字段才有选项；%2字段没有选项。</translation>
    </message>
    <message>
        <source>Default value of %1</source>
        <translation>默认值有误：%1</translation>
    </message>
</context>
<context>
    <name>UserFilterBar</name>
    <message>
        <source>E-&amp;mail:</source>
        <translation>电子邮件(&amp;M)：</translation>
    </message>
    <message>
        <source>Filter by e-mail</source>
        <translation>按电子邮件筛选</translation>
    </message>
    <message>
        <source>exact address</source>
        <translation>完整地址</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>名(&amp;F)：</translation>
    </message>
    <message>
        <source>Filter by first name</source>
        <translation>按名筛选</translation>
    </message>
    <message>
        <source>exact first name</source>
        <translation>完整的名</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>姓(&amp;L)：</translation>
    </message>
    <message>
        <source>Filter by last name</source>
        <translation>按姓筛选</translation>
    </message>
    <message>
        <source>exact last name</source>
        <translation>完整的姓</translation>
    </message>
    <message>
        <source>&amp;Joined between</source>
        <translation>加入时间介于(&amp;J)</translation>
    </message>
    <message>
        <source>Filter by join date</source>
        <translation>按加入日期筛选</translation>
    </message>
    <message>
        <source>Joined on or after</source>
        <translation>加入日期不早于</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Joined on or before</source>
        <translation>加入日期不晚于</translation>
    </message>
    <message>
        <source>&amp;XP:</source>
        <translation>XP(&amp;X)：</translation>
    </message>
    <message>
        <source>Minimum XP</source>
        <translation>最低 XP</translation>
    </message>
    <message>
        <source>min</source>
        <translation>最小</translation>
    </message>
    <message>
        <source>Maximum XP</source>
        <translation>最高 XP</translation>
    </message>
    <message>
        <source>max</source>
        <translation>最大</translation>
    </message>
    <message>
        <source>C&amp;oins:</source>
        <translation>金币(&amp;O)：</translation>
    </message>
    <message>
        <source>Minimum coins</source>
        <translation>最少金币</translation>
    </message>
    <message>
        <source>Maximum coins</source>
        <translation>最多金币</translation>
    </message>
    <message>
        <source>C&amp;ustom field:</source>
        <translation>自定义字段(&amp;U)：</translation>
    </message>
    <message>
        <source>=</source>
        <translation>=</translation>
    </message>
    <message>
        <source>Custom field value</source>
        <translation>自定义字段值</translation>
    </message>
    <message>
        <source>exact value</source>
        <translation>完整的值</translation>
    </message>
    <message>
        <source>&amp;Paging:</source>
        <translation>分页(&amp;P)：</translation>
    </message>
    <message>
        <source>Paging mode</source>
        <translation>分页模式</translation>
    </message>
    <message>
        <source>How Get Users with Filters pages: by cursor or by page number</source>
        <translation>Get Users with Filters 的分页方式：按游标或按页码</translation>
    </message>
    <message>
        <source>Cursor</source>
        <translation>游标</translation>
    </message>
    <message>
        <source>Page numbers</source>
        <translation>页码</translation>
    </message>
    <message>
        <source>&amp;Saved filters</source>
        <translation>已保存的筛选器(&amp;S)</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>已保存的筛选器</translation>
    </message>
    <message>
        <source>Cl&amp;ear</source>
        <translation>清除(&amp;E)</translation>
    </message>
    <message>
        <source>Clear the server filter</source>
        <translation>清除服务器筛选</translation>
    </message>
    <message>
        <source>Empty every filter and load all users</source>
        <translation>清空所有筛选条件并加载全部用户</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>Apply the server filter</source>
        <translation>应用服务器筛选</translation>
    </message>
    <message>
        <source>Load the users matching the filter (Enter)</source>
        <translation>加载符合筛选条件的用户 (Enter)</translation>
    </message>
    <message>
        <source>More filters</source>
        <translation>更多筛选条件</translation>
    </message>
    <message>
        <source>Show or hide the filters by name, join date, XP, coins and custom field, and the paging mode</source>
        <translation>显示或隐藏按姓名、加入日期、XP、金币和自定义字段筛选的条件，以及分页模式</translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <source>The community&apos;s custom field to match, by name</source>
        <translation>要匹配的社区自定义字段（按名称）</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A local Returning.AI-compatible server with a demo community.</source>
        <translation>本地的 Returning.AI 兼容服务器，附带演示社区。</translation>
    </message>
</context>
<context>
    <name>ra::AboutDialog</name>
    <message>
        <source>About Returning Admin</source>
        <translation>关于 Returning Admin</translation>
    </message>
    <message>
        <source>Returning Admin</source>
        <translation>Returning Admin</translation>
    </message>
    <message>
        <source>Version %1 · Qt %2 (built with %3)</source>
        <translation>版本 %1 · Qt %2（使用 %3 构建）</translation>
    </message>
    <message>
        <source>A desktop console for Returning.AI community managers: servers, roles, channels, badges, users, messages and API keys, with bulk CSV import.</source>
        <translation>面向 Returning.AI 社区管理员的桌面控制台：管理服务器、角色、频道、徽章、用户、消息和 API 密钥，并支持批量 CSV 导入。</translation>
    </message>
    <message>
        <source>Website: https://returning.ai
Documentation: https://docs.returning.ai</source>
        <translation>网站：https://returning.ai
文档：https://docs.returning.ai</translation>
    </message>
    <message>
        <source>Returning Admin logo</source>
        <translation>Returning Admin 标志</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ra::AccountDialog</name>
    <message>
        <source>Account %1 registered. Enter the code sent to it (the local sandbox prints the code on its log instead of mailing it).</source>
        <translation>账户 %1 已注册。请输入发送到该地址的验证码（本地沙盒不会发送邮件，而是将验证码打印在其日志中）。</translation>
    </message>
    <message>
        <source>The e-mail address %1 is verified. Log in now.</source>
        <translation>电子邮件地址 %1 已通过验证。请立即登录。</translation>
    </message>
    <message>
        <source>Logged in as %1.</source>
        <translation>已以 %1 的身份登录。</translation>
    </message>
    <message>
        <source>Registering failed: %1</source>
        <translation>注册失败：%1</translation>
    </message>
    <message>
        <source>Verifying failed: %1</source>
        <translation>验证失败：%1</translation>
    </message>
    <message>
        <source>Logging in failed: %1</source>
        <translation>登录失败：%1</translation>
    </message>
    <message>
        <source>E-mail: enter an address like name@example.com</source>
        <translation>电子邮件：请输入类似 name@example.com 的地址</translation>
    </message>
    <message>
        <source>Password: use at least 8 characters</source>
        <translation>密码：请至少使用 8 个字符</translation>
    </message>
    <message>
        <source>E-mail: enter the address you registered</source>
        <translation>电子邮件：请输入您注册时使用的地址</translation>
    </message>
    <message>
        <source>Code: enter the code sent to the address</source>
        <translation>验证码：请输入发送到该地址的验证码</translation>
    </message>
    <message>
        <source>E-mail: enter the address of your account</source>
        <translation>电子邮件：请输入您账户的地址</translation>
    </message>
    <message>
        <source>Password: enter your password</source>
        <translation>密码：请输入您的密码</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>注册</translation>
    </message>
    <message>
        <source>Verify E-mail</source>
        <translation>验证电子邮件</translation>
    </message>
    <message>
        <source>Log In</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>注册(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>验证(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Log In</source>
        <translation>登录(&amp;L)</translation>
    </message>
    <message>
        <source>Log &amp;Out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>验证码(&amp;C)：</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 位数字</translation>
    </message>
</context>
<context>
    <name>ra::AccountPanes</name>
    <message>
        <source>Log In Again</source>
        <translation>重新登录</translation>
    </message>
    <message>
        <source>Members&apos; API keys can be seen and managed only with a login.</source>
        <translation>只有登录后才能查看和管理成员的 API 密钥。</translation>
    </message>
    <message>
        <source>Log In…</source>
        <translation>登录…</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>以后再说</translation>
    </message>
    <message>
        <source>&amp;Account…</source>
        <translation>账户(&amp;A)…</translation>
    </message>
    <message>
        <source>Register, verify your e-mail and log in for the token that manages API keys</source>
        <translation>注册、验证电子邮件并登录，以获取用于管理 API 密钥的令牌</translation>
    </message>
    <message>
        <source>Secure Auth &amp;Login Link…</source>
        <translation>Secure Auth 登录链接(&amp;L)…</translation>
    </message>
    <message>
        <source>Get a one-time login URL for a member</source>
        <translation>为成员获取一次性登录 URL</translation>
    </message>
</context>
<context>
    <name>ra::AccountSession</name>
    <message>
        <source>The login of %1 expired at %2. Log in again to manage API keys.</source>
        <translation>%1 的登录已于 %2 过期。请重新登录以管理 API 密钥。</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>The login of %1 has expired: log in again</source>
        <translation>%1 的登录已过期：请重新登录</translation>
    </message>
    <message>
        <source>Logged in as %1 until %2</source>
        <translation>已以 %1 的身份登录，有效期至 %2</translation>
    </message>
    <message>
        <source>Logged in as %1 (the server gave no expiry)</source>
        <translation>已以 %1 的身份登录（服务器未提供过期时间）</translation>
    </message>
    <message>
        <source>(kept for this run only)</source>
        <translation>（仅在本次运行期间保留）</translation>
    </message>
    <message>
        <source>The login of %1 has expired. Log in again to manage API keys.</source>
        <translation>%1 的登录已过期。请重新登录以管理 API 密钥。</translation>
    </message>
    <message>
        <source>The server answered the login without a session token</source>
        <translation>服务器对登录请求的响应中没有会话令牌</translation>
    </message>
    <message>
        <source>The server no longer accepts the login of %1. Log in again to manage API keys.</source>
        <translation>服务器不再接受 %1 的登录。请重新登录以管理 API 密钥。</translation>
    </message>
</context>
<context>
    <name>ra::AddHistoryEntryDialog</name>
    <message>
        <source>Add History Entry</source>
        <translation>添加历史记录条目</translation>
    </message>
    <message>
        <source>Member id, e-mail or username</source>
        <translation>成员 ID、电子邮件或用户名</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>成员(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>字段(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>值(&amp;V)：</translation>
    </message>
    <message>
        <source>The entry was not added: %1</source>
        <translation>未添加该条目：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A number, e.g. 1250 or 12.5.</source>
        <translation>数字，例如 1250 或 12.5。</translation>
    </message>
    <message>
        <source>A date as YYYY-MM-DD, e.g. 2026-03-31.</source>
        <translation>日期，格式为 YYYY-MM-DD，例如 2026-03-31。</translation>
    </message>
    <message>
        <source>Any text.</source>
        <translation>任意文本。</translation>
    </message>
    <message>
        <source>Member: give the member&apos;s id, e-mail or username.</source>
        <translation>成员：请提供成员的 ID、电子邮件或用户名。</translation>
    </message>
    <message>
        <source>Field: choose a field (the community has none yet, or they are loading).</source>
        <translation>字段：请选择一个字段（社区还没有字段，或字段正在加载）。</translation>
    </message>
    <message>
        <source>Value: give the new value of %1.</source>
        <translation>值：请提供 %1 的新值。</translation>
    </message>
    <message>
        <source>Value: %1 is a number field; &quot;%2&quot; is not a number.</source>
        <translation>值：%1 是数字字段；“%2”不是数字。</translation>
    </message>
    <message>
        <source>Value: %1 is a date field; &quot;%2&quot; is not a date (YYYY-MM-DD).</source>
        <translation>值：%1 是日期字段；“%2”不是日期（YYYY-MM-DD）。</translation>
    </message>
</context>
<context>
    <name>ra::AnnounceDialog</name>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Retry Failed</source>
        <translation>重试失败项</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Announce to Several Channels</source>
        <translation>向多个频道发布公告</translation>
    </message>
    <message>
        <source>username or e-mail</source>
        <translation>用户名或电子邮件</translation>
    </message>
    <message>
        <source>The message every chosen channel gets (plain text)</source>
        <translation>发送到每个所选频道的消息（纯文本）</translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation>频道：</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>消息：</translation>
    </message>
    <message>
        <source>Send as:</source>
        <translation>发送身份：</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>频道</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Choose at least one channel.</source>
        <translation>请至少选择一个频道。</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Sending stopped: the job&apos;s journal cannot be written: %1</source>
        <translation>已停止发送：无法写入任务记录：%1</translation>
    </message>
    <message numerus="yes">
        <source>Sending to %n channel(s)…</source>
        <translation>
            <numerusform>正在发送到 %n 个频道…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>未发送任何内容：%1</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>channel not found</source>
        <translation>未找到频道</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message numerus="yes">
        <source>Sent to %n channel(s).</source>
        <translation>
            <numerusform>已发送到 %n 个频道。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent to %1 of %2 channels; %3 failed (reasons in the table).</source>
        <translation>已发送到 %2 个频道中的 %1 个；%3 个失败（原因见表格）。</translation>
    </message>
    <message>
        <source>Channels to announce to</source>
        <translation>要发布公告的频道</translation>
    </message>
    <message>
        <source>Announcement text</source>
        <translation>公告文本</translation>
    </message>
    <message>
        <source>Send as</source>
        <translation>发送身份</translation>
    </message>
    <message>
        <source>Sending progress</source>
        <translation>发送进度</translation>
    </message>
    <message>
        <source>Result per channel</source>
        <translation>各频道结果</translation>
    </message>
    <message>
        <source>Announcement status</source>
        <translation>公告状态</translation>
    </message>
    <message>
        <source>Send to every chosen channel (Ctrl+Return)</source>
        <translation>发送到每个所选频道 (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Discard this unsent message?</source>
        <translation>要放弃这条未发送的消息吗？</translation>
    </message>
    <message>
        <source>It has not been sent and will not be kept.</source>
        <translation>该消息尚未发送，也不会被保留。</translation>
    </message>
</context>
<context>
    <name>ra::AnnounceItemKind</name>
    <message>
        <source>Announce &quot;%1&quot;</source>
        <translation>发布公告“%1”</translation>
    </message>
    <message>
        <source>%1 (the message may have been posted; look at the channel before you retry)</source>
        <translation>%1（消息可能已发布；重试前请先查看该频道）</translation>
    </message>
</context>
<context>
    <name>ra::AnnounceOffer</name>
    <message>
        <source>Interrupted Announcement</source>
        <translation>被中断的公告</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was interrupted before every channel was handled.</source>
        <translation>“%1”在处理完所有频道之前被中断。</translation>
    </message>
    <message>
        <source>Handled: %1 of %2 channels (sent %3, not found %4, failed %5); %6 were on the wire and are looked up in their channel first. Resume sends to the rest, none twice. Forget stops here and you are not asked again.</source>
        <translation>已处理：%1/%2 个频道（已发送 %3，未找到 %4，失败 %5）；另有 %6 个当时正在传输，将首先在其频道中查找。“继续”会向其余频道发送，不会重复发送。“放弃”将就此停止，且不会再询问您。</translation>
    </message>
    <message>
        <source>The announcement cannot be resumed: %1</source>
        <translation>无法继续该公告：%1</translation>
    </message>
</context>
<context>
    <name>ra::ApiClient</name>
    <message>
        <source>unknown operation &quot;%1&quot;</source>
        <translation>未知操作“%1”</translation>
    </message>
</context>
<context>
    <name>ra::ApiCommand</name>
    <message>
        <source>--body is not JSON: %1 at offset %2</source>
        <translation>--body 不是有效的 JSON：%1，位于偏移量 %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 takes NAME=VALUE</source>
        <translation>%1 需要 NAME=VALUE 形式的参数</translation>
    </message>
    <message>
        <source>--base-url is not a URL: %1</source>
        <translation>--base-url 不是有效的 URL：%1</translation>
    </message>
    <message>
        <source>--history-shape is get or post</source>
        <translation>--history-shape 只能是 get 或 post</translation>
    </message>
    <message>
        <source>--timeout takes milliseconds</source>
        <translation>--timeout 的单位为毫秒</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>未知选项 %1</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>意外的参数 %1</translation>
    </message>
    <message>
        <source>name an operation, or use --list</source>
        <translation>请指定一个操作，或使用 --list</translation>
    </message>
    <message>
        <source>profiles are not available here; use --base-url and --key</source>
        <translation>此处无法使用配置；请使用 --base-url 和 --key</translation>
    </message>
    <message>
        <source>give --profile, or --base-url (the %1 API&apos;s base URL)</source>
        <translation>请提供 --profile 或 --base-url（%1 API 的基础 URL）</translation>
    </message>
    <message>
        <source>unknown operation %1 (see --list)</source>
        <translation>未知操作 %1（参见 --list）</translation>
    </message>
    <message>
        <source>use either --profile or --base-url</source>
        <translation>--profile 与 --base-url 只能二选一</translation>
    </message>
    <message>
        <source>--base-url must not contain a user name or password; give the key with --key-file or an RA_*_KEY variable</source>
        <translation>--base-url 不能包含用户名或密码；请通过 --key-file 或 RA_*_KEY 变量提供密钥</translation>
    </message>
    <message>
        <source>Usage: returning-admin api --list
       returning-admin api OPERATION [options]

Runs one operation of the Returning.AI route table and prints the decoded
reply as JSON on stdout (exit 0), or the error as JSON on stderr (exit 1;
usage errors exit 2).

Options:
  --list                 List the operations with method, path and status.
  --body JSON            The request body.
  --body-file F          The request body, read from file F.
  --query NAME=VALUE     A query item; a {NAME} of the path is filled from it.
  --file FIELD=PATH      A multipart file field (bulk import, images).
  --profile P            Use the saved connection profile P.
  --base-url URL         The base URL of the operation&apos;s API family.
  --key-file F           Read the key from the first line of F; without it
                         the variable of the operation&apos;s key kind is read
                         (RA_SYSTEM_KEY, RA_INTEGRATION_KEY or
                         RA_APPLICATION_KEY), and with --profile the
                         profile&apos;s keys in the keychain.
  --key -                Read the key from standard input.
  --key K                The key itself (visible to other users of the
                         machine: prefer the two above).
  --community ID         The community id.
  --hostname H           The Secure Auth hostname header.
  --timeout MS           Transfer timeout in milliseconds (default 30000).
  --history-shape S      get or post: gamification history request shape.
  --log-requests FILE    Append the request log, without secrets, to FILE.
  --raw                  Print a raw body (e.g. the CSV template) as is.
</source>
        <translation>用法：returning-admin api --list
      returning-admin api OPERATION [options]

执行 Returning.AI 路由表中的一个操作，并将解码后的响应以 JSON 格式
输出到 stdout（退出码 0），或将错误以 JSON 格式输出到 stderr（退出码 1；
用法错误的退出码为 2）。

选项：
  --list                 列出各操作及其方法、路径和状态。
  --body JSON            请求正文。
  --body-file F          从文件 F 读取请求正文。
  --query NAME=VALUE     一个查询参数；路径中的 {NAME} 也由它填充。
  --file FIELD=PATH      一个 multipart 文件字段（批量导入、图片）。
  --profile P            使用已保存的连接配置 P。
  --base-url URL         该操作所属 API 系列的基础 URL。
  --key-file F           从 F 的第一行读取密钥；未指定时读取该操作
                         密钥类型对应的变量（RA_SYSTEM_KEY、
                         RA_INTEGRATION_KEY 或 RA_APPLICATION_KEY），
                         使用 --profile 时则读取密钥环中该配置的密钥。
  --key -                从标准输入读取密钥。
  --key K                直接给出密钥（本机其他用户可以看到：
                         建议使用上面两种方式）。
  --community ID         社区 ID。
  --hostname H           Secure Auth 主机名请求头。
  --timeout MS           传输超时（毫秒，默认 30000）。
  --history-shape S      get 或 post：游戏化历史记录的请求形式。
  --log-requests FILE    将请求日志（不含密钥）追加到 FILE。
  --raw                  按原样输出原始正文（例如 CSV 模板）。
</translation>
    </message>
</context>
<context>
    <name>ra::ApiError</name>
    <message>
        <source>The server rejected the request as invalid.</source>
        <translation>服务器拒绝了该请求，认为其无效。</translation>
    </message>
    <message>
        <source>The API key is missing, invalid, expired or lacks the permission.</source>
        <translation>API 密钥缺失、无效、已过期或缺少相应权限。</translation>
    </message>
    <message>
        <source>The API key is valid but may not access this resource.</source>
        <translation>API 密钥有效，但无权访问此资源。</translation>
    </message>
    <message>
        <source>The server does not know this resource.</source>
        <translation>服务器上不存在此资源。</translation>
    </message>
    <message>
        <source>The change conflicts with the current state on the server.</source>
        <translation>此更改与服务器上的当前状态冲突。</translation>
    </message>
    <message>
        <source>The server is rate-limiting requests. Try again later.</source>
        <translation>服务器正在限制请求频率。请稍后重试。</translation>
    </message>
    <message>
        <source>The server had an unexpected error.</source>
        <translation>服务器发生意外错误。</translation>
    </message>
    <message>
        <source>The server is temporarily unavailable.</source>
        <translation>服务器暂时不可用。</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation>服务器返回了 HTTP 状态码 %1。</translation>
    </message>
    <message>
        <source>Could not reach %1. Check the network connection and the base URL.</source>
        <translation>无法连接到 %1。请检查网络连接和基础 URL。</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 未及时响应。</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified.</source>
        <translation>无法验证与 %1 的安全连接。</translation>
    </message>
    <message>
        <source>The server reported a failure.</source>
        <translation>服务器报告了一个故障。</translation>
    </message>
    <message>
        <source>The reply to %1 could not be read.</source>
        <translation>无法读取 %1 的响应。</translation>
    </message>
    <message>
        <source>Refused to send to %1: a non-local host must use HTTPS.</source>
        <translation>已拒绝向 %1 发送：非本地主机必须使用 HTTPS。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <source>The request for %1 is incomplete: %2</source>
        <translation>%1 的请求不完整：%2</translation>
    </message>
    <message>
        <source>Server message: %1</source>
        <translation>服务器消息：%1</translation>
    </message>
</context>
<context>
    <name>ra::ApiJobTableModel</name>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Processed</source>
        <translation>已处理</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完成时间</translation>
    </message>
</context>
<context>
    <name>ra::ApiKeyDialog</name>
    <message>
        <source>New API Key</source>
        <translation>新建 API 密钥</translation>
    </message>
    <message>
        <source>Edit API Key &quot;%1&quot;</source>
        <translation>编辑 API 密钥“%1”</translation>
    </message>
    <message>
        <source>API Key &quot;%1&quot;</source>
        <translation>API 密钥“%1”</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Permissions:</source>
        <translation>权限(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Expires on</source>
        <translation>过期时间(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Active</source>
        <translation>启用(&amp;A)</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>ID：</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>密钥：</translation>
    </message>
    <message>
        <source>Shown only when it was created</source>
        <translation>仅在创建时显示</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>创建时间：</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>更新时间：</translation>
    </message>
    <message>
        <source>Last used:</source>
        <translation>上次使用：</translation>
    </message>
    <message>
        <source>The server does not say</source>
        <translation>服务器未提供</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>&amp;Create Key</source>
        <translation>创建密钥(&amp;C)</translation>
    </message>
    <message>
        <source>Name: give the key a name, so its owner can tell it from others</source>
        <translation>名称：请为密钥命名，以便其所有者将其与其他密钥区分开</translation>
    </message>
    <message>
        <source>Expires on: choose a time in the future</source>
        <translation>过期时间：请选择一个将来的时间</translation>
    </message>
</context>
<context>
    <name>ra::ApiKeyTableModel</name>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>%n 天后过期</numerusform>
        </translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>The key does not expire</source>
        <translation>该密钥不会过期</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>永不</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>未报告</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>上次使用</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>ra::ApiLogEntryTableModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>ra::ApiLogPane</name>
    <message>
        <source>API Log</source>
        <translation>API 日志</translation>
    </message>
    <message>
        <source>The API log could not be read: %1</source>
        <translation>无法读取 API 日志：%1</translation>
    </message>
    <message>
        <source>The job&apos;s history could not be read: %1</source>
        <translation>无法读取任务的历史记录：%1</translation>
    </message>
    <message>
        <source>History of job %1:</source>
        <translation>任务 %1 的历史记录：</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) in the API log</source>
        <translation>
            <numerusform>API 日志中有 %n 个任务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n still running</source>
        <translation>
            <numerusform>，其中 %n 个仍在运行</numerusform>
        </translation>
    </message>
    <message>
        <source>Bulk jobs</source>
        <translation>批量任务</translation>
    </message>
    <message>
        <source>Requests of this app</source>
        <translation>本应用的请求</translation>
    </message>
    <message>
        <source>Job history</source>
        <translation>任务历史记录</translation>
    </message>
    <message>
        <source>Request log</source>
        <translation>请求日志</translation>
    </message>
    <message>
        <source>Select a job to see its history.</source>
        <translation>选择一个任务以查看其历史记录。</translation>
    </message>
    <message>
        <source>Loading the API log…</source>
        <translation>正在加载 API 日志…</translation>
    </message>
    <message>
        <source>No jobs to show.</source>
        <translation>没有可显示的任务。</translation>
    </message>
</context>
<context>
    <name>ra::Application</name>
    <message>
        <source>There is no connection profile named &quot;%1&quot;; using &quot;%2&quot;.</source>
        <translation>没有名为“%1”的连接配置；将使用“%2”。</translation>
    </message>
</context>
<context>
    <name>ra::AssignCommand</name>
    <message>
        <source>award %1 to %2</source>
        <translation>将 %1 授予 %2</translation>
    </message>
    <message>
        <source>remove %1 from %2</source>
        <translation>从 %2 移除 %1</translation>
    </message>
    <message>
        <source>give %1 to %2</source>
        <translation>将 %1 赋予 %2</translation>
    </message>
    <message>
        <source>take %1 from %2</source>
        <translation>从 %2 收回 %1</translation>
    </message>
    <message>
        <source>Usage: returning-admin assign --badge ID|NAME | --role ID|NAME [--remove]
                              [--server ID] --users FILE|- [options]

Gives (or with --remove takes away) one badge or role to every member of a
list, as one journaled job, and prints the report.

  --badge ID|NAME       The badge, by id or by its (unique) name.
  --role ID|NAME        The role, by id or by its (unique) name.
  --remove              Take the badge or role away instead.
  --server ID           The server (default: the community).
  --users FILE|-        Member ids, usernames or e-mails, one per line, or a CSV
                        file; - reads standard input.
  --column NAME|N       The CSV column to read (default: the one that looks
                        like e-mails, usernames or ids).
  --skip-bad            Send the good lines even when some are not members.
  --profile P           The saved connection profile to use.
  --base-url FAMILY=URL Base URL of an API family instead of a profile
                        (system, application, integration).
  --community ID        The community (default: the profile&apos;s).
  --system-key-file F   System key for the assignment calls (also
                        --system-key - or K); without it RA_SYSTEM_KEY is read.
  --key-file F          Integration key for looking usernames and e-mails up
                        (also --key - or K); without it RA_INTEGRATION_KEY.
  --max-in-flight N     Requests in flight at most (default %1; lowered by
                        itself while the server answers 429).
  --report FILE         Write the report as CSV.
  --journal-dir DIR     Where jobs are journaled (default: the app&apos;s).
  --restart             Forget an interrupted job of this list and start anew
                        (without it, a rerun resumes it and sends no one twice).
  --resume JOBID        Continue an unfinished job.
  --undo JOBID          Run the inverse of a finished job (what it did only).

Exit status: 0 every member done or already as asked, 1 some failed, not found
or not matched, 2 usage error or unreadable list, 3 key missing or refused,
4 unknown badge or role, 5 bad lines in the list.
</source>
        <translation>用法：returning-admin assign --badge ID|NAME | --role ID|NAME [--remove]
                             [--server ID] --users FILE|- [options]

将一个徽章或角色授予列表中的每名成员（使用 --remove 时则为收回），
作为一个有记录的任务执行，并输出报告。

  --badge ID|NAME       徽章，按 ID 或其（唯一的）名称指定。
  --role ID|NAME        角色，按 ID 或其（唯一的）名称指定。
  --remove              改为收回徽章或角色。
  --server ID           服务器（默认：社区本身）。
  --users FILE|-        成员 ID、用户名或电子邮件，每行一个，也可以是 CSV
                        文件；- 表示从标准输入读取。
  --column NAME|N       要读取的 CSV 列（默认：看起来像电子邮件、用户名
                        或 ID 的那一列）。
  --skip-bad            即使部分行不是成员，也发送其余有效行。
  --profile P           要使用的已保存连接配置。
  --base-url FAMILY=URL 某个 API 系列的基础 URL，用于代替配置
                        （system、application、integration）。
  --community ID        社区（默认：配置中的社区）。
  --system-key-file F   用于分配调用的系统密钥（也可用 --system-key -
                        或 K）；未指定时读取 RA_SYSTEM_KEY。
  --key-file F          用于查找用户名和电子邮件的集成密钥（也可用
                        --key - 或 K）；未指定时读取 RA_INTEGRATION_KEY。
  --max-in-flight N     最多同时传输的请求数（默认 %1；服务器返回 429
                        时会自动降低）。
  --report FILE         将报告写为 CSV。
  --journal-dir DIR     任务记录的保存位置（默认：应用的记录目录）。
  --restart             放弃此列表被中断的任务并重新开始（不加此选项时，
                        再次运行会继续该任务，且不会向任何人重复发送）。
  --resume JOBID        继续一个未完成的任务。
  --undo JOBID          执行已完成任务的逆操作（仅针对其实际做出的更改）。

退出状态：0 所有成员均已完成或已符合要求，1 部分失败、未找到或未匹配，
2 用法错误或列表无法读取，3 密钥缺失或被拒绝，4 未知的徽章或角色，
5 列表中有无效行。
</translation>
    </message>
    <message>
        <source>--max-in-flight takes 1 to %1, not &quot;%2&quot;</source>
        <translation>--max-in-flight 的取值为 1 到 %1，而不是“%2”</translation>
    </message>
    <message>
        <source>unknown option %1 (see assign --help)</source>
        <translation>未知选项 %1（参见 assign --help）</translation>
    </message>
    <message>
        <source>give one of --badge or --role</source>
        <translation>请指定 --badge 或 --role 之一</translation>
    </message>
    <message>
        <source>give the members with --users FILE (or - for standard input)</source>
        <translation>请用 --users FILE 指定成员（或用 - 表示标准输入）</translation>
    </message>
    <message>
        <source>give --profile P (or --base-url system=URL)</source>
        <translation>请提供 --profile P（或 --base-url system=URL）</translation>
    </message>
    <message>
        <source>assign: %1</source>
        <translation>assign：%1</translation>
    </message>
    <message>
        <source>profiles are not available here</source>
        <translation>此处无法使用配置</translation>
    </message>
    <message>
        <source>assign: cannot read standard input</source>
        <translation>assign：无法读取标准输入</translation>
    </message>
    <message>
        <source>assign: cannot read %1: %2</source>
        <translation>assign：无法读取 %1：%2</translation>
    </message>
    <message>
        <source>assign: %1: %2</source>
        <translation>assign：%1：%2</translation>
    </message>
    <message>
        <source>assign: no system key: give --system-key-file F or --system-key -, or set RA_SYSTEM_KEY. Nothing was sent.</source>
        <translation>assign：没有系统密钥：请提供 --system-key-file F 或 --system-key -，或设置 RA_SYSTEM_KEY。未发送任何内容。</translation>
    </message>
    <message>
        <source>assign: the list has usernames or e-mails, which are looked up through the Application API: give --base-url application=URL. Nothing was sent.</source>
        <translation>assign：列表中包含用户名或电子邮件，需要通过应用 API 查找：请提供 --base-url application=URL。未发送任何内容。</translation>
    </message>
    <message>
        <source>assign: the list has usernames or e-mails, which are looked up with the integration key: give --key-file F or --key -, or set RA_INTEGRATION_KEY. Nothing was sent.</source>
        <translation>assign：列表中包含用户名或电子邮件，需要使用集成密钥查找：请提供 --key-file F 或 --key -，或设置 RA_INTEGRATION_KEY。未发送任何内容。</translation>
    </message>
    <message>
        <source>assign: no community: give --community ID</source>
        <translation>assign：没有社区：请提供 --community ID</translation>
    </message>
</context>
<context>
    <name>ra::AssignFlowDialog</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Finding %1 members of %2 for %3…</source>
        <translation>正在查找 %1 名成员（%2），用于%3…</translation>
    </message>
    <message>
        <source>no member has this id, username or e-mail</source>
        <translation>没有成员使用此 ID、用户名或电子邮件</translation>
    </message>
    <message>
        <source>matches members %1</source>
        <translation>匹配到成员 %1</translation>
    </message>
    <message>
        <source>The job could not be started: %1</source>
        <translation>无法启动任务：%1</translation>
    </message>
    <message>
        <source>Nothing failed, so there is nothing to retry.</source>
        <translation>没有失败项，无需重试。</translation>
    </message>
    <message>
        <source>This job changed nothing, so there is nothing to undo.</source>
        <translation>此任务未做任何更改，无需撤销。</translation>
    </message>
</context>
<context>
    <name>ra::AssignItemKind</name>
    <message>
        <source>Award badge &quot;%1&quot;</source>
        <translation>授予徽章“%1”</translation>
    </message>
    <message>
        <source>Remove badge &quot;%1&quot;</source>
        <translation>移除徽章“%1”</translation>
    </message>
    <message>
        <source>Give role &quot;%1&quot;</source>
        <translation>赋予角色“%1”</translation>
    </message>
    <message>
        <source>Take away role &quot;%1&quot;</source>
        <translation>收回角色“%1”</translation>
    </message>
</context>
<context>
    <name>ra::AssignJobView</name>
    <message>
        <source>The job&apos;s journal could not be written, so nothing more is sent: %1</source>
        <translation>无法写入任务记录，因此不再发送任何内容：%1</translation>
    </message>
    <message>
        <source>%1 of %2 handled · done %3 · already %4 · not found %5 · failed %6</source>
        <translation>已处理 %1/%2 · 完成 %3 · 已符合 %4 · 未找到 %5 · 失败 %6</translation>
    </message>
    <message>
        <source>%1/s · ETA %2 · %3 in flight</source>
        <translation>%1/秒 · 预计剩余 %2 · 传输中 %3</translation>
    </message>
    <message>
        <source>Export report CSV</source>
        <translation>导出报告 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Saved the report to %1.</source>
        <translation>报告已保存到 %1。</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>无法保存报告：%1</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Retry &amp;failed</source>
        <translation>重试失败项(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Export report CSV…</source>
        <translation>导出报告 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Undo this change</source>
        <translation>撤销此更改(&amp;U)</translation>
    </message>
    <message>
        <source>Takes back what this job changed, as a job of its own with a report</source>
        <translation>撤回此任务所做的更改，作为一个独立的任务执行并生成报告</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Paused: nothing new is sent; requests on the wire finish.</source>
        <translation>已暂停：不再发送新请求；传输中的请求将继续完成。</translation>
    </message>
    <message>
        <source>Stopping: waiting for the requests on the wire.</source>
        <translation>正在停止：等待传输中的请求完成。</translation>
    </message>
    <message>
        <source>Stopped. The rest can be sent later: the app offers this job again at its next start.</source>
        <translation>已停止。其余部分可以稍后发送：应用下次启动时会再次提供此任务。</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>已完成。</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>完成 %1</translation>
    </message>
    <message>
        <source>already had it %1</source>
        <translation>已拥有 %1</translation>
    </message>
    <message>
        <source>not found %1</source>
        <translation>未找到 %1</translation>
    </message>
    <message>
        <source>not matched %1</source>
        <translation>未匹配 %1</translation>
    </message>
    <message>
        <source>matched more than one member %1</source>
        <translation>匹配到多名成员 %1</translation>
    </message>
    <message>
        <source>bad lines %1</source>
        <translation>无效行 %1</translation>
    </message>
    <message>
        <source>failed %1</source>
        <translation>失败 %1</translation>
    </message>
    <message>
        <source>not sent %1</source>
        <translation>未发送 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未给出原因</translation>
    </message>
    <message>
        <source>Failures: %1</source>
        <translation>失败项：%1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>took %1 · %2/s on average</source>
        <translation>耗时 %1 · 平均 %2/秒</translation>
    </message>
</context>
<context>
    <name>ra::AssignOutcome</name>
    <message>
        <source>%1 is not a badge or role assignment</source>
        <translation>%1 不是徽章或角色分配</translation>
    </message>
</context>
<context>
    <name>ra::AssignPanes</name>
    <message>
        <source>%1 now has %2 (%3).</source>
        <translation>%1 现已拥有%2（%3）。</translation>
    </message>
    <message>
        <source>%1 no longer has %2 (%3).</source>
        <translation>%1 已不再拥有%2（%3）。</translation>
    </message>
    <message>
        <source>%1 already had %2 (%3).</source>
        <translation>%1 原本就拥有%2（%3）。</translation>
    </message>
    <message>
        <source>%1 did not hold %2 (%3).</source>
        <translation>%1 原本就没有%2（%3）。</translation>
    </message>
    <message>
        <source>Could not change %1 for %2 (%3): %4</source>
        <translation>无法为 %2 更改%1（%3）：%4</translation>
    </message>
    <message>
        <source>Listing everyone the filter matches for %1…</source>
        <translation>正在列出符合筛选条件的所有人，用于%1…</translation>
    </message>
    <message>
        <source>Listing everyone the filter matches: %1 of %2…</source>
        <translation>正在列出符合筛选条件的所有人：%1/%2…</translation>
    </message>
    <message>
        <source>Listing everyone the filter matches: %1…</source>
        <translation>正在列出符合筛选条件的所有人：%1…</translation>
    </message>
    <message>
        <source>Could not list everyone the filter matches: %1</source>
        <translation>无法列出符合筛选条件的所有人：%1</translation>
    </message>
    <message>
        <source>Interrupted Assignment</source>
        <translation>被中断的分配</translation>
    </message>
    <message>
        <source>Handled: %1 of %2 (done %3, already %4, not found %5, failed %6); %7 were on the wire and will be checked first. Resume sends to the rest, none twice. Forget stops here and you are not asked again.</source>
        <translation>已处理：%1/%2（完成 %3，已符合 %4，未找到 %5，失败 %6）；另有 %7 个当时正在传输，将首先核对。“继续”会向其余成员发送，不会重复发送。“放弃”将就此停止，且不会再询问您。</translation>
    </message>
    <message>
        <source>The assignment cannot be resumed: %1</source>
        <translation>无法继续该分配：%1</translation>
    </message>
    <message>
        <source>This change is no longer on the undo stack (Edit menu), so it cannot be undone from here.</source>
        <translation>此更改已不在撤销栈中（“编辑”菜单），因此无法在此处撤销。</translation>
    </message>
    <message>
        <source>Changes made after this one come first: undo them in the Users pane (Edit ▸ Undo, Ctrl+Z) before this one.</source>
        <translation>需要先撤销在此之后所做的更改：请先在“用户”窗格中撤销它们（编辑 ▸ 撤销，Ctrl+Z），再撤销此更改。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) was interrupted before every member was handled.</source>
        <translation>“%1”（%2）在处理完所有成员之前被中断。</translation>
    </message>
</context>
<context>
    <name>ra::AssignPreviewPage</name>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Given as</source>
        <translation>原始输入</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>no member has this id, username or e-mail</source>
        <translation>没有成员使用此 ID、用户名或电子邮件</translation>
    </message>
    <message>
        <source>matches members %1</source>
        <translation>匹配到成员 %1</translation>
    </message>
    <message>
        <source>Award %1 to %2 members of %3?</source>
        <translation>要将%1授予 %3 的 %2 名成员吗？</translation>
    </message>
    <message>
        <source>Give %1 to %2 members of %3?</source>
        <translation>要将%1赋予 %3 的 %2 名成员吗？</translation>
    </message>
    <message>
        <source>Award to %1</source>
        <translation>授予 %1 名成员</translation>
    </message>
    <message>
        <source>Give to %1</source>
        <translation>赋予 %1 名成员</translation>
    </message>
    <message>
        <source>Remove %1 from %2 members of %3?</source>
        <translation>要从 %3 的 %2 名成员移除%1吗？</translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation>从 %1 名成员移除</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>返回(&amp;B)</translation>
    </message>
    <message>
        <source>Will get it: %1</source>
        <translation>将获得：%1</translation>
    </message>
    <message>
        <source>Will lose it: %1</source>
        <translation>将失去：%1</translation>
    </message>
    <message>
        <source>Already have it: %1 (known; not sent)</source>
        <translation>已拥有：%1（已知；不发送）</translation>
    </message>
    <message>
        <source>Do not hold it: %1 (known; not sent)</source>
        <translation>未拥有：%1（已知；不发送）</translation>
    </message>
    <message>
        <source>Already have it: not known before sending (the API lists no badges per member); the server&apos;s replies will tell, and the report counts them.</source>
        <translation>已拥有：发送前无法得知（API 不提供成员的徽章列表）；服务器的响应会说明，报告中会统计这些成员。</translation>
    </message>
    <message>
        <source>Not matched: %1</source>
        <translation>未匹配：%1</translation>
    </message>
    <message>
        <source>Matched more than one member: %1 (not sent)</source>
        <translation>匹配到多名成员：%1（不发送）</translation>
    </message>
    <message>
        <source>Lines that are not an id, username or e-mail: %1 (not sent)</source>
        <translation>不是 ID、用户名或电子邮件的行：%1（不发送）</translation>
    </message>
    <message>
        <source>Listed twice (sent once): %1</source>
        <translation>重复列出（只发送一次）：%1</translation>
    </message>
    <message>
        <source>Show not matched (%1)</source>
        <translation>显示未匹配项 (%1)</translation>
    </message>
    <message>
        <source>Show matched more than one (%1)</source>
        <translation>显示匹配到多名成员的项 (%1)</translation>
    </message>
    <message>
        <source>Blank lines: %1 (skipped)</source>
        <translation>空行：%1（已跳过）</translation>
    </message>
    <message>
        <source>Repeated lines: %1 (sent once)</source>
        <translation>重复行：%1（只发送一次）</translation>
    </message>
    <message>
        <source>Show lines left out (%1)</source>
        <translation>显示被排除的行 (%1)</translation>
    </message>
</context>
<context>
    <name>ra::AssignReportModel</name>
    <message>
        <source>not matched</source>
        <translation>未匹配</translation>
    </message>
    <message>
        <source>matched more than one member</source>
        <translation>匹配到多名成员</translation>
    </message>
    <message>
        <source>not an id, username or e-mail</source>
        <translation>不是 ID、用户名或电子邮件</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Given as</source>
        <translation>原始输入</translation>
    </message>
    <message>
        <source>Member id</source>
        <translation>成员 ID</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Server&apos;s reason</source>
        <translation>服务器给出的原因</translation>
    </message>
</context>
<context>
    <name>ra::AssignRun</name>
    <message>
        <source>assign: %1</source>
        <translation>assign：%1</translation>
    </message>
    <message>
        <source>job %1 has not finished; resume it first (--resume %1)</source>
        <translation>任务 %1 尚未完成；请先继续该任务（--resume %1）</translation>
    </message>
    <message>
        <source>job %1 changed nothing, so there is nothing to undo</source>
        <translation>任务 %1 未做任何更改，无需撤销</translation>
    </message>
    <message>
        <source>Undoing job %1: %2</source>
        <translation>正在撤销任务 %1：%2</translation>
    </message>
    <message>
        <source>Resuming job %1: %2 (%3 of %4 members handled; %5 in doubt, checked first)</source>
        <translation>正在继续任务 %1：%2（已处理 %3/%4 名成员；%5 名状态未知，将首先核对）</translation>
    </message>
    <message>
        <source>no role &quot;%1&quot; on server %2; its roles: %3</source>
        <translation>服务器 %2 上没有角色“%1”；该服务器的角色有：%3</translation>
    </message>
    <message>
        <source>no badge &quot;%1&quot; on server %2; its badges: %3</source>
        <translation>服务器 %2 上没有徽章“%1”；该服务器的徽章有：%3</translation>
    </message>
    <message>
        <source>%1 roles are named &quot;%2&quot;; give the id: %3</source>
        <translation>有 %1 个角色名为“%2”；请提供 ID：%3</translation>
    </message>
    <message>
        <source>%1 badges are named &quot;%2&quot;; give the id: %3</source>
        <translation>有 %1 个徽章名为“%2”；请提供 ID：%3</translation>
    </message>
    <message>
        <source>the server refuses the system key (%1). Nothing was sent.</source>
        <translation>服务器拒绝了系统密钥（%1）。未发送任何内容。</translation>
    </message>
    <message>
        <source>cannot list the server&apos;s badges and roles (%1). Nothing was sent.</source>
        <translation>无法列出服务器的徽章和角色（%1）。未发送任何内容。</translation>
    </message>
    <message>
        <source>Starting anew (--restart): the interrupted job %1 is forgotten; members it handled are sent again and answered &quot;already&quot;.</source>
        <translation>重新开始（--restart）：已放弃被中断的任务 %1；该任务已处理的成员会再次发送，并得到“已符合”的响应。</translation>
    </message>
    <message>
        <source>Resuming the interrupted job %1 for this list (%2 of %3 members handled, %4 in doubt and checked first); no member is handled twice.</source>
        <translation>正在为此列表继续被中断的任务 %1（已处理 %2/%3 名成员，%4 名状态未知，将首先核对）；不会有成员被处理两次。</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the list are not members; nothing was sent (fix them, or send the rest with --skip-bad)</source>
        <translation>
            <numerusform>列表中有 %n 行不是成员；未发送任何内容（请修正这些行，或使用 --skip-bad 发送其余行）</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; not matched: %3</source>
        <translation>第 %1 行：“%2”未匹配：%3</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; matched %3 members (%4); not sent</source>
        <translation>第 %1 行：“%2”匹配到 %3 名成员（%4）；不发送</translation>
    </message>
    <message>
        <source>unknown until sent (the API lists no member&apos;s badges)</source>
        <translation>发送前无法得知（API 不提供成员的徽章列表）</translation>
    </message>
    <message>
        <source>%1: %2 member(s) to send, already as asked: %3, not matched: %4, matched more than one: %5</source>
        <translation>%1：待发送 %2 名成员，已符合要求：%3，未匹配：%4，匹配到多名成员：%5</translation>
    </message>
    <message>
        <source>%1: %2 of %3 handled, %4/s, ETA %5 s, %6 in flight at most</source>
        <translation>%1：已处理 %2/%3，%4/秒，预计剩余 %5 秒，最多 %6 个请求同时传输</translation>
    </message>
    <message>
        <source>Job %1 (journal %2)</source>
        <translation>任务 %1（记录文件 %2）</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; %3: %4</source>
        <translation>第 %1 行：“%2” %3：%4</translation>
    </message>
    <message>
        <source>%1 (job %2): %3</source>
        <translation>%1（任务 %2）：%3</translation>
    </message>
    <message>
        <source>assign: the job stopped before every member was handled; run the same command again (or --resume %1) to finish it</source>
        <translation>assign：任务在处理完所有成员之前停止；请再次运行相同的命令（或 --resume %1）以完成它</translation>
    </message>
</context>
<context>
    <name>ra::AssignScope</name>
    <message>
        <source>Community: %1</source>
        <translation>社区：%1</translation>
    </message>
    <message>
        <source>Community: %1 · server: %2</source>
        <translation>社区：%1 · 服务器：%2</translation>
    </message>
</context>
<context>
    <name>ra::AssignTarget</name>
    <message>
        <source>role &quot;%1&quot;</source>
        <translation>角色“%1”</translation>
    </message>
    <message>
        <source>badge &quot;%1&quot;</source>
        <translation>徽章“%1”</translation>
    </message>
</context>
<context>
    <name>ra::BadgeDialog</name>
    <message>
        <source>New Badge</source>
        <translation>新建徽章</translation>
    </message>
    <message>
        <source>Edit Badge &quot;%1&quot;</source>
        <translation>编辑徽章“%1”</translation>
    </message>
    <message>
        <source>Badge image (light theme)</source>
        <translation>徽章图片（浅色主题）</translation>
    </message>
    <message>
        <source>Badge image (dark theme)</source>
        <translation>徽章图片（深色主题）</translation>
    </message>
    <message>
        <source> coins</source>
        <translation> 金币</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Image for the light theme:</source>
        <translation>浅色主题图片：</translation>
    </message>
    <message>
        <source>Image:</source>
        <translation>图片：</translation>
    </message>
    <message>
        <source>Uploading &quot;%1&quot;…</source>
        <translation>正在上传“%1”…</translation>
    </message>
    <message>
        <source>Could not upload &quot;%1&quot;: %2</source>
        <translation>无法上传“%1”：%2</translation>
    </message>
</context>
<context>
    <name>ra::BadgeTableModel</name>
    <message>
        <source>%1 XP</source>
        <translation>%1 XP</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 coins</source>
        <translation>%1 金币</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必需</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>不可用</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>动作</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Awards XP</source>
        <translation>奖励 XP</translation>
    </message>
    <message>
        <source>Awards currency</source>
        <translation>奖励货币</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>The badge&apos;s quantity as the API gives it: a count, with no unit and no documented meaning.</source>
        <translation>API 提供的徽章数量：仅是一个计数，没有单位，含义也未见文档说明。</translation>
    </message>
</context>
<context>
    <name>ra::BadgesPane</name>
    <message>
        <source>Badges</source>
        <translation>徽章</translation>
    </message>
    <message>
        <source>Search badges (Ctrl+F)</source>
        <translation>搜索徽章 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search badges</source>
        <translation>搜索徽章</translation>
    </message>
    <message>
        <source>New badge</source>
        <translation>新建徽章</translation>
    </message>
    <message>
        <source>Edit badge</source>
        <translation>编辑徽章</translation>
    </message>
    <message>
        <source>Delete badge</source>
        <translation>删除徽章</translation>
    </message>
    <message>
        <source>Refresh badges</source>
        <translation>刷新徽章</translation>
    </message>
    <message>
        <source>Loading badges…</source>
        <translation>正在加载徽章…</translation>
    </message>
    <message>
        <source>The badges could not be loaded.</source>
        <translation>无法加载徽章。</translation>
    </message>
    <message>
        <source>This community has no badges yet. Press Ctrl+N to create one.</source>
        <translation>此社区还没有徽章。按 Ctrl+N 创建一个。</translation>
    </message>
    <message>
        <source>Could not load the badges: %1</source>
        <translation>无法加载徽章：%1</translation>
    </message>
    <message>
        <source>Could not refresh the badges: %1 The table shows the last loaded list.</source>
        <translation>无法刷新徽章：%1 表格中显示的是上次加载的列表。</translation>
    </message>
    <message>
        <source>Create badge &quot;%1&quot;</source>
        <translation>创建徽章“%1”</translation>
    </message>
    <message>
        <source>Edit badge &quot;%1&quot;</source>
        <translation>编辑徽章“%1”</translation>
    </message>
    <message>
        <source>Delete Badge</source>
        <translation>删除徽章</translation>
    </message>
    <message>
        <source>Delete the badge &quot;%1&quot;?</source>
        <translation>要删除徽章“%1”吗？</translation>
    </message>
    <message>
        <source>Members who hold it lose it. Undo re-creates a badge with the same settings and image, but does not award it again.</source>
        <translation>拥有该徽章的成员将失去它。撤销会以相同的设置和图片重新创建徽章，但不会重新授予。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete badge &quot;%1&quot;</source>
        <translation>删除徽章“%1”</translation>
    </message>
    <message>
        <source>Badges of %1</source>
        <translation>%1 的徽章</translation>
    </message>
</context>
<context>
    <name>ra::BulkAssignCommand</name>
    <message numerus="yes">
        <source>%1 (%n member(s))</source>
        <translation>
            <numerusform>%1（%n 名成员）</numerusform>
        </translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>重做：%1</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>撤销：%1</translation>
    </message>
    <message>
        <source>The job for &quot;%1&quot; could not be started.</source>
        <translation>无法启动“%1”的任务。</translation>
    </message>
    <message>
        <source>%1 of %2 members were not changed (failed %3, not found %4, not sent %5); the job&apos;s report says why.</source>
        <translation>%2 名成员中有 %1 名未被更改（失败 %3，未找到 %4，未发送 %5）；原因请查看任务报告。</translation>
    </message>
</context>
<context>
    <name>ra::BulkItemState</name>
    <message>
        <source>pending</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>in flight</source>
        <translation>传输中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>already as asked</source>
        <translation>已符合要求</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
</context>
<context>
    <name>ra::BulkJob</name>
    <message>
        <source>Job %1 belongs to %2 (community %3), not to the server connected now</source>
        <translation>任务 %1 属于 %2（社区 %3），不属于当前连接的服务器</translation>
    </message>
    <message>
        <source>applied before the interruption (checked with the server)</source>
        <translation>中断前已生效（已与服务器核对）</translation>
    </message>
    <message>
        <source>done (an earlier attempt whose reply was lost may have applied it): %1</source>
        <translation>已完成（之前某次响应丢失的尝试可能已生效）：%1</translation>
    </message>
    <message>
        <source>gave up after %1 attempts: %2</source>
        <translation>尝试 %1 次后放弃：%2</translation>
    </message>
    <message>
        <source>Retry: %1</source>
        <translation>重试：%1</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>撤销：%1</translation>
    </message>
</context>
<context>
    <name>ra::BulkJournal</name>
    <message>
        <source>item %1 does not exist</source>
        <translation>项目 %1 不存在</translation>
    </message>
    <message>
        <source>a result names no item or no state</source>
        <translation>某条结果未指明项目或状态</translation>
    </message>
    <message>
        <source>unknown record</source>
        <translation>未知记录</translation>
    </message>
    <message>
        <source>Cannot create the job journal %1: %2</source>
        <translation>无法创建任务记录文件 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write the job journal %1: %2</source>
        <translation>无法写入任务记录文件 %1：%2</translation>
    </message>
    <message>
        <source>The job journal is not open</source>
        <translation>任务记录文件未打开</translation>
    </message>
    <message>
        <source>Cannot read the job journal %1: %2</source>
        <translation>无法读取任务记录文件 %1：%2</translation>
    </message>
    <message>
        <source>the header names no job id or kind</source>
        <translation>文件头未指明任务 ID 或类型</translation>
    </message>
    <message>
        <source>The job journal %1 cannot be read at line %2: %3</source>
        <translation>无法读取任务记录文件 %1 的第 %2 行：%3</translation>
    </message>
    <message>
        <source>The job journal %1 is empty</source>
        <translation>任务记录文件 %1 为空</translation>
    </message>
    <message>
        <source>The job journal %1 exists already</source>
        <translation>任务记录文件 %1 已存在</translation>
    </message>
</context>
<context>
    <name>ra::BulkKinds</name>
    <message>
        <source>Unknown kind of bulk job &quot;%1&quot;</source>
        <translation>未知的批量任务类型“%1”</translation>
    </message>
</context>
<context>
    <name>ra::BulkReport</name>
    <message>
        <source>Done %1 · already %2 · not found %3 · failed %4</source>
        <translation>完成 %1 · 已符合 %2 · 未找到 %3 · 失败 %4</translation>
    </message>
    <message>
        <source> · not sent %1</source>
        <translation> · 未发送 %1</translation>
    </message>
    <message>
        <source> · not matched or bad %1</source>
        <translation> · 未匹配或无效 %1</translation>
    </message>
    <message>
        <source>Cannot write the report: %1</source>
        <translation>无法写入报告：%1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ra::BulkResumeOffer</name>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>放弃</translation>
    </message>
</context>
<context>
    <name>ra::CellProblem</name>
    <message>
        <source>%1 is required.</source>
        <translation>“%1”为必填项。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>“%1”不是电子邮件地址。</translation>
    </message>
    <message>
        <source>%1 has %2 characters; at most 50 are allowed.</source>
        <translation>%1 有 %2 个字符；最多允许 50 个。</translation>
    </message>
    <message>
        <source>Username &quot;%1&quot; already appears in row %2.</source>
        <translation>用户名“%1”已在第 %2 行出现。</translation>
    </message>
    <message>
        <source>Username &quot;%1&quot; already appears earlier in the file.</source>
        <translation>用户名“%1”已在文件前面出现过。</translation>
    </message>
    <message>
        <source>E-mail &quot;%1&quot; already appears in row %2.</source>
        <translation>电子邮件“%1”已在第 %2 行出现。</translation>
    </message>
    <message>
        <source>E-mail &quot;%1&quot; already appears earlier in the file.</source>
        <translation>电子邮件“%1”已在文件前面出现过。</translation>
    </message>
    <message>
        <source>Role name(s) &quot;%1&quot; not found on the server (names are case-sensitive).</source>
        <translation>服务器上找不到角色名称“%1”（名称区分大小写）。</translation>
    </message>
    <message>
        <source>Tag name(s) &quot;%1&quot; not found on the server (names are case-sensitive).</source>
        <translation>服务器上找不到标签名称“%1”（名称区分大小写）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an operation: use add, subtract or overwrite.</source>
        <translation>“%1”不是有效操作：请使用 add、subtract 或 overwrite。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>“%1”不是整数。</translation>
    </message>
    <message>
        <source>The row has %1 cells but the header has %2.</source>
        <translation>该行有 %1 个单元格，但表头有 %2 个。</translation>
    </message>
    <message>
        <source>The cell is not valid UTF-8: choose the file&apos;s encoding.</source>
        <translation>该单元格不是有效的 UTF-8：请选择文件的编码。</translation>
    </message>
    <message>
        <source>Text follows the closing quote of this cell.</source>
        <translation>该单元格的右引号后面还有文本。</translation>
    </message>
    <message>
        <source>Username &quot;%1&quot; appears again in row %2.</source>
        <translation>用户名“%1”在第 %2 行再次出现。</translation>
    </message>
    <message>
        <source>E-mail &quot;%1&quot; appears again in row %2.</source>
        <translation>电子邮件“%1”在第 %2 行再次出现。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number for the custom field %2.</source>
        <translation>对于自定义字段 %2，“%1”不是数字。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD) for the custom field %2.</source>
        <translation>对于自定义字段 %2，“%1”不是日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no (true, false, yes, no, 1 or 0) for the custom field %2.</source>
        <translation>对于自定义字段 %2，“%1”不是“是”或“否”（true、false、yes、no、1 或 0）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the choices of the custom field %2.</source>
        <translation>“%1”不是自定义字段 %2 的可选项之一。</translation>
    </message>
    <message>
        <source>The custom field %1 takes one line of at most %2 characters.</source>
        <translation>自定义字段 %1 只能填写一行，最多 %2 个字符。</translation>
    </message>
    <message>
        <source>The custom field %1 takes at most %2 characters.</source>
        <translation>自定义字段 %1 最多只能填写 %2 个字符。</translation>
    </message>
</context>
<context>
    <name>ra::ChannelDialog</name>
    <message>
        <source>New Channel</source>
        <translation>新建频道</translation>
    </message>
    <message>
        <source>Edit Channel &quot;%1&quot;</source>
        <translation>编辑频道“%1”</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>ra::ChannelTableModel</name>
    <message>
        <source>Open</source>
        <translation>公开</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>论坛</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>私密</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
</context>
<context>
    <name>ra::ChannelsPane</name>
    <message>
        <source>Channels</source>
        <translation>频道</translation>
    </message>
    <message>
        <source>Search channels (Ctrl+F)</source>
        <translation>搜索频道 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search channels</source>
        <translation>搜索频道</translation>
    </message>
    <message>
        <source>System API list</source>
        <translation>系统 API 列表</translation>
    </message>
    <message>
        <source>Integration API list</source>
        <translation>集成 API 列表</translation>
    </message>
    <message>
        <source>Channel list source</source>
        <translation>频道列表来源</translation>
    </message>
    <message>
        <source>Which API lists the channels: the System &quot;get channels list&quot; or the Integration &quot;Get Channels List&quot;.</source>
        <translation>由哪个 API 列出频道：系统 API 的“get channels list”或集成 API 的“Get Channels List”。</translation>
    </message>
    <message>
        <source>New channel</source>
        <translation>新建频道</translation>
    </message>
    <message>
        <source>Edit channel</source>
        <translation>编辑频道</translation>
    </message>
    <message>
        <source>Delete channel</source>
        <translation>删除频道</translation>
    </message>
    <message>
        <source>Refresh channels</source>
        <translation>刷新频道</translation>
    </message>
    <message>
        <source>Delete Channel</source>
        <translation>删除频道</translation>
    </message>
    <message>
        <source>Loading channels…</source>
        <translation>正在加载频道…</translation>
    </message>
    <message>
        <source>The channels could not be loaded.</source>
        <translation>无法加载频道。</translation>
    </message>
    <message>
        <source>This server has no channels yet. Press Ctrl+N to create one.</source>
        <translation>此服务器还没有频道。按 Ctrl+N 创建一个。</translation>
    </message>
    <message>
        <source>Could not refresh the channels: %1 The table shows the last loaded list.</source>
        <translation>无法刷新频道：%1 表格中显示的是上次加载的列表。</translation>
    </message>
    <message>
        <source>Could not load the channels: %1</source>
        <translation>无法加载频道：%1</translation>
    </message>
    <message>
        <source>Delete the channel &quot;%1&quot;?</source>
        <translation>要删除频道“%1”吗？</translation>
    </message>
    <message>
        <source>Its messages and the members&apos; access to it go with it. Undo re-creates a channel with the same topic and type, but not its messages.</source>
        <translation>频道中的消息以及成员对它的访问权限将一并删除。撤销会以相同的主题和类型重新创建频道，但不会恢复其消息。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Create channel &quot;%1&quot;</source>
        <translation>创建频道“%1”</translation>
    </message>
    <message>
        <source>Edit channel &quot;%1&quot;</source>
        <translation>编辑频道“%1”</translation>
    </message>
    <message>
        <source>Delete channel &quot;%1&quot;</source>
        <translation>删除频道“%1”</translation>
    </message>
    <message>
        <source>Channels of %1</source>
        <translation>%1 的频道</translation>
    </message>
</context>
<context>
    <name>ra::ChartExport</name>
    <message>
        <source>Save Chart as &amp;PNG…</source>
        <translation>将图表另存为 PNG(&amp;P)…</translation>
    </message>
    <message>
        <source>Save Chart as P&amp;DF…</source>
        <translation>将图表另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Export Chart &amp;Data as CSV…</source>
        <translation>将图表数据导出为 CSV(&amp;D)…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>There is no chart data to export.</source>
        <translation>没有可导出的图表数据。</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>导出%1</translation>
    </message>
    <message>
        <source>Could not write the PDF %1.</source>
        <translation>无法写入 PDF %1。</translation>
    </message>
    <message>
        <source>Could not write the image %1.</source>
        <translation>无法写入图片 %1。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ra::ClientBinder</name>
    <message>
        <source>the keys of profile &quot;%1&quot; cannot be read. %2</source>
        <translation>无法读取配置“%1”的密钥。%2</translation>
    </message>
</context>
<context>
    <name>ra::ColumnChooser</name>
    <message>
        <source>Show All Columns</source>
        <translation>显示所有列</translation>
    </message>
</context>
<context>
    <name>ra::ColumnMapping</name>
    <message>
        <source>Map an Email or a Username column: updates find users by them.</source>
        <translation>请映射 Email 或 Username 列：更新时通过它们查找用户。</translation>
    </message>
    <message numerus="yes">
        <source>Map the required column(s): %1.</source>
        <translation>
            <numerusform>请映射必需的列：%1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ra::CommandCatalog</name>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>Pane</source>
        <translation>窗格</translation>
    </message>
</context>
<context>
    <name>ra::CommandPalette</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nothing matches.</source>
        <translation>没有匹配项。</translation>
    </message>
    <message numerus="yes">
        <source>%n command(s). Enter runs, Esc closes.</source>
        <translation>
            <numerusform>%n 个命令。按 Enter 运行，按 Esc 关闭。</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a command, pane, saved filter or member…</source>
        <translation>输入命令、窗格、已保存的筛选器或成员…</translation>
    </message>
    <message>
        <source>Search commands</source>
        <translation>搜索命令</translation>
    </message>
    <message>
        <source>Matching commands</source>
        <translation>匹配的命令</translation>
    </message>
    <message>
        <source>Command palette</source>
        <translation>命令面板</translation>
    </message>
</context>
<context>
    <name>ra::CommandPaletteController</name>
    <message>
        <source>&amp;Command Palette…</source>
        <translation>命令面板(&amp;C)…</translation>
    </message>
    <message>
        <source>Find any command, pane, saved filter or recent member by name</source>
        <translation>按名称查找任意命令、窗格、已保存的筛选器或最近的成员</translation>
    </message>
</context>
<context>
    <name>ra::CommunityOverview</name>
    <message>
        <source>the members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>the members who joined in the week of %1</source>
        <translation>%1 当周加入的成员</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 及以上</translation>
    </message>
    <message>
        <source>the members with at least %1 XP</source>
        <translation>XP 至少为 %1 的成员</translation>
    </message>
    <message>
        <source>the members with at least %1 coins</source>
        <translation>金币至少为 %1 的成员</translation>
    </message>
    <message>
        <source>the members with %1 XP</source>
        <translation>XP 为 %1 的成员</translation>
    </message>
    <message>
        <source>Could not count %1: %2</source>
        <translation>无法统计%1的人数：%2</translation>
    </message>
</context>
<context>
    <name>ra::CommunityUserTableModel</name>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>上次登录</translation>
    </message>
</context>
<context>
    <name>ra::CommunityUsersView</name>
    <message>
        <source>Could not read the member again: %1</source>
        <translation>无法重新读取该成员：%1</translation>
    </message>
    <message>
        <source>Search members by username, e-mail or display name</source>
        <translation>按用户名、电子邮件或显示名称搜索成员</translation>
    </message>
    <message>
        <source>Search community members</source>
        <translation>搜索社区成员</translation>
    </message>
    <message>
        <source>Community members</source>
        <translation>社区成员</translation>
    </message>
    <message>
        <source>Community members status</source>
        <translation>社区成员状态</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>%1 of %2 members</source>
        <translation>%1/%2 名成员</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n 名成员</numerusform>
        </translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Could not load the community members: %1</source>
        <translation>无法加载社区成员：%1</translation>
    </message>
    <message>
        <source>The same members as the Members tab, as the Application API lists them: ID here is the member&apos;s 24-character ObjectId, while the Members tab shows the numeric user id of the Integration API. Both name the same person; search here by username or e-mail to find a member from the other tab.</source>
        <translation>与“成员”选项卡中的成员相同，但按应用 API 的方式列出：此处的 ID 是成员的 24 位 ObjectId，而“成员”选项卡显示的是集成 API 的数字用户 ID。两者指的是同一个人；在此按用户名或电子邮件搜索，即可找到另一个选项卡中的成员。</translation>
    </message>
</context>
<context>
    <name>ra::ConnectionsPane</name>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Discard the new profile?</source>
        <translation>要放弃新配置吗？</translation>
    </message>
    <message>
        <source>Discard your changes to “%1”?</source>
        <translation>要放弃对“%1”的更改吗？</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>删除配置</translation>
    </message>
    <message>
        <source>Delete the connection profile “%1”?</source>
        <translation>要删除连接配置“%1”吗？</translation>
    </message>
    <message>
        <source>Its API keys are removed from the system keychain. This cannot be undone.</source>
        <translation>其 API 密钥将从系统密钥环中移除。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>新建配置</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <source>Built-in, read-only</source>
        <translation>内置，只读</translation>
    </message>
    <message>
        <source>Active profile</source>
        <translation>当前配置</translation>
    </message>
    <message>
        <source>Filter profiles</source>
        <translation>筛选配置</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>连接配置</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>创建副本(&amp;U)</translation>
    </message>
    <message>
        <source>Duplicate profile</source>
        <translation>创建配置副本</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Make active</source>
        <translation>设为当前配置(&amp;M)</translation>
    </message>
    <message>
        <source>Make this profile active</source>
        <translation>将此配置设为当前配置</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <source>Revert changes</source>
        <translation>还原更改</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>保存配置</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>配置名称</translation>
    </message>
    <message>
        <source>Profile details</source>
        <translation>配置详细信息</translation>
    </message>
    <message>
        <source>Profile settings</source>
        <translation>配置设置</translation>
    </message>
    <message>
        <source>&amp;Account…</source>
        <translation>账户(&amp;A)…</translation>
    </message>
    <message>
        <source>Register, verify or log in to an account on the active profile; the login&apos;s session token manages members&apos; API keys</source>
        <translation>在当前配置上注册、验证或登录账户；登录后的会话令牌用于管理成员的 API 密钥</translation>
    </message>
</context>
<context>
    <name>ra::CountChart</name>
    <message>
        <source>Export %1</source>
        <translation>导出%1</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>图表：%1</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Point at a bar to see its count.</source>
        <translation>指向某个柱形以查看其数量。</translation>
    </message>
    <message>
        <source>%1: not counted yet</source>
        <translation>%1：尚未统计</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n member(s)</source>
        <translation>
            <numerusform>%1：%n 名成员</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no chart data to export.</source>
        <translation>没有可导出的图表数据。</translation>
    </message>
</context>
<context>
    <name>ra::CountSeriesModel</name>
    <message>
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
</context>
<context>
    <name>ra::CreateUserDialog</name>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Add custom field</source>
        <translation>添加自定义字段</translation>
    </message>
    <message>
        <source>Remove custom field</source>
        <translation>移除自定义字段</translation>
    </message>
    <message>
        <source>Fill in first and last name, username, display name and e-mail.</source>
        <translation>请填写名、姓、用户名、显示名称和电子邮件。</translation>
    </message>
    <message>
        <source>The user was not created: %1</source>
        <translation>未创建用户：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>This community&apos;s fields:
%1</source>
        <translation>此社区的字段：
%1</translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation>自定义字段</translation>
    </message>
</context>
<context>
    <name>ra::CsvCheckCommand</name>
    <message>
        <source>unknown encoding %1</source>
        <translation>未知编码 %1</translation>
    </message>
    <message>
        <source>--delimiter is one of , ; | tab</source>
        <translation>--delimiter 只能是 , ; | tab 之一</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>未知选项 %1</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>意外的参数 %1</translation>
    </message>
    <message>
        <source>name the CSV file to check</source>
        <translation>请指定要检查的 CSV 文件</translation>
    </message>
    <message>
        <source>Row %1, column %2 (%3): %4
</source>
        <translation>第 %1 行，第 %2 列 (%3)：%4
</translation>
    </message>
    <message>
        <source>Row %1: %2
</source>
        <translation>第 %1 行：%2
</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1: cannot be read as CSV: %2
</source>
        <translation>%1：无法作为 CSV 读取：%2
</translation>
    </message>
    <message>
        <source>%1: data rows: %2, rows with problems: %3, problems: %4. Encoding %5, delimiter %6.
</source>
        <translation>%1：数据行：%2，有问题的行：%3，问题数：%4。编码 %5，分隔符 %6。
</translation>
    </message>
    <message>
        <source>Role and Tag names were not checked (give --profile to check roles).
</source>
        <translation>未检查 Role 和 Tag 列中的名称（提供 --profile 即可检查角色）。
</translation>
    </message>
    <message>
        <source>csv-check: %1 (see csv-check --help)
</source>
        <translation>csv-check：%1（参见 csv-check --help）
</translation>
    </message>
    <message>
        <source>csv-check: profiles are not available here
</source>
        <translation>csv-check：此处无法使用配置
</translation>
    </message>
    <message>
        <source>csv-check: %1
</source>
        <translation>csv-check：%1
</translation>
    </message>
    <message>
        <source>csv-check: cannot read the server&apos;s roles: %1
</source>
        <translation>csv-check：无法读取服务器的角色：%1
</translation>
    </message>
    <message>
        <source>Usage: returning-admin csv-check FILE [options]

Reads and validates a bulk import (or update) CSV without sending it.
Exit 0 when clean, 1 when problems were found, 2 when the file cannot be
read as CSV: not a text file (NUL or control bytes in its first %3 KiB),
a quoted cell never closed, or a row over the limits of %L1 bytes or
%L2 cells.

Options:
  --update           Check against the Bulk Update template.
  --json             Print the report as one JSON object.
  --print-rows       Print the rows as read (JSON array of arrays, header
                     first) on stdout; the report goes to stderr.
  --encoding E       utf-8, utf-16le, utf-16be, windows-1252 or latin1
                     (default: detected).
  --delimiter D      , ; | or tab (default: sniffed).
  --profile P        Check Role names against the server of profile P.
  --key-file F       Read the System key from the first line of F
                     (default: RA_SYSTEM_KEY); --key - reads it from
                     standard input, --key K takes it as is (visible to
                     other users of the machine).
  --community ID     The community (default: the profile&apos;s).
</source>
        <translation>用法：returning-admin csv-check FILE [options]

读取并验证批量导入（或更新）CSV 文件，但不发送。
没有问题时退出码为 0，发现问题时为 1，文件无法作为 CSV 读取时为 2：
不是文本文件（前 %3 KiB 中含有 NUL 或控制字节）、带引号的单元格
未闭合，或某行超过 %L1 字节或 %L2 个单元格的上限。

选项：
  --update           按批量更新模板检查。
  --json             将报告输出为一个 JSON 对象。
  --print-rows       将读取到的行（JSON 数组的数组，表头在前）输出到
                     stdout；报告输出到 stderr。
  --encoding E       utf-8、utf-16le、utf-16be、windows-1252 或 latin1
                     （默认：自动检测）。
  --delimiter D      , ; | 或 tab（默认：自动识别）。
  --profile P        对照配置 P 所指服务器检查 Role 列中的角色名称。
  --key-file F       从 F 的第一行读取系统密钥（默认：RA_SYSTEM_KEY）；
                     --key - 从标准输入读取，--key K 直接使用给出的密钥
                     （本机其他用户可以看到）。
  --community ID     社区（默认：配置中的社区）。
</translation>
    </message>
    <message>
        <source>--key, --key-file and --community need --profile</source>
        <translation>--key、--key-file 和 --community 需要同时指定 --profile</translation>
    </message>
</context>
<context>
    <name>ra::CsvColumnDialog</name>
    <message>
        <source>Give %1 to the members in %2</source>
        <translation>将%1分配给 %2 中的成员</translation>
    </message>
    <message>
        <source>Which column holds the members (usernames, e-mails or ids)? Nothing is sent before you see what will happen.</source>
        <translation>哪一列包含成员（用户名、电子邮件或 ID）？在您确认将要执行的操作之前，不会发送任何内容。</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>&amp;Column:</source>
        <translation>列(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>继续(&amp;C)</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB: that is not a member list.</source>
        <translation>%1 大于 %2 MB：这不是成员列表。</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>%1 members in this column.</source>
        <translation>此列中有 %1 名成员。</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) cannot be used and will not be sent: %1</source>
        <translation>
            <numerusform>有 %n 行无法使用，将不会发送：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a column&apos;s header to take its members</source>
        <translation>点击某列的表头以使用该列中的成员</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>The members are taken from this column</source>
        <translation>将从此列读取成员</translation>
    </message>
</context>
<context>
    <name>ra::CsvDialect</name>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-16 (little endian)</source>
        <translation>UTF-16（小端序）</translation>
    </message>
    <message>
        <source>UTF-16 (big endian)</source>
        <translation>UTF-16（大端序）</translation>
    </message>
    <message>
        <source>Windows-1252 (Western)</source>
        <translation>Windows-1252（西欧）</translation>
    </message>
    <message>
        <source>ISO-8859-1 (Latin-1)</source>
        <translation>ISO-8859-1 (Latin-1)</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>逗号 (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>分号 (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>Pipe (|)</source>
        <translation>竖线 (|)</translation>
    </message>
    <message>
        <source>Character %1</source>
        <translation>字符 %1</translation>
    </message>
</context>
<context>
    <name>ra::CsvError</name>
    <message>
        <source>a quoted field is never closed (it runs to the end of the file)</source>
        <translation>带引号的字段未闭合（一直延续到文件末尾）</translation>
    </message>
    <message>
        <source>text after the closing quote of a quoted field</source>
        <translation>带引号字段的右引号后面还有文本</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2</source>
        <translation>该行有 %1 个字段，但表头有 %2 个</translation>
    </message>
    <message>
        <source>the bytes are not valid UTF-8 (choose another encoding?)</source>
        <translation>字节不是有效的 UTF-8（要选择其他编码吗？）</translation>
    </message>
    <message>
        <source>the file could not be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>the file has no header row</source>
        <translation>文件没有表头行</translation>
    </message>
    <message>
        <source>Row %1, column %2 (line %3): %4</source>
        <translation>第 %1 行，第 %2 列（文件第 %3 行）：%4</translation>
    </message>
    <message>
        <source>Row %1 (line %2): %3</source>
        <translation>第 %1 行（文件第 %2 行）：%3</translation>
    </message>
    <message>
        <source>the row is longer than %L1 bytes, the limit of one row; the quoted cell in this column is not closed within that (is a closing quote missing?)</source>
        <translation>该行超过 %L1 字节，即单行的上限；此列中带引号的单元格在此范围内未闭合（是否缺少右引号？）</translation>
    </message>
    <message>
        <source>the row is longer than %L1 bytes, the limit of one row</source>
        <translation>该行超过 %L1 字节，即单行的上限</translation>
    </message>
    <message>
        <source>the row has more than %L1 cells, the limit of one row</source>
        <translation>该行超过 %L1 个单元格，即单行的上限</translation>
    </message>
    <message>
        <source>the file is not a text file (it contains NUL or control bytes; an image, a workbook or an archive?). Save it as CSV and choose that file.</source>
        <translation>该文件不是文本文件（含有 NUL 或控制字节；是图片、工作簿还是压缩包？）。请将其另存为 CSV，然后选择该文件。</translation>
    </message>
</context>
<context>
    <name>ra::CsvExportJob</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The export to %1 was cancelled.</source>
        <translation>导出到 %1 的操作已取消。</translation>
    </message>
    <message>
        <source>The table changed while exporting to %1; nothing was written.</source>
        <translation>导出到 %1 时表格发生了变化；未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>ra::CsvPreviewModel</name>
    <message>
        <source>%1 (ignored)</source>
        <translation>%1（已忽略）</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is not imported.</source>
        <translation>列“%1”不会被导入。</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; feeds the template column &quot;%2&quot;.</source>
        <translation>列“%1”对应模板列“%2”。</translation>
    </message>
    <message>
        <source>Skipped: this row is not sent.</source>
        <translation>已跳过：此行不会发送。</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Why the row cannot be sent as it is, or that you skipped it.</source>
        <translation>此行无法按原样发送的原因，或说明已被您跳过。</translation>
    </message>
</context>
<context>
    <name>ra::CustomFieldsView</name>
    <message>
        <source>not defined</source>
        <translation>未定义</translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation>（无值）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <source>The member&apos;s custom fields, typed by the community&apos;s field definitions.</source>
        <translation>成员的自定义字段，按社区的字段定义确定类型。</translation>
    </message>
</context>
<context>
    <name>ra::DetailTable</name>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>Select a server to see its list.</source>
        <translation>选择一个服务器以查看其列表。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>The list could not be loaded.</source>
        <translation>无法加载列表。</translation>
    </message>
</context>
<context>
    <name>ra::DiscardGuard</name>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation>要放弃您的更改吗？</translation>
    </message>
    <message>
        <source>The changes have not been saved.</source>
        <translation>更改尚未保存。</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃更改</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
</context>
<context>
    <name>ra::DurationText</name>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
</context>
<context>
    <name>ra::EmbeddedSandbox</name>
    <message>
        <source>Cannot create the folder %1 for the local sandbox&apos;s data.</source>
        <translation>无法为本地沙盒的数据创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot lock %1 for the local sandbox&apos;s data.</source>
        <translation>无法锁定本地沙盒的数据 %1。</translation>
    </message>
    <message>
        <source>Cannot delete %1 to start a new demo community.</source>
        <translation>无法删除 %1 以新建演示社区。</translation>
    </message>
</context>
<context>
    <name>ra::EntityPane</name>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>%1 (Ctrl+N)</source>
        <translation>%1 (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>%1 (F2 or Enter)</source>
        <translation>%1（F2 或 Enter）</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>%1 (Delete)</source>
        <translation>%1 (Delete)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>%1 (F5)</source>
        <translation>%1 (F5)</translation>
    </message>
    <message>
        <source>%1 status</source>
        <translation>%1状态</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Could not undo &quot;%1&quot;: %2</source>
        <translation>无法撤销“%1”：%2</translation>
    </message>
    <message>
        <source>Could not do &quot;%1&quot;: %2</source>
        <translation>无法执行“%1”：%2</translation>
    </message>
    <message>
        <source>The step stays in the undo history; Undo tries again.</source>
        <translation>该步骤仍保留在撤销历史中；再次撤销即可重试。</translation>
    </message>
    <message>
        <source>Nothing was changed; Redo tries again.</source>
        <translation>未做任何更改；再次重做即可重试。</translation>
    </message>
    <message>
        <source>Editing in place: Enter saves, Esc cancels</source>
        <translation>正在原位编辑：按 Enter 保存，按 Esc 取消</translation>
    </message>
    <message>
        <source>Edit in place (F2)</source>
        <translation>原位编辑 (F2)</translation>
    </message>
    <message>
        <source>Change on production</source>
        <translation>在生产环境中更改</translation>
    </message>
    <message>
        <source>The active profile is marked production: the change is sent to the live community at once. Undo sends the old value back.</source>
        <translation>当前配置被标记为生产环境：更改会立即发送到线上社区。撤销会将旧值发送回去。</translation>
    </message>
    <message>
        <source>Send change</source>
        <translation>发送更改</translation>
    </message>
    <message>
        <source>Waiting for the connection…</source>
        <translation>正在等待连接…</translation>
    </message>
    <message>
        <source>%1 (Enter or Shift+F2)</source>
        <translation>%1（Enter 或 Shift+F2）</translation>
    </message>
</context>
<context>
    <name>ra::FailedRowsModel</name>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>Row in file</source>
        <translation>文件中的行</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Data sent</source>
        <translation>发送的数据</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>ra::FieldHistoryAction</name>
    <message>
        <source>&amp;History</source>
        <translation>历史记录(&amp;H)</translation>
    </message>
    <message>
        <source>Show how this field of the member changed over time</source>
        <translation>显示该成员的此字段随时间的变化</translation>
    </message>
</context>
<context>
    <name>ra::FieldHistoryChart</name>
    <message>
        <source>There is no chart data to export.</source>
        <translation>没有可导出的图表数据。</translation>
    </message>
    <message>
        <source>Reset Zoom</source>
        <translation>重置缩放</translation>
    </message>
    <message>
        <source>Show the whole range (Ctrl+0, or double-click the chart)</source>
        <translation>显示完整范围（Ctrl+0，或双击图表）</translation>
    </message>
    <message>
        <source>Wheel: zoom the time axis. Drag: move. Double-click: reset.</source>
        <translation>滚轮：缩放时间轴。拖动：移动。双击：重置。</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>无法读取历史记录：%1</translation>
    </message>
    <message>
        <source>Point at a change to see its value.</source>
        <translation>指向某次更改以查看其值。</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 的 %1</translation>
    </message>
    <message>
        <source>Field history</source>
        <translation>字段历史记录</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>图表：%1</translation>
    </message>
    <message>
        <source>Choose a member and a number or date field to chart.</source>
        <translation>请选择一名成员以及一个数字或日期字段来绘制图表。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>No history for this member and field.</source>
        <translation>此成员和字段没有历史记录。</translation>
    </message>
    <message>
        <source>Only number and date fields are charted.</source>
        <translation>只有数字和日期字段可以绘制图表。</translation>
    </message>
    <message>
        <source>Showing the first %L1 changes.</source>
        <translation>显示前 %L1 次更改。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ra::FieldHistoryModel</name>
    <message>
        <source>Member created</source>
        <translation>创建成员</translation>
    </message>
    <message>
        <source>Bulk update</source>
        <translation>批量更新</translation>
    </message>
    <message>
        <source>Bulk import</source>
        <translation>批量导入</translation>
    </message>
    <message>
        <source>Entry added</source>
        <translation>添加条目</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>旧值</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>更改来源</translation>
    </message>
</context>
<context>
    <name>ra::FieldHistoryPane</name>
    <message>
        <source>Field History</source>
        <translation>字段历史记录</translation>
    </message>
    <message>
        <source>The fields could not be read: %1</source>
        <translation>无法读取字段：%1</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>无法读取历史记录：%1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>字段(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>成员(&amp;M)：</translation>
    </message>
    <message>
        <source>Any member (id, e-mail or username)</source>
        <translation>任意成员（ID、电子邮件或用户名）</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>开始日期(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>结束日期(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Add Entry…</source>
        <translation>添加条目(&amp;A)…</translation>
    </message>
    <message>
        <source>Record a value of a member&apos;s field</source>
        <translation>记录成员某个字段的值</translation>
    </message>
    <message>
        <source>C&amp;hart</source>
        <translation>图表(&amp;H)</translation>
    </message>
    <message>
        <source>Field history</source>
        <translation>字段历史记录</translation>
    </message>
    <message>
        <source>All fields</source>
        <translation>所有字段</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s), %L1 shown</source>
        <translation>
            <numerusform>共 %Ln 次更改，显示 %L1 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) shown</source>
        <translation>
            <numerusform>显示 %Ln 次更改</numerusform>
        </translation>
    </message>
    <message>
        <source>Chart this member&apos;s field over time</source>
        <translation>绘制此成员该字段随时间变化的图表</translation>
    </message>
    <message>
        <source>Choose a member and a number or date field to chart</source>
        <translation>请选择一名成员以及一个数字或日期字段来绘制图表</translation>
    </message>
    <message>
        <source>Recorded %1 = %2 for %3.</source>
        <translation>已为 %3 记录 %1 = %2。</translation>
    </message>
</context>
<context>
    <name>ra::GamificationChart</name>
    <message>
        <source>Reset Zoom</source>
        <translation>重置缩放</translation>
    </message>
    <message>
        <source>Show the whole range (Ctrl+0, or double-click the chart)</source>
        <translation>显示完整范围（Ctrl+0，或双击图表）</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>图表：%1</translation>
    </message>
    <message>
        <source>Wheel: zoom the dates. Drag: move. Double-click: reset.</source>
        <translation>滚轮：缩放日期。拖动：移动。双击：重置。</translation>
    </message>
    <message>
        <source>Point at a day to see its values.</source>
        <translation>指向某一天以查看当天的数值。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>There is no chart data to export.</source>
        <translation>没有可导出的图表数据。</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>每日</translation>
    </message>
</context>
<context>
    <name>ra::GamificationSeriesModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>XP</source>
        <translation>XP</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>金币</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>回应</translation>
    </message>
    <message>
        <source>Socials</source>
        <translation>社交互动</translation>
    </message>
    <message>
        <source>%L1 XP</source>
        <translation>%L1 XP</translation>
    </message>
    <message numerus="yes">
        <source>%Ln coin(s)</source>
        <translation>
            <numerusform>%Ln 金币</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln 条消息</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reply(s)</source>
        <translation>
            <numerusform>%Ln 条回复</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reaction(s)</source>
        <translation>
            <numerusform>%Ln 次回应</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln social(s)</source>
        <translation>
            <numerusform>%Ln 次社交互动</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ra::HoldingChip</name>
    <message>
        <source>×</source>
        <comment>remove a role or badge chip</comment>
        <translation>×</translation>
    </message>
    <message>
        <source>Take the role &quot;%1&quot; away (Delete)</source>
        <translation>收回角色“%1” (Delete)</translation>
    </message>
    <message>
        <source>Remove the badge &quot;%1&quot; (Delete)</source>
        <translation>移除徽章“%1” (Delete)</translation>
    </message>
    <message>
        <source>Delete, or drag it out of the panel, to remove it</source>
        <translation>按 Delete 键或将其拖出面板即可移除</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
</context>
<context>
    <name>ra::HoldingChips</name>
    <message>
        <source>Roles:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Badges:</source>
        <translation>徽章：</translation>
    </message>
    <message>
        <source>The roles could not be loaded: %1</source>
        <translation>无法加载角色：%1</translation>
    </message>
    <message>
        <source>No roles on this server.</source>
        <translation>此服务器上没有角色。</translation>
    </message>
    <message>
        <source>Known from award replies in this session; the API lists no badges per member.</source>
        <translation>根据本次会话中授予操作的响应得知；API 不提供成员的徽章列表。</translation>
    </message>
    <message>
        <source>Not known: the API lists no badges per member. Badges show here once an award reply in this session names them.</source>
        <translation>未知：API 不提供成员的徽章列表。本次会话中的授予响应提到某个徽章后，它就会显示在这里。</translation>
    </message>
</context>
<context>
    <name>ra::ImageCache</name>
    <message>
        <source>Not a web address: %1</source>
        <translation>不是网址：%1</translation>
    </message>
    <message>
        <source>Refused to load an image over plain http from %1.</source>
        <translation>已拒绝通过明文 http 从 %1 加载图片。</translation>
    </message>
    <message>
        <source>No network access.</source>
        <translation>无网络连接。</translation>
    </message>
    <message>
        <source>The image is larger than %1 MB.</source>
        <translation>图片大于 %1 MB。</translation>
    </message>
    <message>
        <source>Could not download the image: %1</source>
        <translation>无法下载图片：%1</translation>
    </message>
    <message>
        <source>The file at %1 is not an image this program can show.</source>
        <translation>%1 处的文件不是本程序可以显示的图片。</translation>
    </message>
</context>
<context>
    <name>ra::ImageDropWidget</name>
    <message>
        <source>No image. Drop a PNG, JPEG, GIF, WebP or BMP file here (at most %1 MB) or choose one.</source>
        <translation>没有图片。将 PNG、JPEG、GIF、WebP 或 BMP 文件（最大 %1 MB）拖放到此处，或选择一个文件。</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <source>Choose image file</source>
        <translation>选择图片文件</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove image</source>
        <translation>移除图片</translation>
    </message>
    <message>
        <source>Image preview</source>
        <translation>图片预览</translation>
    </message>
    <message>
        <source>Drop an image file here (at most %1 MB).</source>
        <translation>将图片文件拖放到此处（最大 %1 MB）。</translation>
    </message>
    <message>
        <source>Current image (loading…): %1</source>
        <translation>当前图片（正在加载…）：%1</translation>
    </message>
    <message>
        <source>Current image: %1</source>
        <translation>当前图片：%1</translation>
    </message>
    <message>
        <source>Uploaded: %1</source>
        <translation>已上传：%1</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>无图片</translation>
    </message>
    <message>
        <source>%1 (%2 × %3, %4), uploaded when you save.</source>
        <translation>%1（%2 × %3，%4），将在保存时上传。</translation>
    </message>
    <message>
        <source>Choose Badge Image</source>
        <translation>选择徽章图片</translation>
    </message>
</context>
<context>
    <name>ra::ImageFile</name>
    <message>
        <source>&quot;%1&quot; cannot be read.</source>
        <translation>无法读取“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2; an image may be at most %3 MB.</source>
        <translation>“%1”大小为 %2；图片最大为 %3 MB。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be opened: %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PNG, JPEG, GIF, WebP or BMP image.</source>
        <translation>“%1”不是 PNG、JPEG、GIF、WebP 或 BMP 图片。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged: %2</source>
        <translation>“%1”已损坏：%2</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</translation>
    </message>
</context>
<context>
    <name>ra::ImageUpload</name>
    <message>
        <source>The upload answered without an image URL.</source>
        <translation>上传已完成，但响应中没有图片 URL。</translation>
    </message>
</context>
<context>
    <name>ra::ImportCommand</name>
    <message>
        <source>%1 takes a positive number, not &quot;%2&quot;</source>
        <translation>%1 需要一个正数，而不是“%2”</translation>
    </message>
    <message>
        <source>unknown option %1 (see import --help)</source>
        <translation>未知选项 %1（参见 import --help）</translation>
    </message>
    <message>
        <source>give one file, not &quot;%1&quot; too</source>
        <translation>只能指定一个文件，不能再加上“%1”</translation>
    </message>
    <message>
        <source>name the CSV file to import</source>
        <translation>请指定要导入的 CSV 文件</translation>
    </message>
    <message>
        <source>give --profile P (or --base-url integration=URL)</source>
        <translation>请提供 --profile P（或 --base-url integration=URL）</translation>
    </message>
    <message>
        <source>import: %1</source>
        <translation>import：%1</translation>
    </message>
    <message>
        <source>profiles are not available here</source>
        <translation>此处无法使用配置</translation>
    </message>
    <message>
        <source>import: no community: give --community ID</source>
        <translation>import：没有社区：请提供 --community ID</translation>
    </message>
    <message>
        <source>%1: %2 of %3 rows processed, %4 created, %5 updated, %6 failed, %7 rows/s</source>
        <translation>%1：已处理 %2/%3 行，创建 %4，更新 %5，失败 %6，%7 行/秒</translation>
    </message>
    <message>
        <source>row %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
    <message>
        <source>whole row</source>
        <translation>整行</translation>
    </message>
    <message numerus="yes">
        <source>import: %n row(s) have problems</source>
        <translation>
            <numerusform>import：有 %n 行存在问题</numerusform>
        </translation>
    </message>
    <message>
        <source>; sending anyway (--force)</source>
        <translation>；仍然发送 (--force)</translation>
    </message>
    <message>
        <source>; nothing sent (fix them, or use --force)</source>
        <translation>；未发送任何内容（请修正这些问题，或使用 --force）</translation>
    </message>
    <message>
        <source>failed row %1: %2</source>
        <translation>失败的行 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n row(s)…</source>
        <translation>
            <numerusform>正在发送 %n 行…</numerusform>
        </translation>
    </message>
    <message>
        <source>import: %1 cannot be read as CSV: %2</source>
        <translation>import：%1 无法作为 CSV 读取：%2</translation>
    </message>
    <message>
        <source>Starting %1 anew (--restart): the interrupted import started %2 is forgotten; rows it sent may be sent again.</source>
        <translation>重新开始 %1 (--restart)：已放弃于 %2 开始的被中断导入；它已发送的行可能会再次发送。</translation>
    </message>
    <message>
        <source>import: %1 changed since its interrupted import started %2 (%3 of %4 rows were handed to the server). Nothing was sent. Rerun with --restart to send the file as it is now.</source>
        <translation>import：%1 在其被中断的导入（开始于 %2）之后已被修改（%4 行中已有 %3 行交给服务器）。未发送任何内容。请使用 --restart 重新运行，以发送文件的当前内容。</translation>
    </message>
    <message>
        <source>import: the server refuses the integration key (%1). Nothing was sent.</source>
        <translation>import：服务器拒绝了集成密钥（%1）。未发送任何内容。</translation>
    </message>
    <message>
        <source>import: cannot read the server&apos;s API log, so the import could not be followed (%1). Nothing was sent.</source>
        <translation>import：无法读取服务器的 API 日志，因此无法跟踪导入（%1）。未发送任何内容。</translation>
    </message>
    <message>
        <source>Resuming the interrupted import of %1 started %2 (%3 of %4 rows had been handed over); rows that reached the server are not sent again.</source>
        <translation>正在继续于 %2 开始的 %1 的被中断导入（%4 行中已有 %3 行交出）；已到达服务器的行不会再次发送。</translation>
    </message>
    <message>
        <source>import: cannot resume: %1</source>
        <translation>import：无法继续：%1</translation>
    </message>
    <message>
        <source>Usage: returning-admin import FILE [--update] --profile P [--community ID]

Validates FILE like csv-check, sends it through Bulk Import (or Bulk Update
with --update) and follows the job(s) in the API log until done.

  --update              Update existing users instead of creating new ones.
  --profile P           The saved connection profile to use.
  --community ID        The community (default: the profile&apos;s).
  --key-file F          Read the integration key from the first line of F;
                        without it RA_INTEGRATION_KEY is read.
  --key -               Read the integration key from standard input.
  --key K               The integration key itself (other users of the
                        machine can see it: prefer the two above).
  --system-key-file F   System key for checking role names (also
                        --system-key - or K); without it RA_SYSTEM_KEY
                        is read (none: role names are not checked).
  --base-url FAMILY=URL Base URL of an API family instead of a profile
                        (integration, system, application).
  --force               Send even when rows have problems.
  --restart             Forget an interrupted import of FILE and send it
                        anew (without it, a rerun resumes where the
                        interrupted one stopped and sends no row twice).
  --journal FILE        Journal file (default: the app&apos;s).
  --max-chunk-bytes N   Upload at most N bytes per job.

Exit status: 0 all rows succeeded, 1 rows had problems or failed,
2 usage error or unreadable file, 3 the key is missing or refused.
</source>
        <translation>用法：returning-admin import FILE [--update] --profile P [--community ID]

像 csv-check 一样验证 FILE，通过批量导入（使用 --update 时为批量更新）
发送，并在 API 日志中跟踪任务直至完成。

  --update              更新现有用户，而不是创建新用户。
  --profile P           要使用的已保存连接配置。
  --community ID        社区（默认：配置中的社区）。
  --key-file F          从 F 的第一行读取集成密钥；未指定时读取
                        RA_INTEGRATION_KEY。
  --key -               从标准输入读取集成密钥。
  --key K               直接给出集成密钥（本机其他用户可以看到：
                        建议使用上面两种方式）。
  --system-key-file F   用于检查角色名称的系统密钥（也可用 --system-key -
                        或 K）；未指定时读取 RA_SYSTEM_KEY（若没有，
                        则不检查角色名称）。
  --base-url FAMILY=URL 某个 API 系列的基础 URL，用于代替配置
                        （integration、system、application）。
  --force               即使有行存在问题也发送。
  --restart             放弃 FILE 被中断的导入并重新发送（不加此选项时，
                        再次运行会从中断处继续，且不会重复发送任何行）。
  --journal FILE        记录文件（默认：应用的记录文件）。
  --max-chunk-bytes N   每个任务最多上传 N 字节。

退出状态：0 所有行均成功，1 有行存在问题或失败，
2 用法错误或文件无法读取，3 密钥缺失或被拒绝。
</translation>
    </message>
    <message>
        <source>only one key can come from standard input</source>
        <translation>只能有一个密钥来自标准输入</translation>
    </message>
    <message numerus="yes">
        <source>%1. By the server&apos;s count, of %2 rows: %3 created, %4 updated, %5 failed, %6 unconfirmed, %7 not sent (%n job(s)).</source>
        <translation>
            <numerusform>%1。按服务器的统计，在 %2 行中：创建 %3，更新 %4，失败 %5，未确认 %6，未发送 %7（%n 个任务）。</numerusform>
        </translation>
    </message>
    <message>
        <source>import: no integration key: give --key-file F or --key -, or set RA_INTEGRATION_KEY. Nothing was sent.</source>
        <translation>import：没有集成密钥：请提供 --key-file F 或 --key -，或设置 RA_INTEGRATION_KEY。未发送任何内容。</translation>
    </message>
</context>
<context>
    <name>ra::ImportDocument</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Reading the file was cancelled.</source>
        <translation>已取消读取文件。</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Could not write the rows: %1</source>
        <translation>无法写入这些行：%1</translation>
    </message>
    <message>
        <source>Rows %1 to %2 are not available (the file is not fully read).</source>
        <translation>第 %1 至 %2 行不可用（文件尚未完全读取）。</translation>
    </message>
    <message>
        <source>The file ended before row %1: was it changed on disk?</source>
        <translation>文件在第 %1 行之前就结束了：它在磁盘上被修改过吗？</translation>
    </message>
    <message>
        <source>Did you mean &quot;%1&quot;?</source>
        <translation>您是不是要输入“%1”？</translation>
    </message>
</context>
<context>
    <name>ra::ImportDryRunPage</name>
    <message>
        <source>Optional: check which users already exist before sending.</source>
        <translation>可选：在发送前检查哪些用户已存在。</translation>
    </message>
    <message>
        <source>Checked %1 of %2 rows so far.</source>
        <translation>目前已检查 %1/%2 行。</translation>
    </message>
    <message>
        <source>All %1 rows checked.</source>
        <translation>已检查全部 %1 行。</translation>
    </message>
    <message>
        <source>Stopped after %1 of %2 rows.</source>
        <translation>在检查 %1/%2 行后停止。</translation>
    </message>
    <message>
        <source>Would be updated: %1. Not on the server, would fail: %2.</source>
        <translation>将被更新：%1。不在服务器上、将会失败：%2。</translation>
    </message>
    <message>
        <source>Would be created: %1. Already on the server, would fail: %2.</source>
        <translation>将被创建：%1。已在服务器上、将会失败：%2。</translation>
    </message>
    <message>
        <source>Without Email or Username: %1.</source>
        <translation>没有 Email 或 Username：%1。</translation>
    </message>
    <message numerus="yes">
        <source>%n lookup(s) failed: %1</source>
        <translation>
            <numerusform>%n 次查找失败：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>试运行</translation>
    </message>
    <message>
        <source>Nothing is sent yet. Optionally ask the server which users already exist.</source>
        <translation>尚未发送任何内容。可以选择先向服务器查询哪些用户已存在。</translation>
    </message>
    <message>
        <source>&amp;Check against the server</source>
        <translation>对照服务器检查(&amp;C)</translation>
    </message>
    <message>
        <source>S&amp;top checking</source>
        <translation>停止检查(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <source>Reading the member list: page %1 of %2; %3 of %4 rows found so far.</source>
        <translation>正在读取成员列表：第 %1/%2 页；目前已找到 %3/%4 行。</translation>
    </message>
    <message numerus="yes">
        <source>All %1 rows checked against the member list (%n page(s)).</source>
        <translation>
            <numerusform>已对照成员列表检查全部 %1 行（%n 页）。</numerusform>
        </translation>
    </message>
    <message>
        <source>No row can be sent: each row is skipped or has problems.</source>
        <translation>没有可发送的行：每一行都已被跳过或存在问题。</translation>
    </message>
    <message>
        <source>Send Rows</source>
        <translation>发送行</translation>
    </message>
    <message>
        <source>Nothing can be taken back once it is sent.</source>
        <translation>内容一旦发送便无法撤回。</translation>
    </message>
    <message numerus="yes">
        <source>Send %Ln row(s) to %1?</source>
        <translation>
            <numerusform>要将 %Ln 行发送到 %1 吗？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) with problems will be skipped.</source>
        <translation>
            <numerusform>将跳过 %Ln 个存在问题的行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) you skipped will not be sent.</source>
        <translation>
            <numerusform>您跳过的 %Ln 行将不会发送。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows with problems, will fail (not sent): %1.</source>
        <translation>存在问题、将会失败的行（不发送）：%1。</translation>
    </message>
    <message>
        <source>Skipped by you (not sent): %1.</source>
        <translation>被您跳过的行（不发送）：%1。</translation>
    </message>
    <message numerus="yes">
        <source>%1 &quot;%2&quot; on %Ln row(s)</source>
        <translation>
            <numerusform>%1“%2”（%Ln 行）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>other %1 names on %Ln row(s)</source>
        <translation>
            <numerusform>其他 %1 名称（%Ln 行）</numerusform>
        </translation>
    </message>
    <message>
        <source>Not checked (the app cannot ask the server for these names; rows naming one the server does not have will fail): %1.</source>
        <translation>未检查（应用无法向服务器查询这些名称；若某行中的名称在服务器上不存在，该行将会失败）：%1。</translation>
    </message>
</context>
<context>
    <name>ra::ImportFilePage</name>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>分隔符(&amp;D)：</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>选择 CSV 文件</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose a CSV file, or drop one on the main window.</source>
        <translation>选择一个 CSV 文件，或将其拖放到主窗口上。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Check that the preview looks right; change the encoding or delimiter if it does not.</source>
        <translation>请检查预览是否正确；如不正确，请更改编码或分隔符。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>File path</source>
        <translation>文件路径</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>分隔符</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Detected %1, %2. Reading the whole file (%3): %4 rows so far…</source>
        <translation>检测到 %1，%2。正在读取整个文件 (%3)：目前 %4 行…</translation>
    </message>
    <message>
        <source>Detected %1, %2. %3 data rows, %4 columns, %5.</source>
        <translation>检测到 %1，%2。%3 个数据行，%4 列，%5。</translation>
    </message>
</context>
<context>
    <name>ra::ImportMappingPage</name>
    <message>
        <source>Column in your file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Template column</source>
        <translation>模板列</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>第一个值</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1（必需）</translation>
    </message>
    <message>
        <source>Template column for %1</source>
        <translation>%1 对应的模板列</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Headers were matched to the template; change any that are wrong.</source>
        <translation>已将表头与模板匹配；如有错误请更改。</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>列映射</translation>
    </message>
</context>
<context>
    <name>ra::ImportModePage</name>
    <message>
        <source>What do you want to do?</source>
        <translation>您想要做什么？</translation>
    </message>
    <message>
        <source>Bulk Import creates new members; Bulk Update changes members who already exist, matched by Email (or Username).</source>
        <translation>批量导入会创建新成员；批量更新会更改已存在的成员，按 Email（或 Username）匹配。</translation>
    </message>
    <message>
        <source>&amp;Import new users (Bulk Import)</source>
        <translation>导入新用户（批量导入）(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Update existing users (Bulk Update)</source>
        <translation>更新现有用户（批量更新）(&amp;U)</translation>
    </message>
</context>
<context>
    <name>ra::ImportPanes</name>
    <message>
        <source>Interrupted Import</source>
        <translation>被中断的导入</translation>
    </message>
    <message>
        <source>The interrupted import of %1 cannot be resumed: %2</source>
        <translation>无法继续 %1 的被中断导入：%2</translation>
    </message>
    <message numerus="yes">
        <source>Rows already sent stay on the server and are listed in the API log. Forget this import to stop being asked; %n row(s) not yet sent will not be sent.</source>
        <translation>
            <numerusform>已发送的行会保留在服务器上，并列在 API 日志中。放弃此导入后将不再询问您；尚未发送的 %n 行将不会发送。</numerusform>
        </translation>
    </message>
    <message>
        <source>Forget Import</source>
        <translation>放弃导入</translation>
    </message>
    <message>
        <source>Forgot the interrupted import of %1.</source>
        <translation>已放弃 %1 的被中断导入。</translation>
    </message>
    <message>
        <source>The import of %1 was interrupted: the app stopped before every row was sent.</source>
        <translation>%1 的导入被中断：应用在所有行发送完毕之前停止了。</translation>
    </message>
    <message>
        <source>Resume sends the rows left to community %1. Review shows what the journal knows. Forget stops here: the rows left are not sent, and you are not asked again.</source>
        <translation>“继续”会将剩余的行发送到社区 %1。“查看”会显示记录中的信息。“放弃”将就此停止：剩余的行不会发送，且不会再询问您。</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Interrupted Import: What the Journal Knows</source>
        <translation>被中断的导入：记录中的信息</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>导入报告</translation>
    </message>
</context>
<context>
    <name>ra::ImportProgress</name>
    <message>
        <source>Cancelling: finishing the upload in progress</source>
        <translation>正在取消：完成正在进行的上传</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>正在发送</translation>
    </message>
    <message>
        <source>Processing on the server</source>
        <translation>服务器正在处理</translation>
    </message>
    <message numerus="yes">
        <source>Done, %n row(s) failed</source>
        <translation>
            <numerusform>已完成，%n 行失败</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled: the rows sent were processed</source>
        <translation>已取消：已发送的行均已处理</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>The whole job failed: %1</source>
        <translation>整个任务失败：%1</translation>
    </message>
    <message>
        <source>The job&apos;s results could not be read: %1</source>
        <translation>无法读取任务结果：%1</translation>
    </message>
    <message>
        <source>The server refused the rows sent with this one: %1</source>
        <translation>服务器拒绝了与此任务一同发送的行：%1</translation>
    </message>
    <message numerus="yes">
        <source>the server&apos;s results for %n row(s) could not be read; run the import again to read them (no row is sent twice)</source>
        <translation>
            <numerusform>无法读取服务器对 %n 行的处理结果；请再次运行导入以读取（不会重复发送任何行）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ra::ImportProgressChart</name>
    <message>
        <source>Processed</source>
        <translation>已处理</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Import progress chart</source>
        <translation>导入进度图表</translation>
    </message>
</context>
<context>
    <name>ra::ImportProgressView</name>
    <message>
        <source>Checking the job failed, retrying: %1</source>
        <translation>检查任务失败，正在重试：%1</translation>
    </message>
    <message>
        <source>Not sent yet.</source>
        <translation>尚未发送。</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1/%2 行</translation>
    </message>
    <message>
        <source>Sent: %1 · Processed: %2 · Created: %3 · Updated: %4 · Failed: %5 · Jobs: %6</source>
        <translation>已发送：%1 · 已处理：%2 · 已创建：%3 · 已更新：%4 · 失败：%5 · 任务：%6</translation>
    </message>
    <message>
        <source>%1 rows/s · time left: %2</source>
        <translation>%1 行/秒 · 剩余时间：%2</translation>
    </message>
    <message>
        <source>No failed rows so far.</source>
        <translation>目前没有失败的行。</translation>
    </message>
    <message numerus="yes">
        <source>%n failed row(s), with the server&apos;s reason:</source>
        <translation>
            <numerusform>%n 个失败的行，以及服务器给出的原因：</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was sent yet.</source>
        <translation>尚未发送任何内容。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Export failed rows</source>
        <translation>导出失败的行</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>failed-rows.csv</source>
        <translation>failed-rows.csv</translation>
    </message>
    <message>
        <source>Failed rows written to %1.</source>
        <translation>失败的行已写入 %1。</translation>
    </message>
    <message>
        <source>&amp;Stop sending</source>
        <translation>停止发送(&amp;S)</translation>
    </message>
    <message>
        <source>Send no further chunks; rows already sent are still processed.</source>
        <translation>不再发送后续分块；已发送的行仍会被处理。</translation>
    </message>
    <message>
        <source>&amp;Export failed rows…</source>
        <translation>导出失败的行(&amp;E)…</translation>
    </message>
    <message>
        <source>Failed rows</source>
        <translation>失败的行</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>导入进度</translation>
    </message>
    <message>
        <source> · Not sent: %1 · Unconfirmed: %2</source>
        <translation> · 未发送：%1 · 未确认：%2</translation>
    </message>
    <message>
        <source>Left out of the file&apos;s %1 rows, not sent: %2 with problems, %3 skipped by you.</source>
        <translation>文件的 %1 行中被排除、未发送的：%2 行存在问题，%3 行被您跳过。</translation>
    </message>
    <message>
        <source>No row failed on the server.</source>
        <translation>服务器上没有失败的行。</translation>
    </message>
</context>
<context>
    <name>ra::ImportRunner</name>
    <message>
        <source>The journal has no import %1</source>
        <translation>记录中没有导入 %1</translation>
    </message>
    <message>
        <source>%1 changed or is gone since the import started; the rows not sent yet cannot be matched to it</source>
        <translation>自导入开始以来，%1 已被修改或已不存在；尚未发送的行无法与其对应</translation>
    </message>
    <message>
        <source>Cannot prepare rows %1 to %2 for sending: %3</source>
        <translation>无法准备第 %1 至 %2 行以供发送：%3</translation>
    </message>
    <message>
        <source>Row %1 alone is larger than the %2 bytes the server accepts</source>
        <translation>仅第 %1 行就已超过服务器可接受的 %2 字节</translation>
    </message>
    <message>
        <source>The server refused rows %1 to %2: %3</source>
        <translation>服务器拒绝了第 %1 至 %2 行：%3</translation>
    </message>
    <message>
        <source>Sending rows %1 to %2 failed %3 times: %4. Resume the import later; rows that reached the server are not sent again.</source>
        <translation>发送第 %1 至 %2 行失败了 %3 次：%4。请稍后继续导入；已到达服务器的行不会再次发送。</translation>
    </message>
    <message>
        <source>rows %1 to %2 (%3)</source>
        <translation>第 %1 至 %2 行 (%3)</translation>
    </message>
    <message>
        <source>Cannot check whether %1 reached the server: %2. They are not sent again blindly: resume the import later, and the server&apos;s API log decides.</source>
        <translation>无法检查 %1 是否已到达服务器：%2。它们不会被盲目地再次发送：请稍后继续导入，届时由服务器的 API 日志决定。</translation>
    </message>
    <message>
        <source>the last rows sent</source>
        <translation>最后发送的行</translation>
    </message>
</context>
<context>
    <name>ra::ImportSendPage</name>
    <message>
        <source>Sending</source>
        <translation>正在发送</translation>
    </message>
    <message>
        <source>The rows go to the server in chunks, each its own job; progress comes from the API log. You may close this window: the import is journaled and resumes next time.</source>
        <translation>各行会分块发送到服务器，每个分块都是一个独立的任务；进度来自 API 日志。您可以关闭此窗口：导入已被记录，下次会继续。</translation>
    </message>
    <message>
        <source>Stopped while preparing the rows: nothing was sent.</source>
        <translation>在准备行时已停止：未发送任何内容。</translation>
    </message>
    <message>
        <source>Preparing rows for sending: %1 of %2</source>
        <translation>正在准备要发送的行：%1/%2</translation>
    </message>
    <message>
        <source>S&amp;top preparing</source>
        <translation>停止准备(&amp;T)</translation>
    </message>
    <message>
        <source>Stop preparing the rows</source>
        <translation>停止准备这些行</translation>
    </message>
    <message>
        <source>Rows prepared for sending</source>
        <translation>已准备好发送的行</translation>
    </message>
</context>
<context>
    <name>ra::ImportSession</name>
    <message>
        <source>The community&apos;s roles could not be read, so Role names are not checked before sending: %1</source>
        <translation>无法读取社区的角色，因此发送前不会检查 Role 列中的角色名称：%1</translation>
    </message>
    <message>
        <source>The file is not read completely yet.</source>
        <translation>文件尚未完全读取。</translation>
    </message>
    <message>
        <source>The journal has no import %1</source>
        <translation>记录中没有导入 %1</translation>
    </message>
    <message>
        <source>The rows are being prepared for sending already.</source>
        <translation>已经在准备要发送的行。</translation>
    </message>
    <message>
        <source>community %1</source>
        <translation>社区 %1</translation>
    </message>
    <message numerus="yes">
        <source>No row can be sent: each of the %n row(s) is skipped or has problems.</source>
        <translation>
            <numerusform>没有可发送的行：%n 行中的每一行都已被跳过或存在问题。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ra::ImportTemplate</name>
    <message>
        <source>Could not write the template: %1</source>
        <translation>无法写入模板：%1</translation>
    </message>
    <message>
        <source>Free text.</source>
        <translation>自由文本。</translation>
    </message>
    <message>
        <source>At most 50 characters.</source>
        <translation>最多 50 个字符。</translation>
    </message>
    <message>
        <source>An e-mail address, unique within the file.</source>
        <translation>电子邮件地址，在文件中必须唯一。</translation>
    </message>
    <message>
        <source>Comma-separated role names that exist in the community (case-sensitive).</source>
        <translation>以逗号分隔的角色名称，必须是社区中已存在的角色（区分大小写）。</translation>
    </message>
    <message>
        <source>Comma-separated tag names that exist in the community (case-sensitive).</source>
        <translation>以逗号分隔的标签名称，必须是社区中已存在的标签（区分大小写）。</translation>
    </message>
    <message>
        <source>A whole number.</source>
        <translation>整数。</translation>
    </message>
    <message>
        <source>add, subtract or overwrite (lower case) for the %1 column after it; empty means overwrite.</source>
        <translation>用于其后 %1 列的 add、subtract 或 overwrite（小写）；留空表示 overwrite。</translation>
    </message>
    <message>
        <source>Required. %1</source>
        <translation>必需。%1</translation>
    </message>
    <message>
        <source>Identifies the user (Email first, else Username).</source>
        <translation>用于识别用户（优先使用 Email，否则使用 Username）。</translation>
    </message>
</context>
<context>
    <name>ra::ImportTemplatePage</name>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必需</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必需</translation>
    </message>
    <message>
        <source>Email or Username</source>
        <translation>Email 或 Username</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>The community has no roles.</source>
        <translation>此社区没有角色。</translation>
    </message>
    <message>
        <source>Role names on the server (case-sensitive): %1</source>
        <translation>服务器上的角色名称（区分大小写）：%1</translation>
    </message>
    <message>
        <source>Reading the community&apos;s role names…</source>
        <translation>正在读取社区的角色名称…</translation>
    </message>
    <message>
        <source>Tag names: the API offers no way to list them; the server checks them when the job runs and reports unknown tags as failed rows.</source>
        <translation>标签名称：API 无法列出它们；服务器会在任务运行时检查，并将未知标签作为失败的行报告。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>保存模板</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>bulk-update-template.csv</source>
        <translation>bulk-update-template.csv</translation>
    </message>
    <message>
        <source>bulk-import-template.csv</source>
        <translation>bulk-import-template.csv</translation>
    </message>
    <message>
        <source>Template saved to %1.</source>
        <translation>模板已保存到 %1。</translation>
    </message>
    <message>
        <source>The template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Your file&apos;s columns are matched to these. For updates, a numeric column may be preceded by &lt;field&gt;_op: add, subtract or overwrite.</source>
        <translation>您文件中的列将与这些列匹配。进行更新时，数值列前面可以加一个 &lt;field&gt;_op 列：add、subtract 或 overwrite。</translation>
    </message>
    <message>
        <source>&amp;Save template…</source>
        <translation>保存模板(&amp;S)…</translation>
    </message>
    <message>
        <source>Template columns</source>
        <translation>模板列</translation>
    </message>
    <message>
        <source>Example row</source>
        <translation>示例行</translation>
    </message>
</context>
<context>
    <name>ra::ImportValidationPage</name>
    <message>
        <source>Reading and checking the file: %1 rows so far…</source>
        <translation>正在读取并检查文件：目前 %1 行…</translation>
    </message>
    <message>
        <source>%1 rows, all fine.</source>
        <translation>%1 行，全部正常。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Export rows with problems</source>
        <translation>导出存在问题的行</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>rows-with-problems.csv</source>
        <translation>rows-with-problems.csv</translation>
    </message>
    <message>
        <source>Rows with problems written to %1.</source>
        <translation>存在问题的行已写入 %1。</translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation>检查各行</translation>
    </message>
    <message>
        <source>Show only rows with &amp;problems</source>
        <translation>仅显示存在问题的行(&amp;P)</translation>
    </message>
    <message>
        <source>E&amp;xport problem rows…</source>
        <translation>导出存在问题的行(&amp;X)…</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行</translation>
    </message>
    <message>
        <source>&amp;Use &quot;%1&quot;</source>
        <translation>使用“%1”(&amp;U)</translation>
    </message>
    <message>
        <source>Put &quot;%1&quot; into %2 of row %3</source>
        <translation>将“%1”填入第 %3 行的 %2</translation>
    </message>
    <message>
        <source>%1 skipped (not sent).</source>
        <translation>%1 行已跳过（不发送）。</translation>
    </message>
    <message>
        <source>%1 rows; %2 with problems (%3 problems). Fix them in the grid (double-click a red cell), skip them (Delete) or export them; rows with problems are not sent.</source>
        <translation>%1 行；其中 %2 行存在问题（共 %3 个问题）。可在表格中修正（双击红色单元格）、跳过 (Delete) 或导出这些行；存在问题的行不会发送。</translation>
    </message>
    <message>
        <source>Red cells have a problem; the Problem column says why.</source>
        <translation>红色单元格存在问题；“问题”列中说明了原因。</translation>
    </message>
    <message>
        <source>&amp;Skip Rows (Not Sent)</source>
        <translation>跳过这些行（不发送）(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Include Rows Again</source>
        <translation>重新包含这些行(&amp;I)</translation>
    </message>
</context>
<context>
    <name>ra::ImportWizard</name>
    <message>
        <source>Import users from CSV</source>
        <translation>从 CSV 导入用户</translation>
    </message>
    <message>
        <source>Import wizard</source>
        <translation>导入向导</translation>
    </message>
    <message>
        <source>Import or update members of %1</source>
        <translation>导入或更新 %1 的成员</translation>
    </message>
    <message numerus="yes">
        <source>Update %n member(s) in %1</source>
        <translation>
            <numerusform>更新 %1 中的 %n 名成员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n member(s) into %1</source>
        <translation>
            <numerusform>将 %n 名成员导入 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ra::JobFollower</name>
    <message>
        <source>The server refuses the key, so the job cannot be followed: %1</source>
        <translation>服务器拒绝了密钥，因此无法跟踪任务：%1</translation>
    </message>
    <message>
        <source>The job&apos;s progress could not be read %1 times in a row: %2</source>
        <translation>连续 %1 次无法读取任务进度：%2</translation>
    </message>
</context>
<context>
    <name>ra::JobJournal</name>
    <message>
        <source>Cannot read the import journal %1: %2</source>
        <translation>无法读取导入记录文件 %1：%2</translation>
    </message>
    <message>
        <source>The import journal %1 is damaged at byte %2: %3</source>
        <translation>导入记录文件 %1 在第 %2 字节处已损坏：%3</translation>
    </message>
    <message>
        <source>Cannot write the import journal %1: %2</source>
        <translation>无法写入导入记录文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>ra::KeyOption</name>
    <message>
        <source>RA_API_KEY is no longer read: set RA_INTEGRATION_KEY, RA_SYSTEM_KEY or RA_APPLICATION_KEY</source>
        <translation>已不再读取 RA_API_KEY：请设置 RA_INTEGRATION_KEY、RA_SYSTEM_KEY 或 RA_APPLICATION_KEY</translation>
    </message>
    <message>
        <source>RA_SYSTEM_API_KEY is no longer read: set RA_SYSTEM_KEY</source>
        <translation>已不再读取 RA_SYSTEM_API_KEY：请设置 RA_SYSTEM_KEY</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <source>give %1 or %2 once</source>
        <translation>%1 或 %2 只能指定一次</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 需要一个值</translation>
    </message>
    <message>
        <source>%1 -: cannot read standard input</source>
        <translation>%1 -：无法读取标准输入</translation>
    </message>
    <message>
        <source>%1 -: standard input holds no key</source>
        <translation>%1 -：标准输入中没有密钥</translation>
    </message>
    <message>
        <source>warning: a key given with %1 can be read by other users of this machine; use %2, %1 - (standard input) or %3 instead</source>
        <translation>警告：通过 %1 给出的密钥可被本机其他用户读取；请改用 %2、%1 -（标准输入）或 %3</translation>
    </message>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation>%1：无法读取 %2：%3</translation>
    </message>
    <message>
        <source>%1: %2 holds no key on its first line</source>
        <translation>%1：%2 的第一行中没有密钥</translation>
    </message>
    <message>
        <source>warning: %1 can be read by other users; restrict it with chmod 600</source>
        <translation>警告：%1 可被其他用户读取；请使用 chmod 600 限制其权限</translation>
    </message>
</context>
<context>
    <name>ra::KeychainSecretStore</name>
    <message>
        <source>No keychain is running on this desktop (no Secret Service or KWallet); keys can be kept for this run only.</source>
        <translation>此桌面上没有运行密钥环服务（没有 Secret Service 或 KWallet）；密钥只能在本次运行期间保留。</translation>
    </message>
</context>
<context>
    <name>ra::MainWindow</name>
    <message>
        <source>Connections</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>配置：%1</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>环境：%1</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>关于 Qt</translation>
    </message>
    <message>
        <source>Returning Admin uses Qt %1.</source>
        <translation>Returning Admin 使用 Qt %1。</translation>
    </message>
    <message>
        <source>Qt is a C++ toolkit for cross-platform application development, available under the GNU LGPL version 3. See https://www.qt.io for licensing and source code.</source>
        <translation>Qt 是用于跨平台应用程序开发的 C++ 工具包，以 GNU LGPL 第 3 版授权提供。有关许可和源代码，请访问 https://www.qt.io。</translation>
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
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit Returning Admin</source>
        <translation>退出 Returning Admin</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Search in the current pane</source>
        <translation>在当前窗格中搜索</translation>
    </message>
    <message>
        <source>Show &amp;Navigation</source>
        <translation>显示导航栏(&amp;N)</translation>
    </message>
    <message>
        <source>Show or hide the navigation list</source>
        <translation>显示或隐藏导航列表</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>全屏(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Reload the current pane from the server</source>
        <translation>从服务器重新加载当前窗格</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;About Returning Admin</source>
        <translation>关于 Returning Admin(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>转到</translation>
    </message>
    <message>
        <source>Current pane</source>
        <translation>当前窗格</translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation>状态栏</translation>
    </message>
    <message>
        <source>Switch profile</source>
        <translation>切换配置</translation>
    </message>
    <message>
        <source>&amp;Import Users from CSV…</source>
        <translation>从 CSV 导入用户(&amp;I)…</translation>
    </message>
    <message>
        <source>Bulk import or update members from a CSV file (or drop one here)</source>
        <translation>从 CSV 文件批量导入或更新成员（也可将文件拖放到此处）</translation>
    </message>
    <message>
        <source>Open Connections</source>
        <translation>打开连接</translation>
    </message>
    <message>
        <source>Some keys of profile &quot;%1&quot; cannot be read, so requests that need them are not sent. %2</source>
        <translation>无法读取配置“%1”的部分密钥，因此需要这些密钥的请求不会发送。%2</translation>
    </message>
    <message>
        <source>Reset &amp;Demo Community…</source>
        <translation>重置演示社区(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete everything in the local sandbox and start again from a new demo community</source>
        <translation>删除本地沙盒中的所有内容，并从新的演示社区重新开始</translation>
    </message>
    <message>
        <source>%1 — Returning Admin</source>
        <translation>%1 — Returning Admin</translation>
    </message>
    <message>
        <source>%1 — %2 — Returning Admin</source>
        <translation>%1 — %2 — Returning Admin</translation>
    </message>
    <message>
        <source>Community: %1</source>
        <translation>社区：%1</translation>
    </message>
    <message>
        <source>%1 · Server: %2</source>
        <translation>%1 · 服务器：%2</translation>
    </message>
    <message>
        <source>community %1 (name not known)</source>
        <translation>社区 %1（名称未知）</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <source>Request timeout, parallel requests, language and theme</source>
        <translation>请求超时、并行请求数、语言和主题</translation>
    </message>
</context>
<context>
    <name>ra::MemberExportJob</name>
    <message numerus="yes">
        <source>Reading the members to export to %1 failed after %n member(s): %2</source>
        <translation>
            <numerusform>读取要导出到 %1 的成员时，在读取 %n 名成员后失败：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>The export to %1 was cancelled after %n member(s); the file was not written.</source>
        <translation>
            <numerusform>导出到 %1 的操作在导出 %n 名成员后被取消；未写入文件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ra::MessageActions</name>
    <message>
        <source>Write something or attach an image first.</source>
        <translation>请先输入内容或附加图片。</translation>
    </message>
    <message>
        <source>Say who sends it: a member&apos;s username or e-mail in &quot;Send as&quot;.</source>
        <translation>请指定发送者：在“发送身份”中填写成员的用户名或电子邮件。</translation>
    </message>
    <message>
        <source>The message has %1 characters; at most %2 can be sent.</source>
        <translation>消息有 %1 个字符；最多只能发送 %2 个。</translation>
    </message>
</context>
<context>
    <name>ra::MessageBar</name>
    <message>
        <source>Close message</source>
        <translation>关闭消息</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>ra::MessageBoxQuestionProvider</name>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
</context>
<context>
    <name>ra::MessageComposer</name>
    <message>
        <source>Cancel Reply</source>
        <translation>取消回复</translation>
    </message>
    <message>
        <source>Write a message (plain text); drop images here</source>
        <translation>输入消息（纯文本）；可将图片拖放到此处</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Attach Image…</source>
        <translation>附加图片…</translation>
    </message>
    <message>
        <source>Remove Image</source>
        <translation>移除图片</translation>
    </message>
    <message>
        <source>Send as:</source>
        <translation>发送身份：</translation>
    </message>
    <message>
        <source>username or e-mail</source>
        <translation>用户名或电子邮件</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Send (Ctrl+Return)</source>
        <translation>发送 (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Replying to %1</source>
        <translation>正在回复 %1</translation>
    </message>
    <message>
        <source>Attach Images</source>
        <translation>附加图片</translation>
    </message>
    <message>
        <source>%1: not uploaded: %2</source>
        <translation>%1：未上传：%2</translation>
    </message>
    <message>
        <source>%1: uploaded</source>
        <translation>%1：已上传</translation>
    </message>
    <message>
        <source>%1: uploading…</source>
        <translation>%1：正在上传…</translation>
    </message>
    <message>
        <source>Uploading %1 of %2</source>
        <translation>正在上传：%1/%2</translation>
    </message>
    <message numerus="yes">
        <source>[%n image(s) attached]</source>
        <translation>
            <numerusform>[已附加 %n 张图片]</numerusform>
        </translation>
    </message>
    <message>
        <source>(nothing to send yet)</source>
        <translation>（尚无可发送的内容）</translation>
    </message>
    <message>
        <source>Wait until the images are uploaded.</source>
        <translation>请等待图片上传完成。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>已发送。</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Throw the unsent message away (Esc in the text)</source>
        <translation>放弃这条未发送的消息（在文本中按 Esc）</translation>
    </message>
    <message>
        <source>Ctrl+Return sends; Esc discards the unsent message</source>
        <translation>按 Ctrl+Return 发送；按 Esc 放弃未发送的消息</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>消息文本</translation>
    </message>
    <message>
        <source>Reply target</source>
        <translation>回复对象</translation>
    </message>
    <message>
        <source>Message preview</source>
        <translation>消息预览</translation>
    </message>
    <message>
        <source>Attached images</source>
        <translation>已附加的图片</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>上传进度</translation>
    </message>
    <message>
        <source>Attach Image</source>
        <translation>附加图片</translation>
    </message>
    <message>
        <source>Send as</source>
        <translation>发送身份</translation>
    </message>
    <message>
        <source>Composer status</source>
        <translation>编辑器状态</translation>
    </message>
    <message>
        <source>Discard this unsent message?</source>
        <translation>要放弃这条未发送的消息吗？</translation>
    </message>
    <message>
        <source>It has not been sent and will not be kept.</source>
        <translation>该消息尚未发送，也不会被保留。</translation>
    </message>
    <message>
        <source>Discarded.</source>
        <translation>已放弃。</translation>
    </message>
</context>
<context>
    <name>ra::MessageDelegate</name>
    <message>
        <source>reply to an earlier message</source>
        <translation>回复较早的消息</translation>
    </message>
    <message>
        <source>Loading image…</source>
        <translation>正在加载图片…</translation>
    </message>
</context>
<context>
    <name>ra::MessageDrafts</name>
    <message>
        <source>The drafts in %1 cannot be read: %2</source>
        <translation>无法读取 %1 中的草稿：%2</translation>
    </message>
    <message>
        <source>The drafts in %1 are damaged (%2 at byte %3); starting without them.</source>
        <translation>%1 中的草稿已损坏（%2，位于第 %3 字节）；将在没有草稿的情况下启动。</translation>
    </message>
    <message>
        <source>The drafts cannot be saved to %1: %2</source>
        <translation>无法将草稿保存到 %1：%2</translation>
    </message>
</context>
<context>
    <name>ra::MessagesPane</name>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n message(s) shown</source>
        <translation>
            <numerusform>共 %n 条消息，已显示 %1 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading older messages…</source>
        <translation>正在加载较早的消息…</translation>
    </message>
    <message>
        <source>Loading messages…</source>
        <translation>正在加载消息…</translation>
    </message>
    <message>
        <source>The messages could not be read: %1</source>
        <translation>无法读取消息：%1</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>频道：</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Read the channel again (F5)</source>
        <translation>重新读取频道 (F5)</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>React</source>
        <translation>回应</translation>
    </message>
    <message>
        <source>Announce…</source>
        <translation>发布公告…</translation>
    </message>
    <message>
        <source>Send one message to several channels</source>
        <translation>将一条消息发送到多个频道</translation>
    </message>
    <message>
        <source>Loading channels…</source>
        <translation>正在加载频道…</translation>
    </message>
    <message>
        <source>No channels to show.</source>
        <translation>没有可显示的频道。</translation>
    </message>
    <message>
        <source>Say who reacts: a member&apos;s username or e-mail in &quot;Send as&quot;.</source>
        <translation>请指定回应者：在“发送身份”中填写成员的用户名或电子邮件。</translation>
    </message>
    <message>
        <source>The reaction %1 was not added: %2</source>
        <translation>未添加回应 %1：%2</translation>
    </message>
    <message>
        <source>Reply to the selected message (R)</source>
        <translation>回复所选消息 (R)</translation>
    </message>
    <message>
        <source>Add a reaction to the selected message</source>
        <translation>为所选消息添加回应</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>频道</translation>
    </message>
    <message>
        <source>Announce</source>
        <translation>发布公告</translation>
    </message>
    <message>
        <source>Messages status</source>
        <translation>消息状态</translation>
    </message>
    <message>
        <source>Up and Down move between messages; R replies to the selected one</source>
        <translation>按上、下方向键在消息之间移动；按 R 回复所选消息</translation>
    </message>
</context>
<context>
    <name>ra::NavigationSidebar</name>
    <message>
        <source>Returning Admin</source>
        <translation>Returning Admin</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
</context>
<context>
    <name>ra::NetworkStatusWidget</name>
    <message>
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>1 request</source>
        <translation>1 个请求</translation>
    </message>
    <message numerus="yes">
        <source>%n requests</source>
        <translation>
            <numerusform>%n 个请求</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n 个排队中</numerusform>
        </translation>
    </message>
    <message>
        <source>Network activity</source>
        <translation>网络活动</translation>
    </message>
    <message>
        <source>Requests finished: %1, failed: %2</source>
        <translation>已完成的请求：%1，失败：%2</translation>
    </message>
</context>
<context>
    <name>ra::NewKeySecretDialog</name>
    <message>
        <source>API Key &quot;%1&quot; Created</source>
        <translation>已创建 API 密钥“%1”</translation>
    </message>
    <message>
        <source>This is the key&apos;s secret. It is shown now and never again: copy it to where it will be used before closing this window.</source>
        <translation>这是该密钥的密钥值。它只会显示这一次：请在关闭此窗口之前，将其复制到要使用它的地方。</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared in a minute if it still holds the key.</source>
        <translation>已复制。如果一分钟后剪贴板中仍是该密钥，剪贴板将被清空。</translation>
    </message>
</context>
<context>
    <name>ra::OverviewPane</name>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Count again (F5)</source>
        <translation>重新统计 (F5)</translation>
    </message>
    <message numerus="yes">
        <source>Joined per week, last %n week(s)</source>
        <translation>
            <numerusform>每周加入人数（最近 %n 周）</numerusform>
        </translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation>周起始日期</translation>
    </message>
    <message>
        <source>XP distribution</source>
        <translation>XP 分布</translation>
    </message>
    <message>
        <source>XP</source>
        <translation>XP</translation>
    </message>
    <message>
        <source>Coins distribution</source>
        <translation>金币分布</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>金币</translation>
    </message>
    <message numerus="yes">
        <source>Top %n member(s) by XP</source>
        <translation>
            <numerusform>XP 最高的 %n 名成员</numerusform>
        </translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Members with the most XP</source>
        <translation>XP 最高的成员</translation>
    </message>
    <message>
        <source>How %1 is doing</source>
        <translation>%1 的概况</translation>
    </message>
    <message>
        <source>How community %1 is doing</source>
        <translation>社区 %1 的概况</translation>
    </message>
    <message>
        <source>Members: %1</source>
        <translation>成员：%1</translation>
    </message>
    <message>
        <source>Members: …</source>
        <translation>成员：…</translation>
    </message>
    <message numerus="yes">
        <source>Joined in the last %n week(s): %1</source>
        <translation>
            <numerusform>最近 %n 周加入：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Joined in the last %n week(s): …</source>
        <translation>
            <numerusform>最近 %n 周加入：…</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Waiting for the connection.</source>
        <translation>正在等待连接。</translation>
    </message>
    <message numerus="yes">
        <source>Counted with %n request(s), without reading every member.</source>
        <translation>
            <numerusform>通过 %n 个请求统计得出，无需读取每名成员。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ra::PaletteDock</name>
    <message>
        <source>Loading roles and badges…</source>
        <translation>正在加载角色和徽章…</translation>
    </message>
    <message>
        <source>This server has no roles or badges yet.</source>
        <translation>此服务器还没有角色或徽章。</translation>
    </message>
    <message>
        <source>No role or badge matches &quot;%1&quot;.</source>
        <translation>没有与“%1”匹配的角色或徽章。</translation>
    </message>
    <message>
        <source>Give to selected users (none selected)</source>
        <translation>分配给所选用户（未选择任何用户）</translation>
    </message>
    <message>
        <source>Give to selected users (%1)</source>
        <translation>分配给所选用户 (%1)</translation>
    </message>
    <message>
        <source>Give to everyone matching the filter (%1)</source>
        <translation>分配给所有符合筛选条件的用户 (%1)</translation>
    </message>
    <message>
        <source>Give to…</source>
        <translation>分配给…</translation>
    </message>
    <message>
        <source>Give to users from a CSV file…</source>
        <translation>分配给 CSV 文件中的用户…</translation>
    </message>
    <message>
        <source>Give %1 to users from a CSV file</source>
        <translation>将%1分配给 CSV 文件中的用户</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV 文件 (*.csv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>快捷面板</translation>
    </message>
    <message>
        <source>Palette: %1</source>
        <translation>快捷面板：%1</translation>
    </message>
    <message>
        <source>Search roles and badges</source>
        <translation>搜索角色和徽章</translation>
    </message>
    <message>
        <source>The server whose roles the palette shows</source>
        <translation>快捷面板显示其角色的服务器</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>徽章</translation>
    </message>
    <message>
        <source>Drop members here, paste ids, usernames or e-mails (Ctrl+V), or drop a CSV file on a tile. Drag a tile onto a member to give it to them.</source>
        <translation>将成员拖放到此处，粘贴 ID、用户名或电子邮件 (Ctrl+V)，或将 CSV 文件拖放到某个磁贴上。将磁贴拖到某名成员上即可分配给该成员。</translation>
    </message>
    <message>
        <source>Give to everyone matching the filter (counted before sending)</source>
        <translation>分配给所有符合筛选条件的用户（发送前统计人数）</translation>
    </message>
    <message>
        <source>Roles and badges to give</source>
        <translation>可分配的角色和徽章</translation>
    </message>
</context>
<context>
    <name>ra::PaletteSources</name>
    <message>
        <source>Saved filter</source>
        <translation>已保存的筛选器</translation>
    </message>
    <message>
        <source>Recent member</source>
        <translation>最近的成员</translation>
    </message>
</context>
<context>
    <name>ra::PaletteTile</name>
    <message>
        <source>Role &quot;%1&quot;: drop members here, or paste a list (Ctrl+V)</source>
        <translation>角色“%1”：将成员拖放到此处，或粘贴列表 (Ctrl+V)</translation>
    </message>
    <message>
        <source>Badge &quot;%1&quot;: drop members here, or paste a list (Ctrl+V)</source>
        <translation>徽章“%1”：将成员拖放到此处，或粘贴列表 (Ctrl+V)</translation>
    </message>
    <message>
        <source>The clipboard holds no text. Copy a list of member ids, usernames or e-mails (one per line), then press Ctrl+V here.</source>
        <translation>剪贴板中没有文本。请复制一份成员 ID、用户名或电子邮件列表（每行一个），然后在此处按 Ctrl+V。</translation>
    </message>
</context>
<context>
    <name>ra::PreferencesDialog</name>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>Save preferences</source>
        <translation>保存首选项</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>恢复默认值</translation>
    </message>
    <message>
        <source>System (follow the desktop)</source>
        <translation>系统（跟随桌面）</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
</context>
<context>
    <name>ra::PreparedImport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Rows %1 to %2 are outside the %3 rows of %4</source>
        <translation>第 %1 至 %2 行超出了 %4 的 %3 行范围</translation>
    </message>
    <message>
        <source>Preparing the rows for sending was cancelled.</source>
        <translation>已取消准备要发送的行。</translation>
    </message>
    <message>
        <source>%1 line %2 is not a row number.</source>
        <translation>%1 的第 %2 行不是行号。</translation>
    </message>
    <message>
        <source>%1 lists %2 rows but %3 has %4: was one of them changed?</source>
        <translation>%1 列出了 %2 行，但 %3 有 %4 行：其中某个文件是否被修改过？</translation>
    </message>
</context>
<context>
    <name>ra::ProductionBanner</name>
    <message>
        <source>PRODUCTION — changes affect real members</source>
        <translation>生产环境——更改将影响真实成员</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>配置：%1</translation>
    </message>
    <message>
        <source>Production warning</source>
        <translation>生产环境警告</translation>
    </message>
</context>
<context>
    <name>ra::ProfileEditor</name>
    <message>
        <source>Hide key</source>
        <translation>隐藏密钥</translation>
    </message>
    <message>
        <source>Show key</source>
        <translation>显示密钥</translation>
    </message>
    <message>
        <source>No keychain is running on this desktop: keys can be kept for this run only, never in the settings file.</source>
        <translation>此桌面上没有运行密钥环服务：密钥只能在本次运行期间保留，绝不会写入设置文件。</translation>
    </message>
</context>
<context>
    <name>ra::ProfileKeysController</name>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Provided by the running sandbox</source>
        <translation>由正在运行的沙盒提供</translation>
    </message>
    <message>
        <source>Kept for this run only</source>
        <translation>仅在本次运行期间保留</translation>
    </message>
    <message>
        <source>Stored in the system keychain</source>
        <translation>已保存在系统密钥环中</translation>
    </message>
    <message>
        <source>Set when the sandbox starts</source>
        <translation>在沙盒启动时设置</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>System keychain not available</source>
        <translation>系统密钥环不可用</translation>
    </message>
    <message>
        <source>Could not read the key: %1</source>
        <translation>无法读取密钥：%1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Keep for this run only</source>
        <translation>仅在本次运行期间保留</translation>
    </message>
    <message>
        <source>Keep the keys in memory until Returning Admin quits; they are not saved</source>
        <translation>将密钥保留在内存中，直到 Returning Admin 退出；不会保存</translation>
    </message>
    <message>
        <source>The keychain refused access: %1</source>
        <translation>密钥环拒绝了访问：%1</translation>
    </message>
    <message>
        <source>The system keychain refused to store the API keys (%1). Unlock it and save again, or keep the keys for this run only.</source>
        <translation>系统密钥环拒绝保存 API 密钥（%1）。请将其解锁后再次保存，或仅在本次运行期间保留这些密钥。</translation>
    </message>
    <message>
        <source>The system keychain is not available, so API keys cannot be saved permanently. %1 You will need to enter them again next time.</source>
        <translation>系统密钥环不可用，因此无法永久保存 API 密钥。%1 下次需要重新输入。</translation>
    </message>
</context>
<context>
    <name>ra::ProfileListWidget</name>
    <message>
        <source>built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>active</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>ra::ProfileMenu</name>
    <message>
        <source>&amp;Switch profile</source>
        <translation>切换配置(&amp;S)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Connect to %1</source>
        <translation>连接到 %1</translation>
    </message>
</context>
<context>
    <name>ra::ProfileStore</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>%1 的副本</translation>
    </message>
    <message>
        <source>A profile with this id already exists</source>
        <translation>已存在具有此 ID 的配置</translation>
    </message>
    <message>
        <source>The profile no longer exists</source>
        <translation>该配置已不存在</translation>
    </message>
    <message>
        <source>The built-in Local sandbox profile cannot be changed</source>
        <translation>内置的“本地沙盒”配置无法更改</translation>
    </message>
</context>
<context>
    <name>ra::RequestJob</name>
    <message>
        <source>no base URL for the %1 API</source>
        <translation>%1 API 没有基础 URL</translation>
    </message>
    <message>
        <source>missing path parameter &quot;%1&quot;</source>
        <translation>缺少路径参数“%1”</translation>
    </message>
    <message>
        <source>%1:// is only allowed for loopback hosts; use https://</source>
        <translation>%1:// 仅允许用于环回主机；请使用 https://</translation>
    </message>
    <message>
        <source>no progress for %1 ms</source>
        <translation>%1 毫秒内无进展</translation>
    </message>
    <message>
        <source>redirect to another origin or to plain HTTP refused</source>
        <translation>已拒绝重定向到其他源或明文 HTTP</translation>
    </message>
    <message>
        <source>reply cut off after %1 bytes (%2)</source>
        <translation>响应在 %1 字节后被截断 (%2)</translation>
    </message>
    <message>
        <source>unreadable reply</source>
        <translation>无法读取的响应</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
    <message>
        <source>not sent: log in to an account first</source>
        <translation>未发送：请先登录账户</translation>
    </message>
</context>
<context>
    <name>ra::RequestLogModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>重试次数</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>ra::RequestLogWriter</name>
    <message>
        <source>Cannot write the request log to %1: %2</source>
        <translation>无法将请求日志写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ra::RestoreUserDialog</name>
    <message>
        <source>&quot;%1&quot; was not restored: %2</source>
        <translation>未能恢复“%1”：%2</translation>
    </message>
    <message>
        <source>Restore User</source>
        <translation>恢复用户</translation>
    </message>
    <message>
        <source>Deleted accounts are not listed. Enter the username, e-mail address or user id of the account to restore; the user can sign in again afterwards.</source>
        <translation>已删除的账户不会列出。请输入要恢复的账户的用户名、电子邮件地址或用户 ID；恢复后该用户即可重新登录。</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>username, e-mail or user id</source>
        <translation>用户名、电子邮件或用户 ID</translation>
    </message>
    <message>
        <source>User to restore</source>
        <translation>要恢复的用户</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ra::RoleDialog</name>
    <message>
        <source>New Role</source>
        <translation>新建角色</translation>
    </message>
    <message>
        <source>Edit Role &quot;%1&quot;</source>
        <translation>编辑角色“%1”</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Role Colour</source>
        <translation>角色颜色</translation>
    </message>
</context>
<context>
    <name>ra::RolePermissionCatalog</name>
    <message>
        <source>Server administrator</source>
        <translation>服务器管理员</translation>
    </message>
    <message>
        <source>Allow direct messages</source>
        <translation>允许私信</translation>
    </message>
    <message>
        <source>Create invites</source>
        <translation>创建邀请</translation>
    </message>
    <message>
        <source>Warn members</source>
        <translation>警告成员</translation>
    </message>
    <message>
        <source>Suspend members</source>
        <translation>暂时封禁成员</translation>
    </message>
    <message>
        <source>Kick members</source>
        <translation>踢出成员</translation>
    </message>
    <message>
        <source>Ban members</source>
        <translation>封禁成员</translation>
    </message>
    <message>
        <source>Manage roles</source>
        <translation>管理角色</translation>
    </message>
    <message>
        <source>Manage channels</source>
        <translation>管理频道</translation>
    </message>
    <message>
        <source>Broadcast messages</source>
        <translation>广播消息</translation>
    </message>
    <message>
        <source>Overwrite language settings</source>
        <translation>覆盖语言设置</translation>
    </message>
    <message>
        <source>View message history</source>
        <translation>查看消息历史</translation>
    </message>
    <message>
        <source>Post messages</source>
        <translation>发送消息</translation>
    </message>
    <message>
        <source>Manage messages</source>
        <translation>管理消息</translation>
    </message>
    <message>
        <source>Delete messages</source>
        <translation>删除消息</translation>
    </message>
    <message>
        <source>Allow mentions</source>
        <translation>允许提及</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>附加文件</translation>
    </message>
    <message>
        <source>Share attachments</source>
        <translation>分享附件</translation>
    </message>
    <message>
        <source>Share links</source>
        <translation>分享链接</translation>
    </message>
    <message>
        <source>Pin messages</source>
        <translation>置顶消息</translation>
    </message>
    <message>
        <source>Post analysis</source>
        <translation>发布分析</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>No permissions</source>
        <translation>无权限</translation>
    </message>
    <message>
        <source>%1 server, %2 channel</source>
        <translation>服务器权限 %1 项，频道权限 %2 项</translation>
    </message>
</context>
<context>
    <name>ra::RoleTableModel</name>
    <message>
        <source>The API does not report how many members hold this role.</source>
        <translation>API 不会报告有多少成员拥有此角色。</translation>
    </message>
    <message>
        <source>Position in the role hierarchy (lower comes first).</source>
        <translation>在角色层级中的位置（越小越靠前）。</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>How many members hold the role, where the server reports it. The Returning.AI API has no member count for roles, so this column stays empty unless the server adds one.</source>
        <translation>拥有该角色的成员数（如果服务器报告）。Returning.AI API 不提供角色的成员数，因此除非服务器另行提供，此列将保持为空。</translation>
    </message>
</context>
<context>
    <name>ra::RolesPane</name>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Search roles (Ctrl+F)</source>
        <translation>搜索角色 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search roles</source>
        <translation>搜索角色</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>新建角色</translation>
    </message>
    <message>
        <source>Edit role</source>
        <translation>编辑角色</translation>
    </message>
    <message>
        <source>Delete role</source>
        <translation>删除角色</translation>
    </message>
    <message>
        <source>Refresh roles</source>
        <translation>刷新角色</translation>
    </message>
    <message>
        <source>Delete Role</source>
        <translation>删除角色</translation>
    </message>
    <message>
        <source>Move Role Up</source>
        <translation>上移角色</translation>
    </message>
    <message>
        <source>Move Role Down</source>
        <translation>下移角色</translation>
    </message>
    <message>
        <source>Loading roles…</source>
        <translation>正在加载角色…</translation>
    </message>
    <message>
        <source>The roles could not be loaded.</source>
        <translation>无法加载角色。</translation>
    </message>
    <message>
        <source>This server has no roles yet. Press Ctrl+N to create one.</source>
        <translation>此服务器还没有角色。按 Ctrl+N 创建一个。</translation>
    </message>
    <message>
        <source>Could not refresh the roles: %1 The table shows the last loaded list.</source>
        <translation>无法刷新角色：%1 表格中显示的是上次加载的列表。</translation>
    </message>
    <message>
        <source>Could not load the roles: %1</source>
        <translation>无法加载角色：%1</translation>
    </message>
    <message>
        <source>Delete the role &quot;%1&quot;?</source>
        <translation>要删除角色“%1”吗？</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) hold this role and will lose its permissions.</source>
        <translation>
            <numerusform>有 %n 名成员拥有此角色，他们将失去该角色的权限。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every member who holds this role will lose its permissions.</source>
        <translation>拥有此角色的每名成员都将失去其权限。</translation>
    </message>
    <message>
        <source>Undo re-creates the role with the same settings, but not its member assignments.</source>
        <translation>撤销会以相同的设置重新创建该角色，但不会恢复其成员分配。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Move role &quot;%1&quot;</source>
        <translation>移动角色“%1”</translation>
    </message>
    <message>
        <source>Create role &quot;%1&quot;</source>
        <translation>创建角色“%1”</translation>
    </message>
    <message>
        <source>Edit role &quot;%1&quot;</source>
        <translation>编辑角色“%1”</translation>
    </message>
    <message>
        <source>Delete role &quot;%1&quot;</source>
        <translation>删除角色“%1”</translation>
    </message>
    <message>
        <source>Roles of %1</source>
        <translation>%1 的角色</translation>
    </message>
</context>
<context>
    <name>ra::SandboxControl</name>
    <message>
        <source>Opening the local sandbox&apos;s demo community…</source>
        <translation>正在打开本地沙盒的演示社区…</translation>
    </message>
    <message numerus="yes">
        <source>Starting the local sandbox with %n demo member(s)…</source>
        <translation>
            <numerusform>正在启动本地沙盒（%n 名演示成员）…</numerusform>
        </translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>本地沙盒</translation>
    </message>
    <message>
        <source>The demo community is in use by another Returning Admin window.</source>
        <translation>演示社区正被另一个 Returning Admin 窗口使用。</translation>
    </message>
    <message>
        <source>This window works on a temporary demo community instead. What you change here is lost when you quit; the kept demo community (%1) is not touched.</source>
        <translation>此窗口改为使用一个临时演示社区。您在此处所做的更改将在退出时丢失；保留的演示社区（%1）不受影响。</translation>
    </message>
    <message>
        <source>The local sandbox could not start.</source>
        <translation>本地沙盒无法启动。</translation>
    </message>
    <message>
        <source>Reset Demo Community</source>
        <translation>重置演示社区</translation>
    </message>
    <message>
        <source>Reset this window&apos;s temporary demo community?</source>
        <translation>要重置此窗口的临时演示社区吗？</translation>
    </message>
    <message>
        <source>Reset the demo community kept in %1?</source>
        <translation>要重置保存在 %1 中的演示社区吗？</translation>
    </message>
    <message numerus="yes">
        <source>Everything in the local sandbox is deleted: the members you imported or created, the badges, roles and channels you added or changed, and the API log. A new demo community with %n member(s) takes its place. This cannot be undone.</source>
        <translation>
            <numerusform>本地沙盒中的所有内容都将被删除：您导入或创建的成员，您添加或更改的徽章、角色和频道，以及 API 日志。取而代之的是一个拥有 %n 名成员的新演示社区。此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Resetting the local sandbox to a new demo community…</source>
        <translation>正在将本地沙盒重置为新的演示社区…</translation>
    </message>
    <message>
        <source>Local sandbox ready on 127.0.0.1:%1.</source>
        <translation>本地沙盒已在 127.0.0.1:%1 上就绪。</translation>
    </message>
</context>
<context>
    <name>ra::SavedFilterMenu</name>
    <message>
        <source>There is no saved filter named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的已保存筛选器。</translation>
    </message>
    <message>
        <source>The saved filter &quot;%1&quot; cannot be read: %2</source>
        <translation>无法读取已保存的筛选器“%1”：%2</translation>
    </message>
    <message>
        <source>No saved filters</source>
        <translation>没有已保存的筛选器</translation>
    </message>
    <message>
        <source>&amp;Save Current Filter…</source>
        <translation>保存当前筛选器(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
</context>
<context>
    <name>ra::SecureAuthDialog</name>
    <message>
        <source>Valid until %1, for one login.</source>
        <translation>有效期至 %1，仅可用于一次登录。</translation>
    </message>
    <message>
        <source>The API does not say how long this URL stays valid; it is meant for one login. Anyone holding it can log in as the member.</source>
        <translation>API 未说明此 URL 的有效期；它仅供一次登录使用。任何持有它的人都能以该成员的身份登录。</translation>
    </message>
    <message>
        <source>Secure Auth Login Link</source>
        <translation>Secure Auth 登录链接</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>成员(&amp;M)：</translation>
    </message>
    <message>
        <source>id, username or e-mail</source>
        <translation>ID、用户名或电子邮件</translation>
    </message>
    <message>
        <source>&amp;Get Link</source>
        <translation>获取链接(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Open in Browser</source>
        <translation>在浏览器中打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ra::SecureAuthLinks</name>
    <message>
        <source>Enter the member&apos;s id, username or e-mail address</source>
        <translation>请输入成员的 ID、用户名或电子邮件地址</translation>
    </message>
    <message>
        <source>Secure Auth gave no login URL for %1</source>
        <translation>Secure Auth 未提供 %1 的登录 URL</translation>
    </message>
    <message>
        <source>Secure Auth refused %1: %2</source>
        <translation>Secure Auth 拒绝了 %1：%2</translation>
    </message>
    <message>
        <source>No login URL for %1: %2</source>
        <translation>没有 %1 的登录 URL：%2</translation>
    </message>
</context>
<context>
    <name>ra::ServerDialog</name>
    <message>
        <source>New Server</source>
        <translation>新建服务器</translation>
    </message>
    <message>
        <source>Edit Server &quot;%1&quot;</source>
        <translation>编辑服务器“%1”</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>ra::ServerPicker</name>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>The server whose items this pane shows</source>
        <translation>此窗格显示其项目的服务器</translation>
    </message>
</context>
<context>
    <name>ra::ServerTableModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>域名</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
</context>
<context>
    <name>ra::ServersPane</name>
    <message>
        <source>Servers</source>
        <translation>服务器</translation>
    </message>
    <message numerus="yes">
        <source>%n role(s) on this server, in hierarchy order.</source>
        <translation>
            <numerusform>此服务器上的 %n 个角色，按层级排序。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s) on this server.</source>
        <translation>
            <numerusform>此服务器上的 %n 个频道。</numerusform>
        </translation>
    </message>
    <message>
        <source>Search servers (Ctrl+F)</source>
        <translation>搜索服务器 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search servers</source>
        <translation>搜索服务器</translation>
    </message>
    <message>
        <source>New server</source>
        <translation>新建服务器</translation>
    </message>
    <message>
        <source>Edit server</source>
        <translation>编辑服务器</translation>
    </message>
    <message>
        <source>Delete server</source>
        <translation>删除服务器</translation>
    </message>
    <message>
        <source>Refresh servers</source>
        <translation>刷新服务器</translation>
    </message>
    <message>
        <source>Loading servers…</source>
        <translation>正在加载服务器…</translation>
    </message>
    <message>
        <source>The servers could not be loaded.</source>
        <translation>无法加载服务器。</translation>
    </message>
    <message>
        <source>This account has no servers yet. Press Ctrl+N to create one.</source>
        <translation>此账户还没有服务器。按 Ctrl+N 创建一个。</translation>
    </message>
    <message>
        <source>Could not load the servers: %1</source>
        <translation>无法加载服务器：%1</translation>
    </message>
    <message>
        <source>Could not refresh the servers: %1 The table shows the last loaded list.</source>
        <translation>无法刷新服务器：%1 表格中显示的是上次加载的列表。</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>频道</translation>
    </message>
    <message>
        <source>Selected server</source>
        <translation>所选服务器</translation>
    </message>
    <message>
        <source>Roles of the selected server</source>
        <translation>所选服务器的角色</translation>
    </message>
    <message>
        <source>Channels of the selected server</source>
        <translation>所选服务器的频道</translation>
    </message>
    <message>
        <source>Edit server &quot;%1&quot;</source>
        <translation>编辑服务器“%1”</translation>
    </message>
    <message>
        <source>Rename the server “%1” to “%2”?</source>
        <translation>要将服务器“%1”重命名为“%2”吗？</translation>
    </message>
    <message>
        <source>Rename server &quot;%1&quot;</source>
        <translation>重命名服务器“%1”</translation>
    </message>
</context>
<context>
    <name>ra::SubcommandArgs</name>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 需要一个值</translation>
    </message>
    <message>
        <source>--base-url takes FAMILY=URL, not &quot;%1&quot;</source>
        <translation>--base-url 需要 FAMILY=URL 形式的参数，而不是“%1”</translation>
    </message>
    <message>
        <source>--base-url must not contain a user name or password; give the key with a key option or its variable</source>
        <translation>--base-url 不能包含用户名或密码；请通过密钥选项或相应的变量提供密钥</translation>
    </message>
</context>
<context>
    <name>ra::TableCsvWriter</name>
    <message>
        <source>Cannot write row %1: %2</source>
        <translation>无法写入第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>ra::UploadDevice</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>ra::UserActivityView</name>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>最近一年</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>自定义范围</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>日期范围</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Daily XP and coins</source>
        <translation>每日 XP 和金币</translation>
    </message>
    <message>
        <source>Daily messages, replies, reactions and socials</source>
        <translation>每日消息、回复、回应和社交互动</translation>
    </message>
    <message>
        <source>Daily activity table</source>
        <translation>每日活动表</translation>
    </message>
</context>
<context>
    <name>ra::UserApiKeysSection</name>
    <message>
        <source>The API keys could not be read: %1</source>
        <translation>无法读取 API 密钥：%1</translation>
    </message>
    <message>
        <source>The login has expired. Log in again to see and manage this member&apos;s API keys.</source>
        <translation>登录已过期。请重新登录以查看和管理此成员的 API 密钥。</translation>
    </message>
    <message>
        <source>Managing a member&apos;s API keys needs a login to an account.</source>
        <translation>管理成员的 API 密钥需要先登录账户。</translation>
    </message>
    <message>
        <source>The key was not created: %1</source>
        <translation>未创建密钥：%1</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; was not changed: %2</source>
        <translation>未更改密钥“%1”：%2</translation>
    </message>
    <message>
        <source>Delete API Key</source>
        <translation>删除 API 密钥</translation>
    </message>
    <message>
        <source>Delete the API key &quot;%1&quot;?</source>
        <translation>要删除 API 密钥“%1”吗？</translation>
    </message>
    <message>
        <source>Delete the API key &quot;%1&quot; of %2?</source>
        <translation>要删除 %2 的 API 密钥“%1”吗？</translation>
    </message>
    <message>
        <source>Whatever uses this key stops working at once. This cannot be undone: a new key has a new secret.</source>
        <translation>使用此密钥的所有程序都会立即停止工作。此操作无法撤销：新建的密钥会有新的密钥值。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; was not deleted: %2</source>
        <translation>未删除密钥“%1”：%2</translation>
    </message>
    <message>
        <source>API Keys</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>&amp;Log In…</source>
        <translation>登录(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;New Key…</source>
        <translation>新建密钥(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Info…</source>
        <translation>详细信息(&amp;I)…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
</context>
<context>
    <name>ra::UserDetailPanel</name>
    <message>
        <source>Saved %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <source>Select a user to see their details and activity.</source>
        <translation>选择一个用户以查看其详细信息和活动。</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>详细信息(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>活动(&amp;A)</translation>
    </message>
    <message>
        <source>User id:</source>
        <translation>用户 ID：</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>电子邮件：</translation>
    </message>
    <message>
        <source>First name:</source>
        <translation>名：</translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation>姓：</translation>
    </message>
    <message>
        <source>XP:</source>
        <translation>XP：</translation>
    </message>
    <message>
        <source>Coins:</source>
        <translation>金币：</translation>
    </message>
    <message>
        <source>XP today:</source>
        <translation>今日 XP：</translation>
    </message>
    <message>
        <source>Coins today:</source>
        <translation>今日金币：</translation>
    </message>
    <message>
        <source>Highest role:</source>
        <translation>最高角色：</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>国家/地区：</translation>
    </message>
    <message>
        <source>Joined:</source>
        <translation>加入时间：</translation>
    </message>
    <message>
        <source>Messages:</source>
        <translation>消息：</translation>
    </message>
    <message>
        <source>Reactions:</source>
        <translation>回应：</translation>
    </message>
    <message>
        <source>Replies sent:</source>
        <translation>已发送回复：</translation>
    </message>
    <message>
        <source>Visits:</source>
        <translation>访问次数：</translation>
    </message>
    <message>
        <source>Time spent:</source>
        <translation>停留时长：</translation>
    </message>
    <message>
        <source>Login streak:</source>
        <translation>连续登录：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Roles on this server&lt;/b&gt;</source>
        <translation>&lt;b&gt;此服务器上的角色&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Custom fields&lt;/b&gt;</source>
        <translation>&lt;b&gt;自定义字段&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Roles on this server</source>
        <translation>此服务器上的角色</translation>
    </message>
    <message>
        <source>&amp;Delete User…</source>
        <translation>删除用户(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Restore User…</source>
        <translation>恢复用户(&amp;R)…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation>删除用户</translation>
    </message>
    <message>
        <source>Restore user</source>
        <translation>恢复用户</translation>
    </message>
    <message>
        <source>Delete this user&apos;s account (Ctrl+Shift+Del)</source>
        <translation>删除此用户的账户 (Ctrl+Shift+Del)</translation>
    </message>
    <message>
        <source>Restore this deleted account (Ctrl+Shift+R)</source>
        <translation>恢复此已删除的账户 (Ctrl+Shift+R)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>%1 — deleted</source>
        <translation>%1——已删除</translation>
    </message>
    <message>
        <source>(could not be loaded)</source>
        <translation>（无法加载）</translation>
    </message>
    <message>
        <source>The user could not be loaded: %1</source>
        <translation>无法加载该用户：%1</translation>
    </message>
    <message>
        <source>The user&apos;s roles could not be loaded: %1</source>
        <translation>无法加载该用户的角色：%1</translation>
    </message>
    <message>
        <source>The XP and coins history could not be loaded: %1</source>
        <translation>无法加载 XP 和金币历史记录：%1</translation>
    </message>
    <message>
        <source>The activity stats could not be loaded: %1</source>
        <translation>无法加载活动统计：%1</translation>
    </message>
    <message>
        <source>Restore User</source>
        <translation>恢复用户</translation>
    </message>
    <message>
        <source>Restore the account of &quot;%1&quot; (%2)?</source>
        <translation>要恢复“%1”(%2) 的账户吗？</translation>
    </message>
    <message>
        <source>The user can sign in again.</source>
        <translation>该用户将可以重新登录。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Delete User</source>
        <translation>删除用户</translation>
    </message>
    <message>
        <source>Delete the account of &quot;%1&quot; (%2)?</source>
        <translation>要删除“%1”(%2) 的账户吗？</translation>
    </message>
    <message>
        <source>The user can no longer sign in. You can restore the account later.</source>
        <translation>该用户将无法再登录。您以后可以恢复该账户。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not restored: %2</source>
        <translation>未能恢复“%1”：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not deleted: %2</source>
        <translation>未能删除“%1”：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was restored.</source>
        <translation>已恢复“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was deleted.</source>
        <translation>已删除“%1”。</translation>
    </message>
    <message>
        <source>No user &quot;%1&quot;: the account does not exist or was deleted.</source>
        <translation>没有用户“%1”：该账户不存在或已被删除。</translation>
    </message>
    <message>
        <source>As the server reports it: the Returning.AI API does not say whether this is in seconds or minutes.</source>
        <translation>按服务器报告的原样显示：Returning.AI API 未说明其单位是秒还是分钟。</translation>
    </message>
    <message>
        <source>%1 (no unit given by the API)</source>
        <translation>%1（API 未提供单位）</translation>
    </message>
</context>
<context>
    <name>ra::UserFieldDialog</name>
    <message>
        <source>New User Field</source>
        <translation>新建用户字段</translation>
    </message>
    <message>
        <source>Edit User Field &quot;%1&quot;</source>
        <translation>编辑用户字段“%1”</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>键(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Default value:</source>
        <translation>默认值(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Options:</source>
        <translation>选项(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Required: every member must have a value</source>
        <translation>必填(&amp;R)：每名成员都必须有值</translation>
    </message>
    <message>
        <source>The key the API stores values under; spaces become hyphens. It cannot be changed later.</source>
        <translation>API 存储值时所用的键；空格会变为连字符。以后无法更改。</translation>
    </message>
    <message>
        <source>The key cannot be changed once the field exists.</source>
        <translation>字段创建后，键无法更改。</translation>
    </message>
    <message>
        <source>One choice per line</source>
        <translation>每行一个选项</translation>
    </message>
    <message>
        <source>The choices of a Choice field, one per line.</source>
        <translation>单选字段的选项，每行一个。</translation>
    </message>
    <message>
        <source>The value a member without one gets; it must suit the type.</source>
        <translation>没有值的成员将获得此值；它必须符合字段类型。</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>ra::UserFieldTableModel</name>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
</context>
<context>
    <name>ra::UserFieldsPane</name>
    <message>
        <source>User Fields</source>
        <translation>用户字段</translation>
    </message>
    <message>
        <source>User fields</source>
        <translation>用户字段</translation>
    </message>
    <message>
        <source>User fields of %1</source>
        <translation>%1 的用户字段</translation>
    </message>
    <message>
        <source>Search user fields (Ctrl+F)</source>
        <translation>搜索用户字段 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search user fields</source>
        <translation>搜索用户字段</translation>
    </message>
    <message>
        <source>New user field</source>
        <translation>新建用户字段</translation>
    </message>
    <message>
        <source>Edit user field</source>
        <translation>编辑用户字段</translation>
    </message>
    <message>
        <source>Delete user field</source>
        <translation>删除用户字段</translation>
    </message>
    <message>
        <source>Refresh user fields</source>
        <translation>刷新用户字段</translation>
    </message>
    <message>
        <source>Loading user fields…</source>
        <translation>正在加载用户字段…</translation>
    </message>
    <message>
        <source>The user fields could not be loaded.</source>
        <translation>无法加载用户字段。</translation>
    </message>
    <message>
        <source>This community has no custom user fields yet. Press Ctrl+N to create one.</source>
        <translation>此社区还没有自定义用户字段。按 Ctrl+N 创建一个。</translation>
    </message>
    <message>
        <source>Could not load the user fields: %1</source>
        <translation>无法加载用户字段：%1</translation>
    </message>
    <message>
        <source>Could not refresh the user fields: %1 The table shows the last loaded list.</source>
        <translation>无法刷新用户字段：%1 表格中显示的是上次加载的列表。</translation>
    </message>
    <message>
        <source>Create user field &quot;%1&quot;</source>
        <translation>创建用户字段“%1”</translation>
    </message>
    <message>
        <source>Edit user field &quot;%1&quot;</source>
        <translation>编辑用户字段“%1”</translation>
    </message>
    <message>
        <source>Delete User Field</source>
        <translation>删除用户字段</translation>
    </message>
    <message>
        <source>Delete the user field &quot;%1&quot; of %2?</source>
        <translation>要删除 %2 的用户字段“%1”吗？</translation>
    </message>
    <message>
        <source>Every member&apos;s value of &quot;%1&quot; is lost with it, and its history. Undo re-creates the field with the same key, type and options, but not the members&apos; values.</source>
        <translation>每名成员的“%1”值及其历史记录都将随之丢失。撤销会以相同的键、类型和选项重新创建该字段，但不会恢复成员的值。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete user field &quot;%1&quot;</source>
        <translation>删除用户字段“%1”</translation>
    </message>
</context>
<context>
    <name>ra::UserFilterBar</name>
    <message>
        <source>XP: the minimum is above the maximum.</source>
        <translation>XP：最小值大于最大值。</translation>
    </message>
    <message>
        <source>Coins: the minimum is above the maximum.</source>
        <translation>金币：最小值大于最大值。</translation>
    </message>
    <message>
        <source>Joined between: the first date is after the second.</source>
        <translation>加入时间介于：第一个日期晚于第二个日期。</translation>
    </message>
    <message>
        <source>Mo&amp;re filters</source>
        <translation>更多筛选条件(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>Mo&amp;re filters (%n set)</source>
        <translation>
            <numerusform>更多筛选条件（已设置 %n 项）(&amp;R)</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Custom field: choose the field to match.</source>
        <translation>自定义字段：请选择要匹配的字段。</translation>
    </message>
    <message>
        <source>Custom field %1</source>
        <translation>自定义字段 %1</translation>
    </message>
</context>
<context>
    <name>ra::UserFilterSpec</name>
    <message>
        <source>Filter field &apos;%1&apos; has a value of the wrong type</source>
        <translation>筛选字段“%1”的值类型不正确</translation>
    </message>
    <message>
        <source>Filter field &apos;%1.%2&apos; is not a valid range bound</source>
        <translation>筛选字段“%1.%2”不是有效的范围边界</translation>
    </message>
    <message>
        <source>The saved filter is not a JSON object: %1</source>
        <translation>已保存的筛选器不是 JSON 对象：%1</translation>
    </message>
</context>
<context>
    <name>ra::UserList</name>
    <message>
        <source>Line %1: blank, skipped</source>
        <translation>第 %1 行：空行，已跳过</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; repeats line %3, sent once</source>
        <translation>第 %1 行：“%2”与第 %3 行重复，只发送一次</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a member id, username or e-mail</source>
        <translation>第 %1 行：“%2”不是成员 ID、用户名或电子邮件</translation>
    </message>
    <message>
        <source>The member list is not a text file</source>
        <translation>成员列表不是文本文件</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>The file has no column &quot;%1&quot;; its columns are: %2</source>
        <translation>文件中没有“%1”列；其列为：%2</translation>
    </message>
    <message>
        <source>No column holds member ids, usernames or e-mails; choose one (columns: %1)</source>
        <translation>没有任何列包含成员 ID、用户名或电子邮件；请选择一列（列：%1）</translation>
    </message>
</context>
<context>
    <name>ra::UserListDialog</name>
    <message>
        <source>Give %1 to…</source>
        <translation>将%1分配给…</translation>
    </message>
    <message>
        <source>Who should get %1? One member a line: an id, a username or an e-mail. Nothing is sent before you see what will happen.</source>
        <translation>谁应获得%1？每行一名成员：ID、用户名或电子邮件。在您确认将要执行的操作之前，不会发送任何内容。</translation>
    </message>
    <message>
        <source>jurgen.muller
ingrid@example.com
17</source>
        <translation>zhang.wei
li.na@example.com
17</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>继续(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ra::UserResolver</name>
    <message>
        <source>no member has this username or e-mail</source>
        <translation>没有成员使用此用户名或电子邮件</translation>
    </message>
    <message>
        <source>the lookup failed: %1</source>
        <translation>查找失败：%1</translation>
    </message>
    <message>
        <source>matched %1 members</source>
        <translation>匹配到 %1 名成员</translation>
    </message>
    <message>
        <source>known before sending (Get role list of user)</source>
        <translation>发送前已知（Get role list of user）</translation>
    </message>
</context>
<context>
    <name>ra::UserTableModel</name>
    <message>
        <source>User ID</source>
        <translation>用户 ID</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>加入时间</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>XP</source>
        <translation>XP</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>金币</translation>
    </message>
</context>
<context>
    <name>ra::UsersPane</name>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Quick filter over the loaded users (Ctrl+F)</source>
        <translation>在已加载的用户中快速筛选 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Quick filter</source>
        <translation>快速筛选</translation>
    </message>
    <message>
        <source>&amp;New User…</source>
        <translation>新建用户(&amp;N)…</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <source>Create a user (Ctrl+N)</source>
        <translation>创建用户 (Ctrl+N)</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>导出 CSV(&amp;X)…</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>导出为 CSV</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Refresh users</source>
        <translation>刷新用户</translation>
    </message>
    <message>
        <source>Load the users again (F5)</source>
        <translation>重新加载用户 (F5)</translation>
    </message>
    <message>
        <source>Click to sort; right-click to choose columns</source>
        <translation>单击以排序；右键单击以选择显示的列</translation>
    </message>
    <message>
        <source>Users status</source>
        <translation>用户状态</translation>
    </message>
    <message>
        <source>New User</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <source>Export Users to CSV</source>
        <translation>将用户导出为 CSV</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>成员(&amp;M)</translation>
    </message>
    <message>
        <source>C&amp;ommunity</source>
        <translation>社区(&amp;O)</translation>
    </message>
    <message>
        <source>Could not load the users: %1</source>
        <translation>无法加载用户：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>显示 %n 名</numerusform>
        </translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>all loaded</source>
        <translation>已全部加载</translation>
    </message>
    <message>
        <source>Save Filter</source>
        <translation>保存筛选器</translation>
    </message>
    <message>
        <source>Name of the filter:</source>
        <translation>筛选器名称：</translation>
    </message>
    <message>
        <source>Export Users</source>
        <translation>导出用户</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Res&amp;tore User…</source>
        <translation>恢复用户(&amp;T)…</translation>
    </message>
    <message>
        <source>Restore a deleted user</source>
        <translation>恢复已删除的用户</translation>
    </message>
    <message>
        <source>Restore a deleted account by username, e-mail or id</source>
        <translation>按用户名、电子邮件或 ID 恢复已删除的账户</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 及另外 %n 名</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n member(s): %1?</source>
        <translation>
            <numerusform>要删除 %n 名成员（%1）吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Users</source>
        <translation>删除用户</translation>
    </message>
    <message>
        <source>They can no longer sign in. You can restore an account later (Restore User…).</source>
        <translation>他们将无法再登录。您以后可以恢复账户（恢复用户…）。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n member(s).</source>
        <translation>
            <numerusform>已删除 %n 名成员。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>未删除：%1</translation>
    </message>
    <message>
        <source>Save every member the filter matches, in the columns shown, as CSV (Ctrl+E)</source>
        <translation>将筛选条件匹配的所有成员按当前显示的列保存为 CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Cancel Export</source>
        <translation>取消导出(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Delete Selected Users…</source>
        <translation>删除所选用户(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the accounts of the highlighted rows (Del)</source>
        <translation>删除高亮行对应的账户 (Del)</translation>
    </message>
    <message>
        <source>%1 of %2 matching</source>
        <translation>匹配 %2 名，已加载 %1 名</translation>
    </message>
    <message>
        <source>%1 matching</source>
        <translation>匹配 %1 名</translation>
    </message>
    <message>
        <source>%1 loaded, total unknown</source>
        <translation>已加载 %1 名，总数未知</translation>
    </message>
    <message>
        <source>exporting: %1 of %2 written</source>
        <translation>正在导出：已写入 %1/%2</translation>
    </message>
    <message>
        <source>exporting: %1 written</source>
        <translation>正在导出：已写入 %1</translation>
    </message>
    <message>
        <source>Exporting every member the filter matches to %1, page by page…</source>
        <translation>正在将筛选条件匹配的所有成员逐页导出到 %1…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n member(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 名成员导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>They are in the server&apos;s order: the table&apos;s sort applies only to the loaded rows.</source>
        <translation>导出顺序为服务器的顺序：表格的排序仅作用于已加载的行。</translation>
    </message>
    <message>
        <source>%1 of at most %2 matching</source>
        <translation>最多匹配 %2 名，已加载 %1 名</translation>
    </message>
    <message>
        <source>Member details</source>
        <translation>成员详细信息</translation>
    </message>
</context>
</TS>
