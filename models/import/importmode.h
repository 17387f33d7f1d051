#pragma once

namespace ra {

// Which bulk endpoint a CSV is for: Bulk Import creates new users, Bulk
// Update changes existing ones (matched by Email, else Username).
enum class ImportMode { Import, Update };

} // namespace ra
