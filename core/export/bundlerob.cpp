#include "export/bundlerob.h"

#include "charts/chartexport.h"
#include "charts/robchart.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>
#include <memory>
#include <utility>

namespace eb::exporting {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::exporting::bundle", text);
}

const QString kTrafficLight = QStringLiteral("rob-traffic-light");
const QString kSummary = QStringLiteral("rob-summary");

QString pairKey(const QString &study, const QString &outcome)
{
    return study + QChar(u'\x1f') + outcome;
}

} // namespace

BundleRob robBehindMarks(const FigureBundle &bundle)
{
    BundleRob rob;
    // The bundle of a RoB plot (`render rob --bundle`) is already the plot.
    rob.applies = !bundle.kind.startsWith(QLatin1String("rob-"));
    if (!rob.applies) {
        return rob;
    }
    QList<eb::catalogue::ResultRecord> results;
    QSet<QString> pairs;
    for (const PlottedMark &mark : bundle.marks) {
        if (mark.record) {
            results << *mark.record;
            pairs.insert(pairKey(mark.record->studySlug, mark.record->outcomeSlug));
        }
    }
    // robRows() adds every assessment of the catalogue after the results' pairs: keep only
    // the trials and outcomes this figure plots.
    for (const eb::evidence::RobRow &row :
         eb::evidence::robRows(bundle.studies, results, bundle.robAssessments)) {
        if (pairs.contains(pairKey(row.studySlug, row.outcomeSlug))) {
            rob.rows << row;
            rob.assessed = rob.assessed || row.assessment.has_value();
        }
    }
    return rob;
}

QStringList robPlotFiles()
{
    QStringList files;
    for (const QString &name : {kTrafficLight, kSummary}) {
        for (const char *extension : {".png", ".svg", ".pdf"}) {
            files << name + QLatin1String(extension);
        }
    }
    return files;
}

QJsonObject robProvenance(const BundleRob &rob)
{
    QJsonArray pairs;
    for (const eb::evidence::RobRow &row : rob.rows) {
        QJsonObject pair{{QStringLiteral("study"), row.studySlug},
                         {QStringLiteral("outcome"), row.outcomeSlug},
                         {QStringLiteral("assessed"), row.assessment.has_value()}};
        if (row.assessment) {
            const eb::catalogue::RobAssessment &a = *row.assessment;
            QJsonObject judgements;
            QJsonObject reasons;
            for (const eb::catalogue::RobDomain d : eb::catalogue::allRobDomains()) {
                judgements.insert(eb::catalogue::robDomainShort(d), a.domain(d).judgement);
                reasons.insert(eb::catalogue::robDomainShort(d), a.domain(d).reason);
            }
            pair.insert(QStringLiteral("overall"), a.overall.judgement);
            pair.insert(QStringLiteral("overall_reason"), a.overall.reason);
            pair.insert(QStringLiteral("judgements"), judgements);
            pair.insert(QStringLiteral("reasons"), reasons);
            pair.insert(QStringLiteral("assessor"), a.assessor);
            pair.insert(QStringLiteral("updated_utc"), a.updatedAt);
        }
        pairs << pair;
    }
    // A key, not a translated word: the same in every language.
    return {{QStringLiteral("status"),
             rob.assessed ? QStringLiteral("assessed") : QStringLiteral("not assessed")},
            {QStringLiteral("tool"), QStringLiteral("RoB 2")},
            {QStringLiteral("assessed_by"), QStringLiteral("user")},
            {QStringLiteral("files"),
             QJsonArray::fromStringList(rob.assessed ? robPlotFiles() : QStringList())},
            {QStringLiteral("pairs"), pairs}};
}

QList<BundlePicture> robPictures(const BundleRob &rob, const QString &title, bool recorded)
{
    QList<BundlePicture> pictures;
    if (!rob.assessed) {
        return pictures;
    }
    constexpr double kWidth = 900; // as `evidence render rob` draws them
    for (const auto &[name, style] :
         {std::pair{kTrafficLight, eb::charts::RobChart::Style::TrafficLight},
          std::pair{kSummary, eb::charts::RobChart::Style::Summary}}) {
        const QString heading = style == eb::charts::RobChart::Style::Summary
                                    ? tr("Risk of bias (RoB 2): summary, %1").arg(title)
                                    : tr("Risk of bias (RoB 2), %1").arg(title);
        // Kept alive by the painting when it draws the scene itself (not recorded).
        auto chart = std::make_shared<eb::charts::RobChart>(
            eb::evidence::robChartSpec(rob.rows, heading), style);
        chart->resize(chart->naturalSize(kWidth));
        const QList<eb::charts::ChartFigure *> figures{chart.get()};
        BundlePicture picture{name, heading, chart->size(), {}};
        if (recorded) {
            picture.paint = eb::charts::recordedFiguresPainting(figures);
        } else {
            picture.paint = [chart, paint = eb::charts::figuresPainting(figures)](
                                QPainter &painter, const QRectF &target) {
                paint(painter, target);
            };
        }
        pictures << picture;
    }
    return pictures;
}

QString robReadme(const BundleRob &rob)
{
    if (!rob.applies) {
        return {};
    }
    if (!rob.assessed) {
        return tr("\n## Risk of bias\n\nNot assessed: no trial behind these numbers has a RoB 2 "
                  "assessment in the catalogue (the bundled catalogue holds none; the sources "
                  "state none), so the bundle has no risk-of-bias plot.\n");
    }
    int assessed = 0;
    for (const eb::evidence::RobRow &row : rob.rows) {
        assessed += row.assessment ? 1 : 0;
    }
    return tr("\n## Risk of bias\n\n`rob-traffic-light.*` and `rob-summary.*` show the RoB 2 "
              "assessments of the trials and outcomes behind these numbers (%1 of %2 pairs "
              "assessed; grey \"?\" where not assessed), as `evidence render rob` draws them. "
              "The judgements are a user's, not the sources'; provenance.json lists each with "
              "its reason under \"risk_of_bias\".\n")
        .arg(assessed)
        .arg(rob.rows.size());
}

} // namespace eb::exporting
