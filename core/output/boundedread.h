#pragma once

// The one way the program reads a file a user names (a deck, a CSV of results, a saved
// analysis): at most a stated number of bytes, whatever the file is. A regular file larger
// than that is refused without being read; a pipe or a device (/dev/zero, a named pipe) is read
// until its end or until the bound is passed, and a pipe no program writes to gives an empty
// read rather than a program that waits for ever. QFile::size() is 0 for pipes and devices, so
// it is never trusted alone.

#include <QByteArray>
#include <QString>
#include <optional>

namespace eb::output {

// The file's bytes, or nothing with *error ("PATH: too large ..."; "cannot read PATH: why").
std::optional<QByteArray> readBounded(const QString &path, qint64 maxBytes, QString *error);

// How long a read from a pipe or device waits for its next bytes before it gives up.
inline constexpr int kPipeQuietMilliseconds = 10000;

} // namespace eb::output
