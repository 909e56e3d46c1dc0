#pragma once

// What a caller hands the catalogue: how to open it, the filters of its list reads, and the
// builder's scripts. Plain values with no storage in them, shared by the Catalogue facade, the
// Database and the repositories.

#include <QByteArray>
#include <QString>
#include <QStringList>
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
// The columns the study list sorts by (the Studies table's), besides its own order.
enum class StudySort
{
    Catalogue, // condition (TBI first), year, name: the list's own order
    Name,      // natural and case-insensitive ("ARCO-11" before "ARCO-1088")
    Year,
    Design,
    Condition,
    Species,
    Enrolled,
    Results,
    Sponsorship,
    // The outcome matrix's rows: condition (as stored), design in the order of `sortRanks`,
    // year (unknown as 0), then the list's own order.
    Matrix,
};

struct StudyFilter
{
    QString condition;
    QString design;
    QString species;
    QString text; // full-text filter (same rules as Catalogue::search)
    // Only these studies (empty: every study), e.g. those of the results a pool holds.
    QList<qint64> ids;
    bool withResults = false; // only studies with at least one result (the matrix's rows)
    int limit = 0;            // a page of at most `limit` rows (0: all), from row `offset`
    int offset = 0;
    // The order: by `sort` (missing values last in either direction), ties in the list's own
    // order. For Design, Condition, Species and Sponsorship, `sortRanks` lists the column's
    // keys in the order to show them (the caller sorts their labels); an unlisted key is last.
    StudySort sort = StudySort::Catalogue;
    bool descending = false;
    QStringList sortRanks;
    // Keyset paging: the page starts after the study with this id (0: at the first row), so
    // that a page far down a long list costs what the first one does.
    qint64 afterId = 0;
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
    QList<qint64> studyIds; // only the results of these studies (empty: of every study)
    QString design;         // only results of studies of this design
    // Full-text filter (same rules as Catalogue::search): results whose study, outcome
    // measure or source the text matches.
    QString text;
    int limit = 0; // a page of at most `limit` rows (0: all), from row `offset`
    int offset = 0;
    // Keyset paging in the list's own order (by id): only results after this id (0: from the
    // first), so that a page deep in a list of a million costs what the first one does.
    qint64 afterId = 0;
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
