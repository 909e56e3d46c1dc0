#pragma once

// A copy of the bundled catalogue (the build's db/catalogue.sqlite) in a test's temporary
// folder: the file a test may change, open or replace without touching what the program
// embeds. The one fixture of the tests that read or write such a copy. Link eb_test_cataloguecopy
// (and make the test depend on eb_catalogue_file).

#include "catalogue/catalogue.h"

#include <QString>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace eb::test {

// The bundled catalogue the build made.
QString bundledCatalogueFile();

// Copies the bundled catalogue to `path` (replacing a file there), writable by its owner (the
// build's file may be read-only). A failed copy fails the current test.
void copyBundledCatalogue(const QString &path);

// A fixture for the command tests: m_database is a fresh copy in m_dir, for a command to open.
class CatalogueFileTest : public ::testing::Test
{
protected:
    void SetUp() override;

    QTemporaryDir m_dir;
    QString m_database;
};

// A fixture: m_path is a fresh copy in m_dir, opened as m_catalogue in the mode given.
class CatalogueCopyTest : public ::testing::Test
{
protected:
    explicit CatalogueCopyTest(eb::catalogue::OpenMode mode = eb::catalogue::OpenMode::ReadWrite)
        : m_mode(mode)
    {
    }

    void SetUp() override;

    QTemporaryDir m_dir;
    QString m_path;
    eb::catalogue::Catalogue m_catalogue;

private:
    eb::catalogue::OpenMode m_mode;
};

} // namespace eb::test
