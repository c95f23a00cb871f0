#pragma once

#include "protocol.h"

namespace Mqtt {

// The rules of automatic reconnect, kept free of timers and sockets so they can be tested
// without waiting.
namespace ReconnectPolicy {

// The delay before automatic reconnect attempt `attempt` (1 for the first) without jitter:
// initialDelayMs doubled per attempt, never more than maxDelayMs.
int baseDelayMs(int attempt, int initialDelayMs, int maxDelayMs);
// The delay actually waited: the base delay shortened by up to a quarter, `random` in [0, 1)
// choosing how much, so that clients a broker dropped all at once do not all come back in
// the same instant. Always between 3/4 of the base delay and the base delay; with the
// quarter taken off, attempt n+1 still waits longer than attempt n until the cap is reached.
int delayMs(int attempt, int initialDelayMs, int maxDelayMs, double random);
// How long a connection must last before the backoff starts again from the initial delay: twice
// the longest delay. A connection that drops sooner continues the backoff, so a broker that
// accepts and then drops at once (two clients with one client id taking the session from each
// other, when the broker does not say so with DISCONNECT 0x8E) sees retries slow to the cap
// instead of a reconnect every initial delay.
int stableConnectionMs(int initialDelayMs, int maxDelayMs);

// Whether a broker that refused CONNECT with this reason code (MQTT 5 §3.2.2.2; 3.1.1 return
// codes are mapped onto these) can be expected to accept the same CONNECT later. Bad
// credentials, a ban, an unsupported protocol version or a rejected client id do not go away
// by asking again; a busy or unavailable server may.
bool isRetryableRefusal(ReasonCode code);
// Whether to reconnect after the broker ended the connection with this DISCONNECT reason code
// (MQTT 5 §3.14.2.1). Not after a session takeover: two clients with one client id would
// otherwise take the session from each other forever.
bool isRetryableDisconnect(ReasonCode code);

} // namespace ReconnectPolicy
} // namespace Mqtt
