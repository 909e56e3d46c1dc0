// `--bundle DIR` of the `evidence render` commands: the figure with the numbers it plots,
// their provenance and the citations of their sources (core/export/figurebundle.h).
#include "charts/chartfigure.h"
#include "cli/render/renderoptions.h"
#include "model/cataloguereader.h"
#include "output/messagetext.h"
#include "queries/provenance.h"

#include <QCoreApplication>

namespace eb::cli::render {
namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("eb::cli::render", text, disambiguation, n);
}

} // namespace

void describeCatalogue(const eb::catalogue::CatalogueReader &catalogue,
                       eb::exporting::FigureBundle *bundle)
{
    const eb::queries::CatalogueDescription description = eb::queries::describeCatalogue(catalogue);
    bundle->catalogueTitle = description.title;
    bundle->catalogueBuildId = description.buildId;
    bundle->catalogueSchema = description.schema;
    bundle->sources = catalogue.sources();
    bundle->studies = catalogue.studies();
    bundle->robAssessments = catalogue.robAssessments();
}

int writeBundle(eb::charts::ChartFigure &figure, const OutputOptions &options,
                eb::exporting::FigureBundle bundle, const QString &program, Io &io)
{
    return writeBundle(QList<eb::charts::ChartFigure *>{&figure}, options, std::move(bundle),
                       program, io);
}

int writeBundle(const QList<eb::charts::ChartFigure *> &figures, const OutputOptions &options,
                eb::exporting::FigureBundle bundle, const QString &program, Io &io)
{
    if (options.bundle.isEmpty()) {
        return ExitOk;
    }
    if (bundle.title.isEmpty()) {
        bundle.title = options.title.isEmpty() ? program : options.title;
    }
    bundle.command = program;
    bundle.programVersion = QStringLiteral(EB_VERSION);
    bundle.sources = eb::exporting::sourcesOfMarks(bundle.marks, bundle.sources);
    QString error;
    if (!eb::exporting::writeFigureBundle(figures, bundle, options.bundle, options.force, &error)) {
        io.err << program << ": " << error << "\n";
        return ExitFailure;
    }
    io.out << tr("wrote the figure bundle %1 (%n mark(s), ", nullptr,
                 static_cast<int>(bundle.marks.size()))
                  .arg(eb::output::elidedInput(options.bundle, 200))
           << tr("%n source(s))\n", nullptr, static_cast<int>(bundle.sources.size()));
    return ExitOk;
}

} // namespace eb::cli::render
