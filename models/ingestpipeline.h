#pragma once

#include "ingestbatch.h"
#include "timefieldrule.h"
#include "topicregistry.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

class HistoryStore;
class IngestWorker;
class MessageLogModel;
class SeriesStore;
class TopicTreeModel;

struct IngestOptions
{
    // JSON extraction (the expensive part) on a worker thread; otherwise in slices on the
    // GUI thread at each tick.
    bool threaded = true;
    bool extractSeries = true;
    int tickIntervalMs = 33;
    // GUI time one tick may spend applying batches; the rest waits for the next tick. Leaves
    // room under the 50 ms stall limit for the commit and the views' repaint, which in the real
    // window follows the tick before the GUI thread is free again (mqttscope-guibench, quiet
    // machine: with 15 ms the longest stalls were 19-61 ms over five runs, tick and repaint back
    // to back; with 8 ms 24-34 ms, at a rate still above mqtt.js's). While behind, ticks follow
    // each other catchUpIntervalMs apart, so the budget bounds each tick, not the rate.
    int applyBudgetMs = 8;
    // When a tick ran out of budget with messages still waiting, the next one comes this soon
    // instead of after tickIntervalMs: the GUI thread keeps the gap for input and painting and
    // spends the rest catching up, so a burst is applied at up to budget/(budget+gap) of the
    // GUI thread rather than budget/interval, with no tick longer than before. 0: off.
    int catchUpIntervalMs = 4;
    // Messages accepted but not yet applied; batches arriving beyond it are dropped (and
    // counted) rather than letting memory grow without bound.
    // ~0.15 s at a million messages a second: headroom for a slow tick (the GUI applies at
    // most applyBudgetMs per tick, and a tick comes every tickIntervalMs while not behind).
    qsizetype maxPendingMessages = 150000;
    // Of those, messages not yet in the stores: they hold their payloads and Message data (in
    // the stores, a message waiting for the GUI's tick costs ~20 bytes of the batch).
    // waitForRoom() keeps both under half their bound. bench ingest with JSON, 1M messages:
    // 150,000 for both: 1.27-1.36 M msg/s, peak RSS 202 MB; 75,000 for both: 0.92 M msg/s,
    // 192 MB; 150,000 and 75,000 unstored: 1.13-1.15 M msg/s, 194 MB.
    qsizetype maxUnstoredMessages = 75000;
    // The worker thread's niceness (Linux, per thread): above 0 it yields to the GUI thread.
    int workerNice = 10;
    // Calls tuneAllocator() (process-wide, once) and adviseHugePages() while applying.
    bool tuneAllocator = true;
};

// Live data core of one connection: takes batches of messages from any thread, prepares them
// off the GUI thread (topic interning, JSON series extraction), and the worker appends the
// extracted points to the series store and the messages to the per-topic histories and the
// log itself (under the history store's lock, a slice at a time); the topic tree is updated,
// and the models told what changed, from a ~30 Hz timer in the GUI thread (sooner while
// catching up), so views see at most one batched set of changes per tick and the GUI thread
// never works more than applyBudgetMs per tick. A log row is shown once its message is in the
// tree too.
//
//   client -> ingest() -> [worker: IngestWorker::prepare, storePoints, storeMessages] -> staged
//          -> tick(): announce new series, record messages in the tree, commit
//
// Received messages update the topic tree, the per-topic history, the log and the series;
// sent ones (ingestSent) the log, and the tree and history too when asked (intoTree: for a
// publish no subscription of ours brings back, so the user still sees the topic).
class IngestPipeline : public QObject
{
    Q_OBJECT
public:
    struct Stats
    {
        quint64 ingested = 0;    // accepted by ingest()
        quint64 applied = 0;     // applied to the stores
        quint64 dropped = 0;     // refused because maxPendingMessages was reached
        qint64 pending = 0;      // accepted, not yet applied
        quint64 ticks = 0;       // applying ticks so far
        qint64 longestApplyNs = 0; // longest wall time a tick took (flush() excluded)
        // The same in thread CPU time: tells our work from time the thread waited for a CPU
        // on a loaded machine (-1 where the platform has no thread CPU clock).
        qint64 longestApplyCpuNs = -1;
        quint64 ignoredLeaves = 0; // numeric leaves past the series limit
    };

    explicit IngestPipeline(QObject *parent = nullptr);
    explicit IngestPipeline(const IngestOptions &options, QObject *parent = nullptr);
    ~IngestPipeline() override;

    IngestOptions options() const { return m_options; }

    // glibc only: turns off malloc's fastbins for the whole process. Messages are allocated
    // by the network thread and freed by others; with fastbins those frees pile up and the
    // next heap growth consolidates them all at once, a stall of 10-20 ms in the middle of a
    // tick (measured on the reference load: longest tick 20-29 ms CPU before, 12-15 after;
    // throughput unchanged or better). Also lets the main heap grow in 64 MiB steps, so that
    // adviseHugePages() can give the stores transparent huge pages. Safe to call at any time;
    // later calls do nothing.
    static void tuneAllocator();
    // After tuneAllocator(): asks the kernel for transparent huge pages on the part of the main
    // heap that grew since the last call (cheap when it did not). The pipeline calls it while
    // applying; anything else that fills the stores in bulk may too. Thread-safe.
    static void adviseHugePages();

    TopicTreeModel *topicTree() const { return m_tree; }
    MessageLogModel *messageLog() const { return m_log; }
    HistoryStore *history() const { return m_history; }
    SeriesStore *series() const { return m_series; }
    // Topics applied so far (ids as used by the stores).
    const TopicRegistry &topics() const { return m_topics; }

    // Thread-safe.
    void setExtractSeries(bool on);
    bool extractSeries() const;
    void setTimeFieldRules(const TimeFieldRules &rules);
    TimeFieldRules timeFieldRules() const;

    // Applies everything accepted so far, now, however long it takes (GUI thread).
    void flush();
    // Empties the tree, log, history and series points; topic and series ids stay (GUI thread).
    void clear();
    // Thread-safe.
    Stats stats() const;

    // Back-pressure for a producer that must not lose messages (the network thread of a
    // BrokerSession): blocks the calling thread, never the GUI thread, until `count` more
    // messages fit under half of maxPendingMessages and of maxUnstoredMessages, or cancelWaits()
    // was called. Woken by each
    // tick that applied messages (a condition variable, no polling). Returns the nanoseconds
    // waited.
    qint64 waitForRoom(qsizetype count);
    // ingest() in parts that each wait for room: one network read may hold more messages than
    // the pipeline's whole bound. Returns the nanoseconds waited.
    qint64 ingestWaiting(const QList<Mqtt::Message> &messages);
    // Releases threads blocked in waitForRoom() and makes later waits return at once until
    // resumeWaits() (used to stop a producer). Thread-safe.
    void cancelWaits();
    void resumeWaits();

public Q_SLOTS:
    // Thread-safe; connect Client::messagesReceived here (any connection type).
    void ingest(const QList<Mqtt::Message> &messages);
    void ingestSent(const QList<Mqtt::Message> &messages);
    void ingestSentMessage(const Mqtt::Message &message, bool intoTree = false);

Q_SIGNALS:
    // After each tick (or flush) that applied messages.
    void batchApplied(int messages);

private:
    struct Input
    {
        QList<Mqtt::Message> messages;
        MessageDirection direction;
        qint64 receivedAt;
        bool intoTree = false;
    };

    void enqueue(const QList<Mqtt::Message> &messages, MessageDirection direction, bool intoTree = false);
    void arm();
    void tick();
    void workerLoop();
    // Prepares inputs into batches, merging consecutive inputs of one direction, and stores
    // them. Returns the number of messages.
    qsizetype prepareInputs(std::deque<Input> &inputs, std::deque<IngestBatch> &out);
    // maxUnstoredMessages, at most maxPendingMessages.
    qsizetype unstoredBound() const { return qMin(m_options.maxUnstoredMessages, m_options.maxPendingMessages); }
    // Adds the batch's new series and appends its points to the series store (the preparing
    // thread; the store and its series lock for themselves).
    void storePoints(IngestBatch &batch);
    // Appends the batch's messages to the histories and the log (the preparing thread).
    void storeMessages(IngestBatch &batch);
    // `count` accepted messages are in the stores now (under m_mutex): wakes waitForRoom().
    void stored(qsizetype count);
    // Applies ready batches until the deadline (ns on m_clock; <0 none). Returns messages applied.
    qsizetype applyReady(qint64 deadlineNs);
    void applyBatch(IngestBatch &batch, qint64 deadlineNs);
    void commit(qsizetype applied);
    void syncWorkerConfig();

    IngestOptions m_options;
    TopicRegistry m_topics;
    TopicTreeModel *m_tree;
    MessageLogModel *m_log;
    HistoryStore *m_history;
    SeriesStore *m_series;

    // GUI thread: log rows below this are applied to the tree and may be shown.
    quint64 m_logLimit = 0;

    // Shared with the worker and ingesting threads, under m_mutex.
    mutable std::mutex m_mutex;
    std::condition_variable m_workAvailable;
    std::condition_variable m_workerIdle;
    std::condition_variable m_room; // pending went down, or waits were cancelled
    bool m_waitsCancelled = false;
    std::deque<Input> m_input;
    std::deque<IngestBatch> m_staged;
    std::vector<IngestBatch> m_garbage; // applied batches for the worker to free
    bool m_workerBusy = false;
    bool m_stop = false;
    bool m_armed = false;
    bool m_extract;
    TimeFieldRules m_rules;
    quint32 m_configVersion = 1;
    quint64 m_ingested = 0;
    quint64 m_dropped = 0;
    quint64 m_ignoredLeaves = 0;
    std::atomic<qint64> m_pending{0};
    std::atomic<qint64> m_unstored{0}; // accepted, not yet in the stores (m_pending counts them too)

    // Worker side.
    std::unique_ptr<IngestWorker> m_worker;
    quint32 m_workerConfigVersion = 0;
    std::thread m_thread; // the worker; not joinable when unthreaded

    // GUI side.
    std::deque<IngestBatch> m_ready;
    std::vector<IngestBatch> m_spent;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastRateRefreshNs = 0;
    int m_idleTicks = 0;
    // Written by the GUI thread, readable from any (stats()).
    std::atomic<quint64> m_applied{0};
    std::atomic<quint64> m_ticks{0};
    std::atomic<qint64> m_longestApplyNs{0};
    std::atomic<qint64> m_longestApplyCpuNs{-1};
};
