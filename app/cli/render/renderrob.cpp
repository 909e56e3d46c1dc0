// `evidence render rob [--layout traffic-light|summary] [--study SLUG] [--outcome SLUG]`: the
// user's RoB 2 assessments as robvis's traffic-light or summary plot (charts/robchart.h), to
// PNG, SVG or PDF, and with --bundle a figure bundle whose CSV holds each judgement drawn.
#include "catalogue/catalogue.h"
#include "charts/robchart.h"
#include "cli/common/commandparser.h"
#include "cli/render/renderoptions.h"
#include "evidence/appraisals.h"
#include "model/vocabulary.h"
#include "output/messagetext.h"

#include <QCoreApplication>

namespace eb::cli::render {
namespace {

using namespace eb::catalogue;

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::cli::render", text);
}

// One mark per judgement drawn: the trial and outcome, the domain, and the judgement with the
// assessor's reason as the "formula" (the user's, never a source's).
QList<eb::exporting::PlottedMark> robMarks(const QList<eb::evidence::RobRow> &rows)
{
    QList<eb::exporting::PlottedMark> marks;
    for (const eb::evidence::RobRow &row : rows) {
        if (!row.assessment) {
            continue;
        }
        const auto add = [&](const QString &domain, const RobJudgement &j) {
            eb::exporting::PlottedMark mark;
            mark.kind = QStringLiteral("judgement");
            mark.scale = QStringLiteral("RoB 2");
            mark.label = QStringLiteral("%1 · %2").arg(row.studyName, domain);
            mark.outcome = row.outcomeName;
            mark.derived = true;
            mark.formula =
                tr("%1 (RoB 2, assessed by %2)%3")
                    .arg(catalogue::robJudgementLabel(j.judgement),
                         row.assessment->assessor.isEmpty() ? tr("a user")
                                                            : row.assessment->assessor,
                         j.reason.isEmpty() ? QString() : QStringLiteral(": ") + j.reason);
            marks << mark;
        };
        for (const RobDomain d : allRobDomains()) {
            add(robDomainShort(d), row.assessment->domain(d));
        }
        add(tr("Overall"), row.assessment->overall);
    }
    return marks;
}

} // namespace

int renderRob(const QStringList &arguments, Io &io)
{
    const QString program = QStringLiteral("evidence render rob");
    CommandParser cli(program, io,
                      tr("Risk of bias (RoB 2) as robvis draws it: a traffic-light plot of every "
                         "trial-outcome pair (grey '?' where not assessed) or a summary plot of "
                         "the share of each judgement per domain."));
    QCommandLineParser &parser = cli.options();
    parser.addOption({QStringLiteral("layout"), tr("traffic-light (default) or summary."),
                      tr("STYLE"), QStringLiteral("traffic-light")});
    parser.addOption({QStringLiteral("study"), tr("Only this trial."), tr("SLUG")});
    parser.addOption({QStringLiteral("outcome"), tr("Only this outcome."), tr("SLUG")});
    parser.addOption(
        {QStringLiteral("assessed-only"), tr("Leave out the pairs nobody has assessed.")});
    cli.addDatabaseOption();
    addOutputOptions(parser);
    int status = ExitOk;
    OutputOptions output;
    const auto command = parseOrExit(cli, arguments, &output, &status);
    if (!command) {
        return status;
    }
    const QString styleKey = parser.value(QStringLiteral("layout"));
    if (styleKey != QLatin1String("traffic-light") && styleKey != QLatin1String("summary")) {
        return command->bad(tr("--layout: '%1' is not traffic-light or summary")
                                .arg(eb::output::elidedInput(styleKey)));
    }
    Catalogue catalogue;
    if (const int opened = command->openCatalogue(catalogue); opened != ExitOk) {
        return opened;
    }
    const auto studies = catalogue.studies();
    const auto results = catalogue.results();
    const auto assessments = catalogue.robAssessments();
    if (!catalogue.lastError().isEmpty()) {
        io.err << program << ": " << catalogue.lastError() << "\n";
        return ExitFailure;
    }
    QList<eb::evidence::RobRow> rows =
        eb::evidence::robRows(studies, results, assessments, parser.value(QStringLiteral("study")),
                              parser.value(QStringLiteral("outcome")));
    if (parser.isSet(QStringLiteral("assessed-only"))) {
        rows.removeIf([](const eb::evidence::RobRow &r) { return !r.assessment; });
    }
    if (rows.isEmpty()) {
        return command->bad(tr("no trial-outcome pair matches --study and --outcome"));
    }
    const bool summary = styleKey == QLatin1String("summary");
    eb::evidence::RobChartSpec spec = eb::evidence::robChartSpec(
        rows, output.title.isEmpty()
                  ? (summary ? tr("Risk of bias (RoB 2): summary") : tr("Risk of bias (RoB 2)"))
                  : output.title);
    spec.fontScale = output.fontScale;
    eb::charts::RobChart chart(spec, summary ? eb::charts::RobChart::Style::Summary
                                             : eb::charts::RobChart::Style::TrafficLight);
    eb::exporting::FigureBundle bundle;
    bundle.kind = summary ? QStringLiteral("rob-summary") : QStringLiteral("rob-traffic-light");
    bundle.title = spec.title;
    bundle.scale = QStringLiteral("RoB 2");
    bundle.marks = robMarks(rows);
    describeCatalogue(catalogue, &bundle);
    return writeChart(chart, output, 900, 40000, program, io, bundle);
}

} // namespace eb::cli::render
