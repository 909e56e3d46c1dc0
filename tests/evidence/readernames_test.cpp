// Sources named as a reader cites them; no internal file name in text shown to users.
#include "evidence/readernames.h"

#include <gtest/gtest.h>

namespace {

using namespace eb::evidence;

TEST(ReaderNames, CiteNameDropsTheExplanation)
{
    EXPECT_EQ(citeName(QStringLiteral("Muresanu 2020 (CAPTAIN II)")),
              QStringLiteral("Muresanu 2020"));
    EXPECT_EQ(citeName(QStringLiteral("The article (secondary summary)")),
              QStringLiteral("The article"));
    EXPECT_EQ(citeName(QStringLiteral("The article (secondary summary)"), true),
              QStringLiteral("the article"));
    EXPECT_EQ(citeName(QStringLiteral("Cochrane review 2020 version")),
              QStringLiteral("Cochrane review 2020 version"));
    EXPECT_EQ(citeName(QStringLiteral("(odd)")), QStringLiteral("(odd)"));
    EXPECT_EQ(citeName(QString()), QString());
}

TEST(ReaderNames, ReaderTextNamesNoInternalFile)
{
    EXPECT_EQ(readerText(QStringLiteral("Title is not recorded in references.md.")),
              QStringLiteral("Title is not recorded in the verified reference list."));
    EXPECT_EQ(readerText(QStringLiteral("references.md records none on calpain.")),
              QStringLiteral("The verified reference list records none on calpain."));
    EXPECT_EQ(readerText(QStringLiteral("Authors are not given in the text (file "
                                        "000_4c55ba95e87e8ecd.txt); it cites no references.")),
              QStringLiteral("Authors are not given in the article; it cites no references."));
    EXPECT_EQ(readerText(QStringLiteral("exact substrings of db/sources/000_4c55ba95e87e8ecd.txt")),
              QStringLiteral("exact substrings of the article"));
    EXPECT_EQ(readerText(QStringLiteral("(references.md section 8c)")),
              QStringLiteral("(the verified reference list section 8c)"));
    EXPECT_EQ(readerText(QStringLiteral("n_analysed holds the completers.")),
              QStringLiteral("“Analysed” holds the completers."));
    EXPECT_EQ(readerText(QStringLiteral("plain text")), QStringLiteral("plain text"));
}

} // namespace
