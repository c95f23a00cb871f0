#include "transport.h"

namespace Mqtt {

Transport::~Transport() = default;

} // namespace Mqtt
