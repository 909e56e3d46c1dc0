#include "evidence/metricnames.h"

#include <QCoreApplication>

namespace eb::evidence {

using eb::stats::Metric;

QString metricAxisTitle(Metric metric)
{
    const char *text = "";
    switch (metric) {
    case Metric::MannWhitney:
        text = QT_TRANSLATE_NOOP("eb::charts", "Mann-Whitney effect size (MW)");
        break;
    case Metric::CohensD:
        text = QT_TRANSLATE_NOOP("eb::charts", "Cohen's d");
        break;
    case Metric::HedgesG:
        text = QT_TRANSLATE_NOOP("eb::charts", "Hedges' g");
        break;
    case Metric::Smd:
        text = QT_TRANSLATE_NOOP("eb::charts", "Standardized mean difference");
        break;
    case Metric::OddsRatio:
        text = QT_TRANSLATE_NOOP("eb::charts", "Odds ratio (log scale)");
        break;
    case Metric::LogOddsRatio:
        text = QT_TRANSLATE_NOOP("eb::charts", "Log odds ratio");
        break;
    case Metric::RiskRatio:
        text = QT_TRANSLATE_NOOP("eb::charts", "Risk ratio (log scale)");
        break;
    case Metric::LogRiskRatio:
        text = QT_TRANSLATE_NOOP("eb::charts", "Log risk ratio");
        break;
    case Metric::RiskDifference:
        text = QT_TRANSLATE_NOOP("eb::charts", "Risk difference");
        break;
    case Metric::MeanDifference:
        text = QT_TRANSLATE_NOOP("eb::charts", "Mean difference");
        break;
    case Metric::MeanChangeDifference:
        text = QT_TRANSLATE_NOOP("eb::charts", "Difference in mean change");
        break;
    case Metric::Nnt:
        text = QT_TRANSLATE_NOOP("eb::charts", "Number needed to treat");
        break;
    case Metric::None:
        text = QT_TRANSLATE_NOOP("eb::charts", "Effect");
        break;
    }
    return QCoreApplication::translate("eb::charts", text);
}

QString metricShortName(Metric metric)
{
    switch (metric) {
    case Metric::MannWhitney:
        return QStringLiteral("MW");
    case Metric::CohensD:
        return QStringLiteral("d");
    case Metric::HedgesG:
        return QStringLiteral("g");
    case Metric::Smd:
        return QStringLiteral("SMD");
    case Metric::OddsRatio:
        return QStringLiteral("OR");
    case Metric::LogOddsRatio:
        return QStringLiteral("log OR");
    case Metric::RiskRatio:
        return QStringLiteral("RR");
    case Metric::LogRiskRatio:
        return QStringLiteral("log RR");
    case Metric::RiskDifference:
        return QStringLiteral("RD");
    case Metric::MeanDifference:
        return QStringLiteral("MD");
    case Metric::MeanChangeDifference:
        return QStringLiteral("MD (change)");
    case Metric::Nnt:
        return QStringLiteral("NNT");
    case Metric::None:
        break;
    }
    return QCoreApplication::translate("eb::charts", "Effect");
}

} // namespace eb::evidence
