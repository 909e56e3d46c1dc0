#pragma once

// The reads of a catalogue that the pure layers (review, lecture, export, queries) need, as an
// interface: they take a `const CatalogueReader &` and never link the storage library. The
// Catalogue (core/catalogue/catalogue.h) is the one implementation; a test may hand in another.
// Errors follow the Catalogue's rule: an empty optional or list with a one-line message in
// lastError(), an empty optional with an empty lastError() meaning "no such record".

#include "model/appraisal.h"
#include "model/records.h"
#include "model/requests.h"
#include "model/reviewrecords.h"

#include <QList>
#include <QString>
#include <optional>

namespace eb::catalogue {

class CatalogueReader
{
public:
    virtual ~CatalogueReader() = default;

    virtual QString lastError() const = 0;
    // A value from catalogue_info ('title', 'schema_version', 'build_id'), null if absent.
    virtual QString info(const QString &key) const = 0;
    virtual int schemaVersion() const = 0; // PRAGMA user_version of the open file

    virtual QList<StudySummary> studies(const StudyFilter &filter = {}) const = 0;
    virtual std::optional<StudyDetail> study(const QString &slug) const = 0;
    virtual std::optional<StudyDetail> study(qint64 id) const = 0;
    virtual QList<ResultRecord> results(const ResultFilter &filter = {}) const = 0;
    virtual std::optional<ResultRecord> result(qint64 id) const = 0;
    virtual std::optional<OutcomeMeasureRecord> outcome(const QString &slug) const = 0;
    virtual QList<ClaimRecord> claims() const = 0;
    virtual std::optional<ClaimRecord> claim(const QString &slug) const = 0;
    virtual QList<SourceRecord> sources() const = 0;
    virtual QList<DosingRecord> dosing() const = 0;
    virtual QList<DiscrepancyRecord> discrepancies() const = 0;
    virtual QList<DiscrepancyLinkRecord> discrepancyLinks() const = 0;
    virtual QList<ClaimLinkRecord> claimLinks() const = 0;
    // The user's GRADE ratings (of one outcome, or all); none in the bundled catalogue.
    virtual QList<GradeAssessment> gradeAssessments(const QString &outcomeSlug = {}) const = 0;
    // The user's RoB 2 assessments (of one trial and/or outcome, or all): the figure bundles
    // draw them beside the numbers; none in the bundled catalogue.
    virtual QList<RobAssessment> robAssessments(const QString &studySlug = {},
                                                const QString &outcomeSlug = {}) const = 0;

protected:
    CatalogueReader() = default;
    CatalogueReader(const CatalogueReader &) = default;
    CatalogueReader &operator=(const CatalogueReader &) = default;
};

} // namespace eb::catalogue
