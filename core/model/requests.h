#pragma once

// What a caller hands the catalogue: how to open it, the filters of its list reads, and the
// builder's scripts. Plain values with no storage in them, shared by the Catalogue facade, the
// Database and the repositories.

#include <QByteArray>
#include <QString>
#include <optional>

namespace eb::catalogue {

enum class OpenMode
{
    ReadOnly,  // never writes; an older schema version is refused (open ReadWrite to upgrade)
    ReadWrite, // the file must exist and be a catalogue; older schema versions are migrated
    Create,    // like ReadWrite, and a missing (or empty) file becomes a fresh catalogue
};

// One SQL script (a seed file) with the name used in error messages.
struct SqlScript
{
    QString name; // 'db/seed/0001-sources.sql'
    QByteArray sql;
};

// Empty strings mean "any". Keys are the database keys ('stroke', 'rct', 'human').
struct StudyFilter
{
    QString condition;
    QString design;
    QString species;
    QString text;  // full-text filter (same rules as Catalogue::search)
    int limit = 0; // a page of at most `limit` rows (0: all), from row `offset`
    int offset = 0;
};

struct ResultFilter
{
    std::optional<qint64> studyId;
    QString studySlug;
    QString outcomeSlug;
    QString domain; // outcome domain: 'motor', 'cognitive', ...
    QString metric; // 'mw', 'd', ...
    QString condition;
    QString species;
    int limit = 0; // a page of at most `limit` rows (0: all), from row `offset`
    int offset = 0;
};

struct OutcomeFilter
{
    QString domain;
};

// The study columns whose distinct values fill filter boxes.
enum class StudyColumn
{
    Condition,
    Design,
    Species,
};

} // namespace eb::catalogue
