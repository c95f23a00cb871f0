#pragma once

#include <QApplication>
#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QThread>

#include <algorithm>
#include <cstdio>

// For --slow-events: times every event the GUI thread dispatches (outermost ones only) and
// keeps the slowest, so a stall can be traced to the widget and event that caused it.
class TimedApplication : public QApplication
{
public:
    using QApplication::QApplication;

    bool timing = false;
    const QElapsedTimer *clock = nullptr; // for when a slow event began
    struct Slow
    {
        double ms;
        QString what;
    };
    QList<Slow> slowest; // longest first, at most 8

    bool notify(QObject *receiver, QEvent *event) override
    {
        // notify() runs on every thread; only the GUI thread's events count.
        if (!timing || m_depth > 0 || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        const int type = event->type(); // the event may be gone afterwards
        QElapsedTimer t;
        t.start();
        ++m_depth;
        const bool result = QApplication::notify(receiver, event);
        --m_depth;
        const double ms = double(t.nsecsElapsed()) / 1e6;
        if (ms >= 5 && (slowest.size() < 8 || ms > slowest.constLast().ms)) {
            const double began = clock ? double(clock->nsecsElapsed()) / 1e6 - ms : 0;
            QObject *parent = receiver->parent();
            const QString what = QStringLiteral("at %5 ms: %1 \"%2\" (in %3), event %4")
                                     .arg(QString::fromLatin1(receiver->metaObject()->className()), receiver->objectName(),
                                          parent ? QString::fromLatin1(parent->metaObject()->className()) : QStringLiteral("-"))
                                     .arg(type)
                                     .arg(began, 0, 'f', 0);
            auto at = std::find_if(slowest.begin(), slowest.end(), [ms](const Slow &s) { return s.ms < ms; });
            slowest.insert(at, Slow{ms, what});
            if (slowest.size() > 8)
                slowest.removeLast();
        }
        return result;
    }

private:
    int m_depth = 0;
};

// Prints TimedApplication::slowest, one line each.
inline void printSlowEvents(const TimedApplication &app)
{
    for (const TimedApplication::Slow &slow : std::as_const(app.slowest))
        std::printf("slow event: %.1f ms %s\n", slow.ms, qUtf8Printable(slow.what));
}
