// `evidence cite`, `evidence summary` and `--bundle DIR` of `evidence render`, called
// in-process: what they write, and one stderr line with exit 2 for bad input.
#include "catalogue/catalogue.h"
#include "cataloguecopy.h"
#include "commandrun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <gtest/gtest.h>

namespace {

using eb::test::CommandRun;

class ResearchCommands : public eb::test::CatalogueFileTest
{
protected:
    CommandRun run(const QStringList &arguments, bool withDatabase = true) const
    {
        QStringList all = arguments;
        if (withDatabase) {
            all << QStringLiteral("--database") << m_database;
        }
        return eb::test::evidence(all);
    }

    static void expectBadInput(const CommandRun &r, const QString &mentions)
    {
        EXPECT_EQ(r.status, 2) << r.out.toStdString();
        EXPECT_EQ(r.err.count(QLatin1Char('\n')), 1) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(mentions)) << r.err.toStdString();
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }
};

TEST_F(ResearchCommands, CitePrintsEachFormat)
{
    const CommandRun bib = run({QStringLiteral("cite"), QStringLiteral("cars-1"),
                                QStringLiteral("--format"), QStringLiteral("bibtex")});
    ASSERT_EQ(bib.status, 0) << bib.err.toStdString();
    EXPECT_TRUE(bib.out.contains(QStringLiteral("@article{muresanu-2016,")));
    EXPECT_TRUE(bib.out.contains(QStringLiteral("doi = {10.1161/STROKEAHA.115.009416}")));

    const CommandRun ris = run({QStringLiteral("cite"), QStringLiteral("--all"),
                                QStringLiteral("--format"), QStringLiteral("ris")});
    ASSERT_EQ(ris.status, 0) << ris.err.toStdString();
    EXPECT_GT(ris.out.count(QStringLiteral("ER  - ")), 10);

    const QString out = path(QStringLiteral("refs.json"));
    const CommandRun csl =
        run({QStringLiteral("cite"), QStringLiteral("guekht-2017"), QStringLiteral("--out"), out});
    ASSERT_EQ(csl.status, 0) << csl.err.toStdString();
    QFile file(out);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QJsonArray items = QJsonDocument::fromJson(file.readAll()).array();
    ASSERT_EQ(items.size(), 1);
    EXPECT_EQ(items.at(0)[QStringLiteral("PMID")].toString(), QStringLiteral("28707130"));
}

TEST_F(ResearchCommands, CiteRefusesBadInput)
{
    expectBadInput(run({QStringLiteral("cite"), QStringLiteral("no-such-slug")}),
                   QStringLiteral("no-such-slug"));
    expectBadInput(run({QStringLiteral("cite"), QStringLiteral("--all"), QStringLiteral("--format"),
                        QStringLiteral("endnote")}),
                   QStringLiteral("--format"));
    expectBadInput(run({QStringLiteral("cite")}), QStringLiteral("--all"));
    expectBadInput(run({QStringLiteral("cite"), QStringLiteral("--all"), QStringLiteral("--out"),
                        path(QStringLiteral("x.txt"))}),
                   QStringLiteral("--out"));
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("x.txt"))));
}

TEST_F(ResearchCommands, SummaryWritesPdfAndHtmlAndPrintsText)
{
    const QString pdf = path(QStringLiteral("captain.pdf"));
    const CommandRun written =
        run({QStringLiteral("summary"), QStringLiteral("captain-ii"), QStringLiteral("--out"), pdf,
             QStringLiteral("--page"), QStringLiteral("letter")});
    ASSERT_EQ(written.status, 0) << written.err.toStdString();
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5) == "%PDF-");

    const CommandRun text = run({QStringLiteral("summary"), QStringLiteral("captain-ii")});
    ASSERT_EQ(text.status, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("CAPTAIN II")));
    EXPECT_TRUE(text.out.contains(QStringLiteral("not medical advice")));

    const CommandRun json =
        run({QStringLiteral("summary"), QStringLiteral("captain-ii"), QStringLiteral("--json")});
    ASSERT_EQ(json.status, 0) << json.err.toStdString();
    const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
    EXPECT_EQ(object[QStringLiteral("study")][QStringLiteral("slug")].toString(),
              QStringLiteral("captain-ii"));
    EXPECT_FALSE(object[QStringLiteral("claims")].toArray().isEmpty());
    EXPECT_FALSE(object[QStringLiteral("references")].toArray().isEmpty());

    expectBadInput(run({QStringLiteral("summary"), QStringLiteral("nope")}),
                   QStringLiteral("nope"));
    expectBadInput(run({QStringLiteral("summary"), QStringLiteral("cars-1"),
                        QStringLiteral("--out"), path(QStringLiteral("s.docx"))}),
                   QStringLiteral("--out"));
    expectBadInput(
        run({QStringLiteral("summary"), QStringLiteral("cars-1"), QStringLiteral("--page"),
             QStringLiteral("a5"), QStringLiteral("--out"), pdf}),
        QStringLiteral("--page"));
}

// The command line's summary is the window's: what the reviews found, no internal file named
// (CARS-1's claims and the article's aphasia trial cite the catalogue's notes), DOIs as links
// and one plot per scale in the HTML (the Cochrane review's RRs).
TEST_F(ResearchCommands, SummaryShowsReviewsFindingsNamesNoInternalFileAndLinksDois)
{
    for (const char *slug : {"cars-1", "article-aphasia-trial"}) {
        const CommandRun text = run({QStringLiteral("summary"), QLatin1String(slug)});
        ASSERT_EQ(text.status, 0) << text.err.toStdString();
        EXPECT_FALSE(text.out.contains(QStringLiteral("references.md"))) << slug;
    }
    const CommandRun cars = run({QStringLiteral("summary"), QStringLiteral("cars-1")});
    EXPECT_TRUE(cars.out.contains(QStringLiteral("Its findings, benefits:")))
        << cars.out.toStdString();

    const QString html = path(QStringLiteral("cochrane.html"));
    ASSERT_EQ(run({QStringLiteral("summary"), QStringLiteral("cochrane-2023-stroke"),
                   QStringLiteral("--out"), html})
                  .status,
              0);
    QFile file(html);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString page = QString::fromUtf8(file.readAll());
    EXPECT_GE(page.count(QStringLiteral("<svg")), 1);
    EXPECT_TRUE(page.contains(QStringLiteral("<a href=\"https://doi.org/10.")));
    EXPECT_FALSE(page.contains(QStringLiteral("references.md")));
}

// `summary --json` carries each pooling review's findings as the text and HTML show them, in
// the keys of `evidence syntheses --json` (the same objects), and a source label with JSON's
// and HTML's special characters comes back from the parsed JSON as it was entered.
TEST_F(ResearchCommands, SummaryJsonCarriesTheReviewsFindings)
{
    const QString label = QStringLiteral("Label \"quoted\" \\ back <b>&amp; é—2026");
    {
        eb::catalogue::Catalogue catalogue;
        ASSERT_TRUE(catalogue.open(m_database, eb::catalogue::OpenMode::ReadWrite))
            << catalogue.lastError().toStdString();
        using eb::catalogue::RecordKind;
        using eb::catalogue::RecordRow;
        auto report = catalogue.insertRecords(
            {RecordRow{RecordKind::Source,
                       0,
                       0,
                       true,
                       {{QStringLiteral("slug"), QStringLiteral("escaped-source")},
                        {QStringLiteral("kind"), QStringLiteral("journal_article")},
                        {QStringLiteral("short_label"), label},
                        {QStringLiteral("sponsorship"), QStringLiteral("unknown")}}}});
        ASSERT_TRUE(report.committed) << report.problems.value(0).problem.message.toStdString();
        report = catalogue.insertRecords(
            {RecordRow{RecordKind::Result,
                       0,
                       0,
                       true,
                       {{QStringLiteral("study"), QStringLiteral("cars-meta-analysis")},
                        {QStringLiteral("outcome"), QStringLiteral("arat")},
                        {QStringLiteral("source"), QStringLiteral("escaped-source")},
                        {QStringLiteral("metric"), QStringLiteral("mw")},
                        {QStringLiteral("estimate"), QStringLiteral("0.61")},
                        {QStringLiteral("quote"), QStringLiteral("MW 0.61")}}}});
        ASSERT_TRUE(report.committed) << report.problems.value(0).problem.message.toStdString();
    }
    const CommandRun json =
        run({QStringLiteral("summary"), QStringLiteral("cars-1"), QStringLiteral("--json")});
    ASSERT_EQ(json.status, 0) << json.err.toStdString();
    QJsonParseError error;
    const QJsonObject summary = QJsonDocument::fromJson(json.out.toUtf8(), &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    const CommandRun syntheses = run({QStringLiteral("syntheses"), QStringLiteral("--json")});
    ASSERT_EQ(syntheses.status, 0) << syntheses.err.toStdString();
    QJsonObject synthesis;
    for (const QJsonValue &c :
         QJsonDocument::fromJson(syntheses.out.toUtf8())[QStringLiteral("conditions")].toArray()) {
        for (const QJsonValue &e : c[QStringLiteral("syntheses")].toArray()) {
            if (e[QStringLiteral("study")].toString() == QLatin1String("cars-meta-analysis")) {
                synthesis = e.toObject();
            }
        }
    }
    ASSERT_FALSE(synthesis.isEmpty());

    QJsonObject review;
    for (const QJsonValue &r : summary[QStringLiteral("reviews")].toArray()) {
        if (r[QStringLiteral("slug")].toString() == QLatin1String("cars-meta-analysis")) {
            review = r.toObject();
        }
    }
    ASSERT_FALSE(review.isEmpty()) << json.out.left(600).toStdString();
    const QJsonArray findings = review[QStringLiteral("findings")].toArray();
    ASSERT_GE(findings.size(), 2);
    EXPECT_EQ(findings, synthesis[QStringLiteral("findings")].toArray());
    bool entered = false;
    for (const QJsonValue &f : findings) {
        const QString kind = f[QStringLiteral("kind")].toString();
        EXPECT_TRUE(kind == QLatin1String("benefit") || kind == QLatin1String("harm"));
        EXPECT_FALSE(f[QStringLiteral("effect")].toString().isEmpty());
        EXPECT_FALSE(f[QStringLiteral("outcome_name")].toString().isEmpty());
        EXPECT_GT(f[QStringLiteral("result_id")].toInteger(), 0);
        if (f[QStringLiteral("source")].toString() == QLatin1String("escaped-source")) {
            entered = true;
            EXPECT_EQ(kind, QStringLiteral("benefit"));
            EXPECT_EQ(f[QStringLiteral("source_label")].toString(), label);
            EXPECT_EQ(f[QStringLiteral("estimate")].toDouble(), 0.61);
            EXPECT_TRUE(f[QStringLiteral("ci_low")].isNull()) << "not reported stays null";
        }
    }
    EXPECT_TRUE(entered);
    // The text shows the same findings.
    const CommandRun text = run({QStringLiteral("summary"), QStringLiteral("cars-1")});
    for (const QJsonValue &f : findings) {
        EXPECT_TRUE(text.out.contains(f[QStringLiteral("effect")].toString()))
            << f[QStringLiteral("effect")].toString().toStdString();
    }
}

TEST_F(ResearchCommands, PooledForestRefusalsExitTwoAndWriteNothing)
{
    // The one pooling gate on `render forest --pool`: each refusal exits 2 with its reason and
    // writes no file.
    const QList<QPair<QStringList, QString>> refused{
        {{QStringLiteral("--studies"), QStringLiteral("captain-ii,cars-1")},
         QStringLiteral("CARS-1")},
        {{QStringLiteral("--studies"), QStringLiteral("captain-i")}, QStringLiteral("ITT")},
        {{QStringLiteral("--studies"), QStringLiteral("captain-ii,captain-meta-analysis")},
         QStringLiteral("already includes")},
        {{QStringLiteral("--studies"),
          QStringLiteral("cochrane-2023-stroke,wang-2017-meta-analysis"),
          QStringLiteral("--outcome"), QStringLiteral("all-cause-death")},
         QStringLiteral("inclusion is not stated")},
    };
    int n = 0;
    for (const auto &[selection, reason] : refused) {
        SCOPED_TRACE(selection.join(QLatin1Char(' ')).toStdString());
        const QString out = path(QStringLiteral("refused%1.png").arg(++n));
        const CommandRun r =
            run(QStringList{QStringLiteral("render"), QStringLiteral("forest")} + selection +
                QStringList{QStringLiteral("--metric"), QStringLiteral("native"),
                            QStringLiteral("--pool"), QStringLiteral("REML"),
                            QStringLiteral("--out"), out});
        EXPECT_EQ(r.status, 2) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("refused"))) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(reason)) << r.err.toStdString();
        EXPECT_FALSE(QFile::exists(out));
    }
}

TEST_F(ResearchCommands, EveryRenderKindWritesABundle)
{
    const QList<QStringList> commands{
        // Issue 15 overrides `--studies captain-ii,cars-1 --pool`: CARS-1's ARAT with its own
        // ensemble is two results of one trial, refused (PooledForestRefusals below).
        {QStringLiteral("forest"), QStringLiteral("--studies"),
         QStringLiteral("captain-ii,ghaffarpasand-2019-meta-analysis"), QStringLiteral("--metric"),
         QStringLiteral("mw"), QStringLiteral("--pool"), QStringLiteral("REML")},
        {QStringLiteral("domains"), QStringLiteral("--all")},
        {QStringLiteral("timecourse"), QStringLiteral("--study"), QStringLiteral("captain-ii")},
    };
    int n = 0;
    for (const QStringList &command : commands) {
        SCOPED_TRACE(command.join(QLatin1Char(' ')).toStdString());
        const QString bundle = path(QStringLiteral("bundle%1").arg(++n));
        const CommandRun r = run(QStringList{QStringLiteral("render")} + command +
                                 QStringList{QStringLiteral("--bundle"), bundle});
        ASSERT_EQ(r.status, 0) << r.err.toStdString();
        EXPECT_TRUE(r.out.contains(QStringLiteral("figure bundle")));
        for (const QString &name :
             {QStringLiteral("figure.png"), QStringLiteral("figure.svg"),
              QStringLiteral("figure.pdf"), QStringLiteral("data.csv"),
              QStringLiteral("citations.ris"), QStringLiteral("citations.bib"),
              QStringLiteral("provenance.json"), QStringLiteral("README.md")}) {
            EXPECT_TRUE(QFile::exists(QDir(bundle).filePath(name))) << name.toStdString();
        }
        QFile ris(QDir(bundle).filePath(QStringLiteral("citations.ris")));
        ASSERT_TRUE(ris.open(QIODevice::ReadOnly));
        EXPECT_TRUE(ris.readAll().contains("TY  - ")); // catalogue charts cite their sources
    }
    // The overlap chart draws numbers given on the command line: no source to cite.
    const QString overlap = path(QStringLiteral("overlap"));
    const QString png = path(QStringLiteral("overlap.png"));
    const CommandRun r = run({QStringLiteral("render"), QStringLiteral("overlap"),
                              QStringLiteral("--mw"), QStringLiteral("0.62"),
                              QStringLiteral("--out"), png, QStringLiteral("--bundle"), overlap},
                             false);
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    EXPECT_TRUE(QFile::exists(png));
    QFile csv(QDir(overlap).filePath(QStringLiteral("data.csv")));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csv.readAll());
    // mark, kind, label, outcome, timepoint, panel, scale, metric, estimate, ...
    EXPECT_TRUE(text.contains(QStringLiteral(",MW,,,1,MW,,0.62,,,,input,"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral(",d,")));

    QFile plain(path(QStringLiteral("plain")));
    ASSERT_TRUE(plain.open(QIODevice::WriteOnly));
    plain.close();
    const CommandRun refused =
        run({QStringLiteral("render"), QStringLiteral("overlap"), QStringLiteral("--mw"),
             QStringLiteral("0.6"), QStringLiteral("--bundle"), plain.fileName()},
            false);
    EXPECT_EQ(refused.status, 2);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("--bundle"))) << refused.err.toStdString();
}

// `render forest --study` with --bundle alone: every panel of the Chart tab, each mark with
// its panel and scale; an existing bundle is refused without --force and replaced whole with it.
TEST_F(ResearchCommands, StudyPanelsGoIntoOneBundleReplacedOnlyWithForce)
{
    const QString bundle = path(QStringLiteral("wang"));
    const QStringList command{QStringLiteral("render"),   QStringLiteral("forest"),
                              QStringLiteral("--study"),  QStringLiteral("wang-2017-meta-analysis"),
                              QStringLiteral("--bundle"), bundle};
    const CommandRun first = run(command);
    ASSERT_EQ(first.status, 0) << first.err.toStdString();
    QFile provenance(QDir(bundle).filePath(QStringLiteral("provenance.json")));
    ASSERT_TRUE(provenance.open(QIODevice::ReadOnly));
    const QJsonObject figure = QJsonDocument::fromJson(provenance.readAll())
                                   .object()
                                   .value(QStringLiteral("figure"))
                                   .toObject();
    const QJsonArray panels = figure.value(QStringLiteral("panels")).toArray();
    ASSERT_EQ(panels.size(), 2);
    // Benefit and harms: two panels of one scale (risk ratio), one per direction.
    EXPECT_NE(panels.at(0).toObject().value(QStringLiteral("title")),
              panels.at(1).toObject().value(QStringLiteral("title")));
    EXPECT_EQ(panels.at(1).toObject().value(QStringLiteral("scale")).toString(),
              QStringLiteral("RR"));
    QFile csv(QDir(bundle).filePath(QStringLiteral("data.csv")));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QStringList rows =
        QString::fromUtf8(csv.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QSet<QString> panelsInCsv;
    for (const QString &row : rows.mid(1)) {
        panelsInCsv.insert(row.section(QLatin1Char(','), 5, 5));
    }
    EXPECT_EQ(panelsInCsv, (QSet<QString>{QStringLiteral("1"), QStringLiteral("2")}));

    QFile stray(QDir(bundle).filePath(QStringLiteral("notes.txt")));
    ASSERT_TRUE(stray.open(QIODevice::WriteOnly));
    stray.close();
    const CommandRun refused = run(command);
    EXPECT_EQ(refused.status, 2);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("--force"))) << refused.err.toStdString();
    EXPECT_TRUE(QFile::exists(stray.fileName()));
    const CommandRun forced = run(command + QStringList{QStringLiteral("--force")});
    ASSERT_EQ(forced.status, 0) << forced.err.toStdString();
    EXPECT_FALSE(QFile::exists(stray.fileName())); // replaced whole, not mixed
    EXPECT_TRUE(QFile::exists(QDir(bundle).filePath(QStringLiteral("figure.svg"))));
}

} // namespace
