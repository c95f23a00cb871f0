#pragma once

// Sample packets shared by the codec tests and the fuzzing seed corpus generator.

#include "packets.h"

#include <QByteArray>
#include <QList>
#include <QPair>

namespace CodecTest {

// The MQTT 5 §2.2.2.2 property table, written out independently of the codec's own copy.
// PacketType::Reserved stands for the Will properties.
QList<Mqtt::PropertyId> allowedProperties(Mqtt::PacketType context);
// Every property identifier the specification defines.
const QList<Mqtt::PropertyId> &allPropertyIds();
// Puts a valid sample value of the property into props.
void setSample(Mqtt::Properties &props, Mqtt::PropertyId id, Mqtt::PacketType context);
// Every property allowed in the context, with sample values.
Mqtt::Properties fullProperties(Mqtt::PacketType context);
// Named sample packets of every type, valid for the version; with every allowed property in 5.0.
QList<QPair<QByteArray, Mqtt::Packet>> samplePackets(Mqtt::ProtocolVersion version);

} // namespace CodecTest
