<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AdvancedPage</name>
    <message>
        <source>These settings need MQTT 5 (General page).</source>
        <translation>这些设置需要 MQTT 5（见“常规”页）。</translation>
    </message>
    <message>
        <source>How many QoS 1 and 2 messages the broker may send us before we acknowledge them</source>
        <translation>在我们确认之前，代理最多可以向我们发送多少条 QoS 1 和 2 消息</translation>
    </message>
    <message>
        <source> bytes</source>
        <translation> 字节</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>无限制</translation>
    </message>
    <message>
        <source>The largest packet we accept; the broker drops bigger messages for us</source>
        <translation>我们接受的最大报文；更大的消息会被代理丢弃</translation>
    </message>
    <message>
        <source>0 (no aliases)</source>
        <translation>0（不使用别名）</translation>
    </message>
    <message>
        <source>How many topic aliases the broker may use towards us</source>
        <translation>代理向我们发送消息时可使用的主题别名数量</translation>
    </message>
    <message>
        <source>Request problem information (reason strings on errors)</source>
        <translation>请求问题信息（出错时返回原因字符串）</translation>
    </message>
    <message>
        <source>Request response information (for request / response)</source>
        <translation>请求响应信息（用于请求/响应模式）</translation>
    </message>
    <message>
        <source>Receive maximum:</source>
        <translation>接收最大值：</translation>
    </message>
    <message>
        <source>Maximum packet size:</source>
        <translation>最大报文大小：</translation>
    </message>
    <message>
        <source>Topic alias maximum:</source>
        <translation>主题别名最大值：</translation>
    </message>
    <message>
        <source>CONNECT user properties:</source>
        <translation>CONNECT 用户属性：</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <source>Use topic aliases for repeated topics when publishing</source>
        <translation>发布时对重复的主题使用主题别名</translation>
    </message>
    <message>
        <source>Sends a short alias instead of a topic published again, up to the broker&apos;s topic alias maximum (saves bandwidth; aliases are set up again on each connection)</source>
        <translation>再次发布同一主题时发送简短的别名代替主题，数量不超过代理的主题别名最大值（节省带宽；每次连接都会重新建立别名）</translation>
    </message>
</context>
<context>
    <name>AuthenticationPage</name>
    <message>
        <source>Store the secrets in the profile file (plain text)</source>
        <translation>将机密信息保存在配置文件中（明文）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Normally passwords and passphrases go to the system keyring. Tick this only where no keyring is available: anyone who can read the file can read them.</source>
        <translation>密码和口令通常保存在系统密钥环中。只有在没有可用密钥环时才勾选此项：任何能读取该文件的人都能看到它们。</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>The password, the TLS key passphrase and the PKCS#12 password are kept in the system keyring, not in the profile file.</source>
        <translation>密码、TLS 私钥口令和 PKCS#12 密码保存在系统密钥环中，而不是配置文件中。</translation>
    </message>
    <message>
        <source>Show the text</source>
        <translation>显示文本</translation>
    </message>
    <message>
        <source>Hide the text</source>
        <translation>隐藏文本</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>认证</translation>
    </message>
</context>
<context>
    <name>BenchCommand</name>
    <message>
        <source>Usage: mqttscope-cli bench ingest [options]
Benchmarks: &apos;ingest&apos; measures how fast MqttScope takes in messages.
Run &apos;mqttscope-cli bench ingest --help&apos; for its options.
</source>
        <translation>用法：mqttscope-cli bench ingest [选项]
基准测试：“ingest”测量 MqttScope 接收消息的速度。
运行“mqttscope-cli bench ingest --help”查看其选项。
</translation>
    </message>
    <message>
        <source>name a benchmark: ingest</source>
        <translation>请指定一个基准测试：ingest</translation>
    </message>
    <message>
        <source>unknown benchmark &apos;%1&apos; (known: ingest)</source>
        <translation>未知的基准测试“%1”（可用：ingest）</translation>
    </message>
    <message>
        <source>Topic filter to subscribe to (default: #).</source>
        <translation>要订阅的主题过滤器（默认：#）。</translation>
    </message>
    <message>
        <source>FILTER</source>
        <translation>过滤器</translation>
    </message>
    <message>
        <source>Messages to receive and apply (default: 1000000).</source>
        <translation>要接收并应用的消息数（默认：1000000）。</translation>
    </message>
    <message>
        <source>COUNT</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Give up after SECONDS (default: 120).</source>
        <translation>超过指定秒数后放弃（默认：120）。</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>秒数</translation>
    </message>
    <message>
        <source>Do not extract numeric JSON fields into series.</source>
        <translation>不将 JSON 数值字段提取为数据序列。</translation>
    </message>
    <message>
        <source>Extract JSON fields in slices on the GUI thread instead of a worker thread.</source>
        <translation>在 GUI 线程上分片提取 JSON 字段，而不是在工作线程中提取。</translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation>以一个 JSON 对象输出结果。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>Usage: mqttscope-cli bench ingest [options]
Receives COUNT messages through MqttScope&apos;s pipeline (decoding on a network thread, topic tree, message log, history, JSON series, Qt models with proxies attached) and prints messages per second from the first message to the last one applied, peak memory and the longest stall of the GUI thread.</source>
        <translation>用法：mqttscope-cli bench ingest [选项]
通过 MqttScope 的处理管线接收指定数量的消息（在网络线程中解码，主题树、消息日志、历史记录、JSON 数据序列，以及连接了代理模型的 Qt 模型），并输出从第一条消息到最后一条消息被应用期间每秒处理的消息数、内存峰值以及 GUI 线程最长的停顿时间。</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <source>the topic filter must not be empty</source>
        <translation>主题过滤器不能为空</translation>
    </message>
    <message>
        <source>invalid count &apos;%1&apos;: expected a positive number</source>
        <translation>无效的数量“%1”：应为正数</translation>
    </message>
    <message>
        <source>invalid timeout &apos;%1&apos;: expected seconds</source>
        <translation>无效的超时“%1”：应为秒数</translation>
    </message>
    <message>
        <source>mqttscope-cli bench ingest: %1</source>
        <translation>mqttscope-cli bench ingest：%1</translation>
    </message>
    <message>
        <source>Messages applied: %1 in %2 s (first received to last applied)
</source>
        <translation>已应用消息：%1 条，用时 %2 秒（从收到第一条到应用最后一条）
</translation>
    </message>
    <message>
        <source>Rate: %1 messages/s
</source>
        <translation>速率：每秒 %1 条消息
</translation>
    </message>
    <message>
        <source>Dropped because the pipeline was behind: %1
</source>
        <translation>因处理管线积压而丢弃：%1
</translation>
    </message>
    <message>
        <source>Peak memory (RSS): %1 MB
</source>
        <translation>内存峰值（RSS）：%1 MB
</translation>
    </message>
    <message>
        <source>Longest GUI thread stall: %1 ms (longest apply tick %2 ms, %3 ticks)
</source>
        <translation>GUI 线程最长停顿：%1 毫秒（最长的一次应用 %2 毫秒，共 %3 次）
</translation>
    </message>
    <message>
        <source>Topics in the tree: %1, series: %2, model signals: %3
</source>
        <translation>主题树中的主题：%1，数据序列：%2，模型信号：%3
</translation>
    </message>
    <message>
        <source>The network thread waited %1 ms for the pipeline to catch up.
</source>
        <translation>网络线程等待处理管线赶上共 %1 毫秒。
</translation>
    </message>
    <message>
        <source>Tuning: apply batches every MS milliseconds instead of the GUI&apos;s default.</source>
        <translation>调优：每隔指定的毫秒数应用一次批量数据，而不使用 GUI 的默认值。</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>Tuning: let one tick apply for at most MS milliseconds instead of the GUI&apos;s default.</source>
        <translation>调优：每次最多用指定的毫秒数应用数据，而不使用 GUI 的默认值。</translation>
    </message>
    <message>
        <source>invalid --%1 &apos;%2&apos;: expected 1 to 1000 milliseconds</source>
        <translation>无效的 --%1“%2”：应为 1 到 1000 毫秒</translation>
    </message>
    <message>
        <source>CPU time per thread (ms): %1
</source>
        <translation>各线程的 CPU 时间（毫秒）：%1
</translation>
    </message>
    <message>
        <source>Memory: log %1 MB, history %2 MB, %3 series points; heap in use %4 MB
</source>
        <translation>内存：日志 %1 MB，历史记录 %2 MB，数据序列点 %3 个；已用堆内存 %4 MB
</translation>
    </message>
    <message>
        <source>Heap allocations per message: %1 in all (%2)
</source>
        <translation>每条消息的堆分配次数：共 %1（%2）
</translation>
    </message>
    <message>
        <source>Tuning: while behind, apply again MS milliseconds after a tick instead of the GUI&apos;s default (0: wait for the next regular tick).</source>
        <translation>调优：积压时，在一次处理后 MS 毫秒即再次应用，而不用图形界面的默认值（0：等待下一次常规处理）。</translation>
    </message>
    <message>
        <source>invalid --%1 &apos;%2&apos;: expected 0 to 1000 milliseconds</source>
        <translation>无效的 --%1“%2”：应为 0 到 1000 毫秒</translation>
    </message>
    <message>
        <source>Store memory (rings, chunks, log entries, points): %1 MB in use, in %2 MB of slabs
</source>
        <translation>存储内存（环形缓冲、数据块、日志条目、数据点）：已用 %1 MB，共 %2 MB 的内存板
</translation>
    </message>
</context>
<context>
    <name>BrokerSession</name>
    <message>
        <source>The message could not be published.</source>
        <translation>无法发布该消息。</translation>
    </message>
    <message>
        <source>The request could not be sent.</source>
        <translation>无法发送该请求。</translation>
    </message>
    <message>
        <source>The connection to %1 was closed.</source>
        <translation>与 %1 的连接已关闭。</translation>
    </message>
    <message>
        <source>The broker refused the subscription to &apos;%1&apos;: %2</source>
        <translation>代理拒绝了对 &apos;%1&apos; 的订阅：%2</translation>
    </message>
    <message>
        <source>Cannot connect to %1.</source>
        <translation>无法连接到 %1。</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Error — %1</source>
        <translation>错误 — %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接到 %1…</translation>
    </message>
    <message>
        <source>Connected to %1 (%2, session resumed)</source>
        <translation>已连接到 %1（%2，会话已恢复）</translation>
    </message>
    <message>
        <source>Connected to %1 (%2)</source>
        <translation>已连接到 %1（%2）</translation>
    </message>
    <message>
        <source>Disconnecting from %1…</source>
        <translation>正在断开与 %1 的连接…</translation>
    </message>
    <message>
        <source>Reconnecting in %1 s</source>
        <translation>%1 秒后重新连接</translation>
    </message>
    <message>
        <source>Reconnecting in %1 s — %2</source>
        <translation>%1 秒后重新连接 — %2</translation>
    </message>
    <message>
        <source>Not connected: connect to a broker first.</source>
        <translation>未连接：请先连接到代理。</translation>
    </message>
</context>
<context>
    <name>CertificateTrustBox</name>
    <message>
        <source>Trusted certificates</source>
        <translation>受信任的证书</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate for this profile</source>
        <translation>在此配置中信任此证书(&amp;T)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Accept exactly this certificate (by its SHA-256 fingerprint) for this profile, even though it could not be verified. Any other certificate is still checked.</source>
        <translation>在此配置中接受这一个证书（按其 SHA-256 指纹），即使它无法通过验证。其他证书仍会照常检查。</translation>
    </message>
    <message>
        <source>SHA-256 fingerprints of the certificates this profile accepts although they cannot be verified</source>
        <translation>此配置接受的、无法通过验证的证书的 SHA-256 指纹</translation>
    </message>
    <message>
        <source>Stop trusting the selected certificate</source>
        <translation>不再信任所选证书</translation>
    </message>
    <message>
        <source>The broker presented this certificate, which could not be verified:</source>
        <translation>代理出示了以下证书，但它无法通过验证：</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>The image size must be between 16 and %1 pixels a side.</source>
        <translation>图像每边的尺寸必须在 16 到 %1 像素之间。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export Image</source>
        <translation>导出图像</translation>
    </message>
    <message>
        <source>A .png or .svg file</source>
        <translation>.png 或 .svg 文件</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>尺寸：</translation>
    </message>
    <message>
        <source>PNG images (*.png);;SVG drawings (*.svg)</source>
        <translation>PNG 图像 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Drag to zoom, Shift+drag or middle button to pan, wheel to zoom, double-click to reset</source>
        <translation>拖动以缩放，Shift+拖动或中键拖动以平移，滚轮缩放，双击复位</translation>
    </message>
    <message>
        <source>1 min</source>
        <translation>1 分钟</translation>
    </message>
    <message>
        <source>10 min</source>
        <translation>10 分钟</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>How much of the recent past the live chart shows</source>
        <translation>实时图表显示最近多长时间的数据</translation>
    </message>
    <message>
        <source>Pause the live window (recording goes on)</source>
        <translation>暂停实时窗口（记录继续）</translation>
    </message>
    <message>
        <source>Reset zoom and follow the newest values</source>
        <translation>复位缩放并跟随最新数值</translation>
    </message>
    <message>
        <source>Add a series: a topic or filter and a JSON field</source>
        <translation>添加序列：主题或过滤器加一个 JSON 字段</translation>
    </message>
    <message>
        <source>Edit series and export</source>
        <translation>编辑序列和导出</translation>
    </message>
    <message>
        <source>Edit “%1”…</source>
        <translation>编辑“%1”…</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>移除“%1”</translation>
    </message>
    <message>
        <source>Export CSV of the Visible Window…</source>
        <translation>导出可见窗口的 CSV…</translation>
    </message>
    <message>
        <source>Export CSV of All Points…</source>
        <translation>导出所有数据点的 CSV…</translation>
    </message>
    <message>
        <source>No series to export yet</source>
        <translation>还没有可导出的序列</translation>
    </message>
    <message>
        <source>Export Image (PNG, SVG)…</source>
        <translation>导出图像（PNG、SVG）…</translation>
    </message>
    <message>
        <source>Resume following the newest values</source>
        <translation>恢复跟随最新数值</translation>
    </message>
    <message>
        <source>Reset zoom (not zoomed: drag a rectangle on the chart to zoom)</source>
        <translation>复位缩放（当前未缩放：在图表上拖出矩形即可缩放）</translation>
    </message>
    <message>
        <source>%1
%2: %3%4</source>
        <translation>%1
%2：%3%4</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Add Series</source>
        <translation>添加序列</translation>
    </message>
    <message>
        <source>Edit Series</source>
        <translation>编辑序列</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>已导出 %1。</translation>
    </message>
</context>
<context>
    <name>ChartReadout</name>
    <message>
        <source>Series</source>
        <translation>序列</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>最新</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>最小</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>最大</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>点数</translation>
    </message>
    <message>
        <source>Figures over the visible window of the chart</source>
        <translation>图表可见窗口内的统计数值</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Subscribe to topic filters and print the messages</source>
        <translation>订阅主题过滤器并打印消息</translation>
    </message>
    <message>
        <source>Publish messages</source>
        <translation>发布消息</translation>
    </message>
    <message>
        <source>Usage: %1 &lt;command&gt; [options]
A command line MQTT 3.1.1 / 5.0 client.

Commands:
</source>
        <translation>用法：%1 &lt;命令&gt; [选项]
命令行 MQTT 3.1.1 / 5.0 客户端。

命令：
</translation>
    </message>
    <message>
        <source>
Run &apos;%1 &lt;command&gt; --help&apos; for the options of a command.
Exit codes: 0 success, 1 failure (refused, network or protocol error), 2 bad command line.
</source>
        <translation>
运行“%1 &lt;命令&gt; --help”查看某个命令的选项。
退出码：0 成功，1 失败（被拒绝、网络错误或协议错误），2 命令行有误。
</translation>
    </message>
    <message>
        <source>mqttscope-cli: unknown command &apos;%1&apos;</source>
        <translation>mqttscope-cli：未知命令“%1”</translation>
    </message>
    <message>
        <source>Try &apos;mqttscope-cli %1 --help&apos;.</source>
        <translation>请尝试“mqttscope-cli %1 --help”。</translation>
    </message>
    <message>
        <source>Measure how fast MqttScope takes in messages (bench ingest)</source>
        <translation>测量 MqttScope 接收消息的速度（bench ingest）</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <source>List, show, import and export saved connection profiles</source>
        <translation>列出、显示、导入和导出已保存的连接配置</translation>
    </message>
    <message>
        <source>Publish a simulated smart home (the Local demo&apos;s data) to a broker</source>
        <translation>向代理发布模拟的智能家居数据（本地演示的数据）</translation>
    </message>
</context>
<context>
    <name>CliSession</name>
    <message>
        <source>, session present</source>
        <translation>，会话已存在</translation>
    </message>
    <message>
        <source>Cannot connect to %1.</source>
        <translation>无法连接到 %1。</translation>
    </message>
    <message>
        <source>Connected to %1 with MQTT %2 as &apos;%3&apos;%4.</source>
        <translation>已使用 MQTT %2 以“%3”身份连接到 %1%4。</translation>
    </message>
    <message>
        <source>The connection to %1 was closed.</source>
        <translation>与 %1 的连接已关闭。</translation>
    </message>
    <message>
        <source>Reconnecting to %1 in %2 s (attempt %3): %4</source>
        <translation>将在 %2 秒后重新连接到 %1（第 %3 次尝试）：%4</translation>
    </message>
    <message>
        <source>Subscribed again to &apos;%1&apos; (granted QoS %2).</source>
        <translation>已重新订阅“%1”（授予的 QoS 为 %2）。</translation>
    </message>
</context>
<context>
    <name>ConnectionArguments</name>
    <message>
        <source>Broker host name or address (default: localhost).</source>
        <translation>代理的主机名或地址（默认：localhost）。</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Client identifier (default: generated).</source>
        <translation>客户端标识符（默认：自动生成）。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>标识符</translation>
    </message>
    <message>
        <source>User name.</source>
        <translation>用户名。</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Password.</source>
        <translation>密码。</translation>
    </message>
    <message>
        <source>PASSWORD</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>MQTT version: 5 or 3.1.1 (default: 5).</source>
        <translation type="vanished">MQTT 版本：5 或 3.1.1（默认：5）。</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Keep alive interval in seconds, 0 to disable (default: 60).</source>
        <translation>保活间隔（秒），0 表示禁用（默认：60）。</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>秒数</translation>
    </message>
    <message>
        <source>Keep the session on the broker after disconnecting (needs -i). With MQTT 5 the session never expires unless -x is given.</source>
        <translation>断开连接后在代理上保留会话（需要 -i）。使用 MQTT 5 时，除非指定 -x，会话永不过期。</translation>
    </message>
    <message>
        <source>MQTT 5 session expiry interval in seconds.</source>
        <translation>MQTT 5 会话过期间隔（秒）。</translation>
    </message>
    <message>
        <source>Topic of the Will message.</source>
        <translation>遗嘱消息的主题。</translation>
    </message>
    <message>
        <source>TOPIC</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Payload of the Will message.</source>
        <translation>遗嘱消息的负载。</translation>
    </message>
    <message>
        <source>PAYLOAD</source>
        <translation>负载</translation>
    </message>
    <message>
        <source>QoS of the Will message (default: 0).</source>
        <translation>遗嘱消息的 QoS（默认：0）。</translation>
    </message>
    <message>
        <source>QOS</source>
        <translation>QOS</translation>
    </message>
    <message>
        <source>Retain the Will message.</source>
        <translation>将遗嘱消息设为保留消息。</translation>
    </message>
    <message>
        <source>the host (-h) must not be empty</source>
        <translation>主机（-h）不能为空</translation>
    </message>
    <message>
        <source>invalid port &apos;%1&apos;: expected a number from 1 to 65535</source>
        <translation>无效的端口“%1”：应为 1 到 65535 之间的数字</translation>
    </message>
    <message>
        <source>unknown MQTT version &apos;%1&apos;: use 5 or 3.1.1</source>
        <translation type="vanished">未知的 MQTT 版本“%1”：请使用 5 或 3.1.1</translation>
    </message>
    <message>
        <source>invalid keep alive &apos;%1&apos;: expected seconds from 0 to 65535</source>
        <translation>无效的保活间隔“%1”：应为 0 到 65535 之间的秒数</translation>
    </message>
    <message>
        <source>-c needs a client identifier (-i)</source>
        <translation>-c 需要客户端标识符（-i）</translation>
    </message>
    <message>
        <source>-x (session expiry) needs MQTT 5 (-V 5)</source>
        <translation>-x（会话过期）需要 MQTT 5（-V 5）</translation>
    </message>
    <message>
        <source>invalid session expiry &apos;%1&apos;</source>
        <translation>无效的会话过期间隔“%1”</translation>
    </message>
    <message>
        <source>a password (-P) needs a user name (-u) in MQTT 3.1.1</source>
        <translation>在 MQTT 3.1.1 中，密码（-P）需要同时提供用户名（-u）</translation>
    </message>
    <message>
        <source>invalid Will QoS &apos;%1&apos;: expected 0, 1 or 2</source>
        <translation>无效的遗嘱 QoS“%1”：应为 0、1 或 2</translation>
    </message>
    <message>
        <source>--will-payload and --will-retain need --will-topic</source>
        <translation>--will-payload 和 --will-retain 需要 --will-topic</translation>
    </message>
    <message>
        <source>Report connection events on stderr.</source>
        <translation>在标准错误输出上报告连接事件。</translation>
    </message>
    <message>
        <source>Broker URL instead of -h/-p: mqtt://, mqtts://, ws:// or wss://[USER[:PASSWORD]@]HOST[:PORT][/PATH] (default ports 1883, 8883, 80, 443).</source>
        <translation>代理 URL，代替 -h/-p：mqtt://、mqtts://、ws:// 或 wss://[用户[:密码]@]主机[:端口][/路径]（默认端口 1883、8883、80、443）。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Broker port (default: 1883, or 8883 with TLS options).</source>
        <translation>代理端口（默认：1883；使用 TLS 选项时为 8883）。</translation>
    </message>
    <message>
        <source>Trust only the CA certificates in FILE (PEM or DER) instead of the system&apos;s; implies TLS.</source>
        <translation>只信任文件中的 CA 证书（PEM 或 DER），而不是系统的 CA 证书；隐含使用 TLS。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Use TLS with the system&apos;s CA certificates (for -h/-p; mqtts:// and wss:// do that by default).</source>
        <translation>使用 TLS 并信任系统的 CA 证书（用于 -h/-p；mqtts:// 和 wss:// 默认如此）。</translation>
    </message>
    <message>
        <source>Client certificate for mutual TLS (PEM or DER); needs --key.</source>
        <translation>双向 TLS 的客户端证书（PEM 或 DER）；需要 --key。</translation>
    </message>
    <message>
        <source>Private key of the --cert certificate (PEM or DER).</source>
        <translation>--cert 证书的私钥（PEM 或 DER）。</translation>
    </message>
    <message>
        <source>Passphrase of an encrypted --key (also used for --p12 when --p12-pass is not given).</source>
        <translation>已加密的 --key 的口令（未指定 --p12-pass 时也用于 --p12）。</translation>
    </message>
    <message>
        <source>PASSPHRASE</source>
        <translation>口令</translation>
    </message>
    <message>
        <source>Client certificate and key as one PKCS#12 bundle (.p12/.pfx), instead of --cert and --key.</source>
        <translation>以一个 PKCS#12 证书包（.p12/.pfx）提供客户端证书和私钥，代替 --cert 和 --key。</translation>
    </message>
    <message>
        <source>Password of the --p12 bundle.</source>
        <translation>--p12 证书包的密码。</translation>
    </message>
    <message>
        <source>Do not verify the broker&apos;s certificate (CA, host name, dates). For tests only: the connection can be intercepted. A warning is printed.</source>
        <translation>不验证代理的证书（CA、主机名、有效期）。仅用于测试：连接可能被截获。会输出一条警告。</translation>
    </message>
    <message>
        <source>ALPN protocols to offer, comma separated (x-amzn-mqtt-ca for AWS IoT Core on port 443).</source>
        <translation>要提供的 ALPN 协议，以逗号分隔（在 443 端口连接 AWS IoT Core 时用 x-amzn-mqtt-ca）。</translation>
    </message>
    <message>
        <source>PROTOCOLS</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Server name to send (SNI) and to check the certificate against (default: the host).</source>
        <translation>要发送的服务器名称（SNI），也用于核对证书（默认：主机）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Lowest TLS version to accept: 1.2 (default) or 1.3.</source>
        <translation>可接受的最低 TLS 版本：1.2（默认）或 1.3。</translation>
    </message>
    <message>
        <source>Extra HTTP header for the WebSocket handshake (ws:// and wss:// only; repeatable).</source>
        <translation>WebSocket 握手时附加的 HTTP 头（仅限 ws:// 和 wss://；可重复）。</translation>
    </message>
    <message>
        <source>NAME: VALUE</source>
        <translation>名称: 值</translation>
    </message>
    <message>
        <source>this command only connects over mqtt://, not %1</source>
        <translation>此命令只能通过 mqtt:// 连接，不支持 %1</translation>
    </message>
    <message>
        <source>invalid --url: %1</source>
        <translation>无效的 --url：%1</translation>
    </message>
    <message>
        <source>-h %1 and --url %2 name different hosts: give the host once</source>
        <translation>-h %1 与 --url %2 指定了不同的主机：主机只需指定一次</translation>
    </message>
    <message>
        <source>-p %1 and --url %2 name different ports: give the port once</source>
        <translation>-p %1 与 --url %2 指定了不同的端口：端口只需指定一次</translation>
    </message>
    <message>
        <source>--tls-use-os-certs needs TLS, but %1 is not encrypted: use %2:// instead</source>
        <translation>--tls-use-os-certs 需要 TLS，但 %1 未加密：请改用 %2://</translation>
    </message>
    <message>
        <source>-h takes a host name, not a URL: use --url %1</source>
        <translation>-h 需要主机名，而不是 URL：请使用 --url %1</translation>
    </message>
    <message>
        <source>invalid host &apos;%1&apos;: %2</source>
        <translation>无效的主机“%1”：%2</translation>
    </message>
    <message>
        <source>%1 needs TLS, but %2 is not encrypted: use %3:// instead</source>
        <translation>%1 需要 TLS，但 %2 未加密：请改用 %3://</translation>
    </message>
    <message>
        <source>--header only applies to ws:// and wss:// URLs, not %1</source>
        <translation>--header 只适用于 ws:// 和 wss:// URL，不适用于 %1</translation>
    </message>
    <message>
        <source>-u %1 and the user name in --url differ: give the user name once</source>
        <translation>-u %1 与 --url 中的用户名不同：用户名只需指定一次</translation>
    </message>
    <message>
        <source>-P and the password in --url differ: give the password once</source>
        <translation>-P 与 --url 中的密码不同：密码只需指定一次</translation>
    </message>
    <message>
        <source>--%1 needs a file name</source>
        <translation>--%1 需要文件名</translation>
    </message>
    <message>
        <source>--cert and --key go together: give the client certificate and its private key</source>
        <translation>--cert 和 --key 必须一起使用：请提供客户端证书及其私钥</translation>
    </message>
    <message>
        <source>give either --p12 or --cert and --key, not both</source>
        <translation>请提供 --p12 或 --cert 和 --key 之一，不能同时提供</translation>
    </message>
    <message>
        <source>--p12-pass needs --p12</source>
        <translation>--p12-pass 需要 --p12</translation>
    </message>
    <message>
        <source>--pass-key needs --key or --p12</source>
        <translation>--pass-key 需要 --key 或 --p12</translation>
    </message>
    <message>
        <source>invalid --alpn &apos;%1&apos;: expected protocol names of 1 to 255 bytes, separated by commas</source>
        <translation>无效的 --alpn“%1”：应为以逗号分隔、长度为 1 到 255 字节的协议名</translation>
    </message>
    <message>
        <source>invalid --sni &apos;%1&apos;: expected a host name</source>
        <translation>无效的 --sni“%1”：应为主机名</translation>
    </message>
    <message>
        <source>invalid TLS version &apos;%1&apos;: use 1.2 or 1.3</source>
        <translation>无效的 TLS 版本“%1”：请使用 1.2 或 1.3</translation>
    </message>
    <message>
        <source>Reconnect when the connection drops (not when the first attempt fails), with growing delays; messages published meanwhile wait.</source>
        <translation>连接断开时自动重新连接（首次连接失败时不会），重试间隔逐渐增加；期间发布的消息会排队等待。</translation>
    </message>
    <message>
        <source>With --reconnect: seconds before the first retry (default: 1); each further one waits twice as long.</source>
        <translation>与 --reconnect 一起使用：第一次重试前等待的秒数（默认：1）；之后每次等待时间加倍。</translation>
    </message>
    <message>
        <source>With --reconnect: the longest wait between retries in seconds (default: 60).</source>
        <translation>与 --reconnect 一起使用：两次重试之间的最长等待秒数（默认：60）。</translation>
    </message>
    <message>
        <source>invalid reconnect delay &apos;%1&apos;: expected seconds from 1 to 86400</source>
        <translation>无效的重连延迟“%1”：应为 1 到 86400 之间的秒数</translation>
    </message>
    <message>
        <source>--reconnect-max-delay must not be shorter than --reconnect-delay</source>
        <translation>--reconnect-max-delay 不能短于 --reconnect-delay</translation>
    </message>
    <message>
        <source>--reconnect-delay and --reconnect-max-delay need --reconnect</source>
        <translation>--reconnect-delay 和 --reconnect-max-delay 需要 --reconnect</translation>
    </message>
    <message>
        <source>invalid Will topic &apos;%1&apos;: %2</source>
        <translation>无效的遗嘱主题“%1”：%2</translation>
    </message>
    <message>
        <source>--url is needed to connect</source>
        <translation>连接需要 --url</translation>
    </message>
    <message>
        <source>Connect with a saved profile (see &apos;mqttscope-cli profile list&apos;), its password from the keyring, instead of the connection options.</source>
        <translation>使用已保存的连接配置进行连接（参见“mqttscope-cli profile list”），密码取自密钥环，代替各项连接选项。</translation>
    </message>
    <message>
        <source>--profile cannot be combined with -%1%2: change the profile instead</source>
        <translation>--profile 不能与 -%1%2 同时使用：请改为修改配置</translation>
    </message>
    <message>
        <source>the Local demo profile has no fixed address: the GUI starts its broker</source>
        <translation>本地演示配置没有固定地址：它的代理由图形界面启动</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>MQTT version: 5, 3.1.1, or auto (MQTT 5, and 3.1.1 when the broker does not support 5; default: 5).</source>
        <translation>MQTT 版本：5、3.1.1 或 auto（先用 MQTT 5，代理不支持 5 时改用 3.1.1；默认：5）。</translation>
    </message>
    <message>
        <source>unknown MQTT version &apos;%1&apos;: use 5, 3.1.1 or auto</source>
        <translation>未知的 MQTT 版本“%1”：请使用 5、3.1.1 或 auto</translation>
    </message>
    <message>
        <source>-x with a non-zero expiry needs a client identifier (-i): nobody could resume the session otherwise</source>
        <translation>非零过期时间的 -x 需要客户端标识符（-i）：否则没有人能恢复该会话</translation>
    </message>
</context>
<context>
    <name>ConnectionBar</name>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Profiles…</source>
        <translation>配置…</translation>
    </message>
    <message>
        <source>Edit connection profiles: broker address, TLS, authentication, Last Will (Ctrl+P)</source>
        <translation>编辑连接配置：代理地址、TLS、认证、遗嘱消息（Ctrl+P）</translation>
    </message>
    <message>
        <source>Create, edit, import and export connection profiles</source>
        <translation>创建、编辑、导入和导出连接配置</translation>
    </message>
    <message>
        <source>The connection profile Connect uses</source>
        <translation>“连接”使用的连接配置</translation>
    </message>
    <message>
        <source>Choose the broker to connect to</source>
        <translation>选择要连接的代理</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>Connect to the broker of the selected profile</source>
        <translation>连接到所选配置的代理</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>断开(&amp;D)</translation>
    </message>
    <message>
        <source>Close the connection (a clean DISCONNECT: the broker does not publish the Will)</source>
        <translation>关闭连接（正常 DISCONNECT：代理不会发布遗嘱消息）</translation>
    </message>
    <message>
        <source>Already connected: disconnect first (Ctrl+Shift+C)</source>
        <translation>已连接：请先断开（Ctrl+Shift+C）</translation>
    </message>
    <message>
        <source>No profile to connect with: create one with Profiles… (Ctrl+Shift+C)</source>
        <translation>没有可用的连接配置：请用“配置…”创建一个（Ctrl+Shift+C）</translation>
    </message>
    <message>
        <source>Connect to %1 (Ctrl+Shift+C)</source>
        <translation>连接到 %1（Ctrl+Shift+C）</translation>
    </message>
    <message>
        <source>Disconnect from %1 (Ctrl+Shift+D)</source>
        <translation>断开与 %1 的连接（Ctrl+Shift+D）</translation>
    </message>
    <message>
        <source>Not connected (Ctrl+Shift+D)</source>
        <translation>未连接（Ctrl+Shift+D）</translation>
    </message>
    <message>
        <source>Disconnect to choose another profile</source>
        <translation>断开连接后才能选择其他配置</translation>
    </message>
</context>
<context>
    <name>ConnectionController</name>
    <message>
        <source>There is no profile named &apos;%1&apos;.</source>
        <translation>没有名为“%1”的配置。</translation>
    </message>
    <message>
        <source>The profile &apos;%1&apos; cannot connect: %2</source>
        <translation>配置“%1”无法连接：%2</translation>
    </message>
    <message>
        <source>The secrets of &apos;%1&apos; could not be read from the keyring: %2</source>
        <translation>无法从密钥环读取“%1”的机密信息：%2</translation>
    </message>
    <message>
        <source>Cannot connect with %1: %2</source>
        <translation>无法使用 %1 连接：%2</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Fix these first:</source>
        <translation>请先修正以下问题：</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close without keeping the changes (Esc)</source>
        <translation>关闭且不保留更改（Esc）</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>新配置</translation>
    </message>
    <message>
        <source>New profile (Ctrl+N)</source>
        <translation>新建配置（Ctrl+N）</translation>
    </message>
    <message>
        <source>Duplicate the selected profile</source>
        <translation>复制所选配置</translation>
    </message>
    <message>
        <source>Rename the selected profile (F2)</source>
        <translation>重命名所选配置（F2）</translation>
    </message>
    <message>
        <source>Delete the selected profile</source>
        <translation>删除所选配置</translation>
    </message>
    <message>
        <source>Import profiles from a file (MqttScope, MQTTX or MQTT Explorer)</source>
        <translation>从文件导入配置（MqttScope、MQTTX 或 MQTT Explorer）</translation>
    </message>
    <message>
        <source>Export the selected profile to a file (without passwords)</source>
        <translation>将所选配置导出到文件（不含密码）</translation>
    </message>
    <message>
        <source>Export without secrets…</source>
        <translation>导出（不含机密信息）…</translation>
    </message>
    <message>
        <source>Export with passwords and passphrases (plain text)…</source>
        <translation>导出（包含密码和口令，明文）…</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>配置(&amp;P)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s) from %1 (%2).</source>
        <translation>
            <numerusform>已从 %1（%2）导入 %n 个配置。</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported &quot;%1&quot; to %2 (without secrets).</source>
        <translation>已将“%1”导出到 %2（不含机密信息）。</translation>
    </message>
    <message>
        <source>Import profiles</source>
        <translation>导入配置</translation>
    </message>
    <message>
        <source>Profiles (*.json);;All files (*)</source>
        <translation>配置 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export with secrets</source>
        <translation>导出（包含机密信息）</translation>
    </message>
    <message>
        <source>Export profile</source>
        <translation>导出配置</translation>
    </message>
    <message>
        <source>Profiles (*.json)</source>
        <translation>配置 (*.json)</translation>
    </message>
    <message>
        <source>Keep the changes to every profile and close</source>
        <translation>保留对所有配置的更改并关闭</translation>
    </message>
    <message>
        <source>Create or choose a profile</source>
        <translation>请新建或选择一个配置</translation>
    </message>
    <message>
        <source>Save and connect to the selected profile (Ctrl+Enter)</source>
        <translation>保存并连接到所选配置（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>A test is running</source>
        <translation>正在测试</translation>
    </message>
    <message>
        <source>Connect once with these settings, show what the broker answered and disconnect (Ctrl+T)</source>
        <translation>用这些设置连接一次，显示代理的应答后断开（Ctrl+T）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 副本</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>not valid base64</source>
        <translation>不是有效的 base64</translation>
    </message>
    <message>
        <source>expected &quot;1.2&quot; or &quot;1.3&quot;</source>
        <translation>应为 &quot;1.2&quot; 或 &quot;1.3&quot;</translation>
    </message>
    <message>
        <source>expected &quot;5&quot; or &quot;3.1.1&quot;</source>
        <translation type="vanished">应为 &quot;5&quot; 或 &quot;3.1.1&quot;</translation>
    </message>
    <message>
        <source>The profile needs a name.</source>
        <translation>配置需要一个名称。</translation>
    </message>
    <message>
        <source>The broker address needs a host name.</source>
        <translation>代理服务器地址需要主机名。</translation>
    </message>
    <message>
        <source>TLS settings only apply to mqtts:// and wss:// addresses.</source>
        <translation>TLS 设置仅适用于 mqtts:// 和 wss:// 地址。</translation>
    </message>
    <message>
        <source>Subscription &quot;%1&quot;: %2</source>
        <translation>订阅“%1”：%2</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;</source>
        <translation>未知类型“%1”</translation>
    </message>
    <message>
        <source>every subscription needs a topic filter</source>
        <translation>每个订阅都需要一个主题过滤器</translation>
    </message>
    <message>
        <source>expected &quot;5&quot;, &quot;3.1.1&quot; or &quot;auto&quot;</source>
        <translation>应为 &quot;5&quot;、&quot;3.1.1&quot; 或 &quot;auto&quot;</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接到 %1…</translation>
    </message>
    <message>
        <source>Could not connect to %1.</source>
        <translation>无法连接到 %1。</translation>
    </message>
</context>
<context>
    <name>ConnectionTestResult</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Could not connect to %1.</source>
        <translation>无法连接到 %1。</translation>
    </message>
    <message>
        <source>Connected to %1 (MQTT %2): the broker accepted the connection.</source>
        <translation>已连接到 %1（MQTT %2）：代理接受了连接。</translation>
    </message>
    <message>
        <source>CONNACK</source>
        <translation>CONNACK</translation>
    </message>
    <message>
        <source>Success (0x00)</source>
        <translation>成功（0x00）</translation>
    </message>
    <message>
        <source>Session present</source>
        <translation>会话已存在</translation>
    </message>
    <message>
        <source>Assigned client id</source>
        <translation>分配的客户端标识符</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>客户端标识符</translation>
    </message>
    <message>
        <source>yes (default)</source>
        <translation>是（默认）</translation>
    </message>
    <message>
        <source>Maximum QoS</source>
        <translation>最大 QoS</translation>
    </message>
    <message>
        <source>2 (default)</source>
        <translation>2（默认）</translation>
    </message>
    <message>
        <source>Retain available</source>
        <translation>支持保留消息</translation>
    </message>
    <message>
        <source>Wildcard subscriptions</source>
        <translation>通配符订阅</translation>
    </message>
    <message>
        <source>Shared subscriptions</source>
        <translation>共享订阅</translation>
    </message>
    <message>
        <source>Subscription identifiers</source>
        <translation>订阅标识符</translation>
    </message>
    <message>
        <source>Topic alias maximum</source>
        <translation>主题别名最大值</translation>
    </message>
    <message>
        <source>0 (default: no aliases)</source>
        <translation>0（默认：不使用别名）</translation>
    </message>
    <message>
        <source>Server keep alive</source>
        <translation>服务器保活间隔</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>as requested</source>
        <translation>与请求的相同</translation>
    </message>
    <message>
        <source>Receive maximum</source>
        <translation>接收最大值</translation>
    </message>
    <message>
        <source>65535 (default)</source>
        <translation>65535（默认）</translation>
    </message>
    <message>
        <source>Maximum packet size</source>
        <translation>最大报文大小</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>无限制</translation>
    </message>
    <message>
        <source>Session expiry</source>
        <translation>会话过期间隔</translation>
    </message>
    <message>
        <source>Response information</source>
        <translation>响应信息</translation>
    </message>
    <message>
        <source>Server reference</source>
        <translation>服务器引用</translation>
    </message>
    <message>
        <source>Reason string</source>
        <translation>原因字符串</translation>
    </message>
    <message>
        <source>User property</source>
        <translation>用户属性</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Double-click a tab to rename it</source>
        <translation>双击标签页可重命名</translation>
    </message>
    <message>
        <source>Remove Dashboard</source>
        <translation>移除仪表板</translation>
    </message>
    <message numerus="yes">
        <source>Remove the dashboard “%1” with its %n item(s)?</source>
        <translation>
            <numerusform>移除仪表板“%1”及其 %n 个项目吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Chart</source>
        <translation>添加图表</translation>
    </message>
    <message>
        <source>Add an empty chart to this dashboard; add series with its + button</source>
        <translation>向此仪表板添加一个空图表；用其 + 按钮添加序列</translation>
    </message>
    <message>
        <source>Add Tile…</source>
        <translation>添加磁贴…</translation>
    </message>
    <message>
        <source>Add a value tile: number, gauge, lamp or text</source>
        <translation>添加数值磁贴：数字、仪表、指示灯或文本</translation>
    </message>
    <message>
        <source>New Dashboard</source>
        <translation>新建仪表板</translation>
    </message>
    <message>
        <source>Add another dashboard tab</source>
        <translation>添加另一个仪表板标签页</translation>
    </message>
    <message>
        <source>Export Image…</source>
        <translation>导出图像…</translation>
    </message>
    <message>
        <source>Save the current dashboard as a PNG or SVG picture</source>
        <translation>将当前仪表板保存为 PNG 或 SVG 图片</translation>
    </message>
    <message>
        <source>Dashboard %1</source>
        <translation>仪表板 %1</translation>
    </message>
    <message>
        <source>Rename Dashboard</source>
        <translation>重命名仪表板</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Cannot plot “%1”: %2</source>
        <translation>无法绘制“%1”：%2</translation>
    </message>
    <message>
        <source>%1 is already on the chart.</source>
        <translation>%1 已在图表上。</translation>
    </message>
    <message>
        <source>Plotting %1.</source>
        <translation>正在绘制 %1。</translation>
    </message>
    <message>
        <source>Add Tile</source>
        <translation>添加磁贴</translation>
    </message>
    <message>
        <source>There is no dashboard to export.</source>
        <translation>没有可导出的仪表板。</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>已导出 %1。</translation>
    </message>
</context>
<context>
    <name>DashboardCell</name>
    <message>
        <source>Edit, resize, move or remove this item</source>
        <translation>编辑、调整大小、移动或移除此项目</translation>
    </message>
    <message>
        <source>Edit Tile…</source>
        <translation>编辑磁贴…</translation>
    </message>
    <message>
        <source>Rename Chart…</source>
        <translation>重命名图表…</translation>
    </message>
    <message>
        <source>Wider</source>
        <translation>加宽</translation>
    </message>
    <message>
        <source>Narrower</source>
        <translation>变窄</translation>
    </message>
    <message>
        <source>Taller</source>
        <translation>加高</translation>
    </message>
    <message>
        <source>Shorter</source>
        <translation>变矮</translation>
    </message>
    <message>
        <source>Move Left</source>
        <translation>左移</translation>
    </message>
    <message>
        <source>Move Right</source>
        <translation>右移</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>DashboardConfig</name>
    <message>
        <source>The dashboards are not a JSON object; none were loaded.</source>
        <translation>仪表板数据不是 JSON 对象；未加载任何仪表板。</translation>
    </message>
    <message>
        <source>The dashboards have no valid version; none were loaded.</source>
        <translation>仪表板数据没有有效的版本号；未加载任何仪表板。</translation>
    </message>
    <message>
        <source>The dashboards were saved by a newer MqttScope (format %1, this one reads %2); none were loaded.</source>
        <translation>仪表板由较新版本的 MqttScope 保存（格式 %1，本版本可读取 %2）；未加载任何仪表板。</translation>
    </message>
    <message>
        <source>Dashboard %1 is not a JSON object (skipped).</source>
        <translation>仪表板 %1 不是 JSON 对象（已跳过）。</translation>
    </message>
    <message>
        <source>Dashboard %1</source>
        <translation>仪表板 %1</translation>
    </message>
    <message>
        <source>Dashboard &apos;%1&apos;, item %2: %3 (skipped).</source>
        <translation>仪表板“%1”，项目 %2：%3（已跳过）。</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>unknown chart mode &apos;%1&apos;</source>
        <translation>未知的图表模式“%1”</translation>
    </message>
    <message>
        <source>Dashboard &apos;%1&apos;, item %2, series %3: %4 (skipped).</source>
        <translation>仪表板“%1”，项目 %2，序列 %3：%4（已跳过）。</translation>
    </message>
    <message>
        <source>X-Y chart without a usable X series: %1</source>
        <translation>X-Y 图表没有可用的 X 序列：%1</translation>
    </message>
    <message>
        <source>unknown tile kind &apos;%1&apos;</source>
        <translation>未知的磁贴类型“%1”</translation>
    </message>
    <message>
        <source>unknown item type &apos;%1&apos;</source>
        <translation>未知的项目类型“%1”</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>家</translation>
    </message>
    <message>
        <source>Living room</source>
        <translation>客厅</translation>
    </message>
    <message>
        <source>Humidity, living room</source>
        <translation>客厅湿度</translation>
    </message>
    <message>
        <source>Living room light</source>
        <translation>客厅灯</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>Humidity</source>
        <translation>湿度</translation>
    </message>
</context>
<context>
    <name>DashboardPageWidget</name>
    <message>
        <source>This dashboard is empty. Add a chart or a tile with the buttons above, or use “Plot” on a JSON field of a message.</source>
        <translation>此仪表板为空。用上方的按钮添加图表或磁贴，或在消息的 JSON 字段上使用“绘图”。</translation>
    </message>
    <message>
        <source>Rename Chart</source>
        <translation>重命名图表</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>There is no room there: move or remove the item in the way first.</source>
        <translation>那里没有空位：请先移动或移除挡住的项目。</translation>
    </message>
</context>
<context>
    <name>DemoBroker</name>
    <message>
        <source>The Local demo needs the Mosquitto MQTT broker, which is not installed. Install it with &apos;sudo apt install mosquitto&apos; and start the demo again.</source>
        <translation>本地演示需要 Mosquitto MQTT 代理，但它尚未安装。请用“sudo apt install mosquitto”安装，然后重新启动演示。</translation>
    </message>
    <message>
        <source>The Local demo cannot create a temporary directory for its broker: %1</source>
        <translation>本地演示无法为其代理创建临时目录：%1</translation>
    </message>
    <message>
        <source>The Local demo found no free port on 127.0.0.1 for its broker.</source>
        <translation>本地演示在 127.0.0.1 上找不到可供其代理使用的空闲端口。</translation>
    </message>
    <message>
        <source>The Local demo could not start mosquitto: %1</source>
        <translation>本地演示无法启动 mosquitto：%1</translation>
    </message>
    <message>
        <source>The Local demo cannot write its broker configuration %1: %2</source>
        <translation>本地演示无法写入其代理配置 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>The Local demo&apos;s broker did not accept connections within %n second(s). Mosquitto said: %1</source>
        <translation>
            <numerusform>本地演示的代理在 %n 秒内没有接受连接。Mosquitto 输出：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>崩溃</translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation>以代码 %1 退出</translation>
    </message>
    <message>
        <source>The Local demo&apos;s broker stopped (mosquitto %1). Mosquitto said: %2</source>
        <translation>本地演示的代理已停止（mosquitto %1）。Mosquitto 输出：%2</translation>
    </message>
    <message>
        <source>The Local demo&apos;s broker could not start (mosquitto %1). Mosquitto said: %2</source>
        <translation>本地演示的代理无法启动（mosquitto %1）。Mosquitto 输出：%2</translation>
    </message>
</context>
<context>
    <name>FileField</name>
    <message>
        <source>path of the file</source>
        <translation>文件路径</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>FilePayloadReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is %2, more than a message may carry here (%3)</source>
        <translation>%1 大小为 %2，超过了此处一条消息能携带的上限（%3）</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>Clean start (discard any previous session)</source>
        <translation>全新开始（丢弃之前的会话）</translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation>永不过期</translation>
    </message>
    <message>
        <source>Reconnect automatically when the connection drops</source>
        <translation>连接断开时自动重新连接</translation>
    </message>
    <message>
        <source>e.g. Home broker</source>
        <translation>例如：家里的代理</translation>
    </message>
    <message>
        <source>mqtt://, mqtts://, ws:// or wss:// followed by host[:port][/path]; the fields below follow what you type here, and the other way round</source>
        <translation>mqtt://、mqtts://、ws:// 或 wss://，后接 主机[:端口][/路径]；下面的字段会随这里的输入而更新，反之亦然</translation>
    </message>
    <message>
        <source>mqtt:// (TCP)</source>
        <translation>mqtt://（TCP）</translation>
    </message>
    <message>
        <source>mqtts:// (TLS)</source>
        <translation>mqtts://（TLS）</translation>
    </message>
    <message>
        <source>ws:// (WebSocket)</source>
        <translation>ws://（WebSocket）</translation>
    </message>
    <message>
        <source>wss:// (WebSocket over TLS)</source>
        <translation>wss://（基于 TLS 的 WebSocket）</translation>
    </message>
    <message>
        <source>host name or address</source>
        <translation>主机名或地址</translation>
    </message>
    <message>
        <source>1 to 65535; empty for the protocol&apos;s default port</source>
        <translation>1 到 65535；留空则使用协议的默认端口</translation>
    </message>
    <message>
        <source>The WebSocket path (and query), e.g. /mqtt</source>
        <translation>WebSocket 路径（及查询参数），例如 /mqtt</translation>
    </message>
    <message>
        <source>MQTT 5.0</source>
        <translation>MQTT 5.0</translation>
    </message>
    <message>
        <source>MQTT 3.1.1</source>
        <translation>MQTT 3.1.1</translation>
    </message>
    <message>
        <source>empty: the broker assigns one (MQTT 5) or one is generated</source>
        <translation>留空：由代理分配（MQTT 5）或自动生成</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <source>Fill in a new random client id</source>
        <translation>填入一个新的随机客户端标识符</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>How often the client shows it is alive when idle (0: never)</source>
        <translation>空闲时客户端多久表明一次自己仍在线（0：从不）</translation>
    </message>
    <message>
        <source>0 (ends with the connection)</source>
        <translation>0（随连接结束）</translation>
    </message>
    <message>
        <source>MQTT 5: how long the broker keeps the session (subscriptions, queued messages) after the connection ends</source>
        <translation>MQTT 5：连接结束后代理保留会话（订阅、排队的消息）的时长</translation>
    </message>
    <message>
        <source>Give up a connection attempt that has no answer after this long</source>
        <translation>连接尝试在这么长时间内没有应答就放弃</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U)：</translation>
    </message>
    <message>
        <source>Or protocol, host, port, path:</source>
        <translation>或协议、主机、端口、路径：</translation>
    </message>
    <message>
        <source>MQTT &amp;version:</source>
        <translation>MQTT 版本(&amp;V)：</translation>
    </message>
    <message>
        <source>Client id:</source>
        <translation>客户端标识符：</translation>
    </message>
    <message>
        <source>&amp;Keep alive:</source>
        <translation>保活间隔(&amp;K)：</translation>
    </message>
    <message>
        <source>Session expiry:</source>
        <translation>会话过期间隔：</translation>
    </message>
    <message>
        <source>Connect &amp;timeout:</source>
        <translation>连接超时(&amp;T)：</translation>
    </message>
    <message>
        <source>Give the broker&apos;s URL, e.g. mqtt://localhost:1883</source>
        <translation>请填写代理的 URL，例如 mqtt://localhost:1883</translation>
    </message>
    <message>
        <source>Give the user name and password on the Authentication page, not in the URL</source>
        <translation>请在“认证”页填写用户名和密码，不要写在 URL 中</translation>
    </message>
    <message>
        <source>Give the broker&apos;s host name or address</source>
        <translation>请填写代理的主机名或地址</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name or address</source>
        <translation>“%1”不是主机名或地址</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535, not &quot;%1&quot;</source>
        <translation>端口必须是 1 到 65535 之间的数字，而不是“%1”</translation>
    </message>
    <message>
        <source>The WebSocket path must start with &quot;/&quot;</source>
        <translation>WebSocket 路径必须以“/”开头</translation>
    </message>
    <message>
        <source>Give the profile a name</source>
        <translation>请为配置命名</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>MQTT 5.0, else 3.1.1</source>
        <translation>MQTT 5.0，不支持时用 3.1.1</translation>
    </message>
    <message>
        <source>Try MQTT 5; when the broker does not support it, connect with MQTT 3.1.1</source>
        <translation>先尝试 MQTT 5；代理不支持时改用 MQTT 3.1.1 连接</translation>
    </message>
</context>
<context>
    <name>HexView</name>
    <message>
        <source>Offset, bytes in hex, bytes as ASCII. Ctrl+C copies the lines on screen.</source>
        <translation>偏移量、十六进制字节、ASCII 字节。Ctrl+C 复制屏幕上的行。</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Pick a message to show it; pick two (Ctrl+click) to compare them</source>
        <translation>选择一条消息以显示；选择两条（Ctrl+单击）以比较</translation>
    </message>
    <message>
        <source>Select two messages to compare them.</source>
        <translation>选择两条消息进行比较。</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <source>JSON, by key</source>
        <translation>JSON，按键</translation>
    </message>
    <message>
        <source>text, by line</source>
        <translation>文本，按行</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>字节</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) from %1 to %2 (%3).</source>
        <translation>
            <numerusform>从 %1 到 %2 共 %n 处差异（%3）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the first %1 are listed.</source>
        <translation>仅列出前 %1 处。</translation>
    </message>
    <message>
        <source>Compared as kept: the history holds only the start of long payloads.</source>
        <translation>按保存的内容比较：历史记录只保留长负载的开头部分。</translation>
    </message>
    <message>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>修改</translation>
    </message>
</context>
<context>
    <name>IngestBenchmark</name>
    <message>
        <source>Timed out after %1 s with %2 of %3 messages applied (%4 received).</source>
        <translation>%1 秒后超时：已应用 %3 条消息中的 %2 条（已收到 %4 条）。</translation>
    </message>
    <message>
        <source>The broker refused the subscription to &apos;%1&apos;: %2</source>
        <translation>代理拒绝了对“%1”的订阅：%2</translation>
    </message>
    <message>
        <source>Subscribed to &apos;%1&apos;.</source>
        <translation>已订阅“%1”。</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>已连接到 %1。</translation>
    </message>
    <message>
        <source>The connection to %1 was closed.</source>
        <translation type="vanished">与 %1 的连接已关闭。</translation>
    </message>
</context>
<context>
    <name>JsonFieldReader</name>
    <message>
        <source>expected true or false</source>
        <translation>应为 true 或 false</translation>
    </message>
    <message>
        <source>expected a text string</source>
        <translation>应为文本字符串</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation>应为 %1 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>应为列表</translation>
    </message>
    <message>
        <source>expected a list of text strings</source>
        <translation>应为文本字符串列表</translation>
    </message>
    <message>
        <source>expected a list of [&quot;name&quot;, &quot;value&quot;] pairs</source>
        <translation>应为 [&quot;名称&quot;, &quot;值&quot;] 对的列表</translation>
    </message>
</context>
<context>
    <name>LastWillPage</name>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>&amp;Send a Last Will when the connection is lost</source>
        <translation>连接意外断开时发送遗嘱消息(&amp;S)</translation>
    </message>
    <message>
        <source>The broker publishes this message for us when our connection ends without a proper disconnect (crash, network failure, keep-alive timeout)</source>
        <translation>当我们的连接未经正常断开就结束时（崩溃、网络故障、保活超时），代理会替我们发布这条消息</translation>
    </message>
    <message>
        <source>e.g. devices/mqttscope/status</source>
        <translation>例如 devices/mqttscope/status</translation>
    </message>
    <message>
        <source>Text (UTF-8)</source>
        <translation>文本（UTF-8）</translation>
    </message>
    <message>
        <source>Hex bytes</source>
        <translation>十六进制字节</translation>
    </message>
    <message>
        <source>e.g. offline</source>
        <translation>例如 offline</translation>
    </message>
    <message>
        <source>0 - at most once</source>
        <translation>0 - 最多一次</translation>
    </message>
    <message>
        <source>1 - at least once</source>
        <translation>1 - 至少一次</translation>
    </message>
    <message>
        <source>2 - exactly once</source>
        <translation>2 - 恰好一次</translation>
    </message>
    <message>
        <source>Retain</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>MQTT 5 will properties</source>
        <translation>MQTT 5 遗嘱属性</translation>
    </message>
    <message>
        <source>0 (publish at once)</source>
        <translation>0（立即发布）</translation>
    </message>
    <message>
        <source>Wait this long before publishing; reconnecting in time cancels the Will</source>
        <translation>发布前等待这么长时间；在此期间重新连接会取消遗嘱</translation>
    </message>
    <message>
        <source>0 (never expires)</source>
        <translation>0（永不过期）</translation>
    </message>
    <message>
        <source>e.g. application/json</source>
        <translation>例如 application/json</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Will delay:</source>
        <translation>遗嘱延迟：</translation>
    </message>
    <message>
        <source>Message expiry:</source>
        <translation>消息过期间隔：</translation>
    </message>
    <message>
        <source>Content type:</source>
        <translation>内容类型：</translation>
    </message>
    <message>
        <source>Response topic:</source>
        <translation>响应主题：</translation>
    </message>
    <message>
        <source>Correlation data:</source>
        <translation>关联数据：</translation>
    </message>
    <message>
        <source>User properties:</source>
        <translation>用户属性：</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>Payload format:</source>
        <translation>负载格式：</translation>
    </message>
    <message>
        <source>&amp;Payload:</source>
        <translation>负载(&amp;P)：</translation>
    </message>
    <message>
        <source>QoS:</source>
        <translation>QoS：</translation>
    </message>
    <message>
        <source>Will properties need MQTT 5</source>
        <translation>遗嘱属性需要 MQTT 5</translation>
    </message>
    <message>
        <source>The will topic is not a valid topic name: %1</source>
        <translation>遗嘱主题不是有效的主题名：%1</translation>
    </message>
    <message>
        <source>Hex bytes are pairs of the digits 0-9 and A-F, e.g. &quot;6f 66 66&quot;</source>
        <translation>十六进制字节由 0-9 和 A-F 两两组成，例如“6f 66 66”</translation>
    </message>
    <message>
        <source>The response topic is not a valid topic name: %1</source>
        <translation>响应主题不是有效的主题名：%1</translation>
    </message>
    <message>
        <source>Last Will</source>
        <translation>遗嘱</translation>
    </message>
</context>
<context>
    <name>LocalDemo</name>
    <message>
        <source>Local demo running on %1</source>
        <translation>本地演示正在 %1 上运行</translation>
    </message>
    <message>
        <source>The Local demo&apos;s simulator stopped: %1</source>
        <translation>本地演示的模拟器已停止：%1</translation>
    </message>
    <message>
        <source>Local demo</source>
        <translation>本地演示</translation>
    </message>
    <message>
        <source>Starting the Local demo&apos;s broker…</source>
        <translation>正在启动本地演示的代理…</translation>
    </message>
    <message>
        <source>Starting the Local demo&apos;s simulator…</source>
        <translation>正在启动本地演示的模拟器…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>MqttScope</source>
        <translation>MqttScope</translation>
    </message>
    <message>
        <source>Not connected. Connect to a broker to explore its topics.</source>
        <translation type="vanished">未连接。连接到代理以浏览其主题。</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About MqttScope</source>
        <translation>关于 MqttScope(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>About MqttScope</source>
        <translation>关于 MqttScope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MqttScope %1&lt;/h3&gt;&lt;p&gt;A fast desktop explorer for MQTT 3.1.1 and 5.0 brokers: browse topics, inspect messages and their properties, chart numeric values and publish.&lt;/p&gt;</source>
        <translation type="vanished">&lt;h3&gt;MqttScope %1&lt;/h3&gt;&lt;p&gt;快速的 MQTT 3.1.1 和 5.0 代理桌面浏览器：浏览主题，查看消息及其属性，绘制数值图表并发布消息。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>Language, history limits and time format</source>
        <translation>语言、历史上限和时间格式</translation>
    </message>
    <message>
        <source>Disconnect and quit MqttScope</source>
        <translation>断开连接并退出 MqttScope</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Connection &amp;Toolbar</source>
        <translation>连接工具栏(&amp;T)</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>版本和许可证</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Message Log</source>
        <translation>消息日志</translation>
    </message>
    <message>
        <source>Select a topic to read its messages.</source>
        <translation type="vanished">选择一个主题以查看其消息。</translation>
    </message>
    <message>
        <source>Show or hide the %1 panel</source>
        <translation>显示或隐藏“%1”面板</translation>
    </message>
    <message>
        <source>Cannot connect with %1: %2</source>
        <translation type="vanished">无法使用 %1 连接：%2</translation>
    </message>
    <message>
        <source>%1 — MqttScope</source>
        <translation>%1 — MqttScope</translation>
    </message>
    <message>
        <source>Preferences saved.</source>
        <translation>首选项已保存。</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MqttScope %1&lt;/h3&gt;&lt;p&gt;A fast desktop explorer for MQTT 3.1.1 and 5.0 brokers: browse topics, inspect messages and their properties, chart numeric values and publish.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MqttScope %1&lt;/h3&gt;&lt;p&gt;快速的 MQTT 3.1.1 和 5.0 代理桌面浏览器：浏览主题、查看消息及其属性、绘制数值图表并发布消息。&lt;/p&gt;&lt;p&gt;以 Apache License 2.0 授权。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>流量</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
</context>
<context>
    <name>MessageInspector</name>
    <message>
        <source>Select a topic to read its messages.</source>
        <translation>选择一个主题以阅读其消息。</translation>
    </message>
    <message>
        <source>Follow Latest</source>
        <translation>跟随最新</translation>
    </message>
    <message>
        <source>Show each new message of the topic as it arrives</source>
        <translation>主题的每条新消息到达时即显示</translation>
    </message>
    <message>
        <source>Copy Payload</source>
        <translation>复制负载</translation>
    </message>
    <message>
        <source>Copy the payload as text, JSON, hex or base64</source>
        <translation>以文本、JSON、十六进制或 Base64 复制负载</translation>
    </message>
    <message>
        <source>As Text</source>
        <translation>作为文本</translation>
    </message>
    <message>
        <source>As JSON</source>
        <translation>作为 JSON</translation>
    </message>
    <message>
        <source>As Hex</source>
        <translation>作为十六进制</translation>
    </message>
    <message>
        <source>As Base64</source>
        <translation>作为 Base64</translation>
    </message>
    <message>
        <source>Save Payload…</source>
        <translation>保存负载…</translation>
    </message>
    <message>
        <source>Save Payload</source>
        <translation>保存负载</translation>
    </message>
    <message>
        <source>Write the payload&apos;s bytes to a file</source>
        <translation>将负载的字节写入文件</translation>
    </message>
    <message>
        <source>Re-publish…</source>
        <translation>重新发布…</translation>
    </message>
    <message>
        <source>Fill the publisher with this message</source>
        <translation>用此消息填充发布器</translation>
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
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <source>Retain</source>
        <translation>保留</translation>
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
        <source>DUP</source>
        <translation>DUP</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n byte(s))</source>
        <translation>
            <numerusform>%1（%n 字节）</numerusform>
        </translation>
    </message>
    <message>
        <source>Payload format</source>
        <translation>负载格式</translation>
    </message>
    <message>
        <source>1 (UTF-8 text)</source>
        <translation>1（UTF-8 文本）</translation>
    </message>
    <message>
        <source>%1 (bytes)</source>
        <translation>%1（字节）</translation>
    </message>
    <message>
        <source>Message expiry</source>
        <translation>消息过期</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>内容类型</translation>
    </message>
    <message>
        <source>Response topic</source>
        <translation>响应主题</translation>
    </message>
    <message>
        <source>Correlation data</source>
        <translation>关联数据</translation>
    </message>
    <message>
        <source>User property</source>
        <translation>用户属性</translation>
    </message>
    <message>
        <source>Subscription identifiers</source>
        <translation>订阅标识符</translation>
    </message>
    <message>
        <source>Topic alias</source>
        <translation>主题别名</translation>
    </message>
    <message>
        <source>%1 — no message shown</source>
        <translation>%1 — 未显示消息</translation>
    </message>
    <message>
        <source>Payload copied.</source>
        <translation>负载已复制。</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>Saved %1 to %2.</source>
        <translation>已将 %1 保存到 %2。</translation>
    </message>
</context>
<context>
    <name>MessageLogFilterModel</name>
    <message>
        <source>Invalid topic filter: %1</source>
        <translation>无效的主题过滤器：%1</translation>
    </message>
    <message>
        <source>Invalid regular expression: %1</source>
        <translation>无效的正则表达式：%1</translation>
    </message>
</context>
<context>
    <name>MessageLogModel</name>
    <message>
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <source>retained</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <source>Retain</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>负载</translation>
    </message>
</context>
<context>
    <name>MessageLogView</name>
    <message>
        <source>Filter the log</source>
        <translation>过滤日志</translation>
    </message>
    <message>
        <source>Topic filter</source>
        <translation>主题过滤器</translation>
    </message>
    <message>
        <source>Payload contains</source>
        <translation>负载包含</translation>
    </message>
    <message>
        <source>Payload regex</source>
        <translation>负载正则表达式</translation>
    </message>
    <message>
        <source>Topic filter: MQTT syntax with + and #. Payload: a substring or a regular expression.</source>
        <translation>主题过滤器：带 + 和 # 的 MQTT 语法。负载：子串或正则表达式。</translation>
    </message>
    <message>
        <source>In and out</source>
        <translation>收发全部</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Which messages to list: received, sent, or both</source>
        <translation>列出哪些消息：接收的、发送的或两者</translation>
    </message>
    <message>
        <source>Pause Scrolling</source>
        <translation>暂停滚动</translation>
    </message>
    <message>
        <source>Stop following new messages (also happens when you scroll up)</source>
        <translation>停止跟随新消息（向上滚动时也会如此）</translation>
    </message>
    <message>
        <source>Clear Log</source>
        <translation>清空日志</translation>
    </message>
    <message>
        <source>Remove every message from the log (the topic tree and histories stay)</source>
        <translation>从日志中移除所有消息（主题树和历史记录保留）</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export All Messages…</source>
        <translation>导出全部消息…</translation>
    </message>
    <message>
        <source>Export Filtered Messages…</source>
        <translation>导出过滤后的消息…</translation>
    </message>
    <message>
        <source>Export Selected Messages…</source>
        <translation>导出选中的消息…</translation>
    </message>
    <message>
        <source>Save all, filtered or selected messages as JSON Lines or CSV</source>
        <translation>将全部、过滤后或选中的消息保存为 JSON Lines 或 CSV</translation>
    </message>
    <message>
        <source>Resume Scrolling</source>
        <translation>恢复滚动</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>无法导出到 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n message(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 条消息导出到 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payload(s) are cut: the history no longer holds them whole.</source>
        <translation>
            <numerusform>%n 条负载不完整：历史记录已不再保存其全部内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Messages</source>
        <translation>导出消息</translation>
    </message>
</context>
<context>
    <name>Mqtt</name>
    <message>
        <source>packet identifier</source>
        <translation>报文标识符</translation>
    </message>
    <message numerus="yes">
        <source>%n unexpected byte(s) after the end of the packet (MQTT 5 §2.1.4)</source>
        <translation>
            <numerusform>报文结束后有 %n 个多余字节（MQTT 5 §2.1.4）</numerusform>
        </translation>
    </message>
    <message>
        <source>reason code</source>
        <translation>原因码</translation>
    </message>
    <message>
        <source>property length</source>
        <translation>属性长度</translation>
    </message>
    <message>
        <source>property identifier</source>
        <translation>属性标识符</translation>
    </message>
    <message>
        <source>property value</source>
        <translation>属性值</translation>
    </message>
    <message>
        <source>user property name</source>
        <translation>用户属性名</translation>
    </message>
    <message>
        <source>user property value</source>
        <translation>用户属性值</translation>
    </message>
    <message>
        <source>protocol name</source>
        <translation>协议名</translation>
    </message>
    <message>
        <source>protocol level</source>
        <translation>协议级别</translation>
    </message>
    <message>
        <source>connect flags</source>
        <translation>连接标志</translation>
    </message>
    <message>
        <source>keep alive</source>
        <translation>保活间隔</translation>
    </message>
    <message>
        <source>client identifier</source>
        <translation>客户端标识符</translation>
    </message>
    <message>
        <source>Will topic</source>
        <translation>遗嘱主题</translation>
    </message>
    <message>
        <source>Will payload</source>
        <translation>遗嘱负载</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>acknowledge flags</source>
        <translation>确认标志</translation>
    </message>
    <message>
        <source>topic name</source>
        <translation>主题名</translation>
    </message>
    <message>
        <source>topic filter</source>
        <translation>主题过滤器</translation>
    </message>
    <message>
        <source>subscription options</source>
        <translation>订阅选项</translation>
    </message>
    <message>
        <source>Will QoS</source>
        <translation>遗嘱 QoS</translation>
    </message>
    <message>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <source>maximum QoS</source>
        <translation>最大 QoS</translation>
    </message>
    <message>
        <source>Will properties</source>
        <translation>遗嘱属性</translation>
    </message>
    <message>
        <source>%1 has the invalid value %2: %3</source>
        <translation>%1 的值 %2 无效：%3</translation>
    </message>
    <message>
        <source>the maximum is 268,435,455 (MQTT 5 §1.5.5)</source>
        <translation>最大值为 268,435,455（MQTT 5 §1.5.5）</translation>
    </message>
    <message>
        <source>it must be 0 or 1 (MQTT 5 §3.3.2.3.2)</source>
        <translation>必须为 0 或 1（MQTT 5 §3.3.2.3.2）</translation>
    </message>
    <message>
        <source>it must be 0 or 1 (MQTT 5 §3.1.2.11.7)</source>
        <translation>必须为 0 或 1（MQTT 5 §3.1.2.11.7）</translation>
    </message>
    <message>
        <source>it must be 0 or 1 (MQTT 5 §3.1.2.11.6)</source>
        <translation>必须为 0 或 1（MQTT 5 §3.1.2.11.6）</translation>
    </message>
    <message>
        <source>it must be 0 or 1 (MQTT 5 §3.2.2.3.4)</source>
        <translation>必须为 0 或 1（MQTT 5 §3.2.2.3.4）</translation>
    </message>
    <message>
        <source>it must be 0 or 1 (MQTT 5 §3.2.2.3)</source>
        <translation>必须为 0 或 1（MQTT 5 §3.2.2.3）</translation>
    </message>
    <message>
        <source>it must not be 0 (MQTT 5 §3.1.2.11.3)</source>
        <translation>不能为 0（MQTT 5 §3.1.2.11.3）</translation>
    </message>
    <message>
        <source>it must not be 0 (MQTT 5 §3.1.2.11.4)</source>
        <translation>不能为 0（MQTT 5 §3.1.2.11.4）</translation>
    </message>
    <message>
        <source>a topic alias of 0 is not permitted (MQTT 5 §3.3.2.3.4)</source>
        <translation>不允许主题别名为 0（MQTT 5 §3.3.2.3.4）</translation>
    </message>
    <message>
        <source>it must not be 0 (MQTT 5 §3.3.2.3.8)</source>
        <translation>不能为 0（MQTT 5 §3.3.2.3.8）</translation>
    </message>
    <message>
        <source>Payload Format Indicator</source>
        <translation>负载格式指示</translation>
    </message>
    <message>
        <source>Message Expiry Interval</source>
        <translation>消息过期间隔</translation>
    </message>
    <message>
        <source>Content Type</source>
        <translation>内容类型</translation>
    </message>
    <message>
        <source>Response Topic</source>
        <translation>响应主题</translation>
    </message>
    <message>
        <source>Correlation Data</source>
        <translation>关联数据</translation>
    </message>
    <message>
        <source>Subscription Identifier</source>
        <translation>订阅标识符</translation>
    </message>
    <message>
        <source>Session Expiry Interval</source>
        <translation>会话过期间隔</translation>
    </message>
    <message>
        <source>Assigned Client Identifier</source>
        <translation>分配的客户端标识符</translation>
    </message>
    <message>
        <source>Server Keep Alive</source>
        <translation>服务端保活间隔</translation>
    </message>
    <message>
        <source>Authentication Method</source>
        <translation>认证方法</translation>
    </message>
    <message>
        <source>Authentication Data</source>
        <translation>认证数据</translation>
    </message>
    <message>
        <source>Request Problem Information</source>
        <translation>请求问题信息</translation>
    </message>
    <message>
        <source>Will Delay Interval</source>
        <translation>遗嘱延迟间隔</translation>
    </message>
    <message>
        <source>Request Response Information</source>
        <translation>请求响应信息</translation>
    </message>
    <message>
        <source>Response Information</source>
        <translation>响应信息</translation>
    </message>
    <message>
        <source>Server Reference</source>
        <translation>服务端参考</translation>
    </message>
    <message>
        <source>Reason String</source>
        <translation>原因字符串</translation>
    </message>
    <message>
        <source>Receive Maximum</source>
        <translation>接收最大值</translation>
    </message>
    <message>
        <source>Topic Alias Maximum</source>
        <translation>主题别名最大值</translation>
    </message>
    <message>
        <source>Topic Alias</source>
        <translation>主题别名</translation>
    </message>
    <message>
        <source>Maximum QoS</source>
        <translation>最大 QoS</translation>
    </message>
    <message>
        <source>Retain Available</source>
        <translation>支持保留消息</translation>
    </message>
    <message>
        <source>User Property</source>
        <translation>用户属性</translation>
    </message>
    <message>
        <source>Maximum Packet Size</source>
        <translation>最大报文长度</translation>
    </message>
    <message>
        <source>Wildcard Subscription Available</source>
        <translation>支持通配符订阅</translation>
    </message>
    <message>
        <source>Subscription Identifier Available</source>
        <translation>支持订阅标识符</translation>
    </message>
    <message>
        <source>Shared Subscription Available</source>
        <translation>支持共享订阅</translation>
    </message>
    <message>
        <source>Unknown property 0x%1</source>
        <translation>未知属性 0x%1</translation>
    </message>
    <message>
        <source>Normal disconnection</source>
        <translation>正常断开</translation>
    </message>
    <message>
        <source>Granted QoS 0</source>
        <translation>授予 QoS 0</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Granted QoS 1</source>
        <translation>授予 QoS 1</translation>
    </message>
    <message>
        <source>Granted QoS 2</source>
        <translation>授予 QoS 2</translation>
    </message>
    <message>
        <source>Disconnect with Will message</source>
        <translation>断开并发送遗嘱消息</translation>
    </message>
    <message>
        <source>No matching subscribers</source>
        <translation>没有匹配的订阅者</translation>
    </message>
    <message>
        <source>No subscription existed</source>
        <translation>订阅不存在</translation>
    </message>
    <message>
        <source>Continue authentication</source>
        <translation>继续认证</translation>
    </message>
    <message>
        <source>Re-authenticate</source>
        <translation>重新认证</translation>
    </message>
    <message>
        <source>Unspecified error</source>
        <translation>未指明的错误</translation>
    </message>
    <message>
        <source>Malformed packet</source>
        <translation>报文格式错误</translation>
    </message>
    <message>
        <source>Protocol error</source>
        <translation>协议错误</translation>
    </message>
    <message>
        <source>Implementation specific error</source>
        <translation>实现相关的错误</translation>
    </message>
    <message>
        <source>Unsupported protocol version</source>
        <translation>不支持的协议版本</translation>
    </message>
    <message>
        <source>Client identifier not valid</source>
        <translation>客户端标识符无效</translation>
    </message>
    <message>
        <source>Bad user name or password</source>
        <translation>用户名或密码错误</translation>
    </message>
    <message>
        <source>Not authorized</source>
        <translation>未授权</translation>
    </message>
    <message>
        <source>Server unavailable</source>
        <translation>服务端不可用</translation>
    </message>
    <message>
        <source>Server busy</source>
        <translation>服务端繁忙</translation>
    </message>
    <message>
        <source>Banned</source>
        <translation>已被禁止</translation>
    </message>
    <message>
        <source>Server shutting down</source>
        <translation>服务端正在关闭</translation>
    </message>
    <message>
        <source>Bad authentication method</source>
        <translation>认证方法无效</translation>
    </message>
    <message>
        <source>Keep alive timeout</source>
        <translation>保活超时</translation>
    </message>
    <message>
        <source>Session taken over</source>
        <translation>会话被接管</translation>
    </message>
    <message>
        <source>Topic filter invalid</source>
        <translation>主题过滤器无效</translation>
    </message>
    <message>
        <source>Topic name invalid</source>
        <translation>主题名无效</translation>
    </message>
    <message>
        <source>Packet identifier in use</source>
        <translation>报文标识符已被占用</translation>
    </message>
    <message>
        <source>Packet identifier not found</source>
        <translation>未找到报文标识符</translation>
    </message>
    <message>
        <source>Receive maximum exceeded</source>
        <translation>超出接收最大值</translation>
    </message>
    <message>
        <source>Topic alias invalid</source>
        <translation>主题别名无效</translation>
    </message>
    <message>
        <source>Packet too large</source>
        <translation>报文过大</translation>
    </message>
    <message>
        <source>Message rate too high</source>
        <translation>消息速率过高</translation>
    </message>
    <message>
        <source>Quota exceeded</source>
        <translation>超出配额</translation>
    </message>
    <message>
        <source>Administrative action</source>
        <translation>管理操作</translation>
    </message>
    <message>
        <source>Payload format invalid</source>
        <translation>负载格式无效</translation>
    </message>
    <message>
        <source>Retain not supported</source>
        <translation>不支持保留消息</translation>
    </message>
    <message>
        <source>QoS not supported</source>
        <translation>不支持该 QoS</translation>
    </message>
    <message>
        <source>Use another server</source>
        <translation>请使用其他服务端</translation>
    </message>
    <message>
        <source>Server moved</source>
        <translation>服务端已迁移</translation>
    </message>
    <message>
        <source>Shared subscriptions not supported</source>
        <translation>不支持共享订阅</translation>
    </message>
    <message>
        <source>Connection rate exceeded</source>
        <translation>超出连接速率</translation>
    </message>
    <message>
        <source>Maximum connect time</source>
        <translation>达到最长连接时间</translation>
    </message>
    <message>
        <source>Subscription identifiers not supported</source>
        <translation>不支持订阅标识符</translation>
    </message>
    <message>
        <source>Wildcard subscriptions not supported</source>
        <translation>不支持通配符订阅</translation>
    </message>
    <message>
        <source>Unknown reason code 0x%1</source>
        <translation>未知原因码 0x%1</translation>
    </message>
    <message>
        <source>&apos;#&apos; must be the last character and alone in its level (MQTT 5 §4.7.1.2)</source>
        <translation>“#”必须是最后一个字符，并单独占据一级（MQTT 5 §4.7.1.2）</translation>
    </message>
    <message>
        <source>&apos;+&apos; must occupy an entire level (MQTT 5 §4.7.1.3)</source>
        <translation>“+”必须单独占据一整级（MQTT 5 §4.7.1.3）</translation>
    </message>
    <message>
        <source>remaining length uses more than four bytes (MQTT 5 §1.5.5)</source>
        <translation>剩余长度使用了超过四个字节（MQTT 5 §1.5.5）</translation>
    </message>
    <message>
        <source>packet of %1 bytes exceeds the maximum packet size of %2 bytes (MQTT 5 §3.1.2.11.4)</source>
        <translation>%1 字节的报文超过了最大报文长度 %2 字节（MQTT 5 §3.1.2.11.4）</translation>
    </message>
    <message>
        <source>undecodable packet</source>
        <translation>无法解码的报文</translation>
    </message>
    <message>
        <source>it is a single byte (MQTT 5 §2.2.2.2)</source>
        <translation>它是单个字节（MQTT 5 §2.2.2.2）</translation>
    </message>
    <message>
        <source>it is a two byte integer (MQTT 5 §1.5.2)</source>
        <translation>它是双字节整数（MQTT 5 §1.5.2）</translation>
    </message>
    <message>
        <source>it is empty (MQTT 5 §4.7.3)</source>
        <translation>它为空（MQTT 5 §4.7.3）</translation>
    </message>
    <message>
        <source>it contains U+0000 (MQTT 5 §1.5.4)</source>
        <translation>它包含 U+0000（MQTT 5 §1.5.4）</translation>
    </message>
    <message>
        <source>it contains an unpaired surrogate (MQTT 5 §1.5.4)</source>
        <translation>它包含不成对的代理项（MQTT 5 §1.5.4）</translation>
    </message>
    <message>
        <source>it is longer than 65,535 bytes (MQTT 5 §4.7.3)</source>
        <translation>它超过了 65,535 字节（MQTT 5 §4.7.3）</translation>
    </message>
    <message>
        <source>it contains the wildcard &apos;%1&apos;, which a topic name must not (MQTT 5 §4.7.1)</source>
        <translation>它包含通配符“%1”，而主题名不能包含通配符（MQTT 5 §4.7.1）</translation>
    </message>
    <message>
        <source>a shared subscription needs a share name and a filter: $share/{group}/{filter} (MQTT 5 §4.8.2)</source>
        <translation>共享订阅需要共享名和过滤器：$share/{组}/{过滤器}（MQTT 5 §4.8.2）</translation>
    </message>
    <message>
        <source>the share name must not contain &apos;+&apos; or &apos;#&apos; (MQTT 5 §4.8.2)</source>
        <translation>共享名不能包含“+”或“#”（MQTT 5 §4.8.2）</translation>
    </message>
    <message>
        <source>the shared subscription has an empty filter (MQTT 5 §4.8.2)</source>
        <translation>共享订阅的过滤器为空（MQTT 5 §4.8.2）</translation>
    </message>
    <message>
        <source>topic filter &quot;%1&quot; is invalid: %2</source>
        <translation>主题过滤器“%1”无效：%2</translation>
    </message>
    <message>
        <source>protocol name &quot;%1&quot; is not &quot;MQTT&quot; (MQTT 5 §3.1.2.1)</source>
        <translation>协议名“%1”不是“MQTT”（MQTT 5 §3.1.2.1）</translation>
    </message>
    <message>
        <source>protocol level %1 is neither 4 (MQTT 3.1.1) nor 5 (MQTT 5.0) (MQTT 5 §3.1.2.2)</source>
        <translation>协议级别 %1 既不是 4（MQTT 3.1.1）也不是 5（MQTT 5.0）（MQTT 5 §3.1.2.2）</translation>
    </message>
    <message>
        <source>reserved connect flag bit 0 is set (MQTT 5 §3.1.2.3)</source>
        <translation>设置了保留的连接标志位 0（MQTT 5 §3.1.2.3）</translation>
    </message>
    <message>
        <source>Will QoS is 3 (MQTT 5 §3.1.2.6)</source>
        <translation>遗嘱 QoS 为 3（MQTT 5 §3.1.2.6）</translation>
    </message>
    <message>
        <source>Will QoS or Will Retain set without the Will flag (MQTT 5 §3.1.2.6, §3.1.2.7)</source>
        <translation>未设置遗嘱标志却设置了遗嘱 QoS 或遗嘱保留（MQTT 5 §3.1.2.6、§3.1.2.7）</translation>
    </message>
    <message>
        <source>password flag set without the user name flag (MQTT 3.1.1 §3.1.2.9)</source>
        <translation>设置了密码标志但未设置用户名标志（MQTT 3.1.1 §3.1.2.9）</translation>
    </message>
    <message>
        <source>Will topic &quot;%1&quot; is invalid: %2</source>
        <translation>遗嘱主题“%1”无效：%2</translation>
    </message>
    <message>
        <source>reserved acknowledge flag bits are set (MQTT 5 §3.2.2.1)</source>
        <translation>设置了保留的确认标志位（MQTT 5 §3.2.2.1）</translation>
    </message>
    <message>
        <source>reserved return code %1 (MQTT 3.1.1 §3.2.2.3)</source>
        <translation>保留的返回码 %1（MQTT 3.1.1 §3.2.2.3）</translation>
    </message>
    <message>
        <source>Session Present is set although the connection was refused (MQTT 5 §3.2.2.1.1)</source>
        <translation>连接被拒绝，却设置了会话存在标志（MQTT 5 §3.2.2.1.1）</translation>
    </message>
    <message>
        <source>QoS 3 is not allowed (MQTT 5 §3.3.1.2)</source>
        <translation>不允许 QoS 3（MQTT 5 §3.3.1.2）</translation>
    </message>
    <message>
        <source>DUP is set on a QoS 0 message (MQTT 5 §3.3.1.1)</source>
        <translation>QoS 0 消息设置了 DUP（MQTT 5 §3.3.1.1）</translation>
    </message>
    <message>
        <source>topic name &quot;%1&quot; contains a wildcard (MQTT 5 §3.3.2.1)</source>
        <translation>主题名“%1”包含通配符（MQTT 5 §3.3.2.1）</translation>
    </message>
    <message>
        <source>topic name is empty (MQTT 3.1.1 §4.7.3)</source>
        <translation>主题名为空（MQTT 3.1.1 §4.7.3）</translation>
    </message>
    <message>
        <source>topic name is empty and there is no Topic Alias (MQTT 5 §3.3.2.3.4)</source>
        <translation>主题名为空且没有主题别名（MQTT 5 §3.3.2.3.4）</translation>
    </message>
    <message>
        <source>requested QoS 3 (MQTT 5 §3.8.3.1)</source>
        <translation>请求了 QoS 3（MQTT 5 §3.8.3.1）</translation>
    </message>
    <message>
        <source>reserved subscription option bits are set (MQTT 5 §3.8.3.1)</source>
        <translation>设置了保留的订阅选项位（MQTT 5 §3.8.3.1）</translation>
    </message>
    <message>
        <source>Retain Handling is 3 (MQTT 5 §3.8.3.1)</source>
        <translation>保留处理方式为 3（MQTT 5 §3.8.3.1）</translation>
    </message>
    <message>
        <source>No Local is set on a shared subscription (MQTT 5 §3.8.3.1)</source>
        <translation>共享订阅设置了 No Local（MQTT 5 §3.8.3.1）</translation>
    </message>
    <message>
        <source>reserved bits of the requested QoS byte are set (MQTT 3.1.1 §3.8.3.1)</source>
        <translation>设置了请求 QoS 字节中的保留位（MQTT 3.1.1 §3.8.3.1）</translation>
    </message>
    <message>
        <source>no topic filter (MQTT 5 §3.8.3)</source>
        <translation>没有主题过滤器（MQTT 5 §3.8.3）</translation>
    </message>
    <message>
        <source>return code 0x%1 is reserved (MQTT 3.1.1 §3.9.3)</source>
        <translation>返回码 0x%1 是保留值（MQTT 3.1.1 §3.9.3）</translation>
    </message>
    <message>
        <source>no reason code (MQTT 5 §3.9.3)</source>
        <translation>没有原因码（MQTT 5 §3.9.3）</translation>
    </message>
    <message>
        <source>no topic filter (MQTT 5 §3.10.3)</source>
        <translation>没有主题过滤器（MQTT 5 §3.10.3）</translation>
    </message>
    <message>
        <source>no reason code (MQTT 5 §3.11.3)</source>
        <translation>没有原因码（MQTT 5 §3.11.3）</translation>
    </message>
    <message>
        <source>packet type 15 is reserved in MQTT 3.1.1 (MQTT 3.1.1 §2.2.1)</source>
        <translation>报文类型 15 在 MQTT 3.1.1 中是保留值（MQTT 3.1.1 §2.2.1）</translation>
    </message>
    <message>
        <source>body longer than the largest remaining length (MQTT 5 §1.5.5)</source>
        <translation>报文体超过了最大剩余长度（MQTT 5 §1.5.5）</translation>
    </message>
    <message>
        <source>packet type 0 is reserved (MQTT 5 §2.1.2)</source>
        <translation>报文类型 0 是保留值（MQTT 5 §2.1.2）</translation>
    </message>
    <message>
        <source>fixed header flags are 0x%1 instead of 0x%2 (MQTT 5 §2.1.3)</source>
        <translation>固定报头标志为 0x%1，而不是 0x%2（MQTT 5 §2.1.3）</translation>
    </message>
    <message>
        <source>the %1 is longer than 65,535 bytes (MQTT 5 §1.5.6)</source>
        <translation>%1超过了 65,535 字节（MQTT 5 §1.5.6）</translation>
    </message>
    <message>
        <source>the %1 contains U+0000 (MQTT 5 §1.5.4)</source>
        <translation>%1包含 U+0000（MQTT 5 §1.5.4）</translation>
    </message>
    <message>
        <source>the %1 contains an unpaired surrogate (MQTT 5 §1.5.4)</source>
        <translation>%1包含不成对的代理项（MQTT 5 §1.5.4）</translation>
    </message>
    <message>
        <source>the packet body of %1 bytes exceeds the maximum remaining length of 268,435,455 (MQTT 5 §2.1.4)</source>
        <translation>%1 字节的报文体超过了最大剩余长度 268,435,455（MQTT 5 §2.1.4）</translation>
    </message>
    <message>
        <source>property %1 is not allowed here (MQTT 5 §2.2.2.2)</source>
        <translation>此处不允许属性 %1（MQTT 5 §2.2.2.2）</translation>
    </message>
    <message>
        <source>property %1 appears more than once (MQTT 5 §3.8.2.1.2)</source>
        <translation>属性 %1 出现了不止一次（MQTT 5 §3.8.2.1.2）</translation>
    </message>
    <message>
        <source>properties are too long (MQTT 5 §2.2.2.1)</source>
        <translation>属性过长（MQTT 5 §2.2.2.1）</translation>
    </message>
    <message>
        <source>%1 %2 is not 0, 1 or 2 (MQTT 5 §4.3)</source>
        <translation>%1 %2 不是 0、1 或 2（MQTT 5 §4.3）</translation>
    </message>
    <message>
        <source>packet identifier 0 is not allowed (MQTT 5 §2.2.1)</source>
        <translation>不允许报文标识符 0（MQTT 5 §2.2.1）</translation>
    </message>
    <message>
        <source>reason code 0x%1 is not valid in this packet (MQTT 5 §2.4)</source>
        <translation>原因码 0x%1 在此报文中无效（MQTT 5 §2.4）</translation>
    </message>
    <message>
        <source>MQTT 3.1.1 does not allow a password without a user name (MQTT 3.1.1 §3.1.2.9)</source>
        <translation>MQTT 3.1.1 不允许只有密码而没有用户名（MQTT 3.1.1 §3.1.2.9）</translation>
    </message>
    <message>
        <source>Session Present must be 0 when the connection is refused (MQTT 5 §3.2.2.1.1)</source>
        <translation>连接被拒绝时会话存在标志必须为 0（MQTT 5 §3.2.2.1.1）</translation>
    </message>
    <message>
        <source>DUP must be 0 for QoS 0 messages (MQTT 5 §3.3.1.1)</source>
        <translation>QoS 0 消息的 DUP 必须为 0（MQTT 5 §3.3.1.1）</translation>
    </message>
    <message>
        <source>topic name &quot;%1&quot; is invalid: %2</source>
        <translation>主题名“%1”无效：%2</translation>
    </message>
    <message>
        <source>an acknowledgement must be PUBACK, PUBREC, PUBREL or PUBCOMP</source>
        <translation>确认报文必须是 PUBACK、PUBREC、PUBREL 或 PUBCOMP</translation>
    </message>
    <message>
        <source>Retain Handling must be 0, 1 or 2 (MQTT 5 §3.8.3.1)</source>
        <translation>保留处理方式必须为 0、1 或 2（MQTT 5 §3.8.3.1）</translation>
    </message>
    <message>
        <source>No Local cannot be set on a shared subscription (MQTT 5 §3.8.3.1)</source>
        <translation>共享订阅不能设置 No Local（MQTT 5 §3.8.3.1）</translation>
    </message>
    <message>
        <source>AUTH does not exist in MQTT 3.1.1</source>
        <translation>MQTT 3.1.1 中没有 AUTH</translation>
    </message>
    <message>
        <source>property length %1 exceeds the rest of the packet (MQTT 5 §2.2.2.1)</source>
        <translation>属性长度 %1 超出了报文的剩余部分（MQTT 5 §2.2.2.1）</translation>
    </message>
    <message>
        <source>unknown property identifier 0x%1 (MQTT 5 §2.2.2.2)</source>
        <translation>未知的属性标识符 0x%1（MQTT 5 §2.2.2.2）</translation>
    </message>
    <message>
        <source>property %1 (0x%2) is not allowed here (MQTT 5 §2.2.2.2)</source>
        <translation>此处不允许属性 %1（0x%2）（MQTT 5 §2.2.2.2）</translation>
    </message>
    <message>
        <source>property %1 appears more than once (MQTT 5 §2.2.2.2)</source>
        <translation>属性 %1 出现了不止一次（MQTT 5 §2.2.2.2）</translation>
    </message>
    <message>
        <source>packet ends inside the %1 (remaining length too short, MQTT 5 §2.1.4)</source>
        <translation>报文在%1中间结束（剩余长度过短，MQTT 5 §2.1.4）</translation>
    </message>
    <message>
        <source>the %1 is a Variable Byte Integer longer than four bytes (MQTT 5 §1.5.5)</source>
        <translation>%1是超过四个字节的变长字节整数（MQTT 5 §1.5.5）</translation>
    </message>
    <message>
        <source>the %1 is not well-formed UTF-8 (MQTT 5 §1.5.4)</source>
        <translation>%1不是格式正确的 UTF-8（MQTT 5 §1.5.4）</translation>
    </message>
    <message>
        <source>the Response Topic &quot;%1&quot; is invalid: %2</source>
        <translation>响应主题“%1”无效：%2</translation>
    </message>
    <message>
        <source>PUBLISH: a client must not send a Subscription Identifier ([MQTT-3.3.4-6])</source>
        <translation>PUBLISH：客户端不得发送订阅标识符（[MQTT-3.3.4-6]）</translation>
    </message>
</context>
<context>
    <name>Mqtt::BrokerLimits</name>
    <message>
        <source>CONNACK has Receive Maximum 0 (MQTT 5 §3.2.2.3.3)</source>
        <translation>CONNACK 的接收最大值为 0（MQTT 5 §3.2.2.3.3）</translation>
    </message>
    <message>
        <source>CONNACK has Maximum Packet Size 0 (MQTT 5 §3.2.2.3.6)</source>
        <translation>CONNACK 的最大报文长度为 0（MQTT 5 §3.2.2.3.6）</translation>
    </message>
    <message>
        <source>The broker supports QoS up to %1 only (its Maximum QoS, MQTT 5 §3.2.2.3.4); cannot publish with QoS %2</source>
        <translation>代理最高只支持 QoS %1（其最大 QoS，MQTT 5 §3.2.2.3.4）；无法以 QoS %2 发布</translation>
    </message>
    <message>
        <source>The broker does not support retained messages (Retain Available is 0, MQTT 5 §3.2.2.3.5); publish without the retain flag</source>
        <translation>代理不支持保留消息（Retain Available 为 0，MQTT 5 §3.2.2.3.5）；请不带保留标志发布</translation>
    </message>
    <message>
        <source>Topic alias %1 is outside what the broker accepts (1 to %2, its Topic Alias Maximum)</source>
        <translation>主题别名 %1 超出代理接受的范围（1 到 %2，其主题别名最大值）</translation>
    </message>
    <message>
        <source>The packet would be %1 bytes, but the broker accepts at most %2 bytes (its Maximum Packet Size, MQTT 5 §3.2.2.3.6)</source>
        <translation>报文将有 %1 字节，但代理最多接受 %2 字节（其最大报文长度，MQTT 5 §3.2.2.3.6）</translation>
    </message>
</context>
<context>
    <name>Mqtt::CertificateInfo</name>
    <message>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>No certificate</source>
        <translation>无证书</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>主体：%1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>颁发者：%1</translation>
    </message>
    <message>
        <source>Names: %1</source>
        <translation>名称：%1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Valid: %1 to %2</source>
        <translation>有效期：%1 至 %2</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256：%1</translation>
    </message>
</context>
<context>
    <name>Mqtt::Connection</name>
    <message>
        <source>The broker at %1 did not answer CONNECT within %2 s</source>
        <translation>%1 处的代理未在 %2 秒内响应 CONNECT</translation>
    </message>
    <message>
        <source>Timed out after %1 s connecting to %2</source>
        <translation>连接 %2 时在 %1 秒后超时</translation>
    </message>
    <message>
        <source>The transport was replaced while connected</source>
        <translation>连接期间传输层被替换</translation>
    </message>
    <message>
        <source>Already connected or connecting to %1</source>
        <translation>已连接或正在连接到 %1</translation>
    </message>
    <message>
        <source>MQTT 3.1.1 does not allow a password without a user name (§3.1.2.9)</source>
        <translation>MQTT 3.1.1 不允许只有密码而没有用户名（§3.1.2.9）</translation>
    </message>
    <message>
        <source>the Last Will QoS must be 0, 1 or 2, not %1</source>
        <translation>遗嘱 QoS 必须为 0、1 或 2，而不是 %1</translation>
    </message>
    <message>
        <source>the Last Will topic &quot;%1&quot; is invalid: %2</source>
        <translation>遗嘱主题“%1”无效：%2</translation>
    </message>
    <message>
        <source>Receive Maximum must be between 1 and 65,535 (MQTT 5 §3.1.2.11.3)</source>
        <translation>接收最大值必须在 1 到 65,535 之间（MQTT 5 §3.1.2.11.3）</translation>
    </message>
    <message>
        <source>the CONNECT packet could not be encoded</source>
        <translation>无法编码 CONNECT 报文</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <source>Could not connect to %1</source>
        <translation>无法连接到 %1</translation>
    </message>
    <message>
        <source>The broker at %1 closed the connection before answering CONNECT</source>
        <translation>%1 处的代理在响应 CONNECT 之前关闭了连接</translation>
    </message>
    <message>
        <source>The broker at %1 closed the connection without sending DISCONNECT</source>
        <translation>%1 处的代理未发送 DISCONNECT 就关闭了连接</translation>
    </message>
    <message>
        <source>The connection closed before the message could be sent</source>
        <translation>消息发送之前连接已关闭</translation>
    </message>
    <message>
        <source>The connection closed before the broker acknowledged the message, and the session ended with it</source>
        <translation>代理确认消息之前连接已关闭，会话也随之结束</translation>
    </message>
    <message>
        <source>Protocol error on the connection to %1: %2 (%3, %4)</source>
        <translation>与 %1 的连接出现协议错误：%2（%3，%4）</translation>
    </message>
    <message>
        <source>The broker at %1 did not answer PINGREQ within %2 s: the connection is considered dead (keep alive %3 s)</source>
        <translation>%1 处的代理未在 %2 秒内响应 PINGREQ：连接被视为已断开（保活间隔 %3 秒）</translation>
    </message>
    <message>
        <source>The packet would be %1 bytes, but the broker accepts at most %2 bytes (its Maximum Packet Size, MQTT 5 §3.2.2.3.6)</source>
        <translation type="vanished">报文将有 %1 字节，但代理最多接受 %2 字节（其最大报文长度，MQTT 5 §3.2.2.3.6）</translation>
    </message>
    <message>
        <source>The broker supports QoS up to %1 only (its Maximum QoS, MQTT 5 §3.2.2.3.4); cannot publish with QoS %2</source>
        <translation type="vanished">代理最高只支持 QoS %1（其最大 QoS，MQTT 5 §3.2.2.3.4）；无法以 QoS %2 发布</translation>
    </message>
    <message>
        <source>The broker does not support retained messages (Retain Available is 0, MQTT 5 §3.2.2.3.5); publish without the retain flag</source>
        <translation type="vanished">代理不支持保留消息（支持保留消息为 0，MQTT 5 §3.2.2.3.5）；请不带保留标志发布</translation>
    </message>
    <message>
        <source>Topic alias %1 is outside what the broker accepts (1 to %2, its Topic Alias Maximum)</source>
        <translation type="vanished">主题别名 %1 超出了代理接受的范围（1 到 %2，其主题别名最大值）</translation>
    </message>
    <message>
        <source>Cannot publish to &quot;%1&quot;: not connected to a broker</source>
        <translation>无法发布到“%1”：未连接到代理</translation>
    </message>
    <message>
        <source>Cannot publish to &quot;%1&quot;: QoS %2 does not exist (use 0, 1 or 2)</source>
        <translation>无法发布到“%1”：不存在 QoS %2（请使用 0、1 或 2）</translation>
    </message>
    <message>
        <source>Cannot publish to &quot;%1&quot;: %2</source>
        <translation>无法发布到“%1”：%2</translation>
    </message>
    <message>
        <source>The message cannot be encoded: %1</source>
        <translation>无法编码该消息：%1</translation>
    </message>
    <message>
        <source>Cannot %1: all 65,535 packet identifiers are in use</source>
        <translation>无法%1：全部 65,535 个报文标识符均已占用</translation>
    </message>
    <message>
        <source>Cannot %1: %2</source>
        <translation>无法%1：%2</translation>
    </message>
    <message>
        <source>subscribe</source>
        <translation>订阅</translation>
    </message>
    <message>
        <source>Cannot subscribe: not connected to a broker</source>
        <translation>无法订阅：未连接到代理</translation>
    </message>
    <message>
        <source>Cannot subscribe: no topic filter given</source>
        <translation>无法订阅：未指定主题过滤器</translation>
    </message>
    <message>
        <source>invalid topic filter</source>
        <translation type="vanished">无效的主题过滤器</translation>
    </message>
    <message>
        <source>QoS %1 does not exist (use 0, 1 or 2)</source>
        <translation type="vanished">不存在 QoS %1（请使用 0、1 或 2）</translation>
    </message>
    <message>
        <source>retain handling %1 does not exist (use 0, 1 or 2)</source>
        <translation type="vanished">不存在保留处理方式 %1（请使用 0、1 或 2）</translation>
    </message>
    <message>
        <source>No Local cannot be set on a shared subscription (MQTT 5 §3.8.3.1)</source>
        <translation type="vanished">共享订阅不能设置 No Local（MQTT 5 §3.8.3.1）</translation>
    </message>
    <message>
        <source>the broker does not support shared subscriptions</source>
        <translation>代理不支持共享订阅</translation>
    </message>
    <message>
        <source>the broker does not support wildcard subscriptions</source>
        <translation>代理不支持通配符订阅</translation>
    </message>
    <message>
        <source>Cannot subscribe to &quot;%1&quot;: %2</source>
        <translation>无法订阅“%1”：%2</translation>
    </message>
    <message>
        <source>only one subscription identifier is allowed per SUBSCRIBE (MQTT 5 §3.8.2.1.2)</source>
        <translation>每个 SUBSCRIBE 只允许一个订阅标识符（MQTT 5 §3.8.2.1.2）</translation>
    </message>
    <message>
        <source>the subscription identifier must be between 1 and 268,435,455</source>
        <translation type="vanished">订阅标识符必须在 1 到 268,435,455 之间</translation>
    </message>
    <message>
        <source>the broker does not support subscription identifiers</source>
        <translation>代理不支持订阅标识符</translation>
    </message>
    <message>
        <source>Cannot subscribe: %1</source>
        <translation>无法订阅：%1</translation>
    </message>
    <message>
        <source>Cannot unsubscribe: not connected to a broker</source>
        <translation>无法取消订阅：未连接到代理</translation>
    </message>
    <message>
        <source>Cannot unsubscribe: no topic filter given</source>
        <translation>无法取消订阅：未指定主题过滤器</translation>
    </message>
    <message>
        <source>Cannot unsubscribe from &quot;%1&quot;: %2</source>
        <translation>无法取消订阅“%1”：%2</translation>
    </message>
    <message>
        <source>unsubscribe</source>
        <translation>取消订阅</translation>
    </message>
    <message>
        <source> – the broker says: &quot;%1&quot;</source>
        <translation> —— 代理说明：“%1”</translation>
    </message>
    <message>
        <source> – use the server %1 instead</source>
        <translation> —— 请改用服务端 %1</translation>
    </message>
    <message>
        <source>undecodable data</source>
        <translation>无法解码的数据</translation>
    </message>
    <message>
        <source>the broker sent %1 before CONNACK (the first packet from a broker must be CONNACK, MQTT §3.2)</source>
        <translation>代理在 CONNACK 之前发送了 %1（代理发送的第一个报文必须是 CONNACK，MQTT §3.2）</translation>
    </message>
    <message>
        <source>the broker sent DISCONNECT, which only clients send in MQTT 3.1.1</source>
        <translation>代理发送了 DISCONNECT，而在 MQTT 3.1.1 中只有客户端发送它</translation>
    </message>
    <message>
        <source>the broker sent AUTH, but no authentication method was requested (MQTT 5 §4.12)</source>
        <translation>代理发送了 AUTH，但并未请求认证方法（MQTT 5 §4.12）</translation>
    </message>
    <message>
        <source>the broker sent %1, a packet only clients send</source>
        <translation>代理发送了 %1，这是只有客户端才发送的报文</translation>
    </message>
    <message>
        <source>the broker sent a second CONNACK (MQTT §3.2)</source>
        <translation>代理发送了第二个 CONNACK（MQTT §3.2）</translation>
    </message>
    <message>
        <source>Connection refused by the broker: %1 (%2)%3</source>
        <translation>代理拒绝了连接：%1（%2）%3</translation>
    </message>
    <message>
        <source>CONNACK reports a present session although a clean start was requested (MQTT §3.2.2.2)</source>
        <translation>已请求全新开始，CONNACK 却报告会话已存在（MQTT §3.2.2.2）</translation>
    </message>
    <message>
        <source>CONNACK has Receive Maximum 0 (MQTT 5 §3.2.2.3.3)</source>
        <translation type="vanished">CONNACK 的接收最大值为 0（MQTT 5 §3.2.2.3.3）</translation>
    </message>
    <message>
        <source>CONNACK has Maximum Packet Size 0 (MQTT 5 §3.2.2.3.6)</source>
        <translation type="vanished">CONNACK 的最大报文长度为 0（MQTT 5 §3.2.2.3.6）</translation>
    </message>
    <message>
        <source>The broker did not resume the session, so the message may not have been delivered</source>
        <translation>代理没有恢复会话，因此该消息可能未送达</translation>
    </message>
    <message>
        <source>PUBLISH uses topic alias %1, but the client allows 1 to %2 (MQTT 5 §3.3.2.3.4)</source>
        <translation>PUBLISH 使用了主题别名 %1，但客户端只允许 1 到 %2（MQTT 5 §3.3.2.3.4）</translation>
    </message>
    <message>
        <source>PUBLISH uses topic alias %1 before the broker defined it (MQTT 5 §3.3.2.3.4)</source>
        <translation>PUBLISH 在代理定义主题别名 %1 之前就使用了它（MQTT 5 §3.3.2.3.4）</translation>
    </message>
    <message>
        <source>the broker sent more than %1 unacknowledged QoS 2 messages, our Receive Maximum (MQTT 5 §3.3.4)</source>
        <translation>代理发送的未确认 QoS 2 消息超过了 %1 条，即我方的接收最大值（MQTT 5 §3.3.4）</translation>
    </message>
    <message>
        <source>the broker sent %1 for packet id %2, which has no message in flight</source>
        <translation>代理为报文标识符 %2 发送了 %1，但该标识符没有正在传输的消息</translation>
    </message>
    <message>
        <source>the broker sent %1 for packet id %2, which does not match the QoS of that message</source>
        <translation>代理为报文标识符 %2 发送了 %1，与该消息的 QoS 不符</translation>
    </message>
    <message>
        <source>The broker did not accept the message: %1 (%2)%3</source>
        <translation>代理未接受该消息：%1（%2）%3</translation>
    </message>
    <message>
        <source>the broker sent SUBACK for packet id %1, which is not a pending SUBSCRIBE</source>
        <translation>代理为报文标识符 %1 发送了 SUBACK，但它不是待处理的 SUBSCRIBE</translation>
    </message>
    <message>
        <source>SUBACK carries %1 results for %2 topic filters (MQTT §3.9.3)</source>
        <translation>SUBACK 为 %2 个主题过滤器带回了 %1 个结果（MQTT §3.9.3）</translation>
    </message>
    <message>
        <source>the broker sent UNSUBACK for packet id %1, which is not a pending UNSUBSCRIBE</source>
        <translation>代理为报文标识符 %1 发送了 UNSUBACK，但它不是待处理的 UNSUBSCRIBE</translation>
    </message>
    <message>
        <source>UNSUBACK carries %1 results for %2 topic filters (MQTT 5 §3.11.3)</source>
        <translation>UNSUBACK 为 %2 个主题过滤器带回了 %1 个结果（MQTT 5 §3.11.3）</translation>
    </message>
    <message>
        <source>The broker closed the connection: %1 (%2)%3</source>
        <translation>代理关闭了连接：%1（%2）%3</translation>
    </message>
    <message>
        <source>PUBLISH uses topic alias %1, but the client allows no topic aliases (its Topic Alias Maximum is 0, MQTT 5 §3.3.2.3.4)</source>
        <translation>PUBLISH 使用了主题别名 %1，但客户端不允许使用主题别名（其主题别名最大值为 0，MQTT 5 §3.3.2.3.4）</translation>
    </message>
    <message>
        <source>PUBLISH without a topic name or topic alias (MQTT §4.7.3)</source>
        <translation>PUBLISH 既没有主题名也没有主题别名（MQTT §4.7.3）</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>已断开</translation>
    </message>
    <message>
        <source>Connected to %1 (session resumed)</source>
        <translation>已连接到 %1（会话已恢复）</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>已连接到 %1</translation>
    </message>
    <message>
        <source>Disconnecting from %1…</source>
        <translation>正在断开与 %1 的连接…</translation>
    </message>
    <message>
        <source>the connection settings are invalid</source>
        <translation>连接设置无效</translation>
    </message>
    <message>
        <source>asking again with the same settings cannot succeed</source>
        <translation>用相同设置再次请求不可能成功</translation>
    </message>
    <message>
        <source>another client connected with the same client identifier, and reconnecting would take the session back from it</source>
        <translation>另一个客户端以相同的客户端标识符连接，重新连接会把会话从它那里夺回</translation>
    </message>
    <message>
        <source>the broker would refuse the connection again</source>
        <translation>代理会再次拒绝连接</translation>
    </message>
    <message>
        <source>Cannot publish to &quot;%1&quot;: the offline queue is full (%2 messages wait for the connection)</source>
        <translation>无法发布到“%1”：离线队列已满（%2 条消息正在等待连接）</translation>
    </message>
    <message>
        <source>Cannot unsubscribe: %1</source>
        <translation>无法取消订阅：%1</translation>
    </message>
    <message>
        <source>the first connection attempt failed (automatic reconnect starts once a connection succeeded)</source>
        <translation>第一次连接尝试失败（自动重连在连接成功过一次之后才会启用）</translation>
    </message>
    <message>
        <source>the connection closed</source>
        <translation>连接已关闭</translation>
    </message>
    <message>
        <source>Reconnecting in %1 s (attempt %2): %3</source>
        <translation>%1 秒后重新连接（第 %2 次尝试）：%3</translation>
    </message>
    <message>
        <source>all 65,535 packet identifiers are in use</source>
        <translation>全部 65,535 个报文标识符均已占用</translation>
    </message>
    <message numerus="yes">
        <source>Cannot restore %n subscription(s): %1</source>
        <translation>
            <numerusform>无法恢复 %n 个订阅：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>The broker refused to restore the subscription to &quot;%1&quot; after reconnecting: %2 (%3)%4</source>
        <translation>重新连接后，代理拒绝恢复对“%1”的订阅：%2（%3）%4</translation>
    </message>
    <message>
        <source>Reconnecting to %1 (attempt %2)…</source>
        <translation>正在重新连接到 %1（第 %2 次尝试）…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接到 %1…</translation>
    </message>
    <message>
        <source>Disconnected: %1</source>
        <translation>已断开：%1</translation>
    </message>
    <message>
        <source>Disconnected: %1 (not reconnecting: %2)</source>
        <translation>已断开：%1（不再重连：%2）</translation>
    </message>
    <message>
        <source>a session that outlives the connection (clean start off or a session expiry) needs a client identifier: give one</source>
        <translation>在连接结束后仍保留的会话（关闭全新开始或设置了会话过期时间）需要客户端标识符：请指定一个</translation>
    </message>
    <message>
        <source>Connection refused by the broker at %1: it does not support MQTT 5; use MQTT 3.1.1 (or let the client choose the version)</source>
        <translation>%1 处的代理拒绝了连接：它不支持 MQTT 5；请使用 MQTT 3.1.1（或让客户端自动选择版本）</translation>
    </message>
    <message>
        <source>CONNACK names another authentication method than CONNECT (MQTT 5 §3.2.2.3.17)</source>
        <translation>CONNACK 给出的认证方法与 CONNECT 不同（MQTT 5 §3.2.2.3.17）</translation>
    </message>
    <message>
        <source>authentication failed: %1</source>
        <translation>认证失败：%1</translation>
    </message>
    <message>
        <source>AUTH names another authentication method than ours (MQTT 5 §4.12)</source>
        <translation>AUTH 给出的认证方法与我们的不同（MQTT 5 §4.12）</translation>
    </message>
    <message>
        <source>the broker sent AUTH outside an authentication exchange</source>
        <translation>代理在认证交换之外发送了 AUTH</translation>
    </message>
    <message>
        <source>AUTH with Success before CONNACK (MQTT 5 §4.12)</source>
        <translation>在 CONNACK 之前收到原因码为成功的 AUTH（MQTT 5 §4.12）</translation>
    </message>
    <message>
        <source>re-authentication failed: %1</source>
        <translation>重新认证失败：%1</translation>
    </message>
    <message>
        <source>the broker sent AUTH with reason code %1 (MQTT 5 §3.15.2.1)</source>
        <translation>代理发送了原因码为 %1 的 AUTH（MQTT 5 §3.15.2.1）</translation>
    </message>
    <message>
        <source>Cannot publish with topic alias %1: it has no topic yet (publish once with the topic name and the alias)</source>
        <translation>无法使用主题别名 %1 发布：它还没有对应的主题（请先同时带主题名和别名发布一次）</translation>
    </message>
    <message>
        <source>Cannot publish to &quot;%1&quot;: the network is slower than the publisher and %2 messages already wait to be sent; try again later</source>
        <translation>无法发布到“%1”：网络比发布者慢，已有 %2 条消息在等待发送；请稍后再试</translation>
    </message>
    <message>
        <source>the broker named no other server to use</source>
        <translation>代理没有指明应改用的其他服务器</translation>
    </message>
    <message numerus="yes">
        <source>the broker sent the client to another server %n time(s) in a row</source>
        <translation>
            <numerusform>代理已连续 %n 次把客户端转到其他服务器</numerusform>
        </translation>
    </message>
    <message>
        <source>the broker&apos;s Server Reference &quot;%1&quot; names no host the client can connect to</source>
        <translation>代理的服务器引用“%1”没有给出客户端可以连接的主机</translation>
    </message>
    <message>
        <source>this connection&apos;s transport cannot move to %1</source>
        <translation>此连接的传输无法转到 %1</translation>
    </message>
    <message>
        <source>Cannot restore the saved session: %1</source>
        <translation>无法恢复已保存的会话：%1</translation>
    </message>
</context>
<context>
    <name>Mqtt::ScramAuthenticator</name>
    <message>
        <source>the broker sent a SCRAM challenge out of turn</source>
        <translation>代理在不该发送的时候发送了 SCRAM 质询</translation>
    </message>
    <message>
        <source>the broker refused the SCRAM exchange: %1</source>
        <translation>代理拒绝了 SCRAM 交换：%1</translation>
    </message>
    <message>
        <source>the broker&apos;s SCRAM challenge is malformed (RFC 5802 §5.1)</source>
        <translation>代理的 SCRAM 质询格式错误（RFC 5802 §5.1）</translation>
    </message>
    <message>
        <source>the broker ended the SCRAM exchange before it was complete</source>
        <translation>代理在 SCRAM 交换完成之前就结束了它</translation>
    </message>
    <message>
        <source>the broker&apos;s SCRAM server signature is wrong: it does not know the password</source>
        <translation>代理的 SCRAM 服务器签名错误：它不知道该密码</translation>
    </message>
</context>
<context>
    <name>Mqtt::ServerUrl</name>
    <message>
        <source>&quot;%1&quot;: the port after &quot;:&quot; is empty</source>
        <translation>“%1”：“:”后面的端口为空</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;%2&quot; is not a valid port (1 to 65535)</source>
        <translation>“%1”：“%2”不是有效的端口（1 到 65535）</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the IPv6 address has no closing &quot;]&quot;</source>
        <translation>“%1”：IPv6 地址缺少右方括号“]”</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;%2&quot; is not a valid IPv6 address</source>
        <translation>“%1”：“%2”不是有效的 IPv6 地址</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: unexpected &quot;%2&quot; after the IPv6 address</source>
        <translation>“%1”：IPv6 地址后出现了意外的“%2”</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: put an IPv6 address in brackets, e.g. mqtt://[::1]:1883</source>
        <translation>“%1”：请将 IPv6 地址放在方括号中，例如 mqtt://[::1]:1883</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;%2&quot; is not a valid host name</source>
        <translation>“%1”：“%2”不是有效的主机名</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the host is missing</source>
        <translation>“%1”：缺少主机</translation>
    </message>
    <message>
        <source>The server URL is empty (expected e.g. mqtt://localhost:1883)</source>
        <translation>服务端 URL 为空（应形如 mqtt://localhost:1883）</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a server URL cannot contain spaces or control characters</source>
        <translation>“%1”：服务端 URL 不能包含空格或控制字符</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: unknown scheme &quot;%2&quot; (use mqtt://, mqtts://, ws:// or wss://)</source>
        <translation>“%1”：未知的协议方案“%2”（请使用 mqtt://、mqtts://、ws:// 或 wss://）</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the user name before &quot;@&quot; is empty</source>
        <translation>“%1”：“@”前面的用户名为空</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a server URL cannot have a &quot;#fragment&quot;</source>
        <translation>“%1”：服务端 URL 不能带有“#片段”</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2:// URLs have no path (a path is only used by ws:// and wss://)</source>
        <translation>“%1”：%2:// URL 没有路径（只有 ws:// 和 wss:// 使用路径）</translation>
    </message>
</context>
<context>
    <name>Mqtt::SessionFile</name>
    <message>
        <source>cannot remove %1</source>
        <translation>无法删除 %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a session file of this version, or it is damaged</source>
        <translation>%1 不是此版本的会话文件，或者已损坏</translation>
    </message>
</context>
<context>
    <name>Mqtt::SslTransport</name>
    <message>
        <source>The TLS handshake with %1 failed: %2 (is it a TLS port?)</source>
        <translation>与 %1 的 TLS 握手失败：%2（这是 TLS 端口吗？）</translation>
    </message>
    <message>
        <source>The TLS client credentials cannot be used: %1 (does the key belong to the certificate?)</source>
        <translation>无法使用 TLS 客户端凭据：%1（私钥与证书匹配吗？）</translation>
    </message>
    <message>
        <source>%1 closed the connection during the TLS handshake (is it a TLS port?)</source>
        <translation>%1 在 TLS 握手期间关闭了连接（这是 TLS 端口吗？）</translation>
    </message>
    <message>
        <source>%1 closed the connection right after the TLS handshake, before any MQTT reply: the broker probably rejected our client certificate</source>
        <translation>%1 在 TLS 握手刚完成、尚未给出任何 MQTT 应答时就关闭了连接：代理很可能拒绝了我们的客户端证书</translation>
    </message>
    <message>
        <source>%1 closed the connection right after the TLS handshake, before any MQTT reply: the broker probably requires a client certificate (mutual TLS)</source>
        <translation>%1 在 TLS 握手刚完成、尚未给出任何 MQTT 应答时就关闭了连接：代理很可能要求客户端证书（双向 TLS）</translation>
    </message>
</context>
<context>
    <name>Mqtt::Subscription</name>
    <message>
        <source>invalid topic filter</source>
        <translation>无效的主题过滤器</translation>
    </message>
    <message>
        <source>QoS %1 does not exist (use 0, 1 or 2)</source>
        <translation>不存在 QoS %1（请使用 0、1 或 2）</translation>
    </message>
    <message>
        <source>retain handling %1 does not exist (use 0, 1 or 2)</source>
        <translation>不存在保留处理方式 %1（请使用 0、1 或 2）</translation>
    </message>
    <message>
        <source>No Local, Retain As Published and Retain Handling need MQTT 5</source>
        <translation>No Local、Retain As Published 和 Retain Handling 需要 MQTT 5</translation>
    </message>
    <message>
        <source>No Local cannot be set on a shared subscription (MQTT 5 §3.8.3.1)</source>
        <translation>共享订阅不能设置 No Local（MQTT 5 §3.8.3.1）</translation>
    </message>
    <message>
        <source>the subscription identifier must be between 1 and 268,435,455 (MQTT 5 §3.8.2.1.2)</source>
        <translation>订阅标识符必须在 1 到 268,435,455 之间（MQTT 5 §3.8.2.1.2）</translation>
    </message>
</context>
<context>
    <name>Mqtt::TlsOptions</name>
    <message>
        <source>The %1 &quot;%2&quot; does not exist</source>
        <translation>%1“%2”不存在</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is a directory, not a file</source>
        <translation>%1“%2”是目录，不是文件</translation>
    </message>
    <message>
        <source>Cannot read the %1 &quot;%2&quot;: %3</source>
        <translation>无法读取%1“%2”：%3</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is empty</source>
        <translation>%1“%2”为空</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; holds a private key, not a certificate</source>
        <translation>%1“%2”包含的是私钥，不是证书</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; has a damaged PEM certificate (bad base64 or truncated)</source>
        <translation>%1“%2”中的 PEM 证书已损坏（base64 错误或被截断）</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; contains no certificate (expected PEM with &quot;-----BEGIN CERTIFICATE-----&quot;, or DER)</source>
        <translation>%1“%2”中没有证书（应为带有“-----BEGIN CERTIFICATE-----”的 PEM，或 DER）</translation>
    </message>
    <message>
        <source>client key file</source>
        <translation>客户端私钥文件</translation>
    </message>
    <message>
        <source>The client key file &quot;%1&quot; is encrypted: give its passphrase</source>
        <translation>客户端私钥文件“%1”已加密：请提供其口令</translation>
    </message>
    <message>
        <source>Wrong passphrase for the client key file &quot;%1&quot; (or the key is damaged)</source>
        <translation>客户端私钥文件“%1”的口令错误（或私钥已损坏）</translation>
    </message>
    <message>
        <source>The client key file &quot;%1&quot; holds a certificate, not a private key</source>
        <translation>客户端私钥文件“%1”包含的是证书，不是私钥</translation>
    </message>
    <message>
        <source>The client key file &quot;%1&quot; contains no readable private key (expected an RSA or EC key in PEM or DER)</source>
        <translation>客户端私钥文件“%1”中没有可读的私钥（应为 PEM 或 DER 格式的 RSA 或 EC 私钥）</translation>
    </message>
    <message>
        <source>PKCS#12 bundle</source>
        <translation>PKCS#12 证书包</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a PEM file, not a PKCS#12 bundle: give it as the client certificate and key instead</source>
        <translation>“%1”是 PEM 文件，不是 PKCS#12 证书包：请改为将其作为客户端证书和私钥提供</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PKCS#12 (.p12/.pfx) bundle</source>
        <translation>“%1”不是 PKCS#12（.p12/.pfx）证书包</translation>
    </message>
    <message>
        <source>Cannot open the PKCS#12 bundle &quot;%1&quot;: wrong password, or it uses legacy RC2/3DES encryption that OpenSSL 3 does not read. Convert it with: openssl pkcs12 -legacy -in old.p12 -nodes -out tmp.pem &amp;&amp; openssl pkcs12 -export -in tmp.pem -out new.p12</source>
        <translation>无法打开 PKCS#12 证书包“%1”：密码错误，或它使用了 OpenSSL 3 无法读取的旧式 RC2/3DES 加密。可用以下命令转换：openssl pkcs12 -legacy -in old.p12 -nodes -out tmp.pem &amp;&amp; openssl pkcs12 -export -in tmp.pem -out new.p12</translation>
    </message>
    <message>
        <source>Cannot open the PKCS#12 bundle &quot;%1&quot;: wrong password, or the file is damaged</source>
        <translation>无法打开 PKCS#12 证书包“%1”：密码错误，或文件已损坏</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>the certificate has expired (on %1)</source>
        <translation>证书已过期（于 %1）</translation>
    </message>
    <message>
        <source>the certificate is not yet valid (only from %1; check the clock too)</source>
        <translation>证书尚未生效（自 %1 起生效；也请检查时钟）</translation>
    </message>
    <message>
        <source>host name mismatch: the certificate is for %1, not for &quot;%2&quot;</source>
        <translation>主机名不匹配：证书属于 %1，而不是“%2”</translation>
    </message>
    <message>
        <source>no host name</source>
        <translation>无主机名</translation>
    </message>
    <message>
        <source>the certificate is self-signed and not trusted</source>
        <translation>证书为自签名且不受信任</translation>
    </message>
    <message>
        <source>the certificate has been revoked</source>
        <translation>证书已被吊销</translation>
    </message>
    <message>
        <source>the broker sent no certificate</source>
        <translation>代理没有发送证书</translation>
    </message>
    <message>
        <source>TLS is not available: Qt found no usable OpenSSL library</source>
        <translation>TLS 不可用：Qt 未找到可用的 OpenSSL 库</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA 文件</translation>
    </message>
    <message>
        <source>Give either a PKCS#12 bundle or a client certificate and key, not both</source>
        <translation>请提供 PKCS#12 证书包或客户端证书和私钥之一，不能同时提供</translation>
    </message>
    <message>
        <source>The client certificate &quot;%1&quot; needs its private key file too</source>
        <translation>客户端证书“%1”还需要其私钥文件</translation>
    </message>
    <message>
        <source>The client key &quot;%1&quot; needs its certificate file too</source>
        <translation>客户端私钥“%1”还需要其证书文件</translation>
    </message>
    <message>
        <source>client certificate file</source>
        <translation>客户端证书文件</translation>
    </message>
    <message>
        <source>Invalid ALPN protocol name &quot;%1&quot; (1 to 255 bytes)</source>
        <translation>无效的 ALPN 协议名“%1”（1 到 255 字节）</translation>
    </message>
    <message>
        <source>no certificate</source>
        <translation>无证书</translation>
    </message>
    <message>
        <source>TLS certificate verification failed for %1: %2.</source>
        <translation>%1 的 TLS 证书验证失败：%2。</translation>
    </message>
    <message>
        <source>Certificate: %1.</source>
        <translation>证书：%1。</translation>
    </message>
    <message>
        <source>the certificate is not trusted: it was issued by the unknown CA &quot;%1&quot; (give that CA&apos;s certificate as the CA file)</source>
        <translation>证书不受信任：它由未知的 CA“%1”签发（请将该 CA 的证书作为 CA 文件提供）</translation>
    </message>
    <message>
        <source>The broker at %1 requires a client certificate (mutual TLS) and none was given</source>
        <translation>%1 处的代理要求客户端证书（双向 TLS），但未提供</translation>
    </message>
    <message>
        <source>The broker at %1 rejected our client certificate (TLS alert: %2)</source>
        <translation>%1 处的代理拒绝了我方的客户端证书（TLS 警报：%2）</translation>
    </message>
    <message>
        <source>The broker at %1 ended the TLS handshake (TLS alert: %2)</source>
        <translation>%1 处的代理终止了 TLS 握手（TLS 警报：%2）</translation>
    </message>
    <message>
        <source>The broker at %1 does not support TLS %2 or later (TLS alert: %3)</source>
        <translation>%1 处的代理不支持 TLS %2 或更高版本（TLS 警报：%3）</translation>
    </message>
    <message>
        <source>The broker at %1 accepts none of the offered ALPN protocols (%2)</source>
        <translation>%1 处的代理不接受所提供的任何 ALPN 协议（%2）</translation>
    </message>
    <message>
        <source>The broker at %1 ended the TLS connection (TLS alert: %2)</source>
        <translation>%1 处的代理终止了 TLS 连接（TLS 警报：%2）</translation>
    </message>
    <message>
        <source>subject %1; issuer %2; valid %3 to %4</source>
        <translation>主体 %1；颁发者 %2；有效期 %3 至 %4</translation>
    </message>
    <message>
        <source>The client key &quot;%1&quot; does not belong to the client certificate &quot;%2&quot;</source>
        <translation>客户端私钥“%1”与客户端证书“%2”不匹配</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SHA-256 fingerprint (64 hexadecimal digits, e.g. AB:CD:...)</source>
        <translation>“%1”不是 SHA-256 指纹（应为 64 个十六进制数字，例如 AB:CD:...）</translation>
    </message>
</context>
<context>
    <name>Mqtt::Transport</name>
    <message>
        <source>Could not connect to %1: the connection was refused (is a broker listening on that port?)</source>
        <translation>无法连接到 %1：连接被拒绝（该端口上有代理在监听吗？）</translation>
    </message>
    <message>
        <source>Could not connect to %1: host &quot;%2&quot; not found</source>
        <translation>无法连接到 %1：找不到主机“%2”</translation>
    </message>
    <message>
        <source>Could not connect to %1: the connection attempt timed out</source>
        <translation>无法连接到 %1：连接尝试超时</translation>
    </message>
    <message>
        <source>Network error on the connection to %1: %2</source>
        <translation>与 %1 的连接出现网络错误：%2</translation>
    </message>
    <message>
        <source>Not permitted to connect to %1: %2</source>
        <translation>不允许连接到 %1：%2</translation>
    </message>
    <message>
        <source>Connection to %1 failed: %2</source>
        <translation>连接 %1 失败：%2</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <source>Insecure mode: accepting the certificate of %1 anyway. %2</source>
        <translation>不安全模式：仍然接受 %1 的证书。%2</translation>
    </message>
</context>
<context>
    <name>Mqtt::TransportFactory</name>
    <message>
        <source>TLS options were given but %1 is not encrypted: use %2:// instead</source>
        <translation>提供了 TLS 选项，但 %1 未加密：请改用 %2://</translation>
    </message>
    <message>
        <source>HTTP headers only apply to ws:// and wss:// URLs, not %1</source>
        <translation>HTTP 头只适用于 ws:// 和 wss:// URL，不适用于 %1</translation>
    </message>
    <message>
        <source>Certificate verification is off for %1 (insecure mode): the connection can be intercepted</source>
        <translation>%1 的证书验证已关闭（不安全模式）：连接可能被截获</translation>
    </message>
    <message>
        <source>Unsupported URL scheme in %1</source>
        <translation>%1 中的 URL 协议方案不受支持</translation>
    </message>
    <message>
        <source>Invalid HTTP header &quot;%1&quot;: %2</source>
        <translation>无效的 HTTP 头“%1”：%2</translation>
    </message>
    <message>
        <source>expected &quot;Name: value&quot;</source>
        <translation>应为“名称: 值”</translation>
    </message>
    <message>
        <source>the name must be letters, digits or !#$%&amp;&apos;*+-.^_`|~</source>
        <translation>名称只能包含字母、数字或 !#$%&amp;&apos;*+-.^_`|~</translation>
    </message>
    <message>
        <source>the value cannot contain line breaks</source>
        <translation>值不能包含换行符</translation>
    </message>
</context>
<context>
    <name>Mqtt::WebSocketTransport</name>
    <message>
        <source>%1 is not a ws:// or wss:// URL</source>
        <translation>%1 不是 ws:// 或 wss:// URL</translation>
    </message>
    <message>
        <source>%1 sent a WebSocket text frame; MQTT allows only binary frames (MQTT §6.0)</source>
        <translation>%1 发送了 WebSocket 文本帧；MQTT 只允许二进制帧（MQTT §6.0）</translation>
    </message>
    <message>
        <source>Could not open a WebSocket to %1: %2</source>
        <translation>无法打开到 %1 的 WebSocket：%2</translation>
    </message>
    <message>
        <source>%1 closed the connection before the WebSocket handshake completed (is it a WebSocket listener?)</source>
        <translation>%1 在 WebSocket 握手完成之前关闭了连接（这是 WebSocket 监听端口吗？）</translation>
    </message>
</context>
<context>
    <name>PayloadDecoder</name>
    <message>
        <source>The tree shows the first %L1 values only.</source>
        <translation>树中只显示前 %L1 个值。</translation>
    </message>
    <message>
        <source>Levels deeper than %1 are not shown in the tree.</source>
        <translation>树中不显示深于 %1 层的内容。</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>十六进制</translation>
    </message>
    <message>
        <source>Base64</source>
        <translation>Base64</translation>
    </message>
    <message>
        <source>CBOR</source>
        <translation>CBOR</translation>
    </message>
    <message>
        <source>MessagePack</source>
        <translation>MessagePack</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>Not valid JSON: %1 at byte %2.</source>
        <translation>不是有效的 JSON：第 %2 字节处%1。</translation>
    </message>
    <message>
        <source>Not valid CBOR: %1 at byte %2.</source>
        <translation>不是有效的 CBOR：第 %2 字节处%1。</translation>
    </message>
    <message>
        <source>Not valid CBOR: %1 bytes follow the first item.</source>
        <translation>不是有效的 CBOR：第一项之后还有 %1 字节。</translation>
    </message>
    <message>
        <source>Not valid MessagePack: %1 bytes follow the first item.</source>
        <translation>不是有效的 MessagePack：第一项之后还有 %1 字节。</translation>
    </message>
    <message>
        <source>Not valid MessagePack: the data ends early.</source>
        <translation>不是有效的 MessagePack：数据提前结束。</translation>
    </message>
    <message>
        <source>Not shown as MessagePack: nested deeper than %1 levels.</source>
        <translation>未以 MessagePack 显示：嵌套深于 %1 层。</translation>
    </message>
    <message>
        <source>Not valid MessagePack: a declared length is larger than the payload.</source>
        <translation>不是有效的 MessagePack：声明的长度大于负载。</translation>
    </message>
    <message>
        <source>Not valid MessagePack: %1.</source>
        <translation>不是有效的 MessagePack：%1。</translation>
    </message>
</context>
<context>
    <name>PayloadDiff</name>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>byte %1</source>
        <translation>第 %1 字节</translation>
    </message>
    <message>
        <source>bytes %1–%2</source>
        <translation>第 %1–%2 字节</translation>
    </message>
</context>
<context>
    <name>PayloadEditor</name>
    <message>
        <source>How the text below becomes the payload&apos;s bytes</source>
        <translation>下方文本如何转换为载荷字节</translation>
    </message>
    <message>
        <source>Pretty</source>
        <translation>格式化</translation>
    </message>
    <message>
        <source>Indent the JSON</source>
        <translation>缩进 JSON</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>压缩</translation>
    </message>
    <message>
        <source>Put the JSON on one line</source>
        <translation>将 JSON 压缩为一行</translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Send a file&apos;s bytes as the payload</source>
        <translation>将文件内容作为载荷发送</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>载荷</translation>
    </message>
    <message>
        <source>Reading… %1 of %2</source>
        <translation>正在读取… %1 / %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <source>The file is still being read</source>
        <translation>文件仍在读取中</translation>
    </message>
    <message>
        <source>Choose a file to send</source>
        <translation>请选择要发送的文件</translation>
    </message>
    <message>
        <source>Send a File</source>
        <translation>发送文件</translation>
    </message>
</context>
<context>
    <name>PayloadEncoder</name>
    <message>
        <source>Empty: a JSON payload needs a value (for example {} or &quot;text&quot;)</source>
        <translation type="vanished">为空：JSON 载荷需要一个值（例如 {} 或 &quot;text&quot;）</translation>
    </message>
    <message>
        <source>more than one value (a JSON payload holds exactly one)</source>
        <translation>存在多个值（JSON 载荷只能包含一个值）</translation>
    </message>
    <message>
        <source>Invalid JSON at line %1, column %2: %3</source>
        <translation>JSON 无效，第 %1 行第 %2 列：%3</translation>
    </message>
    <message>
        <source>Not a hex digit at position %1: &quot;%2&quot; (use 0-9 and a-f; spaces are allowed)</source>
        <translation>第 %1 个字符不是十六进制数字：“%2”（请使用 0-9 和 a-f；允许空格）</translation>
    </message>
    <message>
        <source>Odd number of hex digits (%1): the digit at position %2 has no partner</source>
        <translation>十六进制数字个数为奇数（%1）：第 %2 个字符处的数字缺少配对</translation>
    </message>
    <message>
        <source>Not a Base64 character at position %1: &quot;%2&quot;</source>
        <translation>第 %1 个字符不是 Base64 字符：“%2”</translation>
    </message>
    <message>
        <source>Invalid Base64: wrong padding (&quot;=&quot; only at the end, to a multiple of 4 characters)</source>
        <translation>Base64 无效：填充错误（“=”只能出现在末尾，使长度为 4 的倍数）</translation>
    </message>
    <message>
        <source>Invalid Base64: the text does not decode</source>
        <translation>Base64 无效：文本无法解码</translation>
    </message>
    <message>
        <source>A file payload is read from the file, not from text</source>
        <translation>文件载荷从文件读取，而非来自文本</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>十六进制</translation>
    </message>
    <message>
        <source>Base64</source>
        <translation>Base64</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>empty: a JSON payload needs a value (for example {} or &quot;text&quot;)</source>
        <translation>为空：JSON 载荷需要一个值（例如 {} 或 &quot;text&quot;）</translation>
    </message>
</context>
<context>
    <name>PayloadTemplate</name>
    <message>
        <source>Placeholder {{%1}} at position %2: %3</source>
        <translation>第 %2 个字符处的占位符 {{%1}}：%3</translation>
    </message>
    <message>
        <source>expects two numbers, {{%1:MIN:MAX}}</source>
        <translation>需要两个数字，{{%1:MIN:MAX}}</translation>
    </message>
    <message>
        <source>MIN is larger than MAX</source>
        <translation>MIN 大于 MAX</translation>
    </message>
    <message>
        <source>MIN and MAX must be integers</source>
        <translation>MIN 和 MAX 必须是整数</translation>
    </message>
    <message>
        <source>MIN and MAX must lie within ±9e15</source>
        <translation>MIN 和 MAX 必须在 ±9e15 以内</translation>
    </message>
    <message>
        <source>expects three numbers, {{sine:PERIOD_S:MIN:MAX}}</source>
        <translation>需要三个数字，{{sine:PERIOD_S:MIN:MAX}}</translation>
    </message>
    <message>
        <source>the period must be more than 0 seconds</source>
        <translation>周期必须大于 0 秒</translation>
    </message>
    <message>
        <source>unknown placeholder (known: counter, timestamp, timestamp.iso, uuid, random, random.int, sine)</source>
        <translation>未知的占位符（可用：counter、timestamp、timestamp.iso、uuid、random、random.int、sine）</translation>
    </message>
    <message>
        <source>&quot;{{&quot; at position %1 is not closed by &quot;}}&quot;</source>
        <translation>第 %1 个字符处的“{{”没有对应的“}}”</translation>
    </message>
    <message>
        <source>{{counter}} the message&apos;s number (1, 2, 3 …)
{{timestamp}} milliseconds since 1970; {{timestamp.iso}} ISO-8601 time (UTC)
{{uuid}} a random UUID
{{random:MIN:MAX}} a number between MIN and MAX
{{random.int:MIN:MAX}} a whole number between MIN and MAX
{{sine:PERIOD_S:MIN:MAX}} a sine wave between MIN and MAX with a period in seconds</source>
        <translation>{{counter}} 消息序号（1、2、3 …）
{{timestamp}} 自 1970 年起的毫秒数；{{timestamp.iso}} ISO-8601 时间（UTC）
{{uuid}} 随机 UUID
{{random:MIN:MAX}} MIN 与 MAX 之间的数值
{{random.int:MIN:MAX}} MIN 与 MAX 之间的整数
{{sine:PERIOD_S:MIN:MAX}} 在 MIN 与 MAX 之间、以秒为周期的正弦波</translation>
    </message>
</context>
<context>
    <name>PayloadView</name>
    <message>
        <source>object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>How to show the payload; the detected format is chosen for each new message until you pick one</source>
        <translation>负载的显示方式；在您选择之前，每条新消息都使用检测到的格式</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
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
        <source>Showing the first %1 of %2.</source>
        <translation>显示 %2 中的前 %1。</translation>
    </message>
    <message>
        <source>Lines longer than %1 characters are broken for display.</source>
        <translation>超过 %1 个字符的行在显示时被拆分。</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) are not valid UTF-8 text; shown as \xNN.</source>
        <translation>
            <numerusform>%n 个字节不是有效的 UTF-8 文本；显示为 \xNN。</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the first %1 of %2 were kept, which cannot be decoded on their own.</source>
        <translation>只保留了 %2 中的前 %1，无法单独解码。</translation>
    </message>
    <message>
        <source>The formatted text shows the first %1 characters.</source>
        <translation>格式化文本显示前 %1 个字符。</translation>
    </message>
    <message>
        <source>Only the first %1 of %2 were kept: the image cannot be shown.</source>
        <translation>只保留了 %2 中的前 %1：无法显示图像。</translation>
    </message>
    <message>
        <source>The image is %1 × %2 pixels, too large to show.</source>
        <translation>图像为 %1 × %2 像素，太大无法显示。</translation>
    </message>
    <message>
        <source>Not an image this viewer can read: %1</source>
        <translation>不是此查看器可读取的图像：%1</translation>
    </message>
    <message>
        <source>%1 image, %2 × %3 pixels.</source>
        <translation>%1 图像，%2 × %3 像素。</translation>
    </message>
    <message>
        <source>Showing the bytes instead.</source>
        <translation>改为显示字节。</translation>
    </message>
    <message>
        <source>%1 (detected)</source>
        <translation>%1（已检测）</translation>
    </message>
    <message>
        <source>Formatting %1…</source>
        <translation>正在格式化 %1…</translation>
    </message>
    <message>
        <source>Copy Path</source>
        <translation>复制路径</translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation>复制值</translation>
    </message>
</context>
<context>
    <name>PeriodicPublisher</name>
    <message>
        <source>The interval must be at least 1 ms</source>
        <translation>间隔至少为 1 毫秒</translation>
    </message>
    <message>
        <source>Stopped: the connection is gone</source>
        <translation>已停止：连接已不存在</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>已停止：%1</translation>
    </message>
    <message>
        <source>Stopped (%L1 sent): %2</source>
        <translation>已停止（已发送 %L1 条）：%2</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>A new language applies when MqttScope starts again.</source>
        <translation>新语言将在 MqttScope 重新启动后生效。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>How times of messages are shown (local time, with the date, or ISO-8601 in UTC)</source>
        <translation>消息时间的显示方式（本地时间、带日期，或 UTC 的 ISO-8601）</translation>
    </message>
    <message>
        <source>&amp;Time format:</source>
        <translation>时间格式(&amp;T)：</translation>
    </message>
    <message>
        <source>History limits</source>
        <translation>历史上限</translation>
    </message>
    <message>
        <source>How many messages of each topic are kept for its history and diff</source>
        <translation>每个主题保留多少条消息用于历史和差异比较</translation>
    </message>
    <message>
        <source>Messages per &amp;topic:</source>
        <translation>每个主题的消息数(&amp;T)：</translation>
    </message>
    <message>
        <source>How many messages the message log keeps; the oldest go first</source>
        <translation>消息日志保留的消息数；最旧的先删除</translation>
    </message>
    <message>
        <source>Message &amp;log size:</source>
        <translation>消息日志大小(&amp;L)：</translation>
    </message>
    <message>
        <source> KiB</source>
        <translation> KiB</translation>
    </message>
    <message>
        <source>Longer payloads are kept cut to this size in the history (and marked as cut)</source>
        <translation>更长的负载在历史中截断到此大小（并标记为已截断）</translation>
    </message>
    <message>
        <source>&amp;Bytes per payload kept:</source>
        <translation>每个负载保留的字节数(&amp;B)：</translation>
    </message>
    <message>
        <source>Points kept per plotted series; the oldest go first</source>
        <translation>每条绘图序列保留的点数；最旧的先删除</translation>
    </message>
    <message>
        <source>&amp;Points per series:</source>
        <translation>每条序列的点数(&amp;P)：</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>内存：</translation>
    </message>
    <message>
        <source>About %1 for %2 topics of small messages and %3 full series; at most %4 if every payload were at its limit.</source>
        <translation>%2 个小消息主题和 %3 条满序列约需 %1；若每个负载都达到上限，最多需 %4。</translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message>
        <source>example</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>local demo, started by the GUI</source>
        <translation>本地演示，由图形界面启动</translation>
    </message>
    <message>
        <source>export: the file to write.</source>
        <translation>export：要写入的文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>export: include passwords and passphrases (plain text in the file).</source>
        <translation>export：包含密码和口令（以明文写入文件）。</translation>
    </message>
    <message>
        <source>list: print a JSON array.</source>
        <translation>list：输出 JSON 数组。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>list, show NAME, import FILE or export NAME...</source>
        <translation>list、show 名称、import 文件 或 export 名称...</translation>
    </message>
    <message>
        <source>Usage: mqttscope-cli profile list [--json] | show NAME | import FILE | export NAME... -o FILE [--include-secrets]
The saved connection profiles (%1).
</source>
        <translation>用法：mqttscope-cli profile list [--json] | show 名称 | import 文件 | export 名称... -o 文件 [--include-secrets]
已保存的连接配置（%1）。
</translation>
    </message>
    <message>
        <source>-o and --include-secrets only go with export</source>
        <translation>-o 和 --include-secrets 只能与 export 一起使用</translation>
    </message>
    <message>
        <source>--json only goes with list</source>
        <translation>--json 只能与 list 一起使用</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <source>show takes one profile name</source>
        <translation>show 需要一个配置名称</translation>
    </message>
    <message>
        <source>import takes one file</source>
        <translation>import 需要一个文件</translation>
    </message>
    <message>
        <source>name the profiles to export</source>
        <translation>请指定要导出的配置</translation>
    </message>
    <message>
        <source>export needs -o FILE</source>
        <translation>export 需要 -o 文件</translation>
    </message>
    <message>
        <source>name an action: list, show, import or export</source>
        <translation>请指定操作：list、show、import 或 export</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (use list, show, import or export)</source>
        <translation>未知操作“%1”（请使用 list、show、import 或 export）</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s) from %1 (%2): %3
</source>
        <translation>
            <numerusform>已从 %1（%2）导入 %n 个配置：%3
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n profile(s) to %1
</source>
        <translation>
            <numerusform>已将 %n 个配置导出到 %1
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileImporter</name>
    <message>
        <source>MQTT Explorer connection %1</source>
        <translation>MQTT Explorer 连接 %1</translation>
    </message>
    <message>
        <source>not an MQTT connection: skipped</source>
        <translation>不是 MQTT 连接：已跳过</translation>
    </message>
    <message>
        <source>connection %1 (&quot;%2&quot;) has no host</source>
        <translation>连接 %1（“%2”）没有主机</translation>
    </message>
    <message>
        <source>certificate verification was off in MQTT Explorer and stays off</source>
        <translation>在 MQTT Explorer 中已关闭证书验证，导入后仍保持关闭</translation>
    </message>
    <message>
        <source>the certificate &quot;%1&quot; inside the settings file was not imported</source>
        <translation>设置文件中的证书“%1”未被导入</translation>
    </message>
    <message>
        <source>the certificate &quot;%1&quot; could not be written to %2</source>
        <translation>无法将证书“%1”写入 %2</translation>
    </message>
    <message>
        <source>the MQTT Explorer settings hold no MQTT connections</source>
        <translation>MQTT Explorer 设置中没有 MQTT 连接</translation>
    </message>
    <message>
        <source>MQTTX connection %1</source>
        <translation>MQTTX 连接 %1</translation>
    </message>
    <message>
        <source>connection %1 (&quot;%2&quot;) uses the unknown protocol &quot;%3&quot;</source>
        <translation>连接 %1（“%2”）使用了未知协议“%3”</translation>
    </message>
    <message>
        <source>MQTT %1 is not supported: imported as 3.1.1</source>
        <translation>不支持 MQTT %1：已按 3.1.1 导入</translation>
    </message>
    <message>
        <source>certificate verification was off in MQTTX and stays off</source>
        <translation>在 MQTTX 中已关闭证书验证，导入后仍保持关闭</translation>
    </message>
    <message>
        <source>enhanced authentication (MQTT 5 AUTH) is not supported and was left out</source>
        <translation>不支持增强认证（MQTT 5 AUTH），已忽略</translation>
    </message>
    <message>
        <source>the MQTTX export holds no connections</source>
        <translation>MQTTX 导出文件中没有连接</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Cannot import %1: %2</source>
        <translation>无法导入 %1：%2</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>第 %1 字节处不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>&quot;ConnectionManager_connections&quot; is not an object</source>
        <translation>“ConnectionManager_connections”不是对象</translation>
    </message>
    <message>
        <source>this is not a file MqttScope can import (expected an MqttScope export, an MQTTX connections export or MQTT Explorer&apos;s settings.json)</source>
        <translation>MqttScope 无法导入此文件（应为 MqttScope 导出文件、MQTTX 连接导出文件或 MQTT Explorer 的 settings.json）</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Local demo</source>
        <translation>本地演示</translation>
    </message>
    <message>
        <source>EMQX public broker (TCP)</source>
        <translation>EMQX 公共代理（TCP）</translation>
    </message>
    <message>
        <source>EMQX public broker (WebSocket)</source>
        <translation>EMQX 公共代理（WebSocket）</translation>
    </message>
    <message>
        <source>test.mosquitto.org (TCP)</source>
        <translation>test.mosquitto.org（TCP）</translation>
    </message>
    <message>
        <source>test.mosquitto.org (WebSocket)</source>
        <translation>test.mosquitto.org（WebSocket）</translation>
    </message>
    <message>
        <source>Local broker (localhost:1883)</source>
        <translation>本机代理（localhost:1883）</translation>
    </message>
    <message>
        <source>AWS IoT Core (mutual TLS, port 8883) — template</source>
        <translation>AWS IoT Core（双向 TLS，端口 8883）— 模板</translation>
    </message>
    <message>
        <source>AWS IoT Core (mutual TLS, port 443 with ALPN) — template</source>
        <translation>AWS IoT Core（双向 TLS，端口 443 并使用 ALPN）— 模板</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>第 %1 字节处不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>not an MqttScope profile file</source>
        <translation>不是 MqttScope 配置文件</translation>
    </message>
    <message>
        <source>the file has no valid format version</source>
        <translation>文件没有有效的格式版本</translation>
    </message>
    <message>
        <source>it was written by a newer MqttScope (format version %1; this one reads up to %2)</source>
        <translation>它由更新版本的 MqttScope 写入（格式版本 %1；当前版本最高可读取 %2）</translation>
    </message>
    <message>
        <source>&quot;profiles&quot; is missing or not a list</source>
        <translation>缺少“profiles”或它不是列表</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <source>the id %1 is used twice</source>
        <translation>标识 %1 被使用了两次</translation>
    </message>
    <message>
        <source>profile %1 (&quot;%2&quot;): %3</source>
        <translation>配置 %1（“%2”）：%3</translation>
    </message>
    <message>
        <source>Cannot read the profile file %1: %2. No profiles were loaded.</source>
        <translation>无法读取配置文件 %1：%2。未加载任何配置。</translation>
    </message>
    <message>
        <source>The profile file %1 cannot be used: %2.</source>
        <translation>无法使用配置文件 %1：%2。</translation>
    </message>
    <message>
        <source>The profile file %1 is damaged: %2.</source>
        <translation>配置文件 %1 已损坏：%2。</translation>
    </message>
    <message>
        <source>It was kept unchanged as %1.</source>
        <translation>原文件已原样保留为 %1。</translation>
    </message>
    <message>
        <source>It could not be renamed; profiles will not be saved until it is moved.</source>
        <translation>无法重命名该文件；在将其移走之前，配置不会被保存。</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) were restored from the backup %1.</source>
        <translation>
            <numerusform>已从备份 %1 恢复了 %n 个配置。</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting with no saved profiles.</source>
        <translation>将以没有已保存配置的状态启动。</translation>
    </message>
    <message>
        <source>The profiles were not saved: the damaged profile file could not be moved aside.</source>
        <translation>配置未保存：无法移走已损坏的配置文件。</translation>
    </message>
    <message>
        <source>Cannot save the profiles: cannot create the folder %1.</source>
        <translation>无法保存配置：无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot save the profiles to %1: %2</source>
        <translation>无法将配置保存到 %1：%2</translation>
    </message>
    <message>
        <source>%1 profiles are named &quot;%2&quot;: give the id instead</source>
        <translation>有 %1 个配置名为“%2”：请改用标识</translation>
    </message>
    <message>
        <source>no profile named &quot;%1&quot;</source>
        <translation>没有名为“%1”的配置</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 contains passwords in plain text: anyone who can read the file can use them. Keep it safe and delete it once imported.</source>
        <translation>%1 以明文包含密码：任何能读取该文件的人都可以使用它们。请妥善保管，并在导入后将其删除。</translation>
    </message>
    <message>
        <source>There is no profile with the id %1.</source>
        <translation>没有 ID 为 %1 的配置。</translation>
    </message>
    <message>
        <source>no profile with the id %1</source>
        <translation>没有标识为 %1 的配置</translation>
    </message>
</context>
<context>
    <name>ProxyGroup</name>
    <message>
        <source>Proxy</source>
        <translation>代理服务器</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>不使用代理</translation>
    </message>
    <message>
        <source>System proxy settings</source>
        <translation>系统代理设置</translation>
    </message>
    <message>
        <source>Manual proxy</source>
        <translation>手动设置代理</translation>
    </message>
    <message>
        <source>How the connection reaches the broker: directly, through the proxy the system names, or through an HTTP (CONNECT) or SOCKS5 proxy given here</source>
        <translation>连接如何到达 MQTT 代理：直接连接、通过系统指定的代理，或通过此处填写的 HTTP（CONNECT）或 SOCKS5 代理</translation>
    </message>
    <message>
        <source>SOCKS5</source>
        <translation>SOCKS5</translation>
    </message>
    <message>
        <source>HTTP (CONNECT)</source>
        <translation>HTTP（CONNECT）</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>方式：</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <source>User / password:</source>
        <translation>用户名 / 密码：</translation>
    </message>
    <message>
        <source>Give the proxy&apos;s host name or address</source>
        <translation>请填写代理服务器的主机名或地址</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name or address</source>
        <translation>“%1”不是主机名或地址</translation>
    </message>
</context>
<context>
    <name>ProxySettings</name>
    <message>
        <source>The proxy needs a host name.</source>
        <translation>网络代理需要主机名。</translation>
    </message>
    <message>
        <source>The proxy needs a port between 1 and 65535.</source>
        <translation>网络代理需要 1 到 65535 之间的端口。</translation>
    </message>
    <message>
        <source>unknown proxy mode &quot;%1&quot; (use none, system or manual)</source>
        <translation>未知的代理模式“%1”（请使用 none、system 或 manual）</translation>
    </message>
    <message>
        <source>unknown proxy type &quot;%1&quot; (use http or socks5)</source>
        <translation>未知的代理类型“%1”（请使用 http 或 socks5）</translation>
    </message>
    <message>
        <source>the proxy port must be a number from 1 to 65535</source>
        <translation>代理端口必须是 1 到 65535 之间的数字</translation>
    </message>
</context>
<context>
    <name>PubCommand</name>
    <message>
        <source>Topic to publish to.</source>
        <translation>要发布到的主题。</translation>
    </message>
    <message>
        <source>TOPIC</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Send MESSAGE as the payload.</source>
        <translation>将 MESSAGE 作为负载发送。</translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation>MESSAGE</translation>
    </message>
    <message>
        <source>Send the contents of FILE as the payload.</source>
        <translation>将 FILE 的内容作为负载发送。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Send each line read from stdin as one message (blank lines are skipped).</source>
        <translation>将从标准输入读取的每一行作为一条消息发送（跳过空行）。</translation>
    </message>
    <message>
        <source>Send everything read from stdin as one message.</source>
        <translation>将从标准输入读取的全部内容作为一条消息发送。</translation>
    </message>
    <message>
        <source>Send an empty payload (with -r: clears the retained message).</source>
        <translation>发送空负载（与 -r 一起使用时清除保留消息）。</translation>
    </message>
    <message>
        <source>QoS of the messages (default: 0).</source>
        <translation>消息的 QoS（默认：0）。</translation>
    </message>
    <message>
        <source>QOS</source>
        <translation>QOS</translation>
    </message>
    <message>
        <source>Publish as retained messages.</source>
        <translation>以保留消息的形式发布。</translation>
    </message>
    <message>
        <source>MQTT 5 user property (repeatable).</source>
        <translation>MQTT 5 用户属性（可重复）。</translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation>键=值</translation>
    </message>
    <message>
        <source>MQTT 5 message expiry interval.</source>
        <translation>MQTT 5 消息过期间隔。</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>秒数</translation>
    </message>
    <message>
        <source>MQTT 5 content type.</source>
        <translation>MQTT 5 内容类型。</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>MQTT 5 response topic.</source>
        <translation>MQTT 5 响应主题。</translation>
    </message>
    <message>
        <source>MQTT 5 correlation data.</source>
        <translation>MQTT 5 关联数据。</translation>
    </message>
    <message>
        <source>DATA</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>MQTT 5 payload format indicator: 0 bytes, 1 UTF-8 text.</source>
        <translation>MQTT 5 负载格式指示：0 为字节，1 为 UTF-8 文本。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>Usage: mqttscope-cli pub [options] -t TOPIC (-m MESSAGE | -f FILE | -s | -l | -n)</source>
        <translation>用法：mqttscope-cli pub [选项] -t 主题 (-m MESSAGE | -f FILE | -s | -l | -n)</translation>
    </message>
    <message>
        <source>give the topic to publish to with -t</source>
        <translation>请用 -t 指定要发布到的主题</translation>
    </message>
    <message>
        <source>give only one topic (-t)</source>
        <translation>只能指定一个主题（-t）</translation>
    </message>
    <message>
        <source>give exactly one of -m, -f, -s, -l and -n</source>
        <translation>请在 -m、-f、-s、-l 和 -n 中恰好指定一个</translation>
    </message>
    <message>
        <source>invalid QoS &apos;%1&apos;: expected 0, 1 or 2</source>
        <translation>无效的 QoS“%1”：应为 0、1 或 2</translation>
    </message>
    <message>
        <source>message properties need MQTT 5 (-V 5)</source>
        <translation>消息属性需要 MQTT 5（-V 5）</translation>
    </message>
    <message>
        <source>invalid user property &apos;%1&apos;: expected KEY=VALUE</source>
        <translation>无效的用户属性“%1”：应为 键=值</translation>
    </message>
    <message>
        <source>invalid message expiry &apos;%1&apos;</source>
        <translation>无效的消息过期间隔“%1”</translation>
    </message>
    <message>
        <source>invalid payload format &apos;%1&apos;: expected 0 or 1</source>
        <translation>无效的负载格式“%1”：应为 0 或 1</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot read stdin: %1</source>
        <translation>无法读取标准输入：%1</translation>
    </message>
    <message>
        <source>Publishing to &apos;%1&apos; failed: %2</source>
        <translation>发布到“%1”失败：%2</translation>
    </message>
    <message>
        <source>The message to &apos;%1&apos; could not be published.</source>
        <translation>发往“%1”的消息无法发布。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n message(s) failed in all)</source>
        <translation>
            <numerusform>%1（共有 %n 条消息失败）</numerusform>
        </translation>
    </message>
    <message>
        <source>invalid topic &apos;%1&apos;: %2</source>
        <translation>无效的主题“%1”：%2</translation>
    </message>
    <message>
        <source>invalid response topic &apos;%1&apos;: %2</source>
        <translation>无效的响应主题“%1”：%2</translation>
    </message>
    <message>
        <source>Publish the message N times (default: 1; not with -l).</source>
        <translation>将消息发布 N 次（默认：1；不能与 -l 同用）。</translation>
    </message>
    <message>
        <source>Milliseconds between repeated messages (default: 1000).</source>
        <translation>重复消息之间的毫秒数（默认：1000）。</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>Evaluate placeholders in the payload for each message: {{counter}}, {{timestamp}}, {{timestamp.iso}}, {{uuid}}, {{random:MIN:MAX}}, {{random.int:MIN:MAX}}, {{sine:PERIOD_S:MIN:MAX}}.</source>
        <translation>为每条消息计算载荷中的占位符：{{counter}}、{{timestamp}}、{{timestamp.iso}}、{{uuid}}、{{random:MIN:MAX}}、{{random.int:MIN:MAX}}、{{sine:PERIOD_S:MIN:MAX}}。</translation>
    </message>
    <message>
        <source>--repeat does not go with -l (each stdin line is one message)</source>
        <translation>--repeat 不能与 -l 同用（标准输入的每一行就是一条消息）</translation>
    </message>
    <message>
        <source>invalid repeat count &apos;%1&apos;: expected a number from 1</source>
        <translation>无效的重复次数“%1”：应为不小于 1 的数字</translation>
    </message>
    <message>
        <source>invalid interval &apos;%1&apos;: expected milliseconds</source>
        <translation>无效的间隔“%1”：应为毫秒数</translation>
    </message>
    <message>
        <source>--template needs a payload (-m, -f, -s or -l)</source>
        <translation>--template 需要载荷（-m、-f、-s 或 -l）</translation>
    </message>
</context>
<context>
    <name>PublishDraft</name>
    <message>
        <source>Invalid topic: %1</source>
        <translation>主题无效：%1</translation>
    </message>
    <message>
        <source>Invalid response topic: %1</source>
        <translation>响应主题无效：%1</translation>
    </message>
    <message>
        <source>Correlation data: %1</source>
        <translation>关联数据：%1</translation>
    </message>
    <message>
        <source>Topic alias %1 is out of range (1 to 65535)</source>
        <translation>主题别名 %1 超出范围（1 到 65535）</translation>
    </message>
    <message>
        <source>QoS %1</source>
        <translation>QoS %1</translation>
    </message>
    <message>
        <source> · retained</source>
        <translation> · 保留</translation>
    </message>
    <message>
        <source>%1 · %2 — %3</source>
        <translation>%1 · %2 — %3</translation>
    </message>
    <message>
        <source>(alias %1)</source>
        <translation>（别名 %1）</translation>
    </message>
</context>
<context>
    <name>PublishHistoryModel</name>
    <message>
        <source>Published %1
Click to load it into the editor; double-click to publish it again.</source>
        <translation>发布于 %1
单击载入编辑器；双击再次发布。</translation>
    </message>
    <message>
        <source>The publish history is not in a known format; it starts empty.</source>
        <translation>发布历史的格式无法识别；将从空白开始。</translation>
    </message>
</context>
<context>
    <name>PublishHistoryView</name>
    <message>
        <source>Publish Again</source>
        <translation>再次发布</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected entry from the history</source>
        <translation>从历史中移除所选条目</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Forget the whole publish history of this connection</source>
        <translation>清空此连接的全部发布历史</translation>
    </message>
    <message>
        <source>Publish the selected message again, as it was (double-click does the same)</source>
        <translation>按原样再次发布所选消息（双击效果相同）</translation>
    </message>
    <message>
        <source>Select a message in the history first</source>
        <translation>请先在历史中选择一条消息</translation>
    </message>
</context>
<context>
    <name>PublishPanel</name>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Sent %L1 · %2 msg/s</source>
        <translation>已发送 %L1 · %2 条/秒</translation>
    </message>
    <message>
        <source> · failed: %L1</source>
        <translation> · 失败：%L1</translation>
    </message>
    <message>
        <source> · stopped</source>
        <translation> · 已停止</translation>
    </message>
    <message>
        <source>Response on %1: %2</source>
        <translation>%1 上的响应：%2</translation>
    </message>
    <message>
        <source>Topic, e.g. sensors/kitchen/cmd</source>
        <translation>主题，例如 sensors/kitchen/cmd</translation>
    </message>
    <message>
        <source>QoS 0 — at most once</source>
        <translation>QoS 0 — 至多一次</translation>
    </message>
    <message>
        <source>QoS 1 — at least once</source>
        <translation>QoS 1 — 至少一次</translation>
    </message>
    <message>
        <source>QoS 2 — exactly once</source>
        <translation>QoS 2 — 恰好一次</translation>
    </message>
    <message>
        <source>Retain</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>The broker keeps the message and gives it to every new subscriber</source>
        <translation>代理会保留该消息并发送给每个新订阅者</translation>
    </message>
    <message>
        <source>Repeat every</source>
        <translation>重复间隔</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>until stopped</source>
        <translation>直到停止</translation>
    </message>
    <message>
        <source>times: </source>
        <translation>次数：</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>占位符</translation>
    </message>
    <message>
        <source>Evaluate placeholders in the payload for each message:
%1</source>
        <translation>为每条消息计算载荷中的占位符：
%1</translation>
    </message>
    <message>
        <source>Request: wait for a response</source>
        <translation>请求：等待响应</translation>
    </message>
    <message>
        <source>MQTT 5 request/response: sends a Response Topic and Correlation Data, listens on the response topic and shows the reply and its round-trip time under Requests</source>
        <translation>MQTT 5 请求/响应：发送响应主题和关联数据，监听响应主题，并在“请求”中显示回复及往返时间</translation>
    </message>
    <message>
        <source>timeout </source>
        <translation>超时 </translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Clear Retained…</source>
        <translation>清除保留消息…</translation>
    </message>
    <message>
        <source>Not connected: connect to a broker first</source>
        <translation>未连接：请先连接到代理</translation>
    </message>
    <message>
        <source>Request/response needs MQTT 5</source>
        <translation>请求/响应需要 MQTT 5</translation>
    </message>
    <message>
        <source>MQTT 5 properties (%1)</source>
        <translation>MQTT 5 属性（%1）</translation>
    </message>
    <message>
        <source>MQTT 5 properties</source>
        <translation>MQTT 5 属性</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop publishing periodically (Ctrl+Enter)</source>
        <translation>停止周期发布（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Send Request</source>
        <translation>发送请求</translation>
    </message>
    <message>
        <source>Publish the message (Ctrl+Enter)</source>
        <translation>发布消息（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Clear the retained messages at this topic and below (the whole tree when the topic is empty), after confirmation</source>
        <translation>确认后清除此主题及其下所有主题的保留消息（主题为空时为整棵树）</translation>
    </message>
    <message>
        <source>Content type, expiry, response topic, correlation data, user properties, topic alias</source>
        <translation>内容类型、过期时间、响应主题、关联数据、用户属性、主题别名</translation>
    </message>
    <message>
        <source>MQTT 5 only: this connection uses MQTT 3.1.1</source>
        <translation>仅限 MQTT 5：此连接使用 MQTT 3.1.1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 → %2 (QoS %3)</source>
        <translation>%1 → %2（QoS %3）</translation>
    </message>
    <message>
        <source>alias %1</source>
        <translation>别名 %1</translation>
    </message>
    <message>
        <source>%1: sending…</source>
        <translation>%1：正在发送…</translation>
    </message>
    <message>
        <source>Request sent to %1; replies expected on %2</source>
        <translation>请求已发送到 %1；等待 %2 上的回复</translation>
    </message>
    <message>
        <source>%1: written</source>
        <translation>%1：已写出</translation>
    </message>
    <message>
        <source>%1: acknowledged</source>
        <translation>%1：已确认</translation>
    </message>
    <message>
        <source>%1: acknowledged — %2 (0x%3)</source>
        <translation>%1：已确认 — %2（0x%3）</translation>
    </message>
    <message>
        <source>%1: failed — %2</source>
        <translation>%1：失败 — %2</translation>
    </message>
</context>
<context>
    <name>PublishProfileBinding</name>
    <message>
        <source>The publish history and saved messages could not be kept: the profile is gone</source>
        <translation type="vanished">无法保存发布历史和已保存的消息：该配置已不存在</translation>
    </message>
    <message>
        <source>The saved messages could not be written: %1</source>
        <translation>无法写入已保存的消息：%1</translation>
    </message>
</context>
<context>
    <name>PublishPropertiesEditor</name>
    <message>
        <source>Expire after</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>十六进制</translation>
    </message>
    <message>
        <source>e.g. application/json</source>
        <translation>例如 application/json</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>不发送</translation>
    </message>
    <message>
        <source>0 — bytes</source>
        <translation>0 — 字节</translation>
    </message>
    <message>
        <source>1 — UTF-8 text</source>
        <translation>1 — UTF-8 文本</translation>
    </message>
    <message>
        <source>Payload Format Indicator: whether receivers may treat the payload as UTF-8 text</source>
        <translation>载荷格式指示：接收方是否可以将载荷视为 UTF-8 文本</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Message Expiry Interval: the broker drops the message after this many seconds</source>
        <translation>消息过期间隔：代理在这么多秒后丢弃该消息</translation>
    </message>
    <message>
        <source>Where a responder should reply</source>
        <translation>响应方应回复到的主题</translation>
    </message>
    <message>
        <source>Matches a reply to its request</source>
        <translation>用于将回复与请求对应</translation>
    </message>
    <message>
        <source>The correlation data is written as hex digits</source>
        <translation>关联数据以十六进制数字书写</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Sent in this order; a name may appear more than once</source>
        <translation>按此顺序发送；同一名称可出现多次</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add a user property</source>
        <translation>添加用户属性</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected user property</source>
        <translation>移除所选用户属性</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Topic Alias: a number standing for the topic. Send it once with the topic, then the topic may be left empty. At most the broker&apos;s Topic Alias Maximum.</source>
        <translation>主题别名：代表主题的数字。先与主题一起发送一次，之后主题可以留空。不能超过代理的主题别名最大值。</translation>
    </message>
    <message>
        <source>Content type:</source>
        <translation>内容类型：</translation>
    </message>
    <message>
        <source>Payload format:</source>
        <translation>载荷格式：</translation>
    </message>
    <message>
        <source>Expiry:</source>
        <translation>过期：</translation>
    </message>
    <message>
        <source>Response topic:</source>
        <translation>响应主题：</translation>
    </message>
    <message>
        <source>Correlation data:</source>
        <translation>关联数据：</translation>
    </message>
    <message>
        <source>Topic alias:</source>
        <translation>主题别名：</translation>
    </message>
    <message>
        <source>User properties:</source>
        <translation>用户属性：</translation>
    </message>
    <message>
        <source>Response topic: %1</source>
        <translation>响应主题：%1</translation>
    </message>
    <message>
        <source>Correlation data: %1</source>
        <translation>关联数据：%1</translation>
    </message>
</context>
<context>
    <name>RequestTracker</name>
    <message>
        <source>Not connected: connect to the broker first</source>
        <translation>未连接：请先连接到代理</translation>
    </message>
    <message>
        <source>Request/response needs MQTT 5 (Response Topic and Correlation Data are MQTT 5 properties)</source>
        <translation>请求/响应需要 MQTT 5（响应主题和关联数据是 MQTT 5 属性）</translation>
    </message>
    <message>
        <source>Invalid response topic: %1</source>
        <translation>响应主题无效：%1</translation>
    </message>
    <message>
        <source>The broker refused the subscription to the response topic: %1</source>
        <translation>代理拒绝了对响应主题的订阅：%1</translation>
    </message>
    <message>
        <source>Subscribing to the response topic…</source>
        <translation>正在订阅响应主题…</translation>
    </message>
    <message>
        <source>Waiting for a response…</source>
        <translation>正在等待响应…</translation>
    </message>
    <message>
        <source>Answered in %1 ms</source>
        <translation>%1 毫秒内得到响应</translation>
    </message>
    <message>
        <source>No response within %1 s</source>
        <translation>%1 秒内无响应</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Request topic</source>
        <translation>请求主题</translation>
    </message>
    <message>
        <source>Correlation</source>
        <translation>关联数据</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>响应</translation>
    </message>
</context>
<context>
    <name>RetainedClearBar</name>
    <message>
        <source>Clearing retained: %v of %m</source>
        <translation>正在清除保留消息：%v / %m</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop clearing (messages already sent are still acknowledged)</source>
        <translation>停止清除（已发送的消息仍会被确认）</translation>
    </message>
    <message>
        <source>the whole tree</source>
        <translation>整棵树</translation>
    </message>
    <message>
        <source>No retained messages known at %1 or below. (Subscribe to it first: only retained messages the topic tree has received can be cleared.)</source>
        <translation>%1 及其下没有已知的保留消息。（请先订阅：只能清除主题树已收到的保留消息。）</translation>
    </message>
    <message>
        <source>… and %L1 more</source>
        <translation>… 以及另外 %L1 个</translation>
    </message>
    <message>
        <source>Clear Retained Messages</source>
        <translation type="vanished">清除保留消息</translation>
    </message>
    <message>
        <source>Clear the retained messages at %1 and below?
Topics with a retained message: %L2</source>
        <translation>清除 %1 及其下的保留消息？
含保留消息的主题数：%L2</translation>
    </message>
    <message>
        <source>An empty retained message (QoS 1) is published to each topic; the broker then forgets them. This cannot be undone.</source>
        <translation>将向每个主题发布一条空的保留消息（QoS 1），代理随后会丢弃它们。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Retained messages cleared: %L1.</source>
        <translation>已清除的保留消息：%L1。</translation>
    </message>
    <message>
        <source>Failed: %L1</source>
        <translation>失败：%L1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Cancelled: %L1 not cleared.</source>
        <translation>已取消：%L1 个未清除。</translation>
    </message>
    <message>
        <source>Publish an empty retained message (QoS 1) to each of these topics</source>
        <translation>向这些主题逐一发布一条空的保留消息（QoS 1）</translation>
    </message>
</context>
<context>
    <name>RetainedClearer</name>
    <message>
        <source>Already clearing retained messages</source>
        <translation>正在清除保留消息</translation>
    </message>
    <message>
        <source>Not connected: connect to the broker first</source>
        <translation>未连接：请先连接到代理</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
</context>
<context>
    <name>SavedMessagesModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Folder &quot;%1&quot;: run publishes its messages in order</source>
        <translation>文件夹“%1”：运行时按顺序发布其中的消息</translation>
    </message>
    <message>
        <source>The saved messages are not in a known format; none are loaded.</source>
        <translation>已保存消息的格式无法识别；未载入任何消息。</translation>
    </message>
</context>
<context>
    <name>SavedMessagesView</name>
    <message>
        <source>Folder to save into (type a new name to create one)</source>
        <translation>保存到的文件夹（输入新名称即可创建）</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Name for the editor&apos;s message</source>
        <translation>编辑器中消息的名称</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Type a name for the message first</source>
        <translation>请先输入消息名称</translation>
    </message>
    <message>
        <source>Type a folder name first</source>
        <translation>请先输入文件夹名称</translation>
    </message>
    <message>
        <source>Save the editor&apos;s message under this name (a message of the same name in the folder is replaced)</source>
        <translation>以此名称保存编辑器中的消息（替换文件夹中同名的消息）</translation>
    </message>
    <message>
        <source>Select a saved message or a folder first</source>
        <translation>请先选择一条已保存的消息或一个文件夹</translation>
    </message>
    <message>
        <source>Publish the folder&apos;s messages in order</source>
        <translation>按顺序发布文件夹中的消息</translation>
    </message>
    <message>
        <source>Publish the selected message (double-click does the same)</source>
        <translation>发布所选消息（双击效果相同）</translation>
    </message>
    <message>
        <source>Delete the folder and its messages</source>
        <translation>删除文件夹及其中的消息</translation>
    </message>
    <message>
        <source>Delete the selected message</source>
        <translation>删除所选消息</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No keyring is available (%1): passwords are kept for this run only. Tick &quot;store secrets in the profile file&quot; to keep them in plain text.</source>
        <translation>没有可用的密钥环（%1）：密码仅在本次运行中保留。勾选“将机密存储在配置文件中”可将其以明文保存。</translation>
    </message>
    <message>
        <source>The keyring refused to give the secrets of this profile: %1</source>
        <translation>密钥环拒绝提供此配置的机密：%1</translation>
    </message>
    <message>
        <source>No keyring is available: the secrets of this profile are kept for this run only.</source>
        <translation>没有可用的密钥环：此配置的机密仅在本次运行中保留。</translation>
    </message>
    <message>
        <source>The keyring did not store the secrets: %1. They are kept for this run only.</source>
        <translation>密钥环未能存储机密：%1。它们仅在本次运行中保留。</translation>
    </message>
    <message>
        <source>The keyring did not answer within %1 s.</source>
        <translation>密钥环在 %1 秒内没有响应。</translation>
    </message>
</context>
<context>
    <name>SensorSimulator</name>
    <message>
        <source>The simulator&apos;s connection closed.</source>
        <translation>模拟器的连接已关闭。</translation>
    </message>
</context>
<context>
    <name>SeriesCsv</name>
    <message>
        <source>Cannot write the CSV file: %1</source>
        <translation>无法写入 CSV 文件：%1</translation>
    </message>
</context>
<context>
    <name>SeriesDefinition</name>
    <message>
        <source>%1 (%2)</source>
        <comment>series label (wildcard levels)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The topic is empty.</source>
        <translation>主题为空。</translation>
    </message>
    <message>
        <source>The topic is not a valid topic or filter: %1</source>
        <translation>主题不是有效的主题或过滤器：%1</translation>
    </message>
    <message>
        <source>The scale must be a number other than 0.</source>
        <translation>缩放系数必须是非 0 的数。</translation>
    </message>
    <message>
        <source>The offset must be a number.</source>
        <translation>偏移量必须是数字。</translation>
    </message>
    <message>
        <source>a series must be a JSON object</source>
        <translation>序列必须是 JSON 对象</translation>
    </message>
    <message>
        <source>topic, path, label and unit must be text</source>
        <translation>主题、路径、标签和单位必须是文本</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a number</source>
        <translation>“%1”必须是数字</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a colour like #1f77b4</source>
        <translation>“%1”不是像 #1f77b4 这样的颜色</translation>
    </message>
    <message>
        <source>unknown style &apos;%1&apos; (line, steps or points)</source>
        <translation>未知的样式“%1”（line、steps 或 points）</translation>
    </message>
</context>
<context>
    <name>SeriesDialog</name>
    <message>
        <source>Series</source>
        <translation>序列</translation>
    </message>
    <message>
        <source>home/+/sensor</source>
        <translation>home/+/sensor</translation>
    </message>
    <message>
        <source>A topic, or a filter with + and #: one series per matching topic, also for topics that appear later</source>
        <translation>主题，或带 + 和 # 的过滤器：每个匹配的主题一条序列，之后出现的主题也包括在内</translation>
    </message>
    <message>
        <source>The JSON field, e.g. temperature, data.values[3]; empty for a plain number payload</source>
        <translation>JSON 字段，例如 temperature、data.values[3]；纯数字负载留空</translation>
    </message>
    <message>
        <source>Named after the topic</source>
        <translation>以主题命名</translation>
    </message>
    <message>
        <source>°C</source>
        <translation>°C</translation>
    </message>
    <message>
        <source>Series with another unit than the chart&apos;s first go on a second Y axis</source>
        <translation>单位与图表第一条序列不同的序列使用第二条 Y 轴</translation>
    </message>
    <message>
        <source>Shown value = value × scale + offset</source>
        <translation>显示值 = 值 × 缩放系数 + 偏移量</translation>
    </message>
    <message>
        <source>The series&apos; colour (automatic unless chosen)</source>
        <translation>序列的颜色（未选择时自动）</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>折线</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>阶梯</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>点数</translation>
    </message>
    <message>
        <source>&amp;Topic or filter:</source>
        <translation>主题或过滤器(&amp;T)：</translation>
    </message>
    <message>
        <source>JSON &amp;field:</source>
        <translation>JSON 字段(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>标签(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>缩放系数(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Offset:</source>
        <translation>偏移量(&amp;O)：</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Let the chart pick the colour</source>
        <translation>由图表选择颜色</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>颜色(&amp;C)：</translation>
    </message>
    <message>
        <source>St&amp;yle:</source>
        <translation>样式(&amp;Y)：</translation>
    </message>
    <message>
        <source>Series Colour</source>
        <translation>序列颜色</translation>
    </message>
    <message numerus="yes">
        <source>%n series match now (more may appear later).</source>
        <translation>
            <numerusform>当前有 %n 条序列匹配（之后可能出现更多）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SimulateCommand</name>
    <message>
        <source>Publish a simulated smart home, as the GUI&apos;s Local demo does.</source>
        <translation>发布一个模拟的智能家居，与图形界面的本地演示相同。</translation>
    </message>
    <message>
        <source>Number of rooms with a sensor (1 to 1000, default: 4).</source>
        <translation>带传感器的房间数（1 到 1000，默认：4）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Sensor readings per second, all rooms together (default: one per room per second).</source>
        <translation>所有房间合计每秒的传感器读数（默认：每个房间每秒一条）。</translation>
    </message>
    <message>
        <source>MSG_PER_S</source>
        <translation>每秒消息数</translation>
    </message>
    <message>
        <source>QoS of the sensor readings (default: 1).</source>
        <translation>传感器读数的 QoS（默认：1）。</translation>
    </message>
    <message>
        <source>QOS</source>
        <translation>QOS</translation>
    </message>
    <message>
        <source>Exit after publishing COUNT messages in all.</source>
        <translation>共发布 COUNT 条消息后退出。</translation>
    </message>
    <message>
        <source>COUNT</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Exit after SECONDS.</source>
        <translation>SECONDS 秒后退出。</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>秒数</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>Usage: mqttscope-cli simulate [options] [--rooms N] [--rate MSG_PER_S] [-C COUNT | --duration SECONDS]</source>
        <translation>用法：mqttscope-cli simulate [选项] [--rooms N] [--rate MSG_PER_S] [-C COUNT | --duration SECONDS]</translation>
    </message>
    <message>
        <source>invalid number of rooms &apos;%1&apos;: expected 1 to 1000</source>
        <translation>无效的房间数“%1”：应为 1 到 1000</translation>
    </message>
    <message>
        <source>invalid rate &apos;%1&apos;: expected messages per second, more than 0 and at most 1000000</source>
        <translation>无效的速率“%1”：应为每秒消息数，大于 0 且不超过 1000000</translation>
    </message>
    <message>
        <source>invalid QoS &apos;%1&apos;: expected 0, 1 or 2</source>
        <translation>无效的 QoS“%1”：应为 0、1 或 2</translation>
    </message>
    <message>
        <source>invalid count &apos;%1&apos;</source>
        <translation>无效的数量“%1”</translation>
    </message>
    <message>
        <source>invalid duration &apos;%1&apos;: expected whole seconds</source>
        <translation>无效的时长“%1”：应为整数秒</translation>
    </message>
    <message numerus="yes">
        <source>Publishing a simulated home with %n room(s) to %1. Press Ctrl+C to stop.</source>
        <translation>
            <numerusform>正在向 %1 发布一个有 %n 个房间的模拟家居。按 Ctrl+C 停止。</numerusform>
        </translation>
    </message>
    <message>
        <source>The doorbell is online.</source>
        <translation>门铃已上线。</translation>
    </message>
    <message>
        <source>The doorbell dropped off (the broker publishes its Last Will).</source>
        <translation>门铃已掉线（代理发布其遗嘱消息）。</translation>
    </message>
    <message>
        <source>Simulating to %1 failed: %2</source>
        <translation>向 %1 模拟发布失败：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) published.</source>
        <translation>
            <numerusform>已发布 %n 条消息。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sparkline</name>
    <message>
        <source>No numeric values in this topic&apos;s history</source>
        <translation>此主题的历史记录中没有数值</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n value(s) from the history</source>
        <translation>
            <numerusform>%1：来自历史记录的 %n 个值</numerusform>
        </translation>
    </message>
    <message>
        <source>no numeric history</source>
        <translation>无数值历史</translation>
    </message>
</context>
<context>
    <name>SubCommand</name>
    <message>
        <source>Subscribe to topic filters and print each message.</source>
        <translation>订阅主题过滤器并打印每条消息。</translation>
    </message>
    <message>
        <source>Topic filter to subscribe to (repeatable; + and # wildcards).</source>
        <translation>要订阅的主题过滤器（可重复；支持 + 和 # 通配符）。</translation>
    </message>
    <message>
        <source>FILTER</source>
        <translation>过滤器</translation>
    </message>
    <message>
        <source>Maximum QoS of the subscriptions (default: 0).</source>
        <translation>订阅的最大 QoS（默认：0）。</translation>
    </message>
    <message>
        <source>QOS</source>
        <translation>QOS</translation>
    </message>
    <message>
        <source>Exit after COUNT messages.</source>
        <translation>收到 COUNT 条消息后退出。</translation>
    </message>
    <message>
        <source>COUNT</source>
        <translation>COUNT</translation>
    </message>
    <message>
        <source>Exit after SECONDS (an error when -C messages have not arrived by then).</source>
        <translation>SECONDS 秒后退出（若届时未收到 -C 条消息则视为错误）。</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>Print &quot;topic payload&quot; instead of the payload alone.</source>
        <translation>打印“主题 负载”，而不只是负载。</translation>
    </message>
    <message>
        <source>Print one JSON object per message: topic, qos, retain, payload and the MQTT 5 properties.</source>
        <translation>每条消息打印一个 JSON 对象：主题、QoS、保留标志、负载及 MQTT 5 属性。</translation>
    </message>
    <message>
        <source>Do not print retained messages the broker sends when subscribing.</source>
        <translation>不打印订阅时代理发送的保留消息。</translation>
    </message>
    <message>
        <source>MQTT 5 subscription identifier (1 to 268435455).</source>
        <translation>MQTT 5 订阅标识符（1 到 268435455）。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>MQTT 5: do not receive messages published with this client id.</source>
        <translation>MQTT 5：不接收以本客户端标识符发布的消息。</translation>
    </message>
    <message>
        <source>MQTT 5: keep the retain flag as the publisher set it.</source>
        <translation>MQTT 5：保持发布者设置的保留标志。</translation>
    </message>
    <message>
        <source>MQTT 5: 0 send retained messages, 1 only for new subscriptions, 2 never.</source>
        <translation>MQTT 5：0 发送保留消息，1 仅对新订阅发送，2 从不发送。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>Usage: mqttscope-cli sub [options] -t FILTER [-t FILTER ...]</source>
        <translation>用法：mqttscope-cli sub [选项] -t 过滤器 [-t 过滤器 ...]</translation>
    </message>
    <message>
        <source>give at least one topic filter with -t</source>
        <translation>请用 -t 指定至少一个主题过滤器</translation>
    </message>
    <message>
        <source>invalid QoS &apos;%1&apos;: expected 0, 1 or 2</source>
        <translation>无效的 QoS“%1”：应为 0、1 或 2</translation>
    </message>
    <message>
        <source>--no-local, --retain-as-published, --retain-handling and --subscription-id need MQTT 5 (-V 5)</source>
        <translation>--no-local、--retain-as-published、--retain-handling 和 --subscription-id 需要 MQTT 5（-V 5）</translation>
    </message>
    <message>
        <source>invalid retain handling &apos;%1&apos;: expected 0, 1 or 2</source>
        <translation>无效的保留处理方式“%1”：应为 0、1 或 2</translation>
    </message>
    <message>
        <source>invalid subscription identifier &apos;%1&apos;</source>
        <translation>无效的订阅标识符“%1”</translation>
    </message>
    <message>
        <source>a topic filter must not be empty</source>
        <translation>主题过滤器不能为空</translation>
    </message>
    <message>
        <source>invalid count &apos;%1&apos;: expected a positive number</source>
        <translation>无效的数量“%1”：应为正数</translation>
    </message>
    <message>
        <source>invalid timeout &apos;%1&apos;: expected seconds</source>
        <translation>无效的超时“%1”：应为秒数</translation>
    </message>
    <message>
        <source>--json and -v cannot be combined</source>
        <translation>--json 和 -v 不能同时使用</translation>
    </message>
    <message>
        <source>Timed out after %1 s with %2 of %3 messages.</source>
        <translation>%1 秒后超时，已收到 %2 / %3 条消息。</translation>
    </message>
    <message>
        <source>The subscription could not be sent.</source>
        <translation>无法发送订阅请求。</translation>
    </message>
    <message>
        <source>The broker refused the subscription to &apos;%1&apos;: %2</source>
        <translation>代理拒绝了对“%1”的订阅：%2</translation>
    </message>
    <message>
        <source>Subscribed to &apos;%1&apos; (granted QoS %2).</source>
        <translation>已订阅“%1”（授予的 QoS 为 %2）。</translation>
    </message>
    <message>
        <source>invalid topic filter &apos;%1&apos;: %2</source>
        <translation>无效的主题过滤器“%1”：%2</translation>
    </message>
    <message>
        <source>the profile subscribes to nothing: give a topic filter with -t</source>
        <translation>该配置没有任何订阅：请用 -t 指定主题过滤器</translation>
    </message>
    <message>
        <source>cannot subscribe to &apos;%1&apos;: %2</source>
        <translation>无法订阅“%1”：%2</translation>
    </message>
</context>
<context>
    <name>SubscriptionsPage</name>
    <message>
        <source>Topic filter</source>
        <translation>主题过滤器</translation>
    </message>
    <message>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <source>No local</source>
        <translation>不接收自己的消息</translation>
    </message>
    <message>
        <source>Retain as published</source>
        <translation>保持发布时的保留标志</translation>
    </message>
    <message>
        <source>Retain handling</source>
        <translation>保留消息处理</translation>
    </message>
    <message>
        <source>Subscription id</source>
        <translation>订阅标识符</translation>
    </message>
    <message>
        <source>MQTT 5: do not send us our own messages back</source>
        <translation>MQTT 5：不要把我们自己发布的消息发回给我们</translation>
    </message>
    <message>
        <source>MQTT 5: keep the retain flag as the publisher set it</source>
        <translation>MQTT 5：保持发布者设置的保留标志</translation>
    </message>
    <message>
        <source>MQTT 5: when the broker sends retained messages</source>
        <translation>MQTT 5：代理何时发送保留消息</translation>
    </message>
    <message>
        <source>MQTT 5: a number (1 to 268,435,455) the broker attaches to messages for this filter; empty: none</source>
        <translation>MQTT 5：代理附加到此过滤器消息上的编号（1 到 268,435,455）；留空：无</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Add a topic filter</source>
        <translation>添加主题过滤器</translation>
    </message>
    <message>
        <source>Add $&amp;SYS/#</source>
        <translation>添加 $SYS/#(&amp;S)</translation>
    </message>
    <message>
        <source>Also subscribe to the broker&apos;s own statistics ($SYS/#)</source>
        <translation>同时订阅代理自身的统计信息（$SYS/#）</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected filter</source>
        <translation>移除所选过滤器</translation>
    </message>
    <message>
        <source>Subscribed to when the connection is made. &quot;#&quot; receives every topic; topics starting with &quot;$&quot; need a filter of their own.</source>
        <translation>建立连接时订阅。“#”接收所有主题；以“$”开头的主题需要单独的过滤器。</translation>
    </message>
    <message>
        <source>On subscribe</source>
        <translation>订阅时发送</translation>
    </message>
    <message>
        <source>Only if new</source>
        <translation>仅新订阅时发送</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不发送</translation>
    </message>
    <message>
        <source>Row %1: &quot;%2&quot; is not a valid topic filter: %3</source>
        <translation>第 %1 行：“%2”不是有效的主题过滤器：%3</translation>
    </message>
    <message>
        <source>Row %1: shared subscriptions ($share/...) need MQTT 5</source>
        <translation>第 %1 行：共享订阅（$share/...）需要 MQTT 5</translation>
    </message>
    <message>
        <source>Row %1: the subscription id must be a number from 1 to 268,435,455</source>
        <translation>第 %1 行：订阅标识符必须是 1 到 268,435,455 之间的数字</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>订阅</translation>
    </message>
</context>
<context>
    <name>TestResultPanel</name>
    <message>
        <source>Show the &amp;certificate</source>
        <translation>显示证书(&amp;C)</translation>
    </message>
    <message>
        <source>Show the certificate the broker presented on the TLS page, where you can trust it</source>
        <translation>在 TLS 页显示代理出示的证书，可在那里信任它</translation>
    </message>
    <message>
        <source>The broker answered</source>
        <translation>代理的应答</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Test connection connects once with these settings, shows what the broker answered and disconnects.</source>
        <translation>“测试连接”会用这些设置连接一次，显示代理的应答，然后断开。</translation>
    </message>
</context>
<context>
    <name>TileDialog</name>
    <message>
        <source>Tile</source>
        <translation>磁贴</translation>
    </message>
    <message>
        <source>Number with trend</source>
        <translation>带趋势的数字</translation>
    </message>
    <message>
        <source>Gauge</source>
        <translation>仪表</translation>
    </message>
    <message>
        <source>On/off lamp</source>
        <translation>开关指示灯</translation>
    </message>
    <message>
        <source>Text of the latest message</source>
        <translation>最新消息的文本</translation>
    </message>
    <message>
        <source>home/livingroom/sensor</source>
        <translation>home/livingroom/sensor</translation>
    </message>
    <message>
        <source>A topic; a filter with + or # shows whichever matching topic spoke last</source>
        <translation>主题；带 + 或 # 的过滤器显示最近发布的匹配主题</translation>
    </message>
    <message>
        <source>temperature</source>
        <translation>temperature</translation>
    </message>
    <message>
        <source>The JSON field; empty for a plain payload</source>
        <translation>JSON 字段；纯负载留空</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>At or above this the tile turns amber/red; with amber above red, at or below (a battery running low)</source>
        <translation>达到或超过此值时磁贴变为琥珀色/红色；若琥珀阈值高于红色阈值，则为达到或低于此值（如电池电量低）</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>标题(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>JSON &amp;field:</source>
        <translation>JSON 字段(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Decimals:</source>
        <translation>小数位数(&amp;D)：</translation>
    </message>
    <message>
        <source>Gauge mi&amp;nimum:</source>
        <translation>仪表最小值(&amp;N)：</translation>
    </message>
    <message>
        <source>Gauge ma&amp;ximum:</source>
        <translation>仪表最大值(&amp;X)：</translation>
    </message>
    <message>
        <source>&amp;Amber at:</source>
        <translation>琥珀色阈值(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Red at:</source>
        <translation>红色阈值(&amp;R)：</translation>
    </message>
    <message>
        <source>A threshold must be a number, or empty for none.</source>
        <translation>阈值必须是数字，留空表示无。</translation>
    </message>
    <message>
        <source>The gauge maximum must be above its minimum.</source>
        <translation>仪表最大值必须大于最小值。</translation>
    </message>
</context>
<context>
    <name>TlsPage</name>
    <message>
        <source>Use &amp;TLS (mqtts:// or wss://)</source>
        <translation>使用 TLS(&amp;T)（mqtts:// 或 wss://）</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der)</source>
        <translation>证书 (*.pem *.crt *.cer *.der)</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>信任</translation>
    </message>
    <message>
        <source>The system&apos;s certificate authorities</source>
        <translation>系统的证书颁发机构</translation>
    </message>
    <message>
        <source>Only the CA certificates in this file:</source>
        <translation>仅此文件中的 CA 证书：</translation>
    </message>
    <message>
        <source>Client certificate (mutual TLS)</source>
        <translation>客户端证书（双向 TLS）</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Certificate and key files</source>
        <translation>证书和私钥文件</translation>
    </message>
    <message>
        <source>PKCS#12 bundle (.p12, .pfx)</source>
        <translation>PKCS#12 证书包（.p12、.pfx）</translation>
    </message>
    <message>
        <source>Private keys (*.key *.pem *.der)</source>
        <translation>私钥 (*.key *.pem *.der)</translation>
    </message>
    <message>
        <source>only for an encrypted key</source>
        <translation>仅用于已加密的私钥</translation>
    </message>
    <message>
        <source>PKCS#12 bundles (*.p12 *.pfx)</source>
        <translation>PKCS#12 证书包 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>证书：</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>私钥：</translation>
    </message>
    <message>
        <source>Key passphrase:</source>
        <translation>私钥口令：</translation>
    </message>
    <message>
        <source>PKCS#12 file:</source>
        <translation>PKCS#12 文件：</translation>
    </message>
    <message>
        <source>PKCS#12 password:</source>
        <translation>PKCS#12 密码：</translation>
    </message>
    <message>
        <source>TLS 1.2</source>
        <translation>TLS 1.2</translation>
    </message>
    <message>
        <source>TLS 1.3</source>
        <translation>TLS 1.3</translation>
    </message>
    <message>
        <source>the URL&apos;s host</source>
        <translation>URL 中的主机</translation>
    </message>
    <message>
        <source>The name sent as SNI and checked against the certificate, when it differs from the host you connect to (e.g. connecting by IP address)</source>
        <translation>作为 SNI 发送并用于核对证书的名称，用于它与所连接主机不同的情况（例如按 IP 地址连接）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Application protocols offered in the TLS handshake, separated by commas</source>
        <translation>在 TLS 握手中提供的应用层协议，以逗号分隔</translation>
    </message>
    <message>
        <source>AWS IoT Core</source>
        <translation>AWS IoT Core</translation>
    </message>
    <message>
        <source>Offer &quot;%1&quot;: AWS IoT Core&apos;s MQTT with a client certificate on port 443</source>
        <translation>提供“%1”：AWS IoT Core 在 443 端口上使用客户端证书的 MQTT</translation>
    </message>
    <message>
        <source>&amp;Verify the server&apos;s certificate</source>
        <translation>验证服务器的证书(&amp;V)</translation>
    </message>
    <message>
        <source>Not verifying the certificate means anyone between you and the broker can read and change everything, passwords included. Prefer trusting the one certificate (below, after a failed test).</source>
        <translation>不验证证书意味着你与代理之间的任何人都能读取和篡改所有内容，包括密码。更好的做法是只信任那一个证书（测试失败后在下方操作）。</translation>
    </message>
    <message>
        <source>Minimum version:</source>
        <translation>最低版本：</translation>
    </message>
    <message>
        <source>Server name (SNI):</source>
        <translation>服务器名称（SNI）：</translation>
    </message>
    <message>
        <source>ALPN:</source>
        <translation>ALPN：</translation>
    </message>
    <message>
        <source>Choose the CA file</source>
        <translation>请选择 CA 文件</translation>
    </message>
    <message>
        <source>Choose the client certificate file</source>
        <translation>请选择客户端证书文件</translation>
    </message>
    <message>
        <source>Choose the client key file</source>
        <translation>请选择客户端私钥文件</translation>
    </message>
    <message>
        <source>Choose the PKCS#12 file</source>
        <translation>请选择 PKCS#12 文件</translation>
    </message>
    <message>
        <source>An ALPN protocol name has at most 255 bytes</source>
        <translation>ALPN 协议名最多 255 字节</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
</context>
<context>
    <name>TopicFilterModel</name>
    <message>
        <source>Not a valid MQTT topic filter: %1</source>
        <translation>不是有效的 MQTT 主题过滤器：%1</translation>
    </message>
</context>
<context>
    <name>TopicHistoryModel</name>
    <message>
        <source>retained</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <source>Retain</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>负载</translation>
    </message>
</context>
<context>
    <name>TopicTreeDelegate</name>
    <message>
        <source>now</source>
        <comment>last update less than a second ago</comment>
        <translation>刚刚</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>seconds ago</comment>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>minutes ago</comment>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <comment>hours ago</comment>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 d</source>
        <comment>days ago</comment>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>R</source>
        <comment>badge on retained topics</comment>
        <translation>留</translation>
    </message>
</context>
<context>
    <name>TopicTreeModel</name>
    <message>
        <source>(empty)</source>
        <comment>an empty topic level, as in a//b</comment>
        <translation>（空）</translation>
    </message>
    <message>
        <source>retained</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息数</translation>
    </message>
    <message>
        <source>Total</source>
        <comment>messages on a topic and all its subtopics</comment>
        <translation>总计</translation>
    </message>
    <message>
        <source>Subtopics</source>
        <translation>子主题</translation>
    </message>
    <message>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <source>Retained</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>最后一条消息</translation>
    </message>
    <message>
        <source>Rate (msg/s)</source>
        <translation>速率（条/秒）</translation>
    </message>
    <message>
        <source>Size</source>
        <comment>of the last payload, in bytes</comment>
        <translation>大小</translation>
    </message>
</context>
<context>
    <name>TopicTreeView</name>
    <message>
        <source>Find Topic</source>
        <translation>查找主题</translation>
    </message>
    <message>
        <source>Search: text, or a filter such as home/+/temperature</source>
        <translation>搜索：文本，或如 home/+/temperature 的过滤器</translation>
    </message>
    <message>
        <source>Shows topics whose name contains the text (any case), or that match an MQTT topic filter with + and # wildcards. Ctrl+F</source>
        <translation>显示名称包含该文本（不区分大小写）或匹配带 + 和 # 通配符的 MQTT 主题过滤器的主题。Ctrl+F</translation>
    </message>
    <message>
        <source>Payloads</source>
        <translation>负载</translation>
    </message>
    <message>
        <source>Also search the last payload of each topic</source>
        <translation>同时搜索每个主题的最新负载</translation>
    </message>
    <message>
        <source>Search the topic tree</source>
        <translation>搜索主题树</translation>
    </message>
    <message>
        <source>Subscribed.</source>
        <translation>已订阅。</translation>
    </message>
    <message>
        <source>The broker refused the subscription: %1</source>
        <translation>代理拒绝了订阅：%1</translation>
    </message>
    <message>
        <source>Unsubscribed.</source>
        <translation>已取消订阅。</translation>
    </message>
    <message>
        <source>The broker refused to unsubscribe: %1</source>
        <translation>代理拒绝取消订阅：%1</translation>
    </message>
    <message>
        <source>No topic matches.</source>
        <translation>没有匹配的主题。</translation>
    </message>
    <message>
        <source>Cannot subscribe to %1: %2</source>
        <translation>无法订阅 %1：%2</translation>
    </message>
    <message>
        <source>Subscribing to %1…</source>
        <translation>正在订阅 %1…</translation>
    </message>
    <message>
        <source>Copy Topic</source>
        <translation>复制主题</translation>
    </message>
    <message>
        <source>Copy Payload</source>
        <translation>复制负载</translation>
    </message>
    <message>
        <source>This level has no message of its own</source>
        <translation>此层级没有自己的消息</translation>
    </message>
    <message>
        <source>Subscribe to %1/#</source>
        <translation>订阅 %1/#</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>取消订阅</translation>
    </message>
    <message>
        <source>Cannot unsubscribe from %1: %2</source>
        <translation>无法取消订阅 %1：%2</translation>
    </message>
    <message>
        <source>No subscription of this session covers this topic</source>
        <translation>此会话没有覆盖此主题的订阅</translation>
    </message>
    <message>
        <source>Publish to This Topic…</source>
        <translation>发布到此主题…</translation>
    </message>
    <message>
        <source>Plot</source>
        <translation>绘图</translation>
    </message>
    <message>
        <source>The last payload has no numbers to plot</source>
        <translation>最新负载中没有可绘制的数字</translation>
    </message>
    <message>
        <source>Clear Retained Message</source>
        <translation>清除保留消息</translation>
    </message>
    <message>
        <source>The broker holds no retained message for this topic</source>
        <translation>代理没有保存此主题的保留消息</translation>
    </message>
    <message>
        <source>Forget This Subtree</source>
        <translation>忘记此子树</translation>
    </message>
    <message>
        <source>Removes the topic and everything below it from the view until new messages arrive</source>
        <translation>从视图中移除该主题及其下所有内容，直到有新消息到达</translation>
    </message>
</context>
<context>
    <name>TrafficModel</name>
    <message>
        <source>%1/s</source>
        <comment>bytes per second</comment>
        <translation>%1/秒</translation>
    </message>
    <message>
        <source>%1: %2 msg/s, %3 of all messages</source>
        <translation>%1：%2 条/秒，占全部消息的 %3</translation>
    </message>
    <message>
        <source>Subtree</source>
        <translation>子树</translation>
    </message>
    <message>
        <source>msg/s</source>
        <translation>条/秒</translation>
    </message>
    <message>
        <source>Bytes/s</source>
        <translation>字节/秒</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
</context>
<context>
    <name>TrafficStatus</name>
    <message>
        <source>Messages received per second</source>
        <translation>每秒接收的消息数</translation>
    </message>
    <message>
        <source>Messages published per second</source>
        <translation>每秒发布的消息数</translation>
    </message>
    <message>
        <source>Topics seen since connecting</source>
        <translation>连接以来出现的主题数</translation>
    </message>
    <message>
        <source>Messages in the message log (the limit is in Preferences)</source>
        <translation>消息日志中的消息数（上限在首选项中设置）</translation>
    </message>
    <message>
        <source>Topic and payload bytes received since connecting</source>
        <translation>连接以来接收的主题和负载字节数</translation>
    </message>
    <message>
        <source>Messages left out because the window could not keep up, or evicted by the history limits</source>
        <translation>因窗口处理不及而略去或因历史上限被移除的消息数</translation>
    </message>
    <message>
        <source>In: %1/s</source>
        <translation>接收：%1/秒</translation>
    </message>
    <message>
        <source>Out: %1/s</source>
        <translation>发送：%1/秒</translation>
    </message>
    <message>
        <source>Topics: %1</source>
        <translation>主题：%1</translation>
    </message>
    <message>
        <source>Held: %1</source>
        <translation>保留：%1</translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation>已接收：%1</translation>
    </message>
    <message>
        <source>Dropped: %1</source>
        <translation>已丢弃：%1</translation>
    </message>
</context>
<context>
    <name>TrafficView</name>
    <message>
        <source>Last 10 s</source>
        <translation>最近 10 秒</translation>
    </message>
    <message>
        <source>Last minute</source>
        <translation>最近一分钟</translation>
    </message>
    <message>
        <source>Rates are averaged over this time</source>
        <translation>速率按此时间段平均</translation>
    </message>
    <message numerus="yes">
        <source>%n level(s)</source>
        <translation>
            <numerusform>%n 层</numerusform>
        </translation>
    </message>
    <message>
        <source>How deep in the topic tree subtrees are ranked</source>
        <translation>在主题树中对多深的子树进行排名</translation>
    </message>
    <message>
        <source>Busiest subtrees:</source>
        <translation>最繁忙的子树：</translation>
    </message>
    <message>
        <source>Click a subtree to select it in the topic tree</source>
        <translation>单击子树以在主题树中选中它</translation>
    </message>
</context>
<context>
    <name>UserPropertiesTable</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Add a user property</source>
        <translation>添加用户属性</translation>
    </message>
    <message>
        <source>Remove the selected user property</source>
        <translation>移除所选用户属性</translation>
    </message>
</context>
<context>
    <name>ValueTile</name>
    <message>
        <source>No message yet</source>
        <translation>尚无消息</translation>
    </message>
    <message>
        <source>No value yet</source>
        <translation>尚无数值</translation>
    </message>
    <message>
        <source>On</source>
        <translation>开</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>MqttScope: explore MQTT brokers.</source>
        <translation>MqttScope：浏览 MQTT 代理。</translation>
    </message>
    <message>
        <source>Connect with the saved profile NAME at start.</source>
        <translation>启动时使用已保存的配置 NAME 连接。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Open the Local demo: a private broker with simulated sensors.</source>
        <translation>打开本地演示：带模拟传感器的私有代理。</translation>
    </message>
    <message>
        <source>Language of the window: en or zh_CN (default: the preference, else the system&apos;s).</source>
        <translation>窗口语言：en 或 zh_CN（默认：首选项中的设置，否则为系统语言）。</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Write a PNG of the main window to FILE after a delay, then quit.</source>
        <translation>延迟后将主窗口截图保存为 PNG 文件 FILE，然后退出。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Milliseconds to wait before --screenshot (default: 4000).</source>
        <translation>--screenshot 之前等待的毫秒数（默认：4000）。</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>invalid --screenshot-delay &apos;%1&apos;: expected milliseconds from 0 to 600000</source>
        <translation>无效的 --screenshot-delay &apos;%1&apos;：应为 0 到 600000 之间的毫秒数</translation>
    </message>
    <message>
        <source>give only one of --profile, --url and --demo</source>
        <translation>--profile、--url 和 --demo 只能给出其中一个</translation>
    </message>
    <message>
        <source>cannot write the screenshot to %1</source>
        <translation>无法将截图写入 %1</translation>
    </message>
    <message>
        <source>there is no profile named &apos;%1&apos;</source>
        <translation>没有名为“%1”的配置</translation>
    </message>
</context>
</TS>
