#pragma once
// SQLite page cache and memory map per connection (Book::configure applies them to each
// connection opened afterwards). The defaults (64 MiB cache, 256 MiB map) suit the CLI, a
// single connection reading a big book. The GUI holds several connections at once (the
// window's and its background jobs') under a 300 MB budget (docs/performance.md "GUI"),
// so its main() asks for a smaller cache and no map: mapped pages count as the process's
// resident memory, one map per connection.

#include <QtGlobal>

namespace ardesk {

struct ConnectionTuning final
{
    qint64 cacheKiB = 65536;
    qint64 mmapBytes = 268435456;
};

// For a process that reads a few thousand scattered pages of a book once (the CLI's work
// queue): no map, as every page the reads touch in it counts as the process's resident
// memory (about 230 MB of a 1m book for one queue as of a past date), and a 16 MiB cache;
// the CPU is the same (docs/performance.md "Issue 8, session 11: a queue as of a past date").
inline constexpr ConnectionTuning kScatteredReadTuning{.cacheKiB = 16384, .mmapBytes = 0};

// Process-wide; set before opening books.
void setConnectionTuning(ConnectionTuning tuning);
ConnectionTuning connectionTuning();

} // namespace ardesk
