#pragma once

#include "brokersession.h"
#include "client.h"
#include "connectionsettings.h"
#include "stallmonitor.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <atomic>

class IngestPipeline;
class MessageLogFilterModel;
class QAbstractItemModel;
class QSortFilterProxyModel;
class QThread;

// One run of `mqttscope-cli bench ingest`: MqttScope's real receive path, the GUI's own
// BrokerSession. Its Client reads and decodes on the network thread and hands each network
// read's batch to the pipeline (waiting for room: back-pressure); the pipeline applies them to
// the topic tree, message log, history and series on its timer in this (the "GUI") thread,
// where proxy models and a simulated repaint read the models as views would. A StallMonitor
// measures how long this thread stops handling events.
class IngestBenchmark : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        ConnectionSettings connection; // broker, transport (mqtt, mqtts, ws, wss) and CONNECT options
        QString filter = QStringLiteral("#");
        qint64 count = 1000000;
        bool extractJson = true;
        bool threaded = true; // JSON extraction on the pipeline's worker thread
        int timeoutSeconds = 120;
        bool debug = false; // connection events on stderr
        int tickIntervalMs = 0; // IngestOptions overrides for tuning; 0 = the GUI's defaults
        int applyBudgetMs = 0;
        int catchUpIntervalMs = -1; // -1: the GUI's default; 0: off
    };

    struct Result
    {
        qint64 messages = 0;       // applied to the stores when the run ended
        quint64 dropped = 0;       // refused by the pipeline (it was behind); 0 in a good run
        double seconds = 0;        // first message received -> count-th message applied
        double rate = 0;           // applied messages per second over that time
        double peakRssMb = 0;      // getrusage ru_maxrss, MiB
        double longestStallMs = 0; // largest heartbeat gap minus the heartbeat interval
        double longestApplyMs = 0; // longest pipeline tick (IngestPipeline::Stats)
        quint64 ticks = 0;
        quint64 heartbeats = 0;
        int topics = 0;            // rows in the topic tree
        int series = 0;
        quint64 modelSignals = 0;  // rowsInserted/rowsRemoved/dataChanged seen on the proxies
        double networkWaitMs = 0;  // time the network thread waited for the pipeline (back-pressure)
        // What the stores hold at the end (their own accounting) and the heap in use (mallinfo2).
        double logMb = 0;
        double historyMb = 0;
        qint64 seriesPoints = 0;
        double heapMb = 0;
        double storePoolUsedMb = 0;   // StoreMemory blocks handed out
        double storePoolCarvedMb = 0; // and the slabs they were cut from
        // CPU time per thread when the count was reached (/proc/self/task/*/schedstat), by
        // thread name: "main" (the GUI thread), "network", "ingest" (the pipeline's worker).
        QList<QPair<QString, double>> threadCpuMs;
        // Heap allocations per thread name from connecting to the end, when the counting
        // allocator (bench/alloccount) is preloaded.
        bool allocationsCounted = false;
        QList<QPair<QString, quint64>> threadAllocations;
    };

    explicit IngestBenchmark(const Settings &settings, QObject *parent = nullptr);
    ~IngestBenchmark() override;

    // Runs until `count` messages are applied (true), or the connection fails or the timeout
    // passes (false, *error says why).
    bool run(QString *error);
    Result result() const { return m_result; }

private:
    bool startClient(QString *error);
    void stopClient();
    void attachViews();
    void paint();
    void check();
    void onClientStateChanged(BrokerSession::State state);
    void finish();
    void fail(const QString &reason);

    Settings m_settings;
    Result m_result;
    QElapsedTimer m_clock;
    std::atomic<qint64> m_firstMessageNs{-1};
    qint64 m_endNs = -1;

    IngestPipeline *m_pipeline = nullptr;
    QSortFilterProxyModel *m_treeProxy = nullptr;
    MessageLogFilterModel *m_logFilter = nullptr;
    quint64 m_modelSignals = 0;

    BrokerSession *m_session = nullptr; // network thread, client and pipeline, as in the GUI

    StallMonitor m_stalls;
    QTimer m_checkTimer;
    QTimer m_timeout;
    QEventLoop m_loop;
    QString m_failure;
    bool m_done = false;
    QHash<int, quint64> m_allocationsBefore; // per thread id, see Result::threadAllocations
};
