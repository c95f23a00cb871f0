#include "simulatedhome.h"

#include <QDataStream>
#include <QDateTime>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace {

QString topicFor(const QString &room, const char *leaf)
{
    return QStringLiteral("home/%1/%2").arg(room, QLatin1String(leaf));
}

double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

SimulatedHome::SimulatedHome(const QStringList &rooms, quint32 seed)
    : m_rooms(rooms), m_random(seed ? seed : QRandomGenerator::global()->generate())
{
    for (const QString &name : rooms) {
        Room room;
        room.name = name;
        room.temperatureTarget = 19.0 + m_random.bounded(7.0);
        room.humidityTarget = 38.0 + m_random.bounded(25.0);
        room.temperature = room.temperatureTarget + gaussian(0.5);
        room.humidity = room.humidityTarget + gaussian(2.0);
        m_state.push_back(room);
    }
}

QStringList SimulatedHome::defaultRooms(int count)
{
    static const char *const names[] = {"livingroom", "kitchen", "bedroom", "bathroom", "office", "garage"};
    QStringList rooms;
    for (int i = 0; i < count; ++i)
        rooms << (i < int(std::size(names)) ? QString::fromLatin1(names[i]) : QStringLiteral("room%1").arg(i + 1));
    return rooms;
}

double SimulatedHome::gaussian(double sigma)
{
    // Box-Muller: enough for drifting sensor values.
    const double u1 = std::max(m_random.generateDouble(), 1e-12);
    const double u2 = m_random.generateDouble();
    return sigma * std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
}

Mqtt::Message SimulatedHome::nextSensorReading(quint8 qos)
{
    if (m_state.empty())
        return {};
    Room &room = m_state[size_t(m_nextRoom)];
    m_nextRoom = (m_nextRoom + 1) % int(m_state.size());
    // A random walk pulled back to the room's own level: values move a little every second
    // and stay plausible for hours. Now and then the level itself shifts (a window opened,
    // the heating came on).
    if (m_random.bounded(60) == 0)
        room.temperatureTarget = std::clamp(room.temperatureTarget + gaussian(1.5), 16.0, 28.0);
    if (m_random.bounded(60) == 0)
        room.humidityTarget = std::clamp(room.humidityTarget + gaussian(5.0), 30.0, 75.0);
    room.temperature += 0.1 * (room.temperatureTarget - room.temperature) + gaussian(0.08);
    room.humidity += 0.1 * (room.humidityTarget - room.humidity) + gaussian(0.3);
    room.humidity = std::clamp(room.humidity, 5.0, 99.0);

    QJsonObject reading;
    reading.insert(QStringLiteral("temperature"), rounded(room.temperature, 1));
    reading.insert(QStringLiteral("humidity"), rounded(room.humidity, 1));
    reading.insert(QStringLiteral("timestamp"), rounded(QDateTime::currentMSecsSinceEpoch() / 1000.0, 3));
    return Mqtt::Message(topicFor(room.name, "sensor"), compactJson(reading), qos);
}

QList<Mqtt::Message> SimulatedHome::roomStatuses()
{
    QList<Mqtt::Message> messages;
    for (const Room &room : m_state) {
        QJsonObject status;
        status.insert(QStringLiteral("state"), QStringLiteral("online"));
        status.insert(QStringLiteral("battery"), 55 + int(m_random.bounded(45)));
        status.insert(QStringLiteral("firmware"), QStringLiteral("2.3.%1").arg(m_random.bounded(4)));
        messages << Mqtt::Message(topicFor(room.name, "status"), compactJson(status), 1, true);
        messages << Mqtt::Message(topicFor(room.name, "light"), room.light ? "on" : "off", 0, true);
    }
    return messages;
}

QList<Mqtt::Message> SimulatedHome::extras()
{
    static const char *const notifications[] = {
        "Front door unlocked",
        "Washing machine finished",
        "客厅空气质量良好",
        "Window open in the kitchen",
        "Motion detected in the garage",
        "厨房烟雾传感器自检完成",
    };
    QList<Mqtt::Message> messages;
    if (!m_state.empty()) {
        Room &room = m_state[size_t(m_random.bounded(int(m_state.size())))];
        room.light = !room.light;
        messages << Mqtt::Message(topicFor(room.name, "light"), room.light ? "on" : "off", 0, true);
    }
    const char *note = notifications[size_t(m_notification++) % std::size(notifications)];
    messages << Mqtt::Message(QStringLiteral("home/notifications"), QByteArray(note), 0);

    // A binary frame, as a cheap meter would send it.
    m_watts = std::clamp(m_watts + gaussian(40.0), 80.0, 3500.0);
    m_energyWh += quint32(m_watts / 1200.0) + 1; // about three seconds' worth
    QByteArray frame;
    QDataStream out(&frame, QIODevice::WriteOnly);
    out.setByteOrder(QDataStream::BigEndian);
    out.setFloatingPointPrecision(QDataStream::SinglePrecision);
    out.writeRawData("EM", 2);
    out << m_energySeq++ << float(m_watts) << m_energyWh;
    messages << Mqtt::Message(QStringLiteral("home/garage/energy/raw"), frame, 0);

    if (m_random.bounded(4) == 0)
        messages << Mqtt::Message(QStringLiteral("home/hallway/doorbell/ring"), "ring", 1);
    return messages;
}

QList<Mqtt::Message> SimulatedHome::burst(int count)
{
    QList<Mqtt::Message> messages;
    messages.reserve(count);
    const double amplitude = 0.2 + m_random.bounded(1.5);
    for (int i = 0; i < count; ++i) {
        const double decay = std::exp(-3.0 * i / std::max(count, 1));
        QJsonObject sample;
        sample.insert(QStringLiteral("x"), rounded(amplitude * decay * std::sin(i * 0.9) + gaussian(0.02), 3));
        sample.insert(QStringLiteral("y"), rounded(amplitude * decay * std::cos(i * 1.3) + gaussian(0.02), 3));
        sample.insert(QStringLiteral("z"), rounded(1.0 + amplitude * 0.3 * decay * std::sin(i * 2.1) + gaussian(0.02), 3));
        sample.insert(QStringLiteral("n"), i);
        messages << Mqtt::Message(QStringLiteral("home/garage/vibration"), compactJson(sample), 0);
    }
    return messages;
}

Mqtt::Message SimulatedHome::doorbellOnline()
{
    return Mqtt::Message(doorbellStatusTopic(), "online", 1, true);
}

Mqtt::Message SimulatedHome::doorbellWill()
{
    return Mqtt::Message(doorbellStatusTopic(), "offline", 1, true);
}
