#pragma once

// A writable copy of the bundled catalogue the build makes, opened read-write: the fixture of
// the window tests that write (user records, assessments) and leave the build's file alone.

#include "catalogue/catalogue.h"

#include <QFile>
#include <QString>
#include <QTemporaryDir>

namespace eb::test {

// The copy's path inside `dir`, or an empty string when it cannot be copied or opened.
inline QString openCatalogueCopy(const QTemporaryDir &dir, eb::catalogue::Catalogue &catalogue)
{
    const QString path = dir.filePath(QStringLiteral("catalogue.sqlite"));
    if (!QFile::copy(QStringLiteral(EB_BINARY_DIR "/db/catalogue.sqlite"), path)) {
        return {};
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return catalogue.open(path, eb::catalogue::OpenMode::ReadWrite) ? path : QString();
}

} // namespace eb::test
