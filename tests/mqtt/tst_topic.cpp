#include "topic.h"

#include <QTest>

using namespace Mqtt;

class tst_Topic : public QObject
{
    Q_OBJECT

private slots:
    void topicName_data();
    void topicName();
    void topicFilter_data();
    void topicFilter();
    void matches_data();
    void matches();
    void sharedSubscription_data();
    void sharedSubscription();
};

void tst_Topic::topicName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("simple") << QStringLiteral("sport/tennis/player1") << true;
    QTest::newRow("single level") << QStringLiteral("a") << true;
    QTest::newRow("slash only") << QStringLiteral("/") << true;             // §4.7.1.1: two empty levels
    QTest::newRow("leading slash") << QStringLiteral("/finance") << true;
    QTest::newRow("empty levels") << QStringLiteral("a//b") << true;
    QTest::newRow("space") << QStringLiteral("a b/c d") << true;            // §4.7.3: spaces allowed
    QTest::newRow("dollar") << QStringLiteral("$SYS/broker/uptime") << true;
    QTest::newRow("unicode") << QStringLiteral("\u00e9t\u00e9/\u4e2d\u6587/\U0001F600") << true;
    QTest::newRow("empty") << QString() << false;                            // §4.7.3
    QTest::newRow("plus") << QStringLiteral("sport/+") << false;             // §4.7.1
    QTest::newRow("hash") << QStringLiteral("sport/#") << false;
    QTest::newRow("plus inside") << QStringLiteral("a+b") << false;
    QTest::newRow("nul") << QStringLiteral("a") + QChar(0) + QStringLiteral("b") << false; // §1.5.4
    QTest::newRow("lone high surrogate") << QString(QChar(0xD800)) << false;
    QTest::newRow("lone low surrogate") << QStringLiteral("a") + QChar(0xDC00) << false;
    QTest::newRow("65535 bytes") << QString(65535, u'a') << true;
    QTest::newRow("65536 bytes") << QString(65536, u'a') << false;
    // 21,845 three-byte characters are 65,535 bytes; one more is too many though fewer chars.
    QTest::newRow("65535 bytes utf8") << QString(21845, QChar(0x4e2d)) << true;
    QTest::newRow("65538 bytes utf8") << QString(21846, QChar(0x4e2d)) << false;
}

void tst_Topic::topicName()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QString why;
    QCOMPARE(Topic::isValidTopicName(name, &why), valid);
    QCOMPARE(why.isEmpty(), valid); // an invalid name always says why
}

void tst_Topic::topicFilter_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<bool>("valid");
    // MQTT 5 §4.7.1.2 and §4.7.1.3 examples.
    QTest::newRow("#") << QStringLiteral("#") << true;
    QTest::newRow("sport/tennis/#") << QStringLiteral("sport/tennis/#") << true;
    QTest::newRow("sport/tennis#") << QStringLiteral("sport/tennis#") << false;
    QTest::newRow("sport/tennis/#/ranking") << QStringLiteral("sport/tennis/#/ranking") << false;
    QTest::newRow("+") << QStringLiteral("+") << true;
    QTest::newRow("+/tennis/#") << QStringLiteral("+/tennis/#") << true;
    QTest::newRow("sport+") << QStringLiteral("sport+") << false;
    QTest::newRow("sport/+/player1") << QStringLiteral("sport/+/player1") << true;
    QTest::newRow("/+") << QStringLiteral("/+") << true;
    QTest::newRow("+/+") << QStringLiteral("+/+") << true;
    QTest::newRow("a/+b") << QStringLiteral("a/+b") << false;
    QTest::newRow("##") << QStringLiteral("##") << false;
    QTest::newRow("#/") << QStringLiteral("#/") << false;
    QTest::newRow("/#") << QStringLiteral("/#") << true;
    QTest::newRow("plain") << QStringLiteral("a/b") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("nul") << QStringLiteral("a/") + QChar(0) << false;
    QTest::newRow("too long") << QString(65536, u'a') << false;
    // MQTT 5 §4.8.2 shared subscriptions.
    QTest::newRow("$share ok") << QStringLiteral("$share/group/sport/#") << true;
    QTest::newRow("$share wildcard filter") << QStringLiteral("$share/g/+") << true;
    QTest::newRow("$share no filter") << QStringLiteral("$share/group") << false;
    QTest::newRow("$share empty filter") << QStringLiteral("$share/group/") << false;
    QTest::newRow("$share empty group") << QStringLiteral("$share//a") << false;
    QTest::newRow("$share + in group") << QStringLiteral("$share/g+/a") << false;
    QTest::newRow("$share # group") << QStringLiteral("$share/#/a") << false;
    QTest::newRow("$share bad inner") << QStringLiteral("$share/g/a#") << false;
    QTest::newRow("$shared is no share") << QStringLiteral("$shared/x") << true;
    QTest::newRow("$share alone") << QStringLiteral("$share") << true; // an ordinary topic filter
}

void tst_Topic::topicFilter()
{
    QFETCH(QString, filter);
    QFETCH(bool, valid);
    QString why;
    QCOMPARE(Topic::isValidTopicFilter(filter, &why), valid);
    QCOMPARE(why.isEmpty(), valid);
}

void tst_Topic::matches_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("topic");
    QTest::addColumn<bool>("match");
    // MQTT 5 §4.7.1.2: multi-level wildcard.
    QTest::newRow("# parent") << "sport/tennis/player1/#" << "sport/tennis/player1" << true;
    QTest::newRow("# child") << "sport/tennis/player1/#" << "sport/tennis/player1/ranking" << true;
    QTest::newRow("# grandchild") << "sport/tennis/player1/#" << "sport/tennis/player1/score/wimbledon" << true;
    QTest::newRow("sport/# sport") << "sport/#" << "sport" << true;
    QTest::newRow("sport/# sport/") << "sport/#" << "sport/" << true;
    QTest::newRow("sport/# other") << "sport/#" << "sports" << false;
    QTest::newRow("# everything") << "#" << "a/b/c" << true;
    QTest::newRow("# slash") << "#" << "/" << true;
    // §4.7.1.3: single-level wildcard.
    QTest::newRow("+ player1") << "sport/tennis/+" << "sport/tennis/player1" << true;
    QTest::newRow("+ player2") << "sport/tennis/+" << "sport/tennis/player2" << true;
    QTest::newRow("+ not deeper") << "sport/tennis/+" << "sport/tennis/player1/ranking" << false;
    QTest::newRow("sport/+ sport") << "sport/+" << "sport" << false;
    QTest::newRow("sport/+ sport/") << "sport/+" << "sport/" << true;
    QTest::newRow("+/+ /finance") << "+/+" << "/finance" << true;
    QTest::newRow("/+ /finance") << "/+" << "/finance" << true;
    QTest::newRow("+ /finance") << "+" << "/finance" << false;
    QTest::newRow("+ single") << "+" << "finance" << true;
    QTest::newRow("+/tennis/#") << "+/tennis/#" << "sport/tennis/player1" << true;
    QTest::newRow("middle +") << "a/+/c" << "a/b/c" << true;
    QTest::newRow("middle + empty") << "a/+/c" << "a//c" << true;
    QTest::newRow("middle + miss") << "a/+/c" << "a/b/d" << false;
    QTest::newRow("+/#") << "+/#" << "a" << true;
    // Exact and case-sensitive (§4.7.3).
    QTest::newRow("exact") << "a/b" << "a/b" << true;
    QTest::newRow("case") << "ACCOUNTS" << "Accounts" << false;
    QTest::newRow("prefix") << "a/b" << "a/b/c" << false;
    QTest::newRow("longer filter") << "a/b/c" << "a/b" << false;
    QTest::newRow("trailing slash") << "a/b/" << "a/b" << false;
    // §4.7.2: topics starting with '$'.
    QTest::newRow("# vs $SYS") << "#" << "$SYS/monitor/Clients" << false;
    QTest::newRow("+ vs $SYS") << "+/monitor/Clients" << "$SYS/monitor/Clients" << false;
    QTest::newRow("$SYS/#") << "$SYS/#" << "$SYS/monitor/Clients" << true;
    QTest::newRow("$SYS/monitor/+") << "$SYS/monitor/+" << "$SYS/monitor/Clients" << true;
    QTest::newRow("a/# vs a/$b") << "a/#" << "a/$b" << true; // only the first level is special
    // MQTT 5 §4.8.2: shared subscriptions match like their inner filter.
    QTest::newRow("$share #") << "$share/g/sport/#" << "sport/tennis" << true;
    QTest::newRow("$share +") << "$share/g/+/x" << "a/x" << true;
    QTest::newRow("$share miss") << "$share/g/a" << "b" << false;
    QTest::newRow("$share vs $SYS") << "$share/g/#" << "$SYS/x" << false;
    QTest::newRow("$share is not the topic") << "$share/g/a" << "$share/g/a" << false;
    QTest::newRow("unicode") << "\u00e9t\u00e9/+" << "\u00e9t\u00e9/\U0001F600" << true;
}

void tst_Topic::matches()
{
    QFETCH(QString, filter);
    QFETCH(QString, topic);
    QFETCH(bool, match);
    QVERIFY(Topic::isValidTopicFilter(filter));
    QVERIFY(Topic::isValidTopicName(topic));
    QCOMPARE(Topic::matches(filter, topic), match);
}

void tst_Topic::sharedSubscription_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<bool>("shared");
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("inner");
    QTest::newRow("simple") << "$share/group/a/b" << true << "group" << "a/b";
    QTest::newRow("wildcard inner") << "$share/consumers/sensors/#" << true << "consumers" << "sensors/#";
    QTest::newRow("not shared") << "a/b" << false << QString() << QString();
    QTest::newRow("$shared") << "$shared/a" << false << QString() << QString();
    QTest::newRow("invalid") << "$share/g" << true << QString() << QString();
}

void tst_Topic::sharedSubscription()
{
    QFETCH(QString, filter);
    QFETCH(bool, shared);
    QFETCH(QString, group);
    QFETCH(QString, inner);
    QCOMPARE(Topic::isSharedSubscription(filter), shared);
    const auto parsed = Topic::parseSharedSubscription(filter);
    QCOMPARE(parsed.has_value(), !group.isEmpty());
    if (parsed) {
        QCOMPARE(parsed->group, group);
        QCOMPARE(parsed->filter, inner);
    }
}

QTEST_GUILESS_MAIN(tst_Topic)
#include "tst_topic.moc"
