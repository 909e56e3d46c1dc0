#include "cataloguecopy.h"

#include <QFile>

namespace eb::test {

QString bundledCatalogueFile()
{
    return QStringLiteral(EB_BINARY_DIR "/db/catalogue.sqlite");
}

void copyBundledCatalogue(const QString &path)
{
    QFile::remove(path);
    ASSERT_TRUE(QFile::copy(bundledCatalogueFile(), path)) << path.toStdString();
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void CatalogueFileTest::SetUp()
{
    ASSERT_TRUE(m_dir.isValid());
    m_database = m_dir.filePath(QStringLiteral("catalogue.sqlite"));
    ASSERT_NO_FATAL_FAILURE(copyBundledCatalogue(m_database));
}

void CatalogueCopyTest::SetUp()
{
    ASSERT_TRUE(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("catalogue.sqlite"));
    ASSERT_NO_FATAL_FAILURE(copyBundledCatalogue(m_path));
    ASSERT_TRUE(m_catalogue.open(m_path, m_mode)) << m_catalogue.lastError().toStdString();
}

} // namespace eb::test
