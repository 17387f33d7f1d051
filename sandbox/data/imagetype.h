#pragma once

#include <QByteArray>

namespace ra::sandbox {

// The image type of a file judged from its bytes (magic numbers), never from
// its name or a declared Content-Type: "image/png", "image/jpeg",
// "image/gif" or "image/webp"; empty for anything else. The sandbox stores
// and serves uploads only as these. Pure function; any thread.
QByteArray imageTypeOf(const QByteArray &bytes);

} // namespace ra::sandbox
