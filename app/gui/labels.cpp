#include "gui/labels.h"

#include "evidence/format.h"

#include <QCoreApplication>

namespace eb::gui::labels {
namespace {

struct Label
{
    const char *key;
    const char *text;
};

// Looks key up in a fixed table; an unknown key (a newer catalogue) is shown as it is.
template <std::size_t N> QString lookup(const Label (&table)[N], const QString &key)
{
    for (const Label &label : table) {
        if (key == QLatin1String(label.key)) {
            return QCoreApplication::translate("eb::gui::labels", label.text);
        }
    }
    return key;
}

} // namespace

QString design(const QString &key)
{
    static const Label table[] = {
        {"rct", QT_TRANSLATE_NOOP("eb::gui::labels", "Randomised controlled trial")},
        {"pilot_rct", QT_TRANSLATE_NOOP("eb::gui::labels", "Pilot randomised trial")},
        {"open_label_controlled",
         QT_TRANSLATE_NOOP("eb::gui::labels", "Open-label controlled study")},
        {"meta_analysis", QT_TRANSLATE_NOOP("eb::gui::labels", "Meta-analysis")},
        {"ipd_meta_analysis",
         QT_TRANSLATE_NOOP("eb::gui::labels", "Individual-patient-data meta-analysis")},
        {"systematic_review", QT_TRANSLATE_NOOP("eb::gui::labels", "Systematic review")},
        {"preclinical_rct", QT_TRANSLATE_NOOP("eb::gui::labels", "Preclinical randomised study")},
        {"unidentified", QT_TRANSLATE_NOOP("eb::gui::labels", "Unidentified (article only)")},
    };
    return lookup(table, key);
}

QString condition(const QString &key)
{
    static const Label table[] = {
        {"stroke", QT_TRANSLATE_NOOP("eb::gui::labels", "Stroke")},
        {"traumatic_brain_injury", QT_TRANSLATE_NOOP("eb::gui::labels", "Traumatic brain injury")},
    };
    return lookup(table, key);
}

QString species(const QString &key)
{
    static const Label table[] = {
        {"human", QT_TRANSLATE_NOOP("eb::gui::labels", "Human")},
        {"rat", QT_TRANSLATE_NOOP("eb::gui::labels", "Rat")},
    };
    return lookup(table, key);
}

QString domain(const QString &key)
{
    static const Label table[] = {
        {"motor", QT_TRANSLATE_NOOP("eb::gui::labels", "Motor")},
        {"cognitive", QT_TRANSLATE_NOOP("eb::gui::labels", "Cognitive")},
        {"language", QT_TRANSLATE_NOOP("eb::gui::labels", "Language")},
        {"neurological", QT_TRANSLATE_NOOP("eb::gui::labels", "Neurological")},
        {"global", QT_TRANSLATE_NOOP("eb::gui::labels", "Global")},
        {"functional", QT_TRANSLATE_NOOP("eb::gui::labels", "Functional")},
        {"histological", QT_TRANSLATE_NOOP("eb::gui::labels", "Histological")},
        {"safety", QT_TRANSLATE_NOOP("eb::gui::labels", "Safety")},
        {"mortality", QT_TRANSLATE_NOOP("eb::gui::labels", "Mortality")},
        {"retention", QT_TRANSLATE_NOOP("eb::gui::labels", "Retention")},
    };
    return lookup(table, key);
}

QString direction(const QString &key)
{
    static const Label table[] = {
        {"higher_better", QT_TRANSLATE_NOOP("eb::gui::labels", "Higher is better")},
        {"lower_better", QT_TRANSLATE_NOOP("eb::gui::labels", "Lower is better")},
    };
    return lookup(table, key);
}

QString sponsorship(const QString &key)
{
    static const Label table[] = {
        {"industry", QT_TRANSLATE_NOOP("eb::gui::labels", "Industry-sponsored")},
        {"independent", QT_TRANSLATE_NOOP("eb::gui::labels", "Independent")},
        {"unknown", QT_TRANSLATE_NOOP("eb::gui::labels", "Sponsorship unknown")},
    };
    return lookup(table, key);
}

QString sponsorshipShort(const QString &key)
{
    static const Label table[] = {
        {"industry", QT_TRANSLATE_NOOP("eb::gui::labels", "Industry")},
        {"independent", QT_TRANSLATE_NOOP("eb::gui::labels", "Independent")},
        {"unknown", QT_TRANSLATE_NOOP("eb::gui::labels", "Unknown")},
    };
    return lookup(table, key);
}

QString sourceKind(const QString &key)
{
    static const Label table[] = {
        {"article", QT_TRANSLATE_NOOP("eb::gui::labels", "The article")},
        {"journal_article", QT_TRANSLATE_NOOP("eb::gui::labels", "Journal article")},
        {"conference_abstract", QT_TRANSLATE_NOOP("eb::gui::labels", "Conference abstract")},
        {"preprint", QT_TRANSLATE_NOOP("eb::gui::labels", "Preprint")},
        {"systematic_review", QT_TRANSLATE_NOOP("eb::gui::labels", "Systematic review")},
        {"registry_record", QT_TRANSLATE_NOOP("eb::gui::labels", "Registry record")},
        {"website", QT_TRANSLATE_NOOP("eb::gui::labels", "Website")},
        {"product_label", QT_TRANSLATE_NOOP("eb::gui::labels", "Product label")},
        {"methods_paper", QT_TRANSLATE_NOOP("eb::gui::labels", "Methods paper")},
    };
    return lookup(table, key);
}

QString verdict(const QString &key)
{
    static const Label table[] = {
        {"consistent", QT_TRANSLATE_NOOP("eb::gui::labels", "Consistent with its source")},
        {"discrepant", QT_TRANSLATE_NOOP("eb::gui::labels", "Differs from its source")},
        {"unsupported", QT_TRANSLATE_NOOP("eb::gui::labels", "Not supported by a source")},
        {"not_verified", QT_TRANSLATE_NOOP("eb::gui::labels", "Not verified")},
        {"overstated", QT_TRANSLATE_NOOP("eb::gui::labels", "Overstated")},
    };
    return lookup(table, key);
}

QString verdictShort(const QString &key)
{
    static const Label table[] = {
        {"consistent", QT_TRANSLATE_NOOP("eb::gui::labels", "Consistent")},
        {"discrepant", QT_TRANSLATE_NOOP("eb::gui::labels", "Differs")},
        {"unsupported", QT_TRANSLATE_NOOP("eb::gui::labels", "Unsupported")},
        {"not_verified", QT_TRANSLATE_NOOP("eb::gui::labels", "Not verified")},
        {"overstated", QT_TRANSLATE_NOOP("eb::gui::labels", "Overstated")},
    };
    return lookup(table, key);
}

QString topic(const QString &key)
{
    static const Label table[] = {
        {"stroke", QT_TRANSLATE_NOOP("eb::gui::labels", "Stroke")},
        {"tbi", QT_TRANSLATE_NOOP("eb::gui::labels", "TBI")},
        {"mechanism", QT_TRANSLATE_NOOP("eb::gui::labels", "Mechanism")},
        {"dosing", QT_TRANSLATE_NOOP("eb::gui::labels", "Dosing")},
        {"general", QT_TRANSLATE_NOOP("eb::gui::labels", "General")},
        {"preclinical", QT_TRANSLATE_NOOP("eb::gui::labels", "Preclinical")},
    };
    return lookup(table, key);
}

QString metric(const QString &key)
{
    static const Label table[] = {
        {"mw", QT_TRANSLATE_NOOP("eb::gui::labels", "MW")},
        {"d", QT_TRANSLATE_NOOP("eb::gui::labels", "Cohen's d")},
        {"g", QT_TRANSLATE_NOOP("eb::gui::labels", "Hedges' g")},
        {"smd", QT_TRANSLATE_NOOP("eb::gui::labels", "SMD")},
        {"or", QT_TRANSLATE_NOOP("eb::gui::labels", "OR")},
        {"log_or", QT_TRANSLATE_NOOP("eb::gui::labels", "log OR")},
        {"rr", QT_TRANSLATE_NOOP("eb::gui::labels", "RR")},
        {"log_rr", QT_TRANSLATE_NOOP("eb::gui::labels", "log RR")},
        {"rd", QT_TRANSLATE_NOOP("eb::gui::labels", "Risk difference")},
        {"md", QT_TRANSLATE_NOOP("eb::gui::labels", "Mean difference")},
        {"mean_change_difference",
         QT_TRANSLATE_NOOP("eb::gui::labels", "Difference in mean change")},
        {"nnt", QT_TRANSLATE_NOOP("eb::gui::labels", "NNT")},
        {"none", QT_TRANSLATE_NOOP("eb::gui::labels", "Direction and p only")},
    };
    return lookup(table, key);
}

QString metricShort(const QString &key)
{
    static const Label table[] = {
        {"mw", QT_TRANSLATE_NOOP("eb::gui::labels", "MW")},
        {"d", QT_TRANSLATE_NOOP("eb::gui::labels", "d")},
        {"g", QT_TRANSLATE_NOOP("eb::gui::labels", "g")},
        {"smd", QT_TRANSLATE_NOOP("eb::gui::labels", "SMD")},
        {"or", QT_TRANSLATE_NOOP("eb::gui::labels", "OR")},
        {"log_or", QT_TRANSLATE_NOOP("eb::gui::labels", "log OR")},
        {"rr", QT_TRANSLATE_NOOP("eb::gui::labels", "RR")},
        {"log_rr", QT_TRANSLATE_NOOP("eb::gui::labels", "log RR")},
        {"rd", QT_TRANSLATE_NOOP("eb::gui::labels", "RD")},
        {"md", QT_TRANSLATE_NOOP("eb::gui::labels", "MD")},
        {"mean_change_difference", QT_TRANSLATE_NOOP("eb::gui::labels", "Δ change")},
        {"nnt", QT_TRANSLATE_NOOP("eb::gui::labels", "NNT")},
    };
    return key == QLatin1String("none") ? QString() : lookup(table, key);
}

QString origin(const QString &key)
{
    static const Label table[] = {
        {"reported", QT_TRANSLATE_NOOP("eb::gui::labels", "reported")},
        {"derived", QT_TRANSLATE_NOOP("eb::gui::labels", "derived")},
    };
    return lookup(table, key);
}

QString support(const QString &key)
{
    static const Label table[] = {
        {"direct", QT_TRANSLATE_NOOP("eb::gui::labels", "Direct")},
        {"indirect", QT_TRANSLATE_NOOP("eb::gui::labels", "Indirect")},
        {"asserted_only", QT_TRANSLATE_NOOP("eb::gui::labels", "Asserted by the article only")},
    };
    return lookup(table, key);
}

QString armRole(const QString &key)
{
    static const Label table[] = {
        {"treatment", QT_TRANSLATE_NOOP("eb::gui::labels", "Treatment")},
        {"control", QT_TRANSLATE_NOOP("eb::gui::labels", "Control")},
    };
    return lookup(table, key);
}

QString route(const QString &key)
{
    static const Label table[] = {
        {"iv", QT_TRANSLATE_NOOP("eb::gui::labels", "intravenous")},
        {"im", QT_TRANSLATE_NOOP("eb::gui::labels", "intramuscular")},
        {"iv_or_im", QT_TRANSLATE_NOOP("eb::gui::labels", "intravenous or intramuscular")},
        {"ip", QT_TRANSLATE_NOOP("eb::gui::labels", "intraperitoneal")},
    };
    return lookup(table, key);
}

QString studySourceRole(const QString &key)
{
    static const Label table[] = {
        {"primary", QT_TRANSLATE_NOOP("eb::gui::labels", "primary publication")},
        {"secondary", QT_TRANSLATE_NOOP("eb::gui::labels", "secondary publication")},
        {"article", QT_TRANSLATE_NOOP("eb::gui::labels", "the article")},
        {"registry", QT_TRANSLATE_NOOP("eb::gui::labels", "registry record")},
        {"manufacturer", QT_TRANSLATE_NOOP("eb::gui::labels", "manufacturer")},
        {"abstract", QT_TRANSLATE_NOOP("eb::gui::labels", "abstract")},
        {"preprint", QT_TRANSLATE_NOOP("eb::gui::labels", "preprint")},
        {"candidate", QT_TRANSLATE_NOOP("eb::gui::labels", "candidate match")},
    };
    return lookup(table, key);
}

QString targetDirectionArrow(const QString &key)
{
    if (key == QLatin1String("up") || key == QLatin1String("activates")) {
        return QStringLiteral("↑");
    }
    if (key == QLatin1String("down") || key == QLatin1String("inhibits")) {
        return QStringLiteral("↓");
    }
    if (key == QLatin1String("mimics")) {
        return QStringLiteral("≈");
    }
    if (key == QLatin1String("preserves")) {
        return QStringLiteral("=");
    }
    return QStringLiteral("↕"); // modulates
}

QString targetDirection(const QString &key)
{
    static const Label table[] = {
        {"up", QT_TRANSLATE_NOOP("eb::gui::labels", "up")},
        {"down", QT_TRANSLATE_NOOP("eb::gui::labels", "down")},
        {"mimics", QT_TRANSLATE_NOOP("eb::gui::labels", "mimics")},
        {"modulates", QT_TRANSLATE_NOOP("eb::gui::labels", "modulates")},
        {"inhibits", QT_TRANSLATE_NOOP("eb::gui::labels", "inhibits")},
        {"preserves", QT_TRANSLATE_NOOP("eb::gui::labels", "preserves")},
        {"activates", QT_TRANSLATE_NOOP("eb::gui::labels", "activates")},
    };
    return targetDirectionArrow(key) + QLatin1Char(' ') + lookup(table, key);
}

QString notReported()
{
    return eb::evidence::notReported();
}

} // namespace eb::gui::labels
