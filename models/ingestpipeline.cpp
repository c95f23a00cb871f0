#include "ingestpipeline.h"

#include "historystore.h"
#include "ingestworker.h"
#include "messagelogmodel.h"
#include "pageprefaulter.h"
#include "seriesstore.h"
#include "storememory.h"
#include "topictreemodel.h"

#include <QDateTime>
#include <QLoggingCategory>

#ifdef Q_OS_UNIX
#include <time.h>
#endif
#ifdef __GLIBC__
#include <malloc.h>
#include <pthread.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <unistd.h>
#endif

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <condition_variable>
#include <mutex>
#include <thread>

Q_LOGGING_CATEGORY(lcIngest, "mqttscope.ingest")

namespace {
// Batches the worker builds are capped so one can be applied within a tick's budget.
constexpr qsizetype MaxBatchMessages = 16384;
// The deadline is checked this often while applying: a message usually costs a microsecond,
// but 1,000 topics fed in turn outgrow their history rings and chunks at the same moment, and
// then a run of 256 messages cost 10 ms (a tick of 20 ms on an 8 ms budget). A clock read
// every 32 messages bounds the overrun to about a millisecond.
constexpr qsizetype CheckEvery = 32;
// The heap's growth is looked at this often.
constexpr qsizetype AdviseEvery = 256;
// The preparing thread lets go of the history store's lock this often while appending.
constexpr size_t StoreSlice = 256;
// How often the worker yields between slices while a reader waits for the store lock (a
// reader that blocks for another reason must not stop the worker for long).
constexpr int MaxYieldsToReader = 64;
constexpr qint64 RateRefreshNs = 1000 * 1000 * 1000;
// Ticks without work before the timer stops (rates keep decaying on screen until then).
constexpr int IdleTicksBeforeStop = 300;

qint64 threadCpuNs()
{
#if defined(Q_OS_UNIX) && defined(CLOCK_THREAD_CPUTIME_ID)
    timespec ts;
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts) == 0)
        return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
#endif
    return -1;
}
} // namespace

namespace {
#ifdef __GLIBC__
// End of the main heap as far as adviseHugePages() has advised it.
std::atomic<bool> g_hugePages{false};
std::atomic<quintptr> g_advisedEnd{0};

// Faults in the main heap's pages ahead of the stores' use.
PagePrefaulter &heapPrefaulter()
{
    static PagePrefaulter prefaulter("heap-prefault");
    return prefaulter;
}
#endif
} // namespace

void IngestPipeline::tuneAllocator()
{
    static std::once_flag once;
    std::call_once(once, [] {
#ifdef __GLIBC__
        if (mallopt(M_MXFAST, 0) != 1)
            qCWarning(lcIngest) << "could not turn off malloc fastbins";
        // The stores' rings and chunks come from StoreMemory's pool, faulted in ahead of use.
        StoreMemory::enablePrefault();
        // What else the GUI thread allocates lives in the main heap. Grow it 64 MiB at a
        // time and keep large blocks in it rather than in separate mappings, so that
        // adviseHugePages() can hand most of every growth to transparent huge pages before it
        // is touched. Untouched pages cost nothing: RSS follows what the stores use.
        if (mallopt(M_TOP_PAD, 64 * 1024 * 1024) != 1 || mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024) != 1)
            qCWarning(lcIngest) << "could not tune the heap's growth";
        else
            g_hugePages = true;
        g_advisedEnd = quintptr(sbrk(0)); // what grows from here on gets advised
#endif
    });
}

void IngestPipeline::adviseHugePages()
{
#ifdef __GLIBC__
    // Page faults are most of what storing a message costs the GUI thread: measured with
    // `bench ingest` on a 2-core VM, one 4 KiB page fault costs 10-40 us, 50,000 of them per
    // million messages. With the heap advised for transparent huge pages one fault maps 2 MiB
    // (glibc does the same with GLIBC_TUNABLES=glibc.malloc.hugetlb=1, which a program cannot
    // set for itself). A no-op where the kernel has THP off or malloc is not glibc's (sanitizers).
    if (!g_hugePages.load(std::memory_order_relaxed))
        return;
    constexpr quintptr HugePage = 2 * 1024 * 1024;
    const auto end = quintptr(sbrk(0));
    quintptr from = g_advisedEnd.load(std::memory_order_relaxed);
    if (end > from) {
        g_advisedEnd.store(end, std::memory_order_relaxed);
        from = (from + HugePage - 1) & ~(HugePage - 1);
        if (from < end)
            madvise(reinterpret_cast<void *>(from), size_t(end - from), MADV_HUGEPAGE);
    }
    // Where the heap's use ends (the start of its free top) every 16th call: mallinfo2() walks
    // the allocator's bins, and the prefaulter stays 4 MiB ahead anyway.
    static std::atomic<int> calls{0};
    if (calls.fetch_add(1, std::memory_order_relaxed) % 16 == 15) {
        const struct mallinfo2 info = mallinfo2();
        if (info.keepcost <= end)
            heapPrefaulter().request(end - quintptr(info.keepcost), end);
    }
#endif
}

IngestPipeline::IngestPipeline(QObject *parent) : IngestPipeline(IngestOptions(), parent) {}

IngestPipeline::IngestPipeline(const IngestOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_tree(new TopicTreeModel(this))
    , m_history(new HistoryStore(this))
    , m_series(new SeriesStore(this))
    , m_extract(options.extractSeries)
    , m_worker(std::make_unique<IngestWorker>())
{
    if (m_options.tuneAllocator)
        tuneAllocator();
    m_log = new MessageLogModel(&m_topics, m_history, this);
    m_history->setEvictHook([log = m_log](const TopicHistory::Evicted &e) { log->historyEvicted(e); });
    m_tree->setHistory(m_history);
    m_clock.start();
    m_timer.setObjectName(QStringLiteral("ingestTick"));
    m_timer.setInterval(qMax(1, m_options.tickIntervalMs));
    connect(&m_timer, &QTimer::timeout, this, &IngestPipeline::tick);
    if (m_options.threaded) {
        // A std::thread, not a QThread: its join is something ThreadSanitizer sees.
        m_thread = std::thread([this] {
#ifdef __GLIBC__
            pthread_setname_np(pthread_self(), "ingest-worker");
            // Threads that feed the GUI thread yield to it: on fewer cores than busy threads
            // (stream, network thread, worker, prefaulters, GUI thread on two cores) the
            // scheduler otherwise shares the CPU evenly and preempts the GUI thread in the middle
            // of a tick or a paint, which the user sees as a stall. At nice +10 the worker still
            // gets all the time the GUI thread leaves (mqttscope-bench-charts live: longest stall
            // median 25 ms over ten runs, 50 ms with the worker at nice 0).
            lowerThreadPriority(m_options.workerNice);
#endif
            workerLoop();
        });
    }
}

IngestPipeline::~IngestPipeline()
{
    if (m_thread.joinable()) {
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_stop = true;
            m_workAvailable.notify_all();
            m_room.notify_all();
        }
        m_thread.join();
    }
    // Models first: views still attached may read the stores while they detach.
    delete m_log;
    delete m_tree;
}

void IngestPipeline::setExtractSeries(bool on)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_extract = on;
    ++m_configVersion;
}

bool IngestPipeline::extractSeries() const
{
    std::unique_lock<std::mutex> lock(m_mutex);
    return m_extract;
}

void IngestPipeline::setTimeFieldRules(const TimeFieldRules &rules)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_rules = rules;
    ++m_configVersion;
}

TimeFieldRules IngestPipeline::timeFieldRules() const
{
    std::unique_lock<std::mutex> lock(m_mutex);
    return m_rules;
}

// Called with m_mutex held, by whoever runs the worker.
void IngestPipeline::syncWorkerConfig()
{
    if (m_workerConfigVersion == m_configVersion)
        return;
    m_workerConfigVersion = m_configVersion;
    m_worker->setExtractSeries(m_extract);
    m_worker->setTimeFieldRules(m_rules);
}

void IngestPipeline::ingest(const QList<Mqtt::Message> &messages)
{
    enqueue(messages, MessageDirection::Received);
}

void IngestPipeline::ingestSent(const QList<Mqtt::Message> &messages)
{
    enqueue(messages, MessageDirection::Sent);
}

void IngestPipeline::ingestSentMessage(const Mqtt::Message &message, bool intoTree)
{
    enqueue(QList<Mqtt::Message>{message}, MessageDirection::Sent, intoTree);
}

void IngestPipeline::enqueue(const QList<Mqtt::Message> &messages, MessageDirection direction, bool intoTree)
{
    if (messages.isEmpty())
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    std::unique_lock<std::mutex> lock(m_mutex);
    if (m_pending.load(std::memory_order_relaxed) + messages.size() > m_options.maxPendingMessages) {
        if (m_dropped == 0)
            qCWarning(lcIngest) << "ingest is behind; dropping messages beyond" << m_options.maxPendingMessages << "pending";
        m_dropped += quint64(messages.size());
        return;
    }
    m_pending += messages.size();
    m_unstored += messages.size();
    m_ingested += quint64(messages.size());
    m_input.push_back(Input{messages, direction, now, intoTree});
    if (m_thread.joinable())
        m_workAvailable.notify_one();
    if (!m_armed) {
        m_armed = true;
        QMetaObject::invokeMethod(this, &IngestPipeline::arm, Qt::QueuedConnection);
    }
}

void IngestPipeline::arm()
{
    m_idleTicks = 0;
    if (!m_timer.isActive())
        m_timer.start();
}

qsizetype IngestPipeline::prepareInputs(std::deque<Input> &inputs, std::deque<IngestBatch> &out)
{
    // A finished batch's points go to the series store at once, on this (the preparing) thread.
    auto complete = [this](IngestBatch &batch) {
        m_worker->finish(batch);
        storePoints(batch);
        storeMessages(batch);
    };
    IngestBatch *current = nullptr;
    qsizetype count = 0;
    for (Input &in : inputs) {
        count += in.messages.size();
        if (!current || current->direction != in.direction || current->intoTree != in.intoTree
            || current->size() >= MaxBatchMessages) {
            if (current)
                complete(*current);
            out.emplace_back();
            current = &out.back();
            current->direction = in.direction;
            current->intoTree = in.intoTree;
        }
        m_worker->prepare(in.messages, in.receivedAt, *current);
    }
    if (current)
        complete(*current);
    inputs.clear();
    return count;
}

void IngestPipeline::stored(qsizetype count)
{
    // Under m_mutex, so a producer between its check and its wait cannot miss the wake.
    if (count <= 0)
        return;
    m_unstored -= count;
    m_room.notify_all();
}

void IngestPipeline::storePoints(IngestBatch &batch)
{
    // On the preparing thread: the worker (threaded) or the GUI thread. The series store and
    // each series lock for themselves; the GUI thread learns of new series in applyBatch().
    for (const IngestBatch::NewSeries &s : batch.newSeries)
        m_series->insertSeries(s.id, m_worker->topics().name(s.topicId), s.path);
    for (const IngestBatch::Run &r : batch.runs)
        m_series->appendPoints(r.seriesId, batch.groupedPoints.data() + r.begin, qsizetype(r.end - r.begin));
    // The points are in the series now.
    batch.points = {};
    batch.groupedPoints = {};
    batch.runs = {};
}

void IngestPipeline::storeMessages(IngestBatch &batch)
{
    // On the preparing thread. The GUI thread reads the histories and the log under the same
    // lock (data(), commits), so it is let go every StoreSlice messages: a reader waits for one
    // slice at most.
    const bool intoTree = batch.direction == MessageDirection::Received || batch.intoTree;
    batch.payloadSizes.resize(size_t(batch.size()));
    batch.messageFlags.resize(size_t(batch.size()));
    batch.historySequences.resize(size_t(batch.size()));
    size_t i = 0;
    HistoryStore::Lock locked = m_history->lock();
    // Only this thread appends to the log, so the batch's sequences are consecutive (a clear
    // on the GUI thread keeps the numbering going).
    batch.logBegin = m_log->store().endSequence();
    for (const QList<Mqtt::Message> &list : batch.lists) {
        for (const Mqtt::Message &m : list) {
            const QByteArray &payload = m.payload(); // no copy: that is an atomic on the network thread's memory
            const quint32 topicId = batch.topicIds[i];
            const qint64 timestamp = batch.timestamps[i];
            quint32 historySequence = MessageLogStore::NoHistory;
            if (intoTree)
                historySequence = m_history->append(topicId, m, payload, timestamp, m_log->store().nextTag());
            m_log->append(topicId, m, payload, timestamp, batch.direction, historySequence);
            batch.payloadSizes[i] = quint32(qMin<qsizetype>(payload.size(), 0xFFFFFFFF));
            batch.messageFlags[i] = quint8((m.qos() & IngestBatch::QosMask) | (m.retain() ? IngestBatch::RetainFlag : 0));
            batch.historySequences[i] = historySequence;
            if ((++i % StoreSlice) == 0) {
                locked.unlock();
                // Let a waiting reader (the GUI thread) have it first; it holds it briefly.
                for (int spins = 0; m_history->lockWanted() && spins < MaxYieldsToReader; ++spins)
                    std::this_thread::yield();
                locked.lock();
            }
        }
    }
    locked.unlock();
    // Everything the GUI thread needs is in the batch's vectors now.
    batch.lists = {};
}

void IngestPipeline::workerLoop()
{
    std::deque<Input> inputs;
    std::deque<IngestBatch> prepared;
    std::vector<IngestBatch> garbage;
    std::unique_lock<std::mutex> lock(m_mutex);
    for (;;) {
        while (m_input.empty() && m_garbage.empty() && !m_stop)
            m_workAvailable.wait(lock);
        if (m_stop)
            return;
        inputs.swap(m_input);
        garbage.swap(m_garbage);
        syncWorkerConfig();
        m_workerBusy = true;
        lock.unlock();

        garbage.clear();
        const qsizetype count = prepareInputs(inputs, prepared);

        lock.lock();
        for (IngestBatch &b : prepared)
            m_staged.push_back(std::move(b));
        prepared.clear();
        stored(count);
        m_ignoredLeaves = m_worker->ignoredLeaves();
        m_workerBusy = false;
        m_workerIdle.notify_all();
    }
}

void IngestPipeline::tick()
{
    if (m_options.tuneAllocator)
        adviseHugePages();
    const qint64 start = m_clock.nsecsElapsed();
    const qint64 cpuStart = threadCpuNs();
    const qint64 deadline = start + qint64(m_options.applyBudgetMs) * 1000 * 1000;
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        if (!m_thread.joinable() && !m_input.empty()) {
            // Unthreaded: prepare on this thread, one input at a time, within half the budget.
            syncWorkerConfig();
            const qint64 prepareDeadline = start + (deadline - start) / 2;
            while (!m_input.empty() && m_clock.nsecsElapsed() < prepareDeadline) {
                std::deque<Input> one;
                one.push_back(std::move(m_input.front()));
                m_input.pop_front();
                lock.unlock();
                const qsizetype count = prepareInputs(one, m_ready);
                lock.lock();
                stored(count);
            }
            m_ignoredLeaves = m_worker->ignoredLeaves();
        }
        while (!m_staged.empty()) {
            m_ready.push_back(std::move(m_staged.front()));
            m_staged.pop_front();
        }
    }

    const bool hadWork = !m_ready.empty();
    const qsizetype applied = applyReady(deadline);
    commit(applied);
    const qint64 now = m_clock.nsecsElapsed();
    // Behind (out of budget, messages waiting): come back after a short gap, not a whole
    // interval, but never sooner than this tick took: the GUI thread keeps at least half of
    // its time for input, painting and charts. A repeating QTimer restarted from here measures
    // the gap from the tick's end.
    const bool behind = hadWork && m_options.catchUpIntervalMs > 0 && m_pending.load(std::memory_order_relaxed) > 0
        && now >= deadline;
    const int tookMs = int((now - start) / 1000000);
    const int interval = behind ? qBound(m_options.catchUpIntervalMs, tookMs, qMax(1, m_options.tickIntervalMs))
                                : qMax(1, m_options.tickIntervalMs);
    if (m_timer.isActive() && (behind || m_timer.interval() != interval))
        m_timer.start(interval);
    if (hadWork) {
        ++m_ticks;
        m_longestApplyNs = qMax(m_longestApplyNs.load(), now - start);
        if (cpuStart >= 0)
            m_longestApplyCpuNs = qMax(m_longestApplyCpuNs.load(), threadCpuNs() - cpuStart);
        m_idleTicks = 0;
    } else {
        ++m_idleTicks;
    }
    if (now - m_lastRateRefreshNs >= RateRefreshNs) {
        m_lastRateRefreshNs = now;
        m_tree->refreshRates(QDateTime::currentMSecsSinceEpoch());
    }
    if (m_idleTicks >= IdleTicksBeforeStop) {
        std::unique_lock<std::mutex> lock(m_mutex);
        if (m_input.empty() && m_staged.empty() && m_ready.empty() && !m_workerBusy) {
            m_armed = false;
            m_timer.stop();
            m_tree->refreshRates(QDateTime::currentMSecsSinceEpoch());
        }
    }
}

qsizetype IngestPipeline::applyReady(qint64 deadlineNs)
{
    qsizetype total = 0;
    while (!m_ready.empty()) {
        IngestBatch &batch = m_ready.front();
        const qsizetype before = batch.applied;
        applyBatch(batch, deadlineNs);
        total += batch.applied - before;
        if (batch.applied < batch.size())
            break; // out of time
        if (m_thread.joinable())
            m_spent.push_back(std::move(batch)); // freed on the worker, not here
        m_ready.pop_front();
        if (deadlineNs >= 0 && m_clock.nsecsElapsed() >= deadlineNs)
            break;
    }
    m_applied += quint64(total);
    if (total > 0 || !m_spent.empty()) {
        std::unique_lock<std::mutex> lock(m_mutex);
        // Under the lock, so a producer between its check and its wait cannot miss the wake.
        m_pending -= total;
        if (total > 0)
            m_room.notify_all();
        for (IngestBatch &b : m_spent)
            m_garbage.push_back(std::move(b));
        if (!m_spent.empty())
            m_workAvailable.notify_one();
        m_spent.clear();
    }
    return total;
}

void IngestPipeline::applyBatch(IngestBatch &batch, qint64 deadlineNs)
{
    if (!batch.announced) {
        for (const IngestBatch::NewTopic &t : batch.newTopics)
            m_topics.insert(t.id, t.name);
        // The preparing thread stored them with their points (storePoints()).
        for (const IngestBatch::NewSeries &s : batch.newSeries)
            m_series->announceSeries(s.id);
        batch.announced = true;
    }
    const bool intoTree = batch.direction == MessageDirection::Received || batch.intoTree;
    const qsizetype n = batch.size();
    while (batch.applied < n) {
        const auto i = size_t(batch.applied);
        const quint32 topicId = batch.topicIds[i];
        if (intoTree) { // the history and log have the message already (storeMessages)
            const quint8 flags = batch.messageFlags[i];
            m_tree->recordStored(topicId, m_topics.name(topicId), flags & IngestBatch::QosMask,
                                 flags & IngestBatch::RetainFlag, batch.payloadSizes[i], batch.historySequences[i],
                                 batch.timestamps[i]);
        }
        ++batch.applied;
        if ((batch.applied % CheckEvery) == 0) {
            if (m_options.tuneAllocator && (batch.applied % AdviseEvery) == 0)
                adviseHugePages(); // the heap may have grown by another step
            if (deadlineNs >= 0 && m_clock.nsecsElapsed() >= deadlineNs)
                break;
        }
    }
    m_logLimit = std::max(m_logLimit, batch.logBegin + quint64(batch.applied));
}

void IngestPipeline::commit(qsizetype applied)
{
    m_series->notifyUpdated(); // points may arrive in a tick that applied no message
    if (!applied)
        return;
    m_tree->commit(QDateTime::currentMSecsSinceEpoch());
    m_log->commitUpTo(m_logLimit);
    m_history->notifyUpdated();
    Q_EMIT batchApplied(int(qMin<qsizetype>(applied, INT_MAX)));
}

void IngestPipeline::flush()
{
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        if (m_thread.joinable()) {
            while (!m_input.empty() || m_workerBusy)
                m_workerIdle.wait(lock);
        } else if (!m_input.empty()) {
            syncWorkerConfig();
            std::deque<Input> inputs;
            inputs.swap(m_input);
            lock.unlock();
            const qsizetype count = prepareInputs(inputs, m_ready);
            lock.lock();
            stored(count);
            m_ignoredLeaves = m_worker->ignoredLeaves();
        }
        while (!m_staged.empty()) {
            m_ready.push_back(std::move(m_staged.front()));
            m_staged.pop_front();
        }
    }
    commit(applyReady(-1));
}

void IngestPipeline::clear()
{
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        if (m_thread.joinable()) {
            while (m_workerBusy)
                m_workerIdle.wait(lock);
        }
        // Unprepared input has no ids yet and can simply go. Prepared batches lose their
        // messages but are still applied: the topics and series they introduce must reach
        // the GUI side, since the worker will not announce them again.
        qint64 discarded = 0;
        for (const Input &in : m_input)
            discarded += in.messages.size();
        m_unstored -= discarded;
        m_input.clear();
        for (IngestBatch &b : m_staged)
            m_ready.push_back(std::move(b));
        m_staged.clear();
        for (IngestBatch &b : m_ready) {
            discarded += b.size() - b.applied;
            b.discardMessages();
        }
        m_pending -= discarded;
        m_room.notify_all();
    }
    applyReady(-1);
    m_tree->clear();
    {
        // Both under one hold of the store lock: a slice the worker stored between the two
        // would leave log entries pointing at history sequence numbers the new histories count
        // again from 0, so a row would show another message's payload.
        const HistoryStore::Lock locked = m_history->lock();
        m_log->clear();
        m_history->clear();
    }
    m_series->clearPoints();
}

qint64 IngestPipeline::waitForRoom(qsizetype count)
{
    const qsizetype limit = qMax<qsizetype>(1, m_options.maxPendingMessages / 2);
    const qsizetype unstoredLimit = qMax<qsizetype>(1, unstoredBound() / 2);
    // A request larger than a limit waits for an empty pipeline, then goes in whole.
    const qsizetype wantedPending = qMin(count, limit);
    const qsizetype wantedUnstored = qMin(count, unstoredLimit);
    auto full = [&] {
        return m_pending.load(std::memory_order_relaxed) + wantedPending > limit
            || m_unstored.load(std::memory_order_relaxed) + wantedUnstored > unstoredLimit;
    };
    if (!full())
        return 0;
    QElapsedTimer waited;
    waited.start();
    std::unique_lock<std::mutex> lock(m_mutex);
    while (full() && !m_waitsCancelled && !m_stop)
        m_room.wait(lock);
    return waited.nsecsElapsed();
}

qint64 IngestPipeline::ingestWaiting(const QList<Mqtt::Message> &messages)
{
    const qsizetype part = qMax<qsizetype>(1, unstoredBound() / 8);
    qint64 waitedNs = 0;
    for (qsizetype offset = 0; offset < messages.size(); offset += part) {
        const qsizetype n = qMin(part, messages.size() - offset);
        waitedNs += waitForRoom(n);
        ingest(n == messages.size() ? messages : messages.mid(offset, n));
    }
    return waitedNs;
}

void IngestPipeline::cancelWaits()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_waitsCancelled = true;
    m_room.notify_all();
}

void IngestPipeline::resumeWaits()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_waitsCancelled = false;
}

IngestPipeline::Stats IngestPipeline::stats() const
{
    Stats s;
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        s.ingested = m_ingested;
        s.dropped = m_dropped;
        s.ignoredLeaves = m_ignoredLeaves;
    }
    s.pending = m_pending.load();
    s.applied = m_applied.load();
    s.ticks = m_ticks.load();
    s.longestApplyNs = m_longestApplyNs.load();
    s.longestApplyCpuNs = m_longestApplyCpuNs.load();
    return s;
}
