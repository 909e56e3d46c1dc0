#pragma once

#include "gui/features/windowfeature.h"
#include "lecture/deck.h"

#include <QMessageBox>
#include <QObject>
#include <QString>
#include <functional>

class QAction;
class QDockWidget;

namespace eb::catalogue {
class Catalogue;
}

namespace eb::gui {

class DeckModel;
class DeckPanel;
class EffectSizeLab;
class Presenter;

// Everything for educators, a window feature: install() adds View > Effect Size
// Lab, View > Presentation Deck (a dock), View > Present (F5), File > Open / Save Presentation
// and Export Presentation as PDF, and the Chart tab's "Add to presentation". The last deck
// comes back on start; a deck never saved is kept in the app's data folder until it is.
class EducatorTools : public QObject, public WindowFeature
{
    Q_OBJECT

public:
    explicit EducatorTools(QObject *parent = nullptr);
    ~EducatorTools() override;
    // Reads the context's catalogue; the presets are read again when it is replaced.
    void install(WindowContext &context) override;

    DeckModel *deckModel() const { return m_model; }
    DeckPanel *deckPanel() const { return m_panel; }
    QDockWidget *deckDock() const { return m_dock; }
    EffectSizeLab *lab(); // made when first asked for
    Presenter *presenter() const { return m_presenter; }
    QString deckFile() const { return m_file; }

    QAction *labAction() const { return m_labAction; }
    QAction *presentAction() const { return m_presentAction; }

    void addSlide(const lecture::Slide &slide);
    // A slide of the chart the Chart tab shows for the selected record: "forest",
    // "distribution", "timecourse" or "domains". False when there is nothing to add.
    bool addChartSlide(const QString &kind, QString *error);
    bool openDeck(const QString &file, QString *error);
    bool saveDeck(const QString &file, QString *error);
    bool exportPdf(const QString &file, QString *error);
    // File ▸ Export Deck Bundle…: the deck's figure bundle (lecture/deckbundle.h), the same
    // writer and slide size as the PDF, as `evidence render deck --bundle`. A folder that holds
    // files is refused unless `replace`, and then replaced whole.
    bool exportBundle(const QString &folder, bool replace, QString *error);
    // The menu's path after the folder is chosen: a folder holding files is replaced only when
    // the user says so (the default answer keeps it). False when nothing was written.
    bool exportBundleInto(const QString &folder);
    void present(int fromSlide);
    void showLab();

    // Where a deck that was never saved is kept between sessions.
    static QString unsavedDeckFile();

    // A deck opened from (or saved to) a file and edited since: the deck dock's title ends in
    // "*", and quitting or opening another deck first asks to save, discard or cancel. (A deck
    // never saved is kept in unsavedDeckFile() at every edit, so it is never lost.)
    bool isModified() const { return m_modified; }
    // Asks when the deck is modified; false when the user cancels (or saving fails).
    bool maybeSaveDeck();
    // Before another deck replaces this one: a deck never saved (kept only in
    // unsavedDeckFile(), which the next deck replaces) is offered to be saved first; else as
    // maybeSaveDeck(). False when the user cancels.
    bool mayReplaceDeck();
    // Tests answer the question instead of a QMessageBox (Save, Discard or Cancel).
    void setSaveQuestion(std::function<QMessageBox::StandardButton()> ask)
    {
        m_ask = std::move(ask);
    }

private:
    void setModified(bool modified);
    void createActions();
    void openInteractively();
    bool saveInteractively(bool askForName);
    void exportInteractively();
    QSizeF slideSize() const;
    void deckEdited();
    void warn(const QString &title, const QString &text);

    WindowContext *m_context = nullptr;
    DeckModel *m_model = nullptr;
    DeckPanel *m_panel = nullptr;
    QDockWidget *m_dock = nullptr;
    EffectSizeLab *m_lab = nullptr;
    Presenter *m_presenter = nullptr;
    QString m_file; // the deck's file; empty: never saved
    bool m_loading = false;
    bool m_modified = false;
    std::function<QMessageBox::StandardButton()> m_ask;
    QAction *m_labAction = nullptr;
    QAction *m_presentAction = nullptr;
};

} // namespace eb::gui
