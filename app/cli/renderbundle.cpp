// `--bundle DIR` of the `evidence render` commands: the figure with the numbers it plots,
// their provenance and the citations of their sources (core/export/figurebundle.h).
#include "catalogue/catalogue.h"
#include "charts/chartfigure.h"
#include "cli/renderoptions.h"
#include "output/messagetext.h"

#include <QCoreApplication>

namespace eb::cli::render {
namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("eb::cli::render", text, disambiguation, n);
}

} // namespace

void describeCatalogue(const eb::catalogue::Catalogue &catalogue,
                       eb::exporting::FigureBundle *bundle)
{
    bundle->catalogueTitle = catalogue.info(QStringLiteral("title"));
    bundle->catalogueBuildId = catalogue.info(QStringLiteral("build_id"));
    bundle->catalogueSchema = catalogue.schemaVersion();
    bundle->sources = catalogue.sources();
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
