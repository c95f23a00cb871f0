// mqttscope-guibench: the real main window, every view showing, ingesting a stream.
//
// Builds MainWindow (offscreen unless QT_QPA_PLATFORM says otherwise, in a private settings
// directory), connects it like --url does, and while COUNT messages pour in keeps the topic
// tree expanded three levels, the inspector on the busiest topic, the message log following
// the newest row and the traffic view open beside it. Measures what a user would feel:
// messages per second from the first message received to the last one applied, the GUI
// thread's longest stall (a 10 ms heartbeat, from connecting on: the window has painted its
// first frame before), how long a click posted to the topic tree waits
// before the tree gets it, the GUI thread's CPU time and peak RSS. Prints one RESULT line in
// the format of `mqttscope-cli bench ingest` (bench/compare.sh reads it).

#include "brokersession.h"
#include "connectionarguments.h"
#include "ingestpipeline.h"
#include "mainwindow.h"
#include "stallmonitor.h"
#include "timedapplication.h"
#include "topicnode.h"
#include "topictreemodel.h"
#include "topictreeview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QMouseEvent>
#include <QPointer>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <atomic>
#include <cstdio>

#include <sys/resource.h>

namespace {

double peakRssMb()
{
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) != 0)
        return 0;
    return double(usage.ru_maxrss) / 1024.0;
}

// CPU time of the calling process's main thread in ms (/proc/self/task/PID/schedstat).
double mainThreadCpuMs()
{
    QFile schedstat(QStringLiteral("/proc/self/task/%1/schedstat").arg(QCoreApplication::applicationPid()));
    if (!schedstat.open(QIODevice::ReadOnly))
        return 0;
    return schedstat.readAll().split(' ').value(0).toDouble() / 1e6;
}

// The topic with the most messages (depth-first over the model's nodes).
const TopicNode *busiest(const TopicNode *node, const TopicNode *best = nullptr)
{
    for (const auto &child : node->children) {
        if (child->hasValue && (!best || child->messageCount > best->messageCount))
            best = child.get();
        best = busiest(child.get(), best);
    }
    return best;
}

void printErr(const QString &line)
{
    std::fprintf(stderr, "%s\n", qUtf8Printable(line));
}

// Times how long a posted mouse press waits before the widget receives it.
class ClickProbe : public QObject
{
public:
    explicit ClickProbe(QWidget *target) : m_target(target)
    {
        target->installEventFilter(this);
        m_clock.start();
    }

    void click()
    {
        if (!m_target || m_postedNs >= 0)
            return; // the previous click has not arrived yet: it is still being timed
        const QPointF at(m_target->width() / 2.0, 8);
        m_postedNs = m_clock.nsecsElapsed();
        QCoreApplication::postEvent(m_target, new QMouseEvent(QEvent::MouseButtonPress, at, m_target->mapToGlobal(at),
                                                              Qt::LeftButton, Qt::LeftButton, Qt::NoModifier));
        QCoreApplication::postEvent(m_target, new QMouseEvent(QEvent::MouseButtonRelease, at, m_target->mapToGlobal(at),
                                                              Qt::LeftButton, Qt::NoButton, Qt::NoModifier));
    }

    double longestMs() const { return double(m_longestNs) / 1e6; }
    int clicks() const { return m_clicks; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_target && event->type() == QEvent::MouseButtonPress && m_postedNs >= 0) {
            m_longestNs = qMax(m_longestNs, m_clock.nsecsElapsed() - m_postedNs);
            m_postedNs = -1;
            ++m_clicks;
        }
        return false;
    }

private:
    QPointer<QWidget> m_target;
    QElapsedTimer m_clock;
    qint64 m_postedNs = -1;
    qint64 m_longestNs = 0;
    int m_clicks = 0;
};

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // A private settings and profiles directory: the benchmark never touches the user's.
    QTemporaryDir home;
    if (!home.isValid()) {
        printErr(QStringLiteral("mqttscope-guibench: cannot create a temporary directory"));
        return 1;
    }
    qputenv("XDG_CONFIG_HOME", QDir(home.path()).filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", QDir(home.path()).filePath(QStringLiteral("data")).toUtf8());
    // No keyring in a benchmark (a URL connection needs none).
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/mqttscope-guibench");

    TimedApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("MqttScope"));
    QApplication::setOrganizationName(QStringLiteral("MqttScope"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Ingests COUNT messages into MqttScope's real main window with every view showing and prints "
        "messages per second, the GUI thread's longest stall, the longest wait of a click and peak memory."));
    ConnectionArguments connection;
    const QCommandLineOption count({QStringLiteral("C"), QStringLiteral("count")},
                                   QStringLiteral("Messages to receive and apply (default: 1000000)."),
                                   QStringLiteral("COUNT"), QStringLiteral("1000000"));
    const QCommandLineOption timeout({QStringLiteral("W"), QStringLiteral("timeout")},
                                     QStringLiteral("Give up after SECONDS (default: 180)."), QStringLiteral("SECONDS"),
                                     QStringLiteral("180"));
    const QCommandLineOption topic({QStringLiteral("t"), QStringLiteral("topic")},
                                   QStringLiteral("Topic filter to subscribe to (default: #)."), QStringLiteral("FILTER"),
                                   QStringLiteral("#"));
    const QCommandLineOption slowEvents(QStringLiteral("slow-events"),
                                        QStringLiteral("List the slowest events the GUI thread handled (diagnosis)."));
    const QCommandLineOption help(QStringLiteral("help"), QStringLiteral("Show this help.")); // -h is the host
    parser.addOptions({count, timeout, topic, slowEvents, help});
    connection.addTo(parser);
    if (!parser.parse(QCoreApplication::arguments())) {
        printErr(QStringLiteral("mqttscope-guibench: %1").arg(parser.errorText()));
        return 2;
    }
    if (parser.isSet(help)) {
        std::fputs(qUtf8Printable(parser.helpText()), stdout);
        return 0;
    }

    ConnectionSettings settings;
    QString error;
    if (!connection.read(parser, &settings, &error)) {
        printErr(QStringLiteral("mqttscope-guibench: %1").arg(error));
        return 2;
    }
    bool ok = false;
    const qint64 total = parser.value(count).toLongLong(&ok);
    const int timeoutSeconds = parser.value(timeout).toInt(&ok) > 0 ? parser.value(timeout).toInt() : 180;
    if (!ok || total <= 0) {
        printErr(QStringLiteral("mqttscope-guibench: invalid count '%1'").arg(parser.value(count)));
        return 2;
    }

    MainWindow window;
    window.resize(1600, 1000);
    // The traffic view beside the log rather than behind it, so both repaint.
    QDockWidget *logDock = window.panel(QStringLiteral("logDock"));
    QDockWidget *trafficDock = window.panel(QStringLiteral("trafficDock"));
    if (logDock && trafficDock)
        window.splitDockWidget(logDock, trafficDock, Qt::Horizontal);
    window.show();
    // The window is on screen before anyone connects: its first paint (50-90 ms, glyph caches
    // and the layout of every dock) happens here, not in the middle of the stream, where the
    // stall monitor would count it.
    {
        QEventLoop settle;
        QTimer::singleShot(500, &settle, &QEventLoop::quit);
        settle.exec();
    }

    auto *topics = window.panel(QStringLiteral("topicsDock"))->findChild<TopicTreeView *>();
    if (!topics) {
        printErr(QStringLiteral("mqttscope-guibench: the window has no topic tree"));
        return 1;
    }
    BrokerSession *session = window.session();
    IngestPipeline *pipeline = session->pipeline();

    QElapsedTimer clock;
    clock.start();
    std::atomic<qint64> firstNs{-1};
    session->setReadBufferSize(256 * 1024); // as `bench ingest`: the backlog stays in the kernel
    session->setReceiveObserver([&](const QList<Mqtt::Message> &) {
        qint64 unset = -1;
        firstNs.compare_exchange_strong(unset, clock.nsecsElapsed(), std::memory_order_relaxed);
    });

    StallMonitor stalls(10);
    ClickProbe probe(topics->treeView()->viewport());
    qint64 endNs = -1;
    double guiCpuMs = 0;
    QString failure;
    QString inspected;

    QTimer check;
    check.setInterval(100);
    QTimer clicker;
    clicker.setInterval(250);
    QTimer views;
    views.setInterval(1000);
    QTimer deadline;
    deadline.setSingleShot(true);
    auto stop = [&] {
        check.stop();
        clicker.stop();
        views.stop();
        deadline.stop();
        app.quit();
    };
    // Dropped messages will never be applied: the run ends when every message was either.
    auto finished = [&] {
        const IngestPipeline::Stats stats = pipeline->stats();
        if (endNs < 0 && qint64(stats.applied + stats.dropped) >= total) {
            endNs = clock.nsecsElapsed();
            guiCpuMs = mainThreadCpuMs();
            stop();
        }
    };
    QObject::connect(&check, &QTimer::timeout, finished);
    QObject::connect(pipeline, &IngestPipeline::batchApplied, &check, finished);
    QObject::connect(&clicker, &QTimer::timeout, [&] { probe.click(); });
    // Three levels open, and the inspector (and the selection) on the busiest topic.
    QObject::connect(&views, &QTimer::timeout, [&] {
        topics->treeView()->expandToDepth(2);
        if (const TopicNode *node = busiest(pipeline->topicTree()->rootNode())) {
            const QString name = node->topic();
            if (name != inspected && topics->selectTopic(name))
                inspected = name;
        }
    });
    QObject::connect(&deadline, &QTimer::timeout, [&] {
        const IngestPipeline::Stats stats = pipeline->stats();
        failure = QStringLiteral("Timed out after %1 s with %2 of %3 messages applied.")
                      .arg(timeoutSeconds)
                      .arg(stats.applied)
                      .arg(total);
        stop();
    });
    QObject::connect(session, &BrokerSession::stateChanged, [&](BrokerSession::State state) {
        if (state == BrokerSession::State::Disconnected && endNs < 0 && failure.isEmpty()) {
            failure = session->lastError();
            stop();
        }
    });

    Mqtt::Subscription subscription;
    subscription.filter = parser.value(topic);
    if (!window.connectTo(settings.endpoint(), settings, {subscription})) {
        printErr(QStringLiteral("mqttscope-guibench: cannot connect to %1").arg(settings.endpoint()));
        return 1;
    }
    app.timing = parser.isSet(slowEvents);
    app.clock = &clock;
    stalls.start();
    check.start();
    clicker.start();
    views.start();
    deadline.start(timeoutSeconds * 1000);
    app.exec();
    stalls.stop();
    pipeline->cancelWaits();

    if (!failure.isEmpty()) {
        printErr(QStringLiteral("mqttscope-guibench: %1").arg(failure));
        return 1;
    }
    const IngestPipeline::Stats stats = pipeline->stats();
    const qint64 first = firstNs.load();
    const double seconds = first >= 0 && endNs > first ? double(endNs - first) / 1e9 : 0;
    const double rate = seconds > 0 ? double(qMin<qint64>(qint64(stats.applied), total)) / seconds : 0;
    const double stallMs = double(stalls.longestStallNs()) / 1e6;
    if (app.timing)
        std::printf("first message at %.0f ms, last applied at %.0f ms\n", double(first) / 1e6, double(endNs) / 1e6);
    std::printf("messages: %lld applied, %llu dropped, in %.2f s: %.0f msg/s\n", qlonglong(stats.applied),
                qulonglong(stats.dropped), seconds, rate);
    std::printf("GUI thread: longest stall %.1f ms, CPU %.0f ms; longest wait of a click %.1f ms (%d clicks)\n", stallMs,
                guiCpuMs, probe.longestMs(), probe.clicks());
    std::printf("peak RSS %.1f MiB; %d topics; inspector on %s\n", peakRssMb(),
                pipeline->topicTree()->nodeCount(), qUtf8Printable(inspected));
    printSlowEvents(app);
    std::printf("RESULT rate=%.0f rss_mb=%.1f stall_ms=%.1f dropped=%llu click_ms=%.1f gui_cpu_ms=%.0f\n", rate,
                peakRssMb(), stallMs, qulonglong(stats.dropped), probe.longestMs(), guiCpuMs);
    return 0;
}
