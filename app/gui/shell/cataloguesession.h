#pragma once

#include <QObject>
#include <QString>

namespace eb::catalogue {
class Catalogue;
} // namespace eb::catalogue

namespace eb::gui {

// The catalogue the application has open, and the one place that opens another: at start
// (the file given with --database, or the user's copy of the bundled catalogue) and from
// File > Open Catalogue. Every file is opened read-only: browsing never writes. Windows keep a
// reference to catalogue(), which stays the same object; they re-read it on replaced().
class CatalogueSession : public QObject
{
    Q_OBJECT

public:
    // Opens files in `catalogue`, which must outlive the session.
    explicit CatalogueSession(catalogue::Catalogue &catalogue, QObject *parent = nullptr);

    catalogue::Catalogue &catalogue() const { return m_catalogue; }

    // Opens `file`, or when it is empty the user's copy of the bundled catalogue (made on
    // first use). False with a translated *error naming what failed.
    bool openAtStart(const QString &file, QString *error);

    // Opens `file` in place of the open catalogue. A file that cannot be opened leaves the
    // open one as it was (nothing is closed). Should the file fail only after the open one was
    // closed, the previous file is opened again, and *error also says when that failed too (the
    // catalogue is then closed). replaced() follows every close.
    bool switchTo(const QString &file, QString *error);

signals:
    // The catalogue was closed and opened again (on another file, or on the same one after a
    // failed switch): everything read from it is stale.
    void replaced();

private:
    catalogue::Catalogue &m_catalogue;
};

} // namespace eb::gui
