#include "ingestbenchmark.h"

#include "brokersession.h"
#include "cli.h"
#include "historystore.h"
#include "ingestpipeline.h"
#include "messagelogfiltermodel.h"
#include "messagelogmodel.h"
#include "seriesstore.h"
#include "storememory.h"
#include "topictreemodel.h"
#include "transport.h"

#include <QDir>
#include <QFile>
#include <QSortFilterProxyModel>
#include <QThread>

#include <memory>

#include <dlfcn.h>
#include <malloc.h>
#include <sys/resource.h>

namespace {
// Rows a view of the tree and of the log shows at once: what a repaint reads.
constexpr int VisibleRows = 40;
constexpr double MiB = 1024.0 * 1024.0;
constexpr qint64 ReadBufferBytes = 256 * 1024;

double peakRssMb()
{
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) != 0)
        return 0;
    return double(usage.ru_maxrss) / 1024.0; // Linux: kilobytes
}

// CPU time of each of our threads so far in ms, from the scheduler's statistics (schedstat
// counts nanoseconds on the CPU).
// Our thread names as the results call them.
QString threadName(const QString &comm)
{
    if (comm.startsWith(QLatin1String("mqttscope-netw")))
        return QStringLiteral("network");
    if (comm.startsWith(QLatin1String("mqttscope-inge")))
        return QStringLiteral("ingest");
    if (comm == QLatin1String("mqttscope-cli"))
        return QStringLiteral("main");
    return comm;
}

QList<QPair<QString, double>> threadCpuMs()
{
    QList<QPair<QString, double>> result;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(tid + QStringLiteral("/comm")));
        QFile schedstat(tasks.filePath(tid + QStringLiteral("/schedstat")));
        if (!comm.open(QIODevice::ReadOnly) || !schedstat.open(QIODevice::ReadOnly))
            continue;
        const QString name = threadName(QString::fromUtf8(comm.readAll().trimmed()));
        const double ms = schedstat.readAll().split(' ').value(0).toDouble() / 1e6;
        if (ms >= 1)
            result.append({name, ms});
    }
    return result;
}

// Heap allocations so far per thread id, when the counting allocator
// (bench/alloccount, libmqttscope-alloccount.so) was preloaded; empty otherwise.
QHash<int, quint64> threadAllocations()
{
    using CountFunction = unsigned long long (*)(int);
    static const auto countOf = reinterpret_cast<CountFunction>(dlsym(RTLD_DEFAULT, "mqttscope_alloc_count"));
    QHash<int, quint64> result;
    if (!countOf)
        return result;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        result.insert(tid.toInt(), countOf(tid.toInt()));
    return result;
}

// Allocations per thread name made since `before` (threadAllocations()).
QList<QPair<QString, quint64>> allocationsSince(const QHash<int, quint64> &before)
{
    QList<QPair<QString, quint64>> result;
    const QHash<int, quint64> now = threadAllocations();
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        QFile comm(QStringLiteral("/proc/self/task/%1/comm").arg(it.key()));
        if (!comm.open(QIODevice::ReadOnly))
            continue;
        const quint64 count = it.value() - qMin(it.value(), before.value(it.key()));
        if (count > 0)
            result.append({threadName(QString::fromUtf8(comm.readAll().trimmed())), count});
    }
    return result;
}

// Reads every column of up to *budget rows depth-first, as a fully expanded tree view would.
void readRows(const QAbstractItemModel *model, const QModelIndex &parent, int *budget)
{
    const int rows = model->rowCount(parent);
    const int columns = model->columnCount(parent);
    for (int row = 0; row < rows && *budget > 0; ++row, --*budget) {
        for (int column = 0; column < columns; ++column)
            model->data(model->index(row, column, parent), Qt::DisplayRole);
        const QModelIndex child = model->index(row, 0, parent);
        if (model->hasChildren(child))
            readRows(model, child, budget);
    }
}
} // namespace

IngestBenchmark::IngestBenchmark(const Settings &settings, QObject *parent)
    : QObject(parent), m_settings(settings), m_stalls(10)
{
    m_checkTimer.setInterval(100);
    connect(&m_checkTimer, &QTimer::timeout, this, &IngestBenchmark::check);
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        const IngestPipeline::Stats stats = m_pipeline->stats();
        fail(tr("Timed out after %1 s with %2 of %3 messages applied (%4 received).")
                 .arg(m_settings.timeoutSeconds)
                 .arg(stats.applied)
                 .arg(m_settings.count)
                 .arg(stats.ingested + stats.dropped));
    });
}

IngestBenchmark::~IngestBenchmark()
{
    // Views first, as in the GUI: the proxies read the models while they detach.
    delete m_treeProxy;
    delete m_logFilter;
    stopClient();
}

bool IngestBenchmark::run(QString *error)
{
    m_clock.start();
    IngestOptions options;
    options.threaded = m_settings.threaded;
    options.extractSeries = m_settings.extractJson;
    if (m_settings.tickIntervalMs > 0)
        options.tickIntervalMs = m_settings.tickIntervalMs;
    if (m_settings.applyBudgetMs > 0)
        options.applyBudgetMs = m_settings.applyBudgetMs;
    if (m_settings.catchUpIntervalMs >= 0)
        options.catchUpIntervalMs = m_settings.catchUpIntervalMs;
    m_session = new BrokerSession(options);
    m_pipeline = m_session->pipeline();
    attachViews();
    connect(m_pipeline, &IngestPipeline::batchApplied, this, [this] {
        paint();
        check();
    });

    m_stalls.start();
    m_checkTimer.start();
    m_timeout.start(m_settings.timeoutSeconds * 1000);
    m_allocationsBefore = threadAllocations();
    if (!startClient(&m_failure))
        m_done = true;
    if (!m_done)
        m_loop.exec();
    m_stalls.stop();
    m_checkTimer.stop();
    m_timeout.stop();
    m_result.networkWaitMs = double(m_session->networkWaitNs()) / 1e6;
    m_session->pipeline()->cancelWaits(); // the network thread may be waiting: it stops reading now

    const IngestPipeline::Stats stats = m_pipeline->stats();
    m_result.messages = qint64(stats.applied);
    m_result.dropped = stats.dropped;
    const qint64 first = m_firstMessageNs.load();
    if (first >= 0 && m_endNs > first) {
        m_result.seconds = double(m_endNs - first) / 1e9;
        m_result.rate = double(qMin<qint64>(qint64(stats.applied), m_settings.count)) / m_result.seconds;
    }
    m_result.peakRssMb = peakRssMb();
    m_result.longestStallMs = double(m_stalls.longestStallNs()) / 1e6;
    m_result.longestApplyMs = double(stats.longestApplyNs) / 1e6;
    m_result.ticks = stats.ticks;
    m_result.heartbeats = m_stalls.beats();
    m_result.topics = m_pipeline->topicTree()->nodeCount();
    m_result.series = m_pipeline->series()->count();
    m_result.modelSignals = m_modelSignals;
    {
        const MessageLogModel::Lock locked = m_pipeline->messageLog()->lock();
        m_result.logMb = double(m_pipeline->messageLog()->store().memoryUsage()) / MiB;
    }
    m_result.historyMb = double(m_pipeline->history()->memoryUsage()) / MiB;
    m_result.seriesPoints = m_pipeline->series()->pointCount();
    m_result.heapMb = double(mallinfo2().uordblks) / MiB;
    m_result.storePoolUsedMb = double(StoreMemory::pool().usedBytes()) / MiB;
    m_result.storePoolCarvedMb = double(StoreMemory::pool().carvedBytes()) / MiB;
    if (!m_failure.isEmpty()) {
        *error = m_failure;
        return false;
    }
    return true;
}

void IngestBenchmark::attachViews()
{
    // The topic tree as a sorted, filterable tree view sees it.
    m_treeProxy = new QSortFilterProxyModel;
    m_treeProxy->setRecursiveFilteringEnabled(true);
    m_treeProxy->setSortRole(TopicTreeModel::SortRole);
    m_treeProxy->setSourceModel(m_pipeline->topicTree());
    m_treeProxy->sort(TopicTreeModel::NameColumn);
    // The log through its filter, as the log view sees it.
    m_logFilter = new MessageLogFilterModel;
    m_logFilter->setSourceModel(m_pipeline->messageLog());

    auto count = [this] { ++m_modelSignals; };
    for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(m_treeProxy),
                                      static_cast<QAbstractItemModel *>(m_logFilter)}) {
        connect(model, &QAbstractItemModel::rowsInserted, this, count);
        connect(model, &QAbstractItemModel::rowsRemoved, this, count);
        connect(model, &QAbstractItemModel::dataChanged, this, count);
        connect(model, &QAbstractItemModel::layoutChanged, this, count);
    }
    connect(m_pipeline->series(), &SeriesStore::updated, this, count);
}

// What a repaint after each tick costs: the rows on screen, read through the proxies. The log
// view follows the newest rows (auto-scroll).
void IngestBenchmark::paint()
{
    int budget = VisibleRows;
    readRows(m_treeProxy, {}, &budget);
    const int rows = m_logFilter->rowCount();
    const int columns = m_logFilter->columnCount();
    for (int row = qMax(0, rows - VisibleRows); row < rows; ++row) {
        for (int column = 0; column < columns; ++column)
            m_logFilter->data(m_logFilter->index(row, column), Qt::DisplayRole);
    }
}

void IngestBenchmark::check()
{
    if (m_done)
        return;
    const IngestPipeline::Stats stats = m_pipeline->stats();
    // Dropped messages will never be applied: the run ends when every message of the stream
    // has either been applied or refused, and the result says how many were refused.
    if (qint64(stats.applied + stats.dropped) >= m_settings.count) {
        m_endNs = m_clock.nsecsElapsed();
        m_result.threadCpuMs = threadCpuMs();
        m_result.allocationsCounted = !m_allocationsBefore.isEmpty();
        m_result.threadAllocations = allocationsSince(m_allocationsBefore);
        finish();
    }
}

bool IngestBenchmark::startClient(QString *error)
{
    // Back-pressure (BrokerSession's default) pauses the network thread; meanwhile the kernel
    // buffers megabytes, which an unbounded socket would then read, decode and hold all at once
    // (one batch of ~200,000 messages, +60 MB peak RSS measured). A bounded read buffer leaves
    // the backlog in the kernel and keeps each batch to a few thousand messages.
    m_session->setReadBufferSize(ReadBufferBytes);
    m_session->setReceiveObserver([this](const QList<Mqtt::Message> &) {
        qint64 unset = -1;
        m_firstMessageNs.compare_exchange_strong(unset, m_clock.nsecsElapsed(), std::memory_order_relaxed);
    });
    connect(m_session, &BrokerSession::connected, this, [this] {
        if (m_settings.debug)
            Cli::printErr(tr("Connected to %1.").arg(m_settings.connection.endpoint()));
    });
    connect(m_session, &BrokerSession::subscribed, this, [this](int, const QList<Mqtt::ReasonCode> &results) {
        for (Mqtt::ReasonCode code : results) {
            if (Mqtt::isError(code)) {
                fail(tr("The broker refused the subscription to '%1': %2")
                         .arg(m_settings.filter, Mqtt::reasonCodeText(code, Mqtt::PacketType::Suback)));
                return;
            }
        }
        if (m_settings.debug)
            Cli::printErr(tr("Subscribed to '%1'.").arg(m_settings.filter));
    });
    connect(m_session, &BrokerSession::stateChanged, this, &IngestBenchmark::onClientStateChanged);
    Mqtt::Subscription subscription;
    subscription.filter = m_settings.filter;
    return m_session->open(m_settings.connection, {subscription}, error);
}

void IngestBenchmark::stopClient()
{
    delete m_session; // says goodbye to the broker and stops the network thread
    m_session = nullptr;
}

void IngestBenchmark::onClientStateChanged(BrokerSession::State state)
{
    if (m_done || state != BrokerSession::State::Disconnected)
        return;
    fail(m_session->lastError());
}

void IngestBenchmark::finish()
{
    if (m_done)
        return;
    m_done = true;
    m_loop.quit();
}

void IngestBenchmark::fail(const QString &reason)
{
    if (m_done)
        return;
    m_failure = reason;
    finish();
}
