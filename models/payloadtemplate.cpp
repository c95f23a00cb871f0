#include "payloadtemplate.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QUuid>

#include <cmath>

namespace {

constexpr double Pi = 3.14159265358979323846;

int decimalsOf(const QString &number)
{
    const qsizetype dot = number.indexOf(u'.');
    return dot < 0 ? 0 : int(number.size() - dot - 1);
}

} // namespace

bool PayloadTemplate::parsePlaceholder(const QString &body, int position, Part *part, QString *error)
{
    const QStringList args = body.trimmed().split(u':');
    const QString name = args.first();
    auto fail = [&](const QString &why) {
        if (error)
            *error = tr("Placeholder {{%1}} at position %2: %3").arg(body).arg(position).arg(why);
        return false;
    };
    auto numbers = [&](int count, double *out) {
        if (args.size() != count + 1)
            return false;
        for (int i = 0; i < count; ++i) {
            bool ok = false;
            out[i] = args.at(i + 1).trimmed().toDouble(&ok);
            if (!ok || !std::isfinite(out[i]))
                return false;
        }
        return true;
    };
    double v[3] = {0, 0, 0};
    if (name == QLatin1String("counter") && args.size() == 1) {
        part->kind = Kind::Counter;
    } else if (name == QLatin1String("timestamp") && args.size() == 1) {
        part->kind = Kind::Timestamp;
    } else if ((name == QLatin1String("timestamp.iso") && args.size() == 1)
               || (name == QLatin1String("timestamp") && args.size() == 2 && args.at(1) == QLatin1String("iso"))) {
        part->kind = Kind::TimestampIso;
    } else if (name == QLatin1String("uuid") && args.size() == 1) {
        part->kind = Kind::Uuid;
    } else if (name == QLatin1String("random") || name == QLatin1String("random.int")) {
        if (!numbers(2, v))
            return fail(tr("expects two numbers, {{%1:MIN:MAX}}").arg(name));
        if (v[0] > v[1])
            return fail(tr("MIN is larger than MAX"));
        part->kind = name == QLatin1String("random") ? Kind::Random : Kind::RandomInt;
        if (part->kind == Kind::RandomInt && (v[0] != std::floor(v[0]) || v[1] != std::floor(v[1])))
            return fail(tr("MIN and MAX must be integers"));
        if (part->kind == Kind::RandomInt && (std::abs(v[0]) > 9e15 || std::abs(v[1]) > 9e15))
            return fail(tr("MIN and MAX must lie within ±9e15"));
        part->decimals = qMax(2, qMax(decimalsOf(args.at(1)), decimalsOf(args.at(2))));
    } else if (name == QLatin1String("sine")) {
        if (!numbers(3, v))
            return fail(tr("expects three numbers, {{sine:PERIOD_S:MIN:MAX}}"));
        if (v[0] <= 0)
            return fail(tr("the period must be more than 0 seconds"));
        if (v[1] > v[2])
            return fail(tr("MIN is larger than MAX"));
        part->kind = Kind::Sine;
        part->decimals = qMax(2, qMax(decimalsOf(args.at(2)), decimalsOf(args.at(3))));
    } else {
        return fail(tr("unknown placeholder (known: counter, timestamp, timestamp.iso, uuid, random, random.int, sine)"));
    }
    part->a = v[0];
    part->b = v[1];
    part->c = v[2];
    return true;
}

PayloadTemplate PayloadTemplate::parse(const QString &text, QString *error)
{
    PayloadTemplate t;
    qsizetype i = 0;
    QString literal;
    while (i < text.size()) {
        const qsizetype open = text.indexOf(QLatin1String("{{"), i);
        if (open < 0) {
            literal += text.mid(i);
            break;
        }
        literal += text.mid(i, open - i);
        const qsizetype close = text.indexOf(QLatin1String("}}"), open + 2);
        if (close < 0) {
            if (error)
                *error = tr("\"{{\" at position %1 is not closed by \"}}\"").arg(open + 1);
            return PayloadTemplate();
        }
        Part part;
        if (!parsePlaceholder(text.mid(open + 2, close - open - 2), int(open) + 1, &part, error))
            return PayloadTemplate();
        if (!literal.isEmpty()) {
            Part lit;
            lit.text = literal;
            t.m_parts.append(lit);
            literal.clear();
        }
        t.m_parts.append(part);
        i = close + 2;
    }
    if (!literal.isEmpty()) {
        Part lit;
        lit.text = literal;
        t.m_parts.append(lit);
    }
    t.m_valid = true;
    return t;
}

bool PayloadTemplate::hasPlaceholders() const
{
    for (const Part &p : m_parts) {
        if (p.kind != Kind::Literal)
            return true;
    }
    return false;
}

QString PayloadTemplate::render(const Context &context) const
{
    QRandomGenerator *random = context.random ? context.random : QRandomGenerator::global();
    QString out;
    for (const Part &p : m_parts) {
        switch (p.kind) {
        case Kind::Literal:
            out += p.text;
            break;
        case Kind::Counter:
            out += QString::number(context.counter);
            break;
        case Kind::Timestamp:
            out += QString::number(context.nowMs);
            break;
        case Kind::TimestampIso:
            out += QDateTime::fromMSecsSinceEpoch(context.nowMs, Qt::UTC).toString(Qt::ISODateWithMs);
            break;
        case Kind::Uuid:
            out += QUuid::createUuid().toString(QUuid::WithoutBraces);
            break;
        case Kind::Random:
            out += QString::number(p.a + random->generateDouble() * (p.b - p.a), 'f', p.decimals);
            break;
        case Kind::RandomInt: {
            const auto lo = qint64(p.a);
            const auto span = quint64(qint64(p.b) - lo) + 1;
            out += QString::number(lo + qint64(random->bounded(span)));
            break;
        }
        case Kind::Sine: {
            const double seconds = double(context.nowMs) / 1000.0;
            const double phase = std::fmod(seconds, p.a) / p.a;
            const double value = p.b + (p.c - p.b) * (0.5 + 0.5 * std::sin(2 * Pi * phase));
            out += QString::number(value, 'f', p.decimals);
            break;
        }
        }
    }
    return out;
}

QString PayloadTemplate::help()
{
    return tr("{{counter}} the message's number (1, 2, 3 …)\n"
              "{{timestamp}} milliseconds since 1970; {{timestamp.iso}} ISO-8601 time (UTC)\n"
              "{{uuid}} a random UUID\n"
              "{{random:MIN:MAX}} a number between MIN and MAX\n"
              "{{random.int:MIN:MAX}} a whole number between MIN and MAX\n"
              "{{sine:PERIOD_S:MIN:MAX}} a sine wave between MIN and MAX with a period in seconds");
}
