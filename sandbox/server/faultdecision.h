#pragma once

#include "faultrule.h"

namespace ra::sandbox {

// What the injector decided for one request. Value type.
struct FaultDecision
{
    FaultKind kind = FaultKind::None;
    int latencyMs = 0;
    int status = 0;
    int retryAfterSeconds = 0;
};

} // namespace ra::sandbox
