#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

// Measures how long the thread it lives in stops handling events, as a user would see a frozen
// window: a timer asks to fire every intervalMs, and the longest gap between two firings, less
// that interval, is the longest stall. `mqttscope-cli bench ingest` runs one in its GUI thread.
class StallMonitor : public QObject
{
    Q_OBJECT
public:
    explicit StallMonitor(int intervalMs = 10, QObject *parent = nullptr);

    void start();
    // Also counts the time since the last beat, so a stall still going on is not missed.
    void stop();

    int intervalMs() const { return m_timer.interval(); }
    qint64 longestGapNs() const { return m_longestGapNs; }
    qint64 longestStallNs() const;
    quint64 beats() const { return m_beats; }

private:
    void beat();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_longestGapNs = 0;
    quint64 m_beats = 0;
};
