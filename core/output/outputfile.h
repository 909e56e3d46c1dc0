#pragma once

// The one way the program writes a file a user names (docs/reliability.md).
//
// - A regular file, or a name where nothing is yet, is written whole or not at all: into a
//   temporary file beside it (QSaveFile), every write checked, renamed over the target only
//   when all of it was written. A failed write (a full disk, a file size limit) leaves the
//   earlier file as it was and no temporary behind.
// - A symbolic link is followed only to a regular file, which is then replaced (the link
//   stays a link).
// - A character device (/dev/null, /dev/full, a terminal) or a named pipe is written
//   through, never renamed over; a pipe with no program reading from it is refused rather
//   than waited on.
// - A folder, a socket, a block device or a link to nothing is refused with a message.
//
// Writers that cannot report their own errors (QPdfWriter, QSvgGenerator, QImageWriter)
// draw into memory through writeFileFrom(), whose bytes then take the checked path above.

#include <QByteArray>
#include <QString>
#include <functional>

class QIODevice;

namespace eb::output {

// What a path names, symbolic links followed.
enum class TargetKind
{
    Missing,     // nothing there yet (the folder it would go in may not exist either)
    RegularFile, // replaced whole
    Device,      // a character device: written through
    Pipe,        // a named pipe: written through when a program reads from it
    Folder,      // refused
    Unwritable,  // a socket, a block device, a link to nothing: refused
};

struct Target
{
    TargetKind kind = TargetKind::Missing;
    QString path;   // where to write: a link's regular file resolved, otherwise as given
    QString reason; // for Unwritable: what it is ("a socket")
};

Target inspectTarget(const QString &path);

// Refuses, before anything is drawn, a target that would be refused anyway (a folder, a
// socket, a link to nothing, a missing folder to put the file in). True when writable.
bool checkOutputTarget(const QString &path, QString *error);

// Writes data to path as described above. False with *error ("cannot write PATH: why").
bool writeFile(const QString &path, const QByteArray &data, QString *error);

// Draws into memory with produce (which reports its own failures), then writes the bytes
// through writeFile(). The target is checked first, so nothing is drawn for a folder.
using Producer = std::function<bool(QIODevice &device, QString *error)>;
bool writeFileFrom(const QString &path, const Producer &produce, QString *error);

} // namespace eb::output
