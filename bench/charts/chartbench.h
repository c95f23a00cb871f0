#pragma once

#include <QString>

// Figures for the README's chart benchmarks.
namespace ChartBench {

// A 1200 x 600 chart of `series` series of `points` points each, redrawn `frames` times after
// one new point per series (so every frame really replots). Prints ms per frame for the
// decimated path (ChartPanel) and for handing Qt Charts every point.
int redraw(int series, qsizetype points, int frames, bool undecimated);

// Connects to a broker (the stream source) and ingests `count` messages while a dashboard of
// 4 charts x 10 wildcard series on the stream's topics is shown and replotting. Prints msg/s
// and the GUI thread's longest stall.
int live(const QString &host, quint16 port, qint64 count, int workerNice);

} // namespace ChartBench
