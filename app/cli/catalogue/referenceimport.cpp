#include "cli/catalogue/referenceimport.h"

#include "catalogue/catalogue.h"
#include "cli/catalogue/importproblems.h"
#include "cli/common/commands.h"
#include "export/recordfile.h"
#include "model/referencesource.h"
#include "output/messagetext.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace eb::cli {
namespace {

using namespace eb::catalogue;

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::cli::import", text);
}

// Where a reference goes: a new source, into an existing one, or nowhere.
struct Target
{
    enum class Kind
    {
        Insert, // inserts[index]
        Update, // updates[index]
        Skip,
    } kind = Kind::Insert;
    int index = 0;
};

// One duplicate as reported: what it matched and what became of it.
struct DuplicateLine
{
    DuplicateMatch match;
    QString where;
    QString origin; // "catalogue (user)", "catalogue (bundled)", "this file"
    QString action; // "not imported", "skipped", "merged"
    QStringList filled;
    QStringList differs;
};

QString actionWord(DuplicatePolicy policy)
{
    switch (policy) {
    case DuplicatePolicy::Refuse:
        return QStringLiteral("not imported");
    case DuplicatePolicy::Skip:
        return QStringLiteral("skipped");
    case DuplicatePolicy::Merge:
        return QStringLiteral("merged");
    }
    return {};
}

QString duplicateText(const DuplicateLine &d)
{
    QString text = tr("%1: duplicate of source '%2' (%3) by %4 %5: %6")
                       .arg(d.where, d.match.existingSlug, d.origin, d.match.basis,
                            eb::output::elidedInput(d.match.value, 80), d.action);
    if (!d.filled.isEmpty()) {
        text += tr("; filled %1").arg(d.filled.join(QStringLiteral(", ")));
    }
    if (!d.differs.isEmpty()) {
        text += tr("; kept the existing %1 (the file's differs)")
                    .arg(d.differs.join(QStringLiteral(", ")));
    }
    return text;
}

QJsonObject duplicateJson(const DuplicateLine &d)
{
    return {{QStringLiteral("record"), d.match.index + 1},
            {QStringLiteral("where"), d.where},
            {QStringLiteral("basis"), d.match.basis},
            {QStringLiteral("value"), d.match.value},
            {QStringLiteral("existing"), d.match.existingSlug},
            {QStringLiteral("existing_origin"), d.origin},
            {QStringLiteral("action"), d.action},
            {QStringLiteral("filled"), QJsonArray::fromStringList(d.filled)},
            {QStringLiteral("differs"), QJsonArray::fromStringList(d.differs)}};
}

} // namespace

int runReferenceImport(const ParsedCommand &command, const ReferenceImport &import)
{
    Io &io = *command.io;
    QString error;
    const auto refs = parseReferences(import.format, import.bytes, &error);
    if (!refs) {
        return command.bad(QStringLiteral("%1 (%2): %3")
                               .arg(eb::output::elidedInput(import.path, 200),
                                    referenceFormatName(import.format), error));
    }
    Catalogue catalogue;
    if (const int status = command.openCatalogue(catalogue); status != ExitOk) {
        return status;
    }
    const QList<RecordRow> existing = catalogue.records(RecordKind::Source);
    if (!catalogue.lastError().isEmpty()) {
        io.err << command.name << ": " << catalogue.lastError() << "\n";
        return ExitFailure;
    }
    QSet<QString> taken;
    for (const RecordRow &row : existing) {
        taken.insert(row.fields.value(QStringLiteral("slug")));
    }
    QList<Fields> candidates;
    for (const Reference &ref : *refs) {
        candidates << sourceFieldsOf(ref, import.format, QFileInfo(import.path).fileName(), &taken);
    }

    // Each reference's target; duplicates resolved by the policy, never silently.
    QList<RecordRow> inserts;
    QStringList insertWhere;
    QList<RecordRow> updates;
    QStringList updateWhere;
    QHash<qint64, int> updateOfExisting;
    QList<Target> targets(candidates.size());
    QHash<int, DuplicateMatch> matches;
    for (const DuplicateMatch &m : findDuplicateSources(candidates, existing)) {
        matches.insert(m.index, m);
    }
    QList<DuplicateLine> duplicates;
    for (int i = 0; i < candidates.size(); ++i) {
        const QString where = refs->at(i).where;
        if (!matches.contains(i)) {
            targets[i] = {Target::Kind::Insert, static_cast<int>(inserts.size())};
            inserts << RecordRow{RecordKind::Source, 0, 0, true, candidates.at(i)};
            insertWhere << where;
            continue;
        }
        const DuplicateMatch m = matches.value(i);
        DuplicateLine line{m, where, {}, actionWord(import.duplicates), {}, {}};
        line.origin = m.earlierIndex >= 0 ? tr("earlier in this file")
                      : m.existingUser    ? tr("in the catalogue, yours")
                                          : tr("in the catalogue, bundled");
        targets[i] = {Target::Kind::Skip, 0};
        if (import.duplicates == DuplicatePolicy::Merge) {
            // Into the record the match resolves to: a user source of the catalogue, or the
            // earlier reference's own target. A bundled source is read-only: skipped.
            Fields *into = nullptr;
            if (m.earlierIndex >= 0) {
                const Target earlier = targets.at(m.earlierIndex);
                into = earlier.kind == Target::Kind::Insert   ? &inserts[earlier.index].fields
                       : earlier.kind == Target::Kind::Update ? &updates[earlier.index].fields
                                                              : nullptr;
                targets[i] = earlier;
            } else if (m.existingUser) {
                if (!updateOfExisting.contains(m.existingId)) {
                    updateOfExisting.insert(m.existingId, static_cast<int>(updates.size()));
                    for (const RecordRow &row : existing) {
                        if (row.id == m.existingId) {
                            updates << row;
                        }
                    }
                    updateWhere << where;
                }
                targets[i] = {Target::Kind::Update, updateOfExisting.value(m.existingId)};
                into = &updates[targets[i].index].fields;
            }
            if (into != nullptr) {
                *into = mergedFields(*into, candidates.at(i), &line.filled, &line.differs);
            } else if (m.earlierIndex >= 0) {
                line.action = tr("skipped (the record it repeats was skipped)");
            } else {
                line.action = tr("skipped (a bundled source is read-only)");
            }
        }
        duplicates << line;
    }

    // A merge that filled nothing leaves the source as it is (no new row version).
    for (qsizetype u = updates.size() - 1; u >= 0; --u) {
        for (const RecordRow &row : existing) {
            if (row.id == updates.at(u).id && row.fields == updates.at(u).fields) {
                updates.removeAt(u);
                updateWhere.removeAt(u);
                break; // updates.at(u) is gone (ASan's debug build caught the read past it)
            }
        }
    }

    const bool refuse = import.duplicates == DuplicatePolicy::Refuse && !duplicates.isEmpty();
    // The preview: every check the write makes, then rolled back (also when duplicates stop
    // the import, so that every problem is listed at once).
    WriteReport report = catalogue.writeRecords(inserts, updates, true);
    const auto whereOf = [&](int index) {
        return index < inserts.size() ? insertWhere.value(index)
                                      : updateWhere.value(index - static_cast<int>(inserts.size()));
    };
    bool clean = !refuse;
    for (const RecordProblem &p : report.problems) {
        clean = clean && p.problem.severity != Severity::Error;
    }
    QString backup;
    if (clean && !import.dryRun) {
        backup = catalogue.backup();
        if (backup.isEmpty()) {
            io.err << command.name << ": "
                   << tr("nothing was imported: %1").arg(catalogue.lastError()) << "\n";
            return ExitFailure;
        }
        const QList<RecordProblem> warnings = report.problems;
        report = catalogue.writeRecords(inserts, updates, false);
        if (!report.committed) {
            clean = false;
        } else {
            report.problems = warnings;
        }
    }
    int skipped = 0;
    for (const DuplicateLine &d : duplicates) {
        skipped += targets.at(d.match.index).kind == Target::Kind::Skip ? 1 : 0;
    }
    const int merged = import.duplicates == DuplicatePolicy::Merge
                           ? static_cast<int>(duplicates.size()) - skipped
                           : 0;
    if (import.duplicates == DuplicatePolicy::Refuse) {
        skipped = 0;
    }
    const bool written = clean && !import.dryRun;

    if (command.json) {
        QJsonArray problems;
        for (const RecordProblem &p : report.problems) {
            problems << importProblemJson(whereOf(p.index), p);
        }
        QJsonArray dups;
        for (const DuplicateLine &d : duplicates) {
            dups << duplicateJson(d);
        }
        const QJsonObject root{
            {QStringLiteral("file"), import.path},
            {QStringLiteral("format"), referenceFormatName(import.format)},
            {QStringLiteral("records"), static_cast<int>(refs->size())},
            {QStringLiteral("dry_run"), import.dryRun},
            {QStringLiteral("added"), written ? static_cast<int>(inserts.size()) : 0},
            {QStringLiteral("merged"), written ? merged : 0},
            {QStringLiteral("skipped"), skipped},
            {QStringLiteral("backup"), backup.isEmpty() ? QJsonValue() : QJsonValue(backup)},
            {QStringLiteral("duplicates"), dups},
            {QStringLiteral("problems"), problems}};
        io.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else {
        for (const DuplicateLine &d : duplicates) {
            io.out << duplicateText(d) << "\n";
        }
        for (const RecordProblem &p : report.problems) {
            io.out << importProblemLine(whereOf(p.index), p) << "\n";
        }
        if (clean && import.dryRun) {
            io.out << tr("%1: %2 sources would be added, %3 merged, %4 skipped (dry run: "
                         "nothing was written)\n")
                          .arg(import.path)
                          .arg(inserts.size())
                          .arg(merged)
                          .arg(skipped);
        } else if (written) {
            io.out << tr("%1: added %2 sources, merged %3, skipped %4 (backup: %5)\n")
                          .arg(import.path)
                          .arg(inserts.size())
                          .arg(merged)
                          .arg(skipped)
                          .arg(backup);
        }
    }
    if (refuse) {
        io.err << command.name << ": "
               << tr("%1: nothing was imported: %2 duplicate(s) listed; choose --duplicates skip "
                     "or --duplicates merge")
                      .arg(import.path)
                      .arg(duplicates.size())
               << "\n";
        return ExitBadInput;
    }
    if (!clean) {
        io.err << command.name << ": "
               << tr("%1: nothing was imported (%2 problem(s) listed)")
                      .arg(import.path)
                      .arg(report.problems.size())
               << "\n";
        return ExitBadInput;
    }
    return ExitOk;
}

} // namespace eb::cli
