#include "evidence/synthesesexport.h"

#include "evidence/resultline.h"
#include "evidence/studycompare.h"
#include "model/vocabulary.h"
#include "output/textformats.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTextStream>
#include <optional>

namespace eb::review {
namespace {

using eb::catalogue::GradeAssessment;
using eb::catalogue::ResultRecord;
using eb::output::csvField;

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::review::Syntheses", text);
}

QJsonValue jnum(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

QJsonValue jint(const std::optional<int> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

QJsonValue jtext(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

// The sponsor groups in the window's order, with their words.
struct Group
{
    const QList<SynthesisEntry> *entries;
    QString heading;
};

QList<Group> groupsOf(const ConditionSyntheses &c)
{
    return {{&c.industry, tr("Industry-sponsored")},
            {&c.independent, tr("Independent")},
            {&c.unknownSponsor, tr("Sponsor not verified")}};
}

QJsonObject findingJson(const ResultRecord &r, const QString &kind)
{
    return {{QStringLiteral("kind"), kind},
            {QStringLiteral("result_id"), r.id},
            {QStringLiteral("outcome"), r.outcomeSlug},
            {QStringLiteral("outcome_name"), r.outcomeName},
            {QStringLiteral("domain"), r.outcomeDomain},
            {QStringLiteral("timepoint"), jtext(r.timepoint)},
            {QStringLiteral("effect"), effectText(r)}, // as the source printed it
            {QStringLiteral("metric"), metricKeyOf(r)},
            {QStringLiteral("estimate"), jnum(r.estimate)},
            {QStringLiteral("ci_low"), jnum(r.ciLow)},
            {QStringLiteral("ci_high"), jnum(r.ciHigh)},
            {QStringLiteral("source"), r.sourceSlug},
            {QStringLiteral("source_label"), r.sourceShortLabel},
            {QStringLiteral("doi"), jtext(r.sourceDoi)}};
}

QJsonObject entryJson(const SynthesisEntry &e)
{
    const eb::catalogue::StudyDetail &s = e.study;
    return {{QStringLiteral("study"), s.slug},
            {QStringLiteral("name"), s.name},
            {QStringLiteral("year"), jint(s.year)},
            {QStringLiteral("design"), s.design},
            {QStringLiteral("sponsorship"), jtext(s.sponsorship)},
            {QStringLiteral("pooled"), QJsonArray::fromStringList(e.includes)},
            {QStringLiteral("pooled_text"), pooledText(e)},
            {QStringLiteral("summary"), jtext(s.summary)},
            {QStringLiteral("findings"), synthesisFindingsJson(e)}};
}

std::optional<GradeAssessment> oursFor(const SynthesesReport &report, const QString &outcome)
{
    std::optional<GradeAssessment> found;
    for (const GradeAssessment &g : report.ours) {
        if (g.outcomeSlug == outcome) {
            found = g;
        }
    }
    return found;
}

QString ourCertainty(const std::optional<GradeAssessment> &g)
{
    return g ? eb::catalogue::gradeCertaintyLabel(eb::catalogue::gradeCertaintyLevel(*g)).toLower()
             : QString();
}

QString csvLine(const QStringList &cells)
{
    QStringList escaped;
    for (const QString &cell : cells) {
        escaped << csvField(cell);
    }
    return escaped.join(QLatin1Char(',')) + QLatin1Char('\n');
}

} // namespace

QJsonArray synthesisFindingsJson(const SynthesisEntry &entry)
{
    QJsonArray findings;
    for (const ResultRecord &r : entry.benefits) {
        findings.append(findingJson(r, QStringLiteral("benefit")));
    }
    for (const ResultRecord &r : entry.harms) {
        findings.append(findingJson(r, QStringLiteral("harm")));
    }
    return findings;
}

QJsonObject summaryOfFindingsJson(const SynthesesReport &report)
{
    QJsonArray rows;
    for (qsizetype i = 0; i < report.sofRows.size(); ++i) {
        const SofRow &r = report.sofRows.at(i);
        const auto ours = oursFor(report, r.result.outcomeSlug);
        rows.append(QJsonObject{
            {QStringLiteral("result_id"), r.result.id},
            {QStringLiteral("outcome"), r.result.outcomeSlug},
            {QStringLiteral("outcome_name"), r.outcome},
            {QStringLiteral("participants"), jtext(r.participants)},
            {QStringLiteral("relative_effect"), report.sofTable.cells.at(i).at(2)},
            {QStringLiteral("rr"), r.rr},
            {QStringLiteral("rr_low"), r.rrLow},
            {QStringLiteral("rr_high"), r.rrHigh},
            {QStringLiteral("assumed_per_1000"), jnum(r.assumedPer1000)},
            {QStringLiteral("corresponding_per_1000"), jnum(r.correspondingPer1000)},
            {QStringLiteral("corresponding_low_per_1000"), jnum(r.correspondingLowPer1000)},
            {QStringLiteral("corresponding_high_per_1000"), jnum(r.correspondingHighPer1000)},
            {QStringLiteral("derived_formula"), jtext(r.formula)},
            {QStringLiteral("certainty"), jtext(r.certainty)},
            {QStringLiteral("graded_by"),
             r.certainty.isEmpty() ? QJsonValue() : QJsonValue(r.result.sourceShortLabel)},
            {QStringLiteral("our_certainty"), jtext(ourCertainty(ours))},
            {QStringLiteral("our_assessor"), ours ? jtext(ours->assessor) : QJsonValue()},
            {QStringLiteral("cells"), QJsonArray::fromStringList(report.sofTable.cells.at(i))}});
    }
    return {{QStringLiteral("review"), jtext(report.sofReviewSlug)},
            {QStringLiteral("review_name"), jtext(report.sofReviewName)},
            {QStringLiteral("source"), jtext(report.sofSource)},
            {QStringLiteral("title"), report.sofTable.title},
            {QStringLiteral("headers"), QJsonArray::fromStringList(report.sofTable.headers)},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("derived_note"), report.sofTable.derivedNote}};
}

QJsonObject synthesesJson(const SynthesesReport &report)
{
    QJsonArray conditions;
    for (const ConditionSyntheses &c : report.conditions) {
        QJsonArray entries;
        for (const Group &g : groupsOf(c)) {
            for (const SynthesisEntry &e : *g.entries) {
                entries.append(entryJson(e));
            }
        }
        conditions.append(QJsonObject{
            {QStringLiteral("condition"), c.condition},
            {QStringLiteral("condition_name"), eb::catalogue::vocabulary::condition(c.condition)},
            {QStringLiteral("syntheses"), entries}});
    }
    return {{QStringLiteral("conditions"), conditions},
            {QStringLiteral("summary_of_findings"),
             report.sofReviewSlug.isEmpty() ? QJsonValue() : summaryOfFindingsJson(report)}};
}

QString synthesesCsv(const SynthesesReport &report)
{
    QString text = QStringLiteral("condition,sponsorship,study,name,design,pooled,kind,outcome,"
                                  "timepoint,effect,metric,estimate,ci_low,ci_high,result_id,"
                                  "source\n");
    const auto number = [](const std::optional<double> &v) {
        return v ? QString::number(*v, 'g', 17) : QString();
    };
    for (const ConditionSyntheses &c : report.conditions) {
        for (const Group &g : groupsOf(c)) {
            for (const SynthesisEntry &e : *g.entries) {
                const QStringList study{c.condition,  e.study.sponsorship, e.study.slug,
                                        e.study.name, e.study.design,      pooledText(e)};
                const auto line = [&](const ResultRecord &r, const QString &kind) {
                    text +=
                        csvLine(study + QStringList{kind, r.outcomeSlug, r.timepoint, effectText(r),
                                                    metricKeyOf(r), number(r.estimate),
                                                    number(r.ciLow), number(r.ciHigh),
                                                    QString::number(r.id), r.sourceShortLabel});
                };
                for (const ResultRecord &r : e.benefits) {
                    line(r, QStringLiteral("benefit"));
                }
                for (const ResultRecord &r : e.harms) {
                    line(r, QStringLiteral("harm"));
                }
                if (e.benefits.isEmpty() && e.harms.isEmpty()) {
                    text += csvLine(study + QStringList(10));
                }
            }
        }
    }
    return text;
}

QString summaryOfFindingsCsv(const SynthesesReport &report)
{
    QString text = QStringLiteral("outcome,participants,relative_effect,assumed_per_1000,"
                                  "corresponding_per_1000,certainty_shown,certainty,graded_by,"
                                  "our_certainty,result_id\n");
    for (qsizetype i = 0; i < report.sofRows.size(); ++i) {
        const SofRow &r = report.sofRows.at(i);
        text += csvLine(report.sofTable.cells.at(i) +
                        QStringList{r.certainty,
                                    r.certainty.isEmpty() ? QString() : r.result.sourceShortLabel,
                                    ourCertainty(oursFor(report, r.result.outcomeSlug)),
                                    QString::number(r.result.id)});
    }
    return text;
}

QString synthesesText(const SynthesesReport &report)
{
    QString text;
    QTextStream out(&text);
    const auto findings = [&out](const QString &heading, const QList<ResultRecord> &results) {
        out << "      " << heading << ":\n";
        for (const ResultRecord &r : results) {
            out << "        " << r.outcomeShortName()
                << (r.timepoint.isEmpty() ? QString() : QStringLiteral(", ") + r.timepoint) << ": "
                << effectText(r) << " [" << r.sourceShortLabel << "]  #" << r.id << "\n";
        }
        if (results.isEmpty()) {
            out << "        " << tr("none recorded") << "\n";
        }
    };
    if (!report.sofReviewSlug.isEmpty()) {
        const SofTable &t = report.sofTable;
        out << t.title << "\n";
        for (const QStringList &row : t.cells) {
            out << "  " << row.at(0) << "\n";
            for (qsizetype c = 1; c < row.size(); ++c) {
                out << "    " << t.headers.value(c) << ": " << row.at(c) << "\n";
            }
        }
        out << "  " << t.derivedNote << "\n";
        for (const QString &f : t.formulas) {
            out << "  " << f << "\n";
        }
        out << "\n";
    }
    for (const ConditionSyntheses &c : report.conditions) {
        out << eb::catalogue::vocabulary::condition(c.condition) << "\n";
        for (const Group &g : groupsOf(c)) {
            if (g.entries->isEmpty() && g.entries == &c.unknownSponsor) {
                continue; // the window shows this group only when it has members
            }
            out << "  " << g.heading << "\n";
            if (g.entries->isEmpty()) {
                out << "    " << tr("none in the catalogue") << "\n";
            }
            for (const SynthesisEntry &e : *g.entries) {
                out << "    " << e.study.name << "\n";
                out << "      " << tr("Sponsor: %1").arg(e.study.sponsorship) << "\n";
                out << "      " << tr("What it pooled: %1").arg(pooledText(e)) << "\n";
                findings(tr("Benefits"), e.benefits);
                findings(tr("Harms"), e.harms);
                if (!e.study.summary.isEmpty()) {
                    out << "      " << tr("Summary and conclusion (quoted where recorded):") << " "
                        << e.study.summary << "\n";
                }
            }
        }
        out << "\n";
    }
    out.flush();
    return text;
}

} // namespace eb::review
