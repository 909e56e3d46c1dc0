#include "gui/features/editing/recordfilejobs.h"

#include "catalogue/catalogue.h"
#include "export/recordfile.h"
#include "output/boundedread.h"
#include "output/outputfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace eb::gui::editing {
namespace {

using catalogue::Catalogue;
using catalogue::RecordKind;
using catalogue::RecordRow;

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::gui::editing::EditingFeature", text);
}

// The largest record file File > Import reads (the command line's bound).
constexpr qint64 kMaxImportBytes = qint64{64} * 1024 * 1024;

} // namespace

ImportCheck checkImport(const QString &file, const QString &cataloguePath, const JobControl &job)
{
    ImportCheck check;
    const QString suffix = QFileInfo(file).suffix().toLower();
    QString error;
    const std::optional<QByteArray> bytes = output::readBounded(file, kMaxImportBytes, &error);
    const auto records =
        !bytes ? std::nullopt
        : suffix == QLatin1String("csv")
            ? exporting::readRecordCsv(QString::fromUtf8(*bytes), std::nullopt, &error)
            : exporting::readRecordJson(*bytes, &error);
    if (!records) {
        check.error =
            tr("%1: %2\n\nNothing was imported.").arg(QDir::toNativeSeparators(file), error);
        return check;
    }
    for (const exporting::FileRecord &record : *records) {
        check.rows << RecordRow{record.kind, 0, 0, true, record.fields};
        check.where << record.where;
    }
    if (job.isCancelled()) {
        check.cancelled = true;
        return check;
    }
    Catalogue store;
    if (!store.open(cataloguePath, catalogue::OpenMode::ReadWrite)) {
        check.error = store.lastError();
        return check;
    }
    // The preview: every check the write makes, then rolled back.
    check.dryRun = store.insertRecords(check.rows, true, &job);
    check.cancelled = check.dryRun.cancelled;
    return check;
}

ImportWrite writeImport(const QList<RecordRow> &rows, const QString &cataloguePath,
                        const JobControl &job)
{
    ImportWrite write;
    Catalogue store;
    if (!store.open(cataloguePath, catalogue::OpenMode::ReadWrite)) {
        write.error = store.lastError();
        return write;
    }
    write.backup = store.backup();
    if (write.backup.isEmpty()) {
        write.error = tr("the catalogue could not be backed up first: %1").arg(store.lastError());
        return write;
    }
    write.report = store.insertRecords(rows, false, &job);
    if (!write.report.committed) {
        // Nothing was imported, so the backup of the catalogue as it still is goes too.
        QFile::remove(write.backup);
        write.backup.clear();
        if (write.report.problems.isEmpty()) {
            write.error = store.lastError();
        }
    }
    return write;
}

RecordExport exportRecordFile(const QString &file, const QList<RecordKind> &kinds, bool csv,
                              const QString &cataloguePath, const JobControl &job)
{
    RecordExport result;
    Catalogue store;
    if (!store.open(cataloguePath, catalogue::OpenMode::ReadOnly)) {
        result.error = store.lastError();
        return result;
    }
    // Steps: each kind read, then the file made, then written.
    const auto total = static_cast<std::int64_t>(kinds.size()) + 2;
    std::int64_t done = 0;
    QList<RecordRow> rows;
    for (RecordKind kind : kinds) {
        if (job.isCancelled()) {
            result.cancelled = true;
            return result;
        }
        job.report(done++, total);
        rows << store.records(kind);
        if (!store.lastError().isEmpty()) {
            result.error = store.lastError();
            return result;
        }
    }
    job.report(done++, total);
    const QByteArray data = csv ? exporting::recordCsv(kinds.constFirst(), rows).toUtf8()
                                : exporting::recordJson(rows, kinds);
    // The last look: after it the file is written whole, as a commit is.
    if (job.isCancelled()) {
        result.cancelled = true;
        return result;
    }
    job.report(done, total);
    result.records = static_cast<int>(rows.size());
    result.written = output::writeFile(file, data, &result.error);
    job.report(total, total);
    return result;
}

} // namespace eb::gui::editing
