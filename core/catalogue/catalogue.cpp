#include "catalogue/catalogue.h"

// First landing: the API compiles and answers "not implemented yet"; the real bodies follow in
// the next commits of the catalogue work.

#include <QCoreApplication>

namespace eb::catalogue {

struct Catalogue::Private
{
    QString path;
    QString lastError;
    bool open = false;
};

QString searchHitKindKey(SearchHit::Kind kind)
{
    switch (kind) {
    case SearchHit::Kind::Study:
        return QStringLiteral("study");
    case SearchHit::Kind::Outcome:
        return QStringLiteral("outcome");
    case SearchHit::Kind::Mechanism:
        return QStringLiteral("mechanism");
    case SearchHit::Kind::Claim:
        return QStringLiteral("claim");
    case SearchHit::Kind::Source:
        return QStringLiteral("source");
    }
    return {};
}

Catalogue::Catalogue() : d(std::make_unique<Private>()) {}
Catalogue::~Catalogue() = default;

bool Catalogue::open(const QString &path, OpenMode)
{
    d->path = path;
    d->lastError = QCoreApplication::translate("eb::catalogue", "not implemented yet");
    return false;
}
void Catalogue::close()
{
    d->open = false;
}
bool Catalogue::isOpen() const
{
    return d->open;
}
QString Catalogue::path() const
{
    return d->path;
}
QString Catalogue::lastError() const
{
    return d->lastError;
}
int Catalogue::schemaVersion() const
{
    return 0;
}
int Catalogue::latestSchemaVersion()
{
    return 0;
}
QString Catalogue::info(const QString &) const
{
    return {};
}
QList<StudySummary> Catalogue::studies(const StudyFilter &) const
{
    return {};
}
std::optional<StudyDetail> Catalogue::study(const QString &) const
{
    return {};
}
std::optional<StudyDetail> Catalogue::study(qint64) const
{
    return {};
}
QList<ResultRecord> Catalogue::results(const ResultFilter &) const
{
    return {};
}
std::optional<ResultRecord> Catalogue::result(qint64) const
{
    return {};
}
QList<OutcomeMeasureRecord> Catalogue::outcomes(const OutcomeFilter &) const
{
    return {};
}
std::optional<OutcomeMeasureRecord> Catalogue::outcome(const QString &) const
{
    return {};
}
QList<MechanismRecord> Catalogue::mechanisms() const
{
    return {};
}
std::optional<MechanismRecord> Catalogue::mechanism(const QString &) const
{
    return {};
}
QList<ClaimRecord> Catalogue::claims() const
{
    return {};
}
std::optional<ClaimRecord> Catalogue::claim(const QString &) const
{
    return {};
}
QList<SourceRecord> Catalogue::sources() const
{
    return {};
}
std::optional<SourceRecord> Catalogue::source(const QString &) const
{
    return {};
}
QList<DosingRecord> Catalogue::dosing() const
{
    return {};
}
QList<DiscrepancyRecord> Catalogue::discrepancies() const
{
    return {};
}
QStringList Catalogue::distinctValues(StudyColumn) const
{
    return {};
}
CatalogueCounts Catalogue::counts() const
{
    return {};
}
QList<SearchHit> Catalogue::search(const QString &, int, int, const QString &,
                                   const QString &) const
{
    return {};
}
bool Catalogue::runScripts(const QList<SqlScript> &, const QList<QPair<QString, QString>> &)
{
    return false;
}

QString ftsQueryFromUserText(const QString &)
{
    return {};
}

} // namespace eb::catalogue
