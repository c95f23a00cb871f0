#pragma once

#include "message.h"

#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <vector>

// The data side of the simulator: a house whose rooms have sensors that drift plausibly,
// lights, an energy meter with a binary frame, a vibration sensor that sends bursts and a
// doorbell. Builds the messages; SensorSimulator decides when to send them and owns the
// connections. Topics, all under "home/":
//
//   home/<room>/sensor             {"temperature": 22.4, "humidity": 51.3, "timestamp": 1.7e9}  (as the seed's publisher)
//   home/<room>/status             retained JSON: state, battery, firmware
//   home/<room>/light              text: on / off
//   home/notifications             text (English and Chinese)
//   home/garage/energy/raw         binary frame (big-endian: "EM", seq u16, watts f32, Wh u32)
//   home/garage/vibration          JSON samples, sent in bursts
//   home/hallway/doorbell/status   retained text online / offline (the offline one is the Last Will)
//   home/hallway/doorbell/ring     text
class SimulatedHome
{
public:
    explicit SimulatedHome(const QStringList &rooms, quint32 seed = 0);

    // "livingroom", "kitchen", "bedroom" ... then "room7", "room8" ...
    static QStringList defaultRooms(int count);
    static QString doorbellStatusTopic() { return QStringLiteral("home/hallway/doorbell/status"); }

    const QStringList &rooms() const { return m_rooms; }

    // The next reading of one room's sensor (rooms take turns), drifted since its last one.
    Mqtt::Message nextSensorReading(quint8 qos);
    // Retained status and light state of every room (so a lamp tile has a state from the start).
    QList<Mqtt::Message> roomStatuses();
    // A light switched, a notification, an energy meter frame, sometimes a ring.
    QList<Mqtt::Message> extras();
    // `count` vibration samples at once.
    QList<Mqtt::Message> burst(int count);

    static Mqtt::Message doorbellOnline();
    static Mqtt::Message doorbellWill(); // payload "offline", retained, QoS 1

private:
    struct Room
    {
        QString name;
        double temperature;
        double humidity;
        double temperatureTarget;
        double humidityTarget;
        bool light = false;
    };
    double gaussian(double sigma);

    QStringList m_rooms;
    std::vector<Room> m_state;
    QRandomGenerator m_random;
    int m_nextRoom = 0;
    quint16 m_energySeq = 0;
    double m_watts = 450.0;
    quint32 m_energyWh = 152300;
    int m_notification = 0;
};
