#pragma once

#include <QtGlobal>

#include <algorithm>
#include <deque>

// An ascending list of sequence numbers (the log rows a filter accepted), kept as runs of
// consecutive numbers: a filter that accepts everything holds one run however many rows the
// log has, where a plain list cost 8 bytes a row (8 MB for a million-row log). Rows are
// appended at the end and dropped from the front; row i is found by binary search over the
// runs.
class SequenceRuns
{
public:
    qsizetype size() const { return qsizetype(m_end - m_base); }
    bool isEmpty() const { return m_end == m_base; }
    qsizetype runCount() const { return qsizetype(m_runs.size()); }

    // `sequence` must be greater than every number held.
    void append(quint64 sequence)
    {
        if (m_runs.empty() || sequence != lastSequence() + 1)
            m_runs.push_back(Run{sequence, m_end});
        ++m_end;
    }

    // The number in row `row` (0 <= row < size()).
    quint64 at(qsizetype row) const
    {
        const quint64 abs = m_base + quint64(row);
        const auto it = std::upper_bound(m_runs.begin(), m_runs.end(), abs,
                                         [](quint64 a, const Run &r) { return a < r.firstRow; });
        const Run &r = *(it - 1);
        return r.firstSequence + (abs - r.firstRow);
    }

    // The row holding `sequence`, or -1.
    qsizetype indexOf(quint64 sequence) const
    {
        bool held = false;
        const quint64 abs = lowerRow(sequence, &held);
        return held && abs >= m_base ? qsizetype(abs - m_base) : -1;
    }

    // How many of the numbers held are below `sequence`.
    qsizetype countBelow(quint64 sequence) const
    {
        return qsizetype(std::max(lowerRow(sequence, nullptr), m_base) - m_base);
    }

    // Drops the numbers below `sequence`; returns how many rows went.
    qsizetype dropBelow(quint64 sequence)
    {
        const qsizetype gone = countBelow(sequence);
        m_base += quint64(gone);
        while (m_runs.size() > 1 && m_runs[1].firstRow <= m_base)
            m_runs.pop_front();
        if (m_base == m_end)
            m_runs.clear();
        return gone;
    }

    void clear()
    {
        m_runs.clear();
        m_base = m_end = 0;
    }

private:
    struct Run
    {
        quint64 firstSequence;
        quint64 firstRow; // counted from the first number ever appended (since clear())
    };
    // The row (counted like firstRow) of the first number >= sequence, m_end if none; *held:
    // whether that number is `sequence`.
    quint64 lowerRow(quint64 sequence, bool *held) const
    {
        const auto it = std::upper_bound(m_runs.begin(), m_runs.end(), sequence,
                                         [](quint64 s, const Run &r) { return s < r.firstSequence; });
        const quint64 end = it == m_runs.end() ? m_end : it->firstRow;
        quint64 abs = end;
        if (it != m_runs.begin()) {
            const Run &r = *(it - 1);
            abs = std::min(end, r.firstRow + (sequence - r.firstSequence));
        }
        if (held)
            *held = abs < end;
        return abs;
    }
    quint64 lastSequence() const
    {
        const Run &r = m_runs.back();
        return r.firstSequence + (m_end - r.firstRow) - 1;
    }

    std::deque<Run> m_runs;
    quint64 m_base = 0; // rows before this were dropped
    quint64 m_end = 0;
};
