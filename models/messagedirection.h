#pragma once

#include <QtGlobal>

// Whether a logged message came from the broker or was published by us.
enum class MessageDirection : quint8 { Received, Sent };
