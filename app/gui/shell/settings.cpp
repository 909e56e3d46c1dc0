#include "gui/shell/settings.h"

#include <cmath>

namespace eb::gui {
namespace {

// Key names in one table: changing one here changes it everywhere.
const QString kWindowGeometry = QStringLiteral("window/geometry");
const QString kWindowState = QStringLiteral("window/state");
const QString kMainSplitter = QStringLiteral("window/mainSplitter");
const QString kContentSplitter = QStringLiteral("window/contentSplitter");
const QString kCurrentSection = QStringLiteral("browser/section");
const QString kTableHeaderPrefix = QStringLiteral("browser/header%1");
const QString kChartFontScale = QStringLiteral("charts/fontScale");
const QString kLastDeck = QStringLiteral("presentation/lastDeck");
const QString kPresentationScreen = QStringLiteral("presentation/screen");

} // namespace

Settings::Settings() = default;

Settings::Settings(const QString &iniFile) : m_settings(iniFile, QSettings::IniFormat) {}

QByteArray Settings::windowGeometry() const
{
    return m_settings.value(kWindowGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(kWindowGeometry, geometry);
}

QByteArray Settings::windowState() const
{
    return m_settings.value(kWindowState).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(kWindowState, state);
}

QByteArray Settings::mainSplitterState() const
{
    return m_settings.value(kMainSplitter).toByteArray();
}

void Settings::setMainSplitterState(const QByteArray &state)
{
    m_settings.setValue(kMainSplitter, state);
}

QByteArray Settings::contentSplitterState() const
{
    return m_settings.value(kContentSplitter).toByteArray();
}

void Settings::setContentSplitterState(const QByteArray &state)
{
    m_settings.setValue(kContentSplitter, state);
}

int Settings::currentSection() const
{
    return m_settings.value(kCurrentSection, 0).toInt();
}

void Settings::setCurrentSection(int section)
{
    m_settings.setValue(kCurrentSection, section);
}

QString Settings::lastDeckFile() const
{
    return m_settings.value(kLastDeck).toString();
}

void Settings::setLastDeckFile(const QString &file)
{
    m_settings.setValue(kLastDeck, file);
}

QString Settings::presentationScreen() const
{
    return m_settings.value(kPresentationScreen).toString();
}

void Settings::setPresentationScreen(const QString &name)
{
    m_settings.setValue(kPresentationScreen, name);
}

QByteArray Settings::tableHeaderState(int section) const
{
    return m_settings.value(kTableHeaderPrefix.arg(section)).toByteArray();
}

void Settings::setTableHeaderState(int section, const QByteArray &state)
{
    m_settings.setValue(kTableHeaderPrefix.arg(section), state);
}

double Settings::chartFontScale() const
{
    bool ok = false;
    const double scale = m_settings.value(kChartFontScale, 1.0).toDouble(&ok);
    return ok && std::isfinite(scale) ? scale : 1.0;
}

void Settings::setChartFontScale(double scale)
{
    m_settings.setValue(kChartFontScale, scale);
}

void Settings::sync()
{
    m_settings.sync();
}

} // namespace eb::gui
