// What the review windows export, offscreen on a copy of the bundled catalogue: the Syntheses
// window and its summary-of-findings table write the bytes `evidence syntheses` prints, through
// the one write path; the outcome matrix and the gap map leave whole, with their legend, however
// small the window.
#include "catalogue/catalogue.h"
#include "commandrun.h"
#include "gui/features/review/outcomematrixmodel.h"
#include "gui/features/review/outcomematrixview.h"
#include "gui/features/review/synthesesview.h"

#include <QCheckBox>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QImage>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include <gtest/gtest.h>
#include <sys/stat.h>

using namespace eb::gui::review;

namespace {

class ReviewExports : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("catalogue.sqlite"));
        ASSERT_TRUE(QFile::copy(QStringLiteral(EB_BINARY_DIR "/db/catalogue.sqlite"), m_path));
        QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        ASSERT_TRUE(m_catalogue.open(m_path, eb::catalogue::OpenMode::ReadWrite))
            << m_catalogue.lastError().toStdString();
    }

    QByteArray readAll(const QString &name) const
    {
        QFile file(m_dir.filePath(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QString command(const QStringList &arguments) const
    {
        const eb::test::CommandRun run =
            eb::test::evidence(arguments + QStringList{QStringLiteral("--database"), m_path});
        EXPECT_EQ(run.status, 0) << run.err.toStdString();
        return run.out;
    }

    QTemporaryDir m_dir;
    QString m_path;
    eb::catalogue::Catalogue m_catalogue;
};

TEST_F(ReviewExports, TheSynthesesWindowExportsWhatTheCommandPrints)
{
    SynthesesView view(m_catalogue);
    ASSERT_NE(view.findChild<QPushButton *>(QStringLiteral("synthesesExport")), nullptr);
    auto *sofButton = view.findChild<QPushButton *>(QStringLiteral("synthesesExportSof"));
    ASSERT_NE(sofButton, nullptr);
    EXPECT_TRUE(sofButton->isEnabled());
    QString error;
    ASSERT_TRUE(view.exportTo(m_dir.filePath(QStringLiteral("s.csv")), false, &error))
        << error.toStdString();
    ASSERT_TRUE(view.exportTo(m_dir.filePath(QStringLiteral("s.json")), false, &error));
    ASSERT_TRUE(view.exportTo(m_dir.filePath(QStringLiteral("sof.csv")), true, &error));
    ASSERT_TRUE(view.exportTo(m_dir.filePath(QStringLiteral("sof.json")), true, &error));
    const QString syntheses = QStringLiteral("syntheses");
    EXPECT_EQ(QString::fromUtf8(readAll(QStringLiteral("s.csv"))),
              command({syntheses, QStringLiteral("--csv")}));
    EXPECT_EQ(QString::fromUtf8(readAll(QStringLiteral("s.json"))),
              command({syntheses, QStringLiteral("--json")}));
    EXPECT_EQ(QString::fromUtf8(readAll(QStringLiteral("sof.csv"))),
              command({syntheses, QStringLiteral("--sof"), QStringLiteral("--csv")}));
    EXPECT_EQ(QString::fromUtf8(readAll(QStringLiteral("sof.json"))),
              command({syntheses, QStringLiteral("--sof"), QStringLiteral("--json")}));
    EXPECT_TRUE(readAll(QStringLiteral("sof.csv")).contains("RR 2.39 (1.10 to 5.23)"));

    // Another ending is refused; a device is written through, never replaced.
    EXPECT_FALSE(view.exportTo(m_dir.filePath(QStringLiteral("s.txt")), false, &error));
    EXPECT_TRUE(error.contains(QStringLiteral(".csv"))) << error.toStdString();
    const QString link = m_dir.filePath(QStringLiteral("device.csv"));
    ASSERT_TRUE(QFile::link(QStringLiteral("/dev/null"), link));
    error.clear();
    const bool through = view.exportTo(link, true, &error);
    EXPECT_TRUE(through || !error.isEmpty());
    EXPECT_EQ(QFileInfo(link).symLinkTarget(), QStringLiteral("/dev/null"));
    struct stat info
    {
    };
    ASSERT_EQ(::lstat("/dev/null", &info), 0);
    EXPECT_TRUE(S_ISCHR(info.st_mode));
}

// Every <text> of an SVG, joined: what a reader of the picture can read.
QString svgText(const QByteArray &svg)
{
    QXmlStreamReader xml(svg);
    QString text;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::Characters) {
            text += xml.text().toString() + QLatin1Char(' ');
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    return text;
}

TEST_F(ReviewExports, TheMatrixAndTheGapMapLeaveWholeWithTheirLegend)
{
    OutcomeMatrixView view(m_catalogue);
    view.resize(640, 420); // far smaller than the matrix
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    QTableView *table = view.tableView();
    const int rows = view.model()->rowCount();
    ASSERT_GT(rows, 10);
    ASSERT_GT(table->verticalHeader()->length(), table->viewport()->height());
    ASSERT_GT(table->horizontalHeader()->length(), table->viewport()->width());

    QString error;
    ASSERT_TRUE(view.exportPicture(m_dir.filePath(QStringLiteral("m.png")), &error))
        << error.toStdString();
    // Every row at least a line high (the window's rows are three lines; the picture's are as
    // tall as their text), every column as wide as in the window.
    const QImage png(m_dir.filePath(QStringLiteral("m.png")));
    EXPECT_GE(png.width(), table->horizontalHeader()->length());
    EXPECT_GE(png.height(), view.model()->rowCount() * view.fontMetrics().height());

    ASSERT_TRUE(view.exportPicture(m_dir.filePath(QStringLiteral("m.svg")), &error));
    const QString svg = svgText(readAll(QStringLiteral("m.svg")));
    const QAbstractItemModel *matrix = view.model();
    ASSERT_FALSE(matrix->canFetchMore({})) << "the picture read the paged rows to their end";
    const QString lastStudy = matrix->index(matrix->rowCount() - 1, 0).data().toString();
    ASSERT_FALSE(lastStudy.isEmpty());
    EXPECT_TRUE(svg.contains(lastStudy.section(QLatin1Char('\n'), 0, 0)))
        << "the last row is in the picture: " << lastStudy.toStdString();
    EXPECT_TRUE(svg.contains(QStringLiteral("favours control"))) << "the legend";
    EXPECT_TRUE(svg.contains(QStringLiteral("measured, not reported")));

    // The gap map: its picture and its CSV, every line (the CSV of what is shown).
    view.summaryBox()->setChecked(true);
    ASSERT_TRUE(view.exportCsv(m_dir.filePath(QStringLiteral("gaps.csv")), &error));
    const QList<QByteArray> lines = readAll(QStringLiteral("gaps.csv")).trimmed().split('\n');
    EXPECT_EQ(lines.first(), QByteArray("outcome,domain,condition,studies,participants,"
                                        "studies_without_n,syntheses"));
    EXPECT_EQ(lines.size() - 1, view.gapView()->model()->rowCount());
    // Every line of the gap map is in its picture, the last one too, with the legend's words.
    ASSERT_TRUE(view.exportPicture(m_dir.filePath(QStringLiteral("gaps.svg")), &error));
    const QAbstractItemModel *gaps = view.gapView()->model();
    const QString gapSvg = svgText(readAll(QStringLiteral("gaps.svg")));
    const QString lastGap = gaps->index(gaps->rowCount() - 1, 0).data().toString();
    ASSERT_FALSE(lastGap.isEmpty());
    EXPECT_TRUE(gapSvg.contains(lastGap.section(QLatin1Char(' '), 0, 0))) << lastGap.toStdString();
    EXPECT_TRUE(gapSvg.contains(QStringLiteral("Per outcome and condition")));
    ASSERT_TRUE(view.exportPicture(m_dir.filePath(QStringLiteral("gaps.png")), &error));
    EXPECT_GE(QImage(m_dir.filePath(QStringLiteral("gaps.png"))).height(),
              gaps->rowCount() * view.fontMetrics().height());
}

} // namespace
