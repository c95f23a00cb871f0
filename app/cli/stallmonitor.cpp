#include "stallmonitor.h"

StallMonitor::StallMonitor(int intervalMs, QObject *parent) : QObject(parent)
{
    // PreciseTimer: a coarse timer may fire up to 5% late by design, which would read as a stall.
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(qMax(1, intervalMs));
    connect(&m_timer, &QTimer::timeout, this, &StallMonitor::beat);
}

void StallMonitor::start()
{
    m_longestGapNs = 0;
    m_beats = 0;
    m_clock.start();
    m_lastNs = 0;
    m_timer.start();
}

void StallMonitor::stop()
{
    if (!m_timer.isActive())
        return;
    m_timer.stop();
    m_longestGapNs = qMax(m_longestGapNs, m_clock.nsecsElapsed() - m_lastNs);
}

qint64 StallMonitor::longestStallNs() const
{
    return qMax<qint64>(0, m_longestGapNs - qint64(m_timer.interval()) * 1000 * 1000);
}

void StallMonitor::beat()
{
    const qint64 now = m_clock.nsecsElapsed();
    m_longestGapNs = qMax(m_longestGapNs, now - m_lastNs);
    m_lastNs = now;
    ++m_beats;
}
