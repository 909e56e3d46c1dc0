#include "output/folderwriter.h"

#include "output/messagetext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace eb::output {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::output", text);
}

QString cannotWrite(const QString &path, const QString &why)
{
    return tr("cannot write the folder %1: %2").arg(elidedInput(path, 80), why);
}

QString systemError(int number)
{
    return QString::fromLocal8Bit(std::strerror(number));
}

// A name beside `target` no other writer picks: ".NAME.partial-XXXXXX" (or ".old-").
QString besideName(const QString &target, const char *what)
{
    const QFileInfo info(target);
    const QString random = QString::number(QRandomGenerator::global()->generate64(), 36)
                               .right(8)
                               .rightJustified(8, QLatin1Char('0'));
    return info.absoluteDir().filePath(
        QStringLiteral(".%1.%2-%3").arg(info.fileName(), QLatin1String(what), random));
}

// Exchanges two names in one step (Linux renameat2 with RENAME_EXCHANGE).
bool exchange(const QString &a, const QString &b)
{
    return ::renameat2(AT_FDCWD, QFile::encodeName(a).constData(), AT_FDCWD,
                       QFile::encodeName(b).constData(), RENAME_EXCHANGE) == 0;
}

} // namespace

FolderWriter::~FolderWriter()
{
    if (!m_temporary.isEmpty()) {
        QDir(m_temporary).removeRecursively();
    }
}

bool FolderWriter::isNonEmptyFolder(const QString &path)
{
    const QFileInfo info(path);
    return info.isDir() &&
           !QDir(path)
                .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)
                .isEmpty();
}

bool FolderWriter::begin(const QString &target, bool replace, QString *error)
{
    if (target.trimmed().isEmpty()) {
        *error = tr("no folder name given");
        return false;
    }
    // A link to a folder: the folder it leads to is the one replaced (the link stays).
    const QFileInfo info(target);
    m_target = info.isSymLink() ? info.canonicalFilePath() : info.absoluteFilePath();
    if (m_target.isEmpty()) {
        *error = cannotWrite(target, tr("it is a link to nothing"));
        return false;
    }
    const QFileInfo resolved(m_target);
    if (resolved.exists() && !resolved.isDir()) {
        *error = cannotWrite(target, tr("it is a file, not a folder"));
        return false;
    }
    if (!replace && isNonEmptyFolder(m_target)) {
        *error = cannotWrite(
            target, tr("it already holds files; choose an empty or new folder, or replace it"));
        return false;
    }
    if (!QDir().mkpath(resolved.absolutePath())) {
        *error = cannotWrite(
            target,
            tr("the folder %1 cannot be made").arg(elidedInput(resolved.absolutePath(), 80)));
        return false;
    }
    m_replace = replace;
    for (int attempt = 0; attempt < 16; ++attempt) {
        const QString candidate = besideName(m_target, "partial");
        // mkdir (not mkdtemp): the folder gets the permissions the user's umask gives any
        // new folder, since it becomes the bundle itself.
        if (::mkdir(QFile::encodeName(candidate).constData(), 0777) == 0) {
            m_temporary = candidate;
            return true;
        }
        if (errno != EEXIST) {
            *error = cannotWrite(target, systemError(errno));
            return false;
        }
    }
    *error = cannotWrite(target, tr("no temporary folder could be made beside it"));
    return false;
}

QString FolderWriter::filePath(const QString &name) const
{
    return QDir(m_temporary).filePath(name);
}

bool FolderWriter::commit(QString *error)
{
    if (m_temporary.isEmpty()) {
        *error = cannotWrite(m_target, tr("nothing was written"));
        return false;
    }
    const QByteArray from = QFile::encodeName(m_temporary);
    const QByteArray to = QFile::encodeName(m_target);
    // Nothing there, or an empty folder: rename() puts the new folder in place in one step.
    if (::rename(from.constData(), to.constData()) == 0) {
        m_temporary.clear();
        return true;
    }
    const int failure = errno;
    if ((failure != ENOTEMPTY && failure != EEXIST) || !m_replace) {
        *error = cannotWrite(m_target, failure == ENOTEMPTY || failure == EEXIST
                                           ? tr("it already holds files")
                                           : systemError(failure));
        return false;
    }
    // Replace a folder with files: exchange the two names in one step, then remove the old
    // folder (now under the temporary name).
    if (exchange(m_temporary, m_target)) {
        QDir(m_temporary).removeRecursively();
        m_temporary.clear();
        return true;
    }
    // A file system without the exchange: the old folder aside, the new one in, the old one
    // gone. Killed between the two renames, the old folder is left beside the target.
    const QString old = besideName(m_target, "old");
    if (::rename(to.constData(), QFile::encodeName(old).constData()) != 0) {
        *error = cannotWrite(m_target, systemError(errno));
        return false;
    }
    if (::rename(from.constData(), to.constData()) != 0) {
        const int why = errno;
        ::rename(QFile::encodeName(old).constData(), to.constData());
        *error = cannotWrite(m_target, systemError(why));
        return false;
    }
    QDir(old).removeRecursively();
    m_temporary.clear();
    return true;
}

} // namespace eb::output
