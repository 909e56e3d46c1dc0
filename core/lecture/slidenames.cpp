#include "lecture/slidenames.h"

#include "lecture/slidefigure.h"
#include "model/cataloguereader.h"
#include "model/vocabulary.h"
#include "stats/metric.h"

#include <QCoreApplication>

namespace eb::lecture {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::lecture::SlideNames", text);
}

QString missing(const QString &slug)
{
    return tr("%1 (no longer in the catalogue)").arg(slug);
}

QString recordName(const RecordRef &record, const catalogue::CatalogueReader &catalogue)
{
    if (record.section == QLatin1String("study")) {
        const auto study = catalogue.study(record.slug);
        return study ? study->name : missing(record.slug);
    }
    if (record.section == QLatin1String("outcome")) {
        const auto outcome = catalogue.outcome(record.slug);
        return outcome ? outcome->name : missing(record.slug);
    }
    const auto claim = catalogue.claim(record.slug);
    if (!claim) {
        return missing(record.slug);
    }
    return claim->result ? tr("claim about %1").arg(claim->result->studyName) : tr("a claim");
}

QString resultName(const ResultKey &key, const catalogue::CatalogueReader &catalogue)
{
    const auto result = findResult(catalogue, key);
    if (!result) {
        return missing(key.text());
    }
    QStringList parts{result->studyName, result->outcomeShortName(), result->timepoint};
    parts.removeAll(QString());
    return tr("%1 (%2)").arg(parts.join(QStringLiteral(", ")), key.metric.toUpper());
}

QString scaleName(const Slide &slide)
{
    if (slide.metric != QLatin1String("reported")) {
        return {};
    }
    const auto metric = stats::metricFromKey(slide.scale.toStdString());
    return metric ? QStringLiteral(" — %1").arg(catalogue::vocabulary::metricAxisTitle(*metric))
                  : tr(" — as reported");
}

} // namespace

QString slideSummary(const Slide &slide, const catalogue::CatalogueReader &catalogue)
{
    QString what;
    switch (slide.kind) {
    case SlideKind::Forest:
        if (slide.results.isEmpty()) {
            what = recordName(slide.record, catalogue) + scaleName(slide);
        } else {
            QStringList names;
            for (const ResultKey &key : slide.results) {
                names << resultName(key, catalogue);
            }
            what = names.join(QStringLiteral("; "));
        }
        break;
    case SlideKind::Domains:
    case SlideKind::TimeCourse:
    case SlideKind::Findings:
        what = recordName(slide.record, catalogue);
        break;
    case SlideKind::Distribution:
        what = slide.result ? resultName(*slide.result, catalogue) : QString();
        break;
    case SlideKind::Lab:
        if (slide.lab.preset) {
            what = resultName(*slide.lab.preset, catalogue);
        } else {
            return slideSummary(slide); // a typed value: "MW = 0.62"
        }
        break;
    }
    const QString title = slide.title.isEmpty() ? what : slide.title;
    return QStringLiteral("%1: %2").arg(slideKindName(slide.kind), title);
}

} // namespace eb::lecture
