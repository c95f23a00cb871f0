#include "sequenceruns.h"

#include <QRandomGenerator>
#include <QTest>

#include <vector>

class tst_SequenceRuns : public QObject
{
    Q_OBJECT

private slots:
    void everythingAcceptedIsOneRun()
    {
        SequenceRuns runs;
        for (quint64 s = 100; s < 100100; ++s)
            runs.append(s);
        QCOMPARE(runs.size(), 100000);
        QCOMPARE(runs.runCount(), 1);
        QCOMPARE(runs.at(0), quint64(100));
        QCOMPARE(runs.at(99999), quint64(100099));
        QCOMPARE(runs.indexOf(5100), 5000);
        QCOMPARE(runs.indexOf(99), -1);
        QCOMPARE(runs.indexOf(100100), -1);
        QCOMPARE(runs.dropBelow(600), 500);
        QCOMPARE(runs.at(0), quint64(600));
        QCOMPARE(runs.indexOf(600), 0);
        QCOMPARE(runs.indexOf(599), -1);
    }

    // Against a plain list, with random gaps and drops from the front.
    void matchesAPlainList()
    {
        QRandomGenerator rng(11);
        SequenceRuns runs;
        std::vector<quint64> plain;
        quint64 next = 0;
        for (int round = 0; round < 200; ++round) {
            for (int i = 0; i < 500; ++i) {
                next += rng.bounded(4) == 0 ? 1 + rng.bounded(5) : 1;
                runs.append(next);
                plain.push_back(next);
            }
            if (round % 3 == 0) {
                const quint64 below = plain.empty() ? 0 : plain[size_t(rng.bounded(quint32(plain.size())))] + rng.bounded(2);
                const auto keep = std::lower_bound(plain.begin(), plain.end(), below);
                const auto gone = qsizetype(keep - plain.begin());
                QCOMPARE(runs.countBelow(below), gone);
                QCOMPARE(runs.dropBelow(below), gone);
                plain.erase(plain.begin(), keep);
            }
            QCOMPARE(runs.size(), qsizetype(plain.size()));
            for (int k = 0; k < 50 && !plain.empty(); ++k) {
                const auto row = qsizetype(rng.bounded(quint32(plain.size())));
                QCOMPARE(runs.at(row), plain[size_t(row)]);
                QCOMPARE(runs.indexOf(plain[size_t(row)]), row);
                const quint64 probe = plain.front() + rng.bounded(quint32(next - plain.front() + 2));
                const auto it = std::lower_bound(plain.begin(), plain.end(), probe);
                const qsizetype expected = it != plain.end() && *it == probe ? qsizetype(it - plain.begin()) : -1;
                QCOMPARE(runs.indexOf(probe), expected);
            }
        }
        QVERIFY(runs.runCount() < qsizetype(plain.size()));
        QCOMPARE(runs.dropBelow(next + 1), qsizetype(plain.size()));
        QVERIFY(runs.isEmpty());
        runs.append(next + 1);
        QCOMPARE(runs.at(0), next + 1);
        QCOMPARE(runs.indexOf(next + 1), 0);
    }
};

QTEST_GUILESS_MAIN(tst_SequenceRuns)
#include "tst_sequenceruns.moc"
