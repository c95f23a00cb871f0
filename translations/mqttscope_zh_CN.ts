<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <translation>应为 &quot;5&quot; 或 &quot;3.1.1&quot;</translation>
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
    <name>MainWindow</name>
    <message>
        <source>MqttScope</source>
        <translation>MqttScope</translation>
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
        <translation>选择一个主题以查看其消息。</translation>
    </message>
    <message>
        <source>Show or hide the %1 panel</source>
        <translation>显示或隐藏“%1”面板</translation>
    </message>
    <message>
        <source>Cannot connect with %1: %2</source>
        <translation>无法使用 %1 连接：%2</translation>
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
        <source>no profile with the id %1</source>
        <translation>没有标识为 %1 的配置</translation>
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
</context>
</TS>
