#pragma once

#include "model/records.h"

#include <QDialog>

class QTextBrowser;

namespace eb::gui::review {

// The HTML of one result with its provenance: the numbers, the source, the verbatim quote,
// whether it is reported or derived (with the formula), the notes.
QString resultProvenanceHtml(const catalogue::ResultRecord &result, const QString &shownAs = {});

// A window with one result and its provenance, opened by a click on a number in a review view.
class ResultDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ResultDialog(const catalogue::ResultRecord &result, const QString &shownAs = {},
                          QWidget *parent = nullptr);
    qint64 resultId() const { return m_resultId; }
    QTextBrowser *browser() const { return m_browser; }

private:
    qint64 m_resultId = 0;
    QTextBrowser *m_browser = nullptr;
};

} // namespace eb::gui::review
