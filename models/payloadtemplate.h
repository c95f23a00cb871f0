#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QRandomGenerator;

// A payload with placeholders evaluated per message, for periodic publishing in the GUI and
// `mqttscope-cli pub --template`:
//   {{counter}}                   1, 2, 3 ... (the message's number)
//   {{timestamp}}                 ms since the epoch;  {{timestamp.iso}}  ISO-8601 UTC with ms
//   {{uuid}}                      a random UUID
//   {{random:MIN:MAX}}            a number in [MIN, MAX] (as many decimals as MIN/MAX, at least 2)
//   {{random.int:MIN:MAX}}        an integer in [MIN, MAX]
//   {{sine:PERIOD_S:MIN:MAX}}     a sine wave between MIN and MAX with that period, by the clock
// Everything else is copied as it is. Parsing checks names and arguments once.
class PayloadTemplate
{
    Q_DECLARE_TR_FUNCTIONS(PayloadTemplate)
public:
    struct Context
    {
        quint64 counter = 1;
        qint64 nowMs = 0;
        QRandomGenerator *random = nullptr; // the global generator when null
    };

    PayloadTemplate() = default;
    // An invalid template (isValid() false) with *error naming the placeholder and its
    // 1-based character position when something is wrong.
    static PayloadTemplate parse(const QString &text, QString *error = nullptr);

    bool isValid() const { return m_valid; }
    bool hasPlaceholders() const;
    QString render(const Context &context) const;

    // One line per placeholder, for tooltips and --help.
    static QString help();

private:
    enum class Kind { Literal, Counter, Timestamp, TimestampIso, Uuid, Random, RandomInt, Sine };
    struct Part
    {
        Kind kind = Kind::Literal;
        QString text; // Literal
        double a = 0, b = 0, c = 0;
        int decimals = 2;
    };
    static bool parsePlaceholder(const QString &body, int position, Part *part, QString *error);

    QList<Part> m_parts;
    bool m_valid = false;
};
