#pragma once

// A folder of files written as one unit (a figure bundle): the files go into a temporary
// folder beside the target, which takes the target's place only when all of them are
// written. An interrupted or failed writer leaves the earlier folder (or none) as it was,
// never a mixture; of concurrent writers, each puts one complete folder in place and the last
// one stays. An existing folder with anything in it is replaced only when the caller says so
// (the command line's --force, the window's question), and then whole: atomically where the
// file system can exchange two names (Linux renameat2), otherwise by two renames.
//
// A writer killed before commit() leaves its temporary folder (".NAME.partial-XXXXXX") beside
// the target; it is never mistaken for the bundle.

#include <QString>

namespace eb::output {

class FolderWriter
{
public:
    FolderWriter() = default;
    FolderWriter(const FolderWriter &) = delete;
    FolderWriter &operator=(const FolderWriter &) = delete;
    ~FolderWriter(); // removes the temporary folder unless committed

    // Readies a temporary folder beside target. Refuses a target that is a file, or a folder
    // that holds anything unless replace. False with *error.
    bool begin(const QString &target, bool replace, QString *error);

    // Where to write the file `name` (inside the temporary folder).
    QString filePath(const QString &name) const;

    // Puts the written folder in the target's place (replacing an earlier one whole).
    bool commit(QString *error);

    // The folder a path names, if it is a folder with anything in it (what begin() refuses).
    static bool isNonEmptyFolder(const QString &path);

private:
    QString m_target;
    QString m_temporary;
    bool m_replace = false;
};

} // namespace eb::output
