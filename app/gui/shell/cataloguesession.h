#pragma once

#include <QObject>
#include <QString>
#include <functional>

namespace eb::catalogue {
class Catalogue;
} // namespace eb::catalogue

namespace eb::gui {

// The catalogue the application has open, and the one place that opens another: at start
// (the file given with --database, or the user's copy of the bundled catalogue) and from
// File > Open Catalogue. Windows keep a reference to catalogue(), which stays the same object;
// they re-read it on replaced() and on recordsChanged().
//
// Opening follows docs/catalogue.md, "Opening, upgrading, backing up": every file is checked
// on a read-only connection first, so a file that is refused is never written. A file this
// user may write (the file and its folder) is then opened for writing, which writes nothing
// until a record is saved; any other file stays read-only and readOnlyReason() says why. An
// older file is upgraded only when the upgrade consent says yes, after a backup is written.
class CatalogueSession : public QObject
{
    Q_OBJECT

public:
    // Asked before an older catalogue file is upgraded: the file, its schema version and the
    // version it would be upgraded to. No consent (the default): the file is not opened.
    using UpgradeConsent = std::function<bool(const QString &file, int from, int to)>;

    // Opens files in `catalogue`, which must outlive the session.
    explicit CatalogueSession(catalogue::Catalogue &catalogue, QObject *parent = nullptr);

    catalogue::Catalogue &catalogue() const { return m_catalogue; }

    void setUpgradeConsent(UpgradeConsent consent) { m_upgradeConsent = std::move(consent); }

    // Opens `file`, or when it is empty the user's copy of the bundled catalogue (made on
    // first use). False with a translated *error naming what failed.
    bool openAtStart(const QString &file, QString *error);

    // Opens `file` in place of the open catalogue (read-only when `readOnly`, whatever the
    // file allows). A file that cannot be opened leaves the open one as it was (nothing is
    // closed). Should the file fail only after the open one was closed, the previous file is
    // opened again, and *error also says when that failed too (the catalogue is then closed).
    // replaced() follows every close.
    bool switchTo(const QString &file, QString *error, bool readOnly = false);

    // Puts the backup file `backup` in the open file's place, after writing a backup of the
    // open file (*savedCurrent names it), and opens it again. A backup that is not a catalogue,
    // or a failed copy, leaves the open file as it was. replaced() follows.
    bool restoreBackup(const QString &backup, QString *savedCurrent, QString *error);

    // Empty when records can be saved to the open catalogue; else why not, in one sentence.
    QString readOnlyReason() const { return m_readOnlyReason; }
    bool isWritable() const { return m_readOnlyReason.isEmpty(); }
    // The backup written before the open file was upgraded, if it was; else empty.
    QString upgradeBackup() const { return m_upgradeBackup; }

    // Called after records were written to the open catalogue: views re-read it.
    void notifyRecordsChanged() { emit recordsChanged(); }

signals:
    // The catalogue was closed and opened again (on another file, or on the same one after a
    // failed switch): everything read from it is stale.
    void replaced();
    // Records were added, changed or removed in the open catalogue (same file).
    void recordsChanged();

private:
    // Opens `path` as described above; false with *error.
    bool openPath(const QString &path, bool readOnly, QString *error);

    catalogue::Catalogue &m_catalogue;
    UpgradeConsent m_upgradeConsent;
    QString m_readOnlyReason;
    QString m_upgradeBackup;
};

} // namespace eb::gui
