// `evidence render deck DECK --bundle DIR`: every slide as SVG and PNG, the deck as one PDF,
// the deck file and its provenance, each read back with a real parser (QXmlStreamReader for
// the SVG, QImage for the PNG, QJsonDocument for the JSON, the deck reader for the deck);
// an existing folder refused without --force and then replaced whole.
#include "cli/common/cli.h"
#include "lecture/deck.h"
#include "lecture/deckbundle.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>
#include <QXmlStreamReader>
#include <gtest/gtest.h>

namespace {

const QString kExample = QStringLiteral(EB_SOURCE_DIR "/docs/examples/lecture-deck.json");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return file.readAll();
}

// The SVG's <title>, after reading the whole document; fails the test when it is not
// well-formed XML with an <svg> root.
QString svgTitle(const QString &path)
{
    QXmlStreamReader reader(readAll(path));
    QString root;
    QString title;
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement) {
            continue;
        }
        if (root.isEmpty()) {
            root = reader.name().toString();
        }
        if (reader.name() == QLatin1String("title") && title.isEmpty()) {
            title = reader.readElementText();
        }
    }
    EXPECT_FALSE(reader.hasError())
        << path.toStdString() << ": " << reader.errorString().toStdString();
    EXPECT_EQ(root, QStringLiteral("svg")) << path.toStdString();
    return title;
}

QJsonObject jsonFile(const QString &path)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(readAll(path), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    EXPECT_TRUE(document.isObject());
    return document.object();
}

QStringList entries(const QString &folder)
{
    QStringList names =
        QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    names.sort();
    return names;
}

class DeckBundle : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_database = m_dir.filePath(QStringLiteral("catalogue.sqlite"));
        ASSERT_TRUE(QFile::copy(QStringLiteral(EB_BINARY_DIR "/db/catalogue.sqlite"), m_database));
        QFile::setPermissions(m_database, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    int run(const QStringList &arguments, QString *out, QString *err) const
    {
        QString in;
        QTextStream o(out);
        QTextStream e(err);
        QTextStream i(&in);
        eb::cli::Io io{o, e, i};
        const int status =
            eb::cli::run(QStringList{QStringLiteral("evidence"), QStringLiteral("render"),
                                     QStringLiteral("deck")} +
                             arguments + QStringList{QStringLiteral("--database"), m_database},
                         io);
        o.flush();
        e.flush();
        return status;
    }

    // Checks every file of the bundle in `folder` with a parser; returns the provenance.
    QJsonObject expectWholeBundle(const QString &folder, qsizetype slideCount, const QSize &size)
    {
        QStringList expected = eb::lecture::deckBundleFiles(slideCount);
        expected.sort();
        EXPECT_EQ(entries(folder), expected);
        const QJsonObject provenance =
            jsonFile(QDir(folder).filePath(QStringLiteral("provenance.json")));
        const QJsonArray slides = provenance.value(QStringLiteral("slides")).toArray();
        EXPECT_EQ(slides.size(), slideCount);
        for (const QJsonValue &value : slides) {
            const QJsonObject slide = value.toObject();
            const QJsonArray files = slide.value(QStringLiteral("files")).toArray();
            EXPECT_EQ(files.size(), 2);
            const QString svg = QDir(folder).filePath(files.at(0).toString());
            const QString png = QDir(folder).filePath(files.at(1).toString());
            EXPECT_EQ(svgTitle(svg), slide.value(QStringLiteral("title")).toString());
            const QImage image(png);
            EXPECT_FALSE(image.isNull()) << png.toStdString();
            EXPECT_EQ(image.size(), size) << png.toStdString();
            // Something is drawn: more than one colour on a grid of samples.
            QSet<QRgb> colours;
            for (int y = 0; y < image.height(); y += 8) {
                for (int x = 0; x < image.width(); x += 8) {
                    colours.insert(image.pixel(x, y));
                }
            }
            EXPECT_GT(colours.size(), 1) << png.toStdString();
        }
        const QString pdf =
            QString::fromLatin1(readAll(QDir(folder).filePath(QStringLiteral("slides.pdf"))));
        EXPECT_TRUE(pdf.startsWith(QStringLiteral("%PDF-")));
        EXPECT_EQ(pdf.count(QRegularExpression(QStringLiteral("/Type\\s*/Page[^s]"))), slideCount);
        EXPECT_TRUE(
            readAll(QDir(folder).filePath(QStringLiteral("README.md"))).contains("slide-NN.svg"));
        return provenance;
    }

    QTemporaryDir m_dir;
    QString m_database;
};

TEST_F(DeckBundle, TheExampleDeckGivesEverySlideAndReadsBack)
{
    const QString folder = m_dir.filePath(QStringLiteral("bundle"));
    QString out;
    QString err;
    ASSERT_EQ(run({kExample, QStringLiteral("--bundle"), folder, QStringLiteral("--width"),
                   QStringLiteral("960"), QStringLiteral("--height"), QStringLiteral("540")},
                  &out, &err),
              0)
        << err.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("wrote the figure bundle"))) << out.toStdString();
    // Every slide of the example deck, however many it has.
    QString deckError;
    const auto deck = eb::lecture::loadDeck(kExample, &deckError);
    ASSERT_TRUE(deck) << deckError.toStdString();
    const auto slides = static_cast<int>(deck->slides.size());
    ASSERT_GE(slides, 12);
    EXPECT_TRUE(out.contains(QStringLiteral("%1 slide").arg(slides))) << out.toStdString();
    const QJsonObject provenance = expectWholeBundle(folder, slides, QSize(960, 540));

    const QJsonObject catalogue = provenance.value(QStringLiteral("catalogue")).toObject();
    EXPECT_FALSE(catalogue.value(QStringLiteral("build_id")).toString().isEmpty());
    EXPECT_EQ(provenance.value(QStringLiteral("deck"))
                  .toObject()
                  .value(QStringLiteral("slide_width"))
                  .toDouble(),
              960);
    int resolved = 0;
    for (const QJsonValue &value : provenance.value(QStringLiteral("slides")).toArray()) {
        const QJsonObject slide = value.toObject();
        EXPECT_TRUE(slide.value(QStringLiteral("drawn")).toBool());
        EXPECT_FALSE(slide.value(QStringLiteral("deck_entry")).toObject().isEmpty());
        for (const QJsonValue &named : slide.value(QStringLiteral("results_named")).toArray()) {
            const QJsonObject result = named.toObject();
            EXPECT_GT(result.value(QStringLiteral("result_id")).toInteger(), 0);
            EXPECT_FALSE(result.value(QStringLiteral("source"))
                             .toObject()
                             .value(QStringLiteral("slug"))
                             .toString()
                             .isEmpty());
            ++resolved;
        }
    }
    EXPECT_GT(resolved, 0); // the distribution slide and the lab presets name results

    // The deck file in the bundle reads back as the deck drawn.
    QString error;
    const auto original = eb::lecture::loadDeck(kExample, &error);
    ASSERT_TRUE(original) << error.toStdString();
    const auto copy =
        eb::lecture::loadDeck(QDir(folder).filePath(QStringLiteral("deck.json")), &error);
    ASSERT_TRUE(copy) << error.toStdString();
    EXPECT_EQ(*copy, *original);
    // Nothing left beside the bundle (the temporary folder was renamed into place).
    EXPECT_EQ(entries(m_dir.path()),
              (QStringList{QStringLiteral("bundle"), QStringLiteral("catalogue.sqlite")}));
}

TEST_F(DeckBundle, AFolderWithFilesIsRefusedUnlessForcedAndThenReplacedWhole)
{
    // A one-slide deck whose titles hold markup: the SVG stays well-formed, the title text.
    QJsonObject deck = QJsonDocument::fromJson(readAll(kExample)).object();
    QJsonObject slide;
    for (const QJsonValue &value : deck.value(QStringLiteral("slides")).toArray()) {
        if (value.toObject().value(QStringLiteral("kind")).toString() ==
            QLatin1String("distribution")) {
            slide = value.toObject();
        }
    }
    ASSERT_FALSE(slide.isEmpty());
    const QString hostile = QStringLiteral("Stroke & TBI: MW < 0.6? <script>alert(1)</script>");
    slide.insert(QStringLiteral("title"), hostile);
    deck.insert(QStringLiteral("title"), QStringLiteral("A & B <b>"));
    deck.insert(QStringLiteral("slides"), QJsonArray{slide});
    const QString deckFile = m_dir.filePath(QStringLiteral("one.json"));
    {
        QFile file(deckFile);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(deck).toJson());
    }

    const QString folder = m_dir.filePath(QStringLiteral("bundle"));
    ASSERT_TRUE(QDir().mkpath(folder));
    {
        QFile old(QDir(folder).filePath(QStringLiteral("old.txt")));
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("earlier");
    }
    const QStringList small{QStringLiteral("--width"), QStringLiteral("640"),
                            QStringLiteral("--height"), QStringLiteral("360")};
    QString out;
    QString err;
    EXPECT_EQ(run(QStringList{deckFile, QStringLiteral("--bundle"), folder} + small, &out, &err),
              2);
    EXPECT_TRUE(err.contains(QStringLiteral("--force"))) << err.toStdString();
    EXPECT_EQ(entries(folder), QStringList{QStringLiteral("old.txt")});

    err.clear();
    EXPECT_EQ(run({deckFile, QStringLiteral("--force")}, &out, &err), 2);
    EXPECT_TRUE(err.contains(QStringLiteral("--bundle"))) << err.toStdString();

    err.clear();
    ASSERT_EQ(
        run(QStringList{deckFile, QStringLiteral("--bundle"), folder, QStringLiteral("--force")} +
                small,
            &out, &err),
        0)
        << err.toStdString();
    const QJsonObject provenance = expectWholeBundle(folder, 1, QSize(640, 360));
    EXPECT_EQ(provenance.value(QStringLiteral("slides"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("title"))
                  .toString(),
              hostile);
    EXPECT_EQ(svgTitle(QDir(folder).filePath(QStringLiteral("slide-01.svg"))), hostile);
}

} // namespace
