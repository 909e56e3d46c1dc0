// `evidence render deck`: the example deck as a PDF of one page per slide; a broken or
// truncated deck exits 2 with one line and leaves no file.
#include "cli/common/cli.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>
#include <gtest/gtest.h>

namespace {

const QString kExample = QStringLiteral(EB_SOURCE_DIR "/docs/examples/lecture-deck.json");

class RenderDeck : public ::testing::Test
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

    QString write(const QString &name, const QByteArray &bytes) const
    {
        QFile file(m_dir.filePath(name));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return file.fileName();
    }

    void expectRefused(const QStringList &arguments, const QString &mentions) const
    {
        const QString pdf = m_dir.filePath(QStringLiteral("slides.pdf"));
        QString out;
        QString err;
        EXPECT_EQ(run(arguments + QStringList{QStringLiteral("--out"), pdf}, &out, &err), 2)
            << out.toStdString();
        EXPECT_EQ(err.count(QLatin1Char('\n')), 1) << err.toStdString();
        EXPECT_TRUE(err.startsWith(QStringLiteral("evidence render deck: ")));
        EXPECT_TRUE(err.contains(mentions))
            << err.toStdString() << " should mention " << mentions.toStdString();
        EXPECT_FALSE(QFile::exists(pdf));
    }

    QTemporaryDir m_dir;
    QString m_database;
};

TEST_F(RenderDeck, ExampleDeckGivesOnePagePerSlide)
{
    const QString pdf = m_dir.filePath(QStringLiteral("slides.pdf"));
    QString out;
    QString err;
    ASSERT_EQ(run({kExample, QStringLiteral("--out"), pdf, QStringLiteral("--font-scale"),
                   QStringLiteral("2.5")},
                  &out, &err),
              0)
        << err.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("13 page")));
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString bytes = QString::fromLatin1(file.readAll());
    EXPECT_EQ(bytes.count(QRegularExpression(QStringLiteral("/Type\\s*/Page[^s]"))), 13);
}

TEST_F(RenderDeck, ListsTheSlidesAsTextAndJson)
{
    QString out;
    QString err;
    ASSERT_EQ(run({kExample, QStringLiteral("--list")}, &out, &err), 0) << err.toStdString();
    EXPECT_TRUE(out.startsWith(QStringLiteral("1. Effect size lab: No effect: MW = 0.5")))
        << out.toStdString();
    EXPECT_FALSE(out.contains(QStringLiteral("NOT DRAWN")));
    EXPECT_TRUE(out.contains(QStringLiteral("Note: ")));
    out.clear();
    ASSERT_EQ(run({kExample, QStringLiteral("--list"), QStringLiteral("--json")}, &out, &err), 0);
    const QJsonDocument json = QJsonDocument::fromJson(out.toUtf8());
    ASSERT_TRUE(json.isObject()) << out.toStdString();
    const QJsonArray slides = json.object().value(QStringLiteral("slides")).toArray();
    ASSERT_EQ(slides.size(), 13);
    for (const QJsonValue &slide : slides) {
        EXPECT_TRUE(slide.toObject().value(QStringLiteral("drawn")).toBool());
    }

    // A slide whose study is gone is listed as not drawn, with the reason.
    QByteArray deck(R"({"format": "evidence-browser-deck", "version": 1, "slides": [
        {"kind": "forest", "record": {"section": "study", "slug": "captain-iii"}}]})");
    out.clear();
    ASSERT_EQ(run({write(QStringLiteral("gone.json"), deck), QStringLiteral("--list")}, &out, &err),
              0);
    EXPECT_TRUE(out.contains(QStringLiteral("NOT DRAWN")));
    EXPECT_TRUE(out.contains(QStringLiteral("captain-iii")));
}

TEST_F(RenderDeck, BrokenOrTruncatedDeckExitsTwoAndWritesNothing)
{
    QFile example(kExample);
    ASSERT_TRUE(example.open(QIODevice::ReadOnly));
    const QByteArray good = example.readAll();
    expectRefused({write(QStringLiteral("half.json"), good.left(good.size() / 2))},
                  QStringLiteral("truncated"));
    expectRefused({write(QStringLiteral("kind.json"),
                         QByteArray(R"({"format": "evidence-browser-deck", "version": 1,
                                       "slides": [{"kind": "film"}]})"))},
                  QStringLiteral("slides[0].kind"));
    expectRefused({write(QStringLiteral("empty.json"),
                         QByteArray(R"({"format": "evidence-browser-deck", "version": 1,
                                       "slides": []})"))},
                  QStringLiteral("no slides"));
    expectRefused({m_dir.filePath(QStringLiteral("missing.json"))}, QStringLiteral("cannot read"));
    expectRefused({kExample, QStringLiteral("--font-scale"), QStringLiteral("9")},
                  QStringLiteral("--font-scale"));
    expectRefused({}, QStringLiteral("DECK.json"));

    QString out;
    QString err;
    EXPECT_EQ(run({kExample, QStringLiteral("--out"), m_dir.filePath(QStringLiteral("a.png"))},
                  &out, &err),
              2);
    EXPECT_TRUE(err.contains(QStringLiteral(".pdf")));
    EXPECT_FALSE(QFile::exists(m_dir.filePath(QStringLiteral("a.png"))));
}

} // namespace
