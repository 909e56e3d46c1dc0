#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>

namespace eb::gui {

// The one place that knows the keys under which the window keeps its state. Widgets ask for
// typed values; no string key appears anywhere else in the code.
class Settings
{
public:
    // The user's settings, in the location that the application identity selects.
    Settings();
    // Settings kept in one INI file (tests use a file in a QTemporaryDir).
    explicit Settings(const QString &iniFile);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);

    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    QByteArray mainSplitterState() const;
    void setMainSplitterState(const QByteArray &state);

    QByteArray contentSplitterState() const;
    void setContentSplitterState(const QByteArray &state);

    // The sidebar entry shown last (an index into the sidebar's fixed list of kinds).
    int currentSection() const;
    void setCurrentSection(int section);

    // The header state (column widths, sort column and order) of each kind's table.
    QByteArray tableHeaderState(int section) const;
    void setTableHeaderState(int section, const QByteArray &state);

    // The text size of the charts (View > Larger Chart Text), 1 by default.
    double chartFontScale() const;
    void setChartFontScale(double scale);

    // Lecture mode: the deck file that comes back on start, and the screen to present on.
    QString lastDeckFile() const;
    void setLastDeckFile(const QString &file);
    QString presentationScreen() const;
    void setPresentationScreen(const QString &name);

    void sync();

private:
    QSettings m_settings;
};

} // namespace eb::gui
