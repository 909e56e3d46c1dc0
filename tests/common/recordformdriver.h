#pragma once

// A record form driven as a user drives it, and the records it wrote found again: the helpers
// of the editing window tests (editing, linked forms). Header only; link eb_gui.

#include "catalogue/catalogue.h"
#include "gui/features/editing/recordform.h"

#include <QLineEdit>
#include <QList>
#include <QPointer>
#include <QPushButton>
#include <QString>
#include <QTest>
#include <gtest/gtest.h>

namespace eb::test {

// The records of a kind whose field has this value.
inline QList<eb::catalogue::RecordRow> rowsWhere(const eb::catalogue::Catalogue &catalogue,
                                                 eb::catalogue::RecordKind kind,
                                                 const QString &field, const QString &value)
{
    QList<eb::catalogue::RecordRow> found;
    for (const eb::catalogue::RecordRow &row : catalogue.records(kind)) {
        if (row.fields.value(field) == value) {
            found << row;
        }
    }
    return found;
}

// Types into a field of the form as a user would (the field cleared first).
inline void typeInto(eb::gui::editing::RecordForm *form, const char *field, const QString &text)
{
    auto *edit = qobject_cast<QLineEdit *>(form->editor(QString::fromLatin1(field)));
    ASSERT_NE(edit, nullptr) << field;
    edit->clear();
    QTest::keyClicks(edit, text);
}

// Whether the form is gone or hidden (saved, or cancelled).
inline bool isClosed(const QPointer<eb::gui::editing::RecordForm> &form)
{
    const eb::gui::editing::RecordForm *shown = form.data();
    return shown == nullptr || !shown->isVisible();
}

// Clicks the form's Save button.
inline void clickSave(eb::gui::editing::RecordForm *form)
{
    auto *save = form->findChild<QPushButton *>(QStringLiteral("saveButton"));
    ASSERT_NE(save, nullptr);
    QTest::mouseClick(save, Qt::LeftButton);
}

} // namespace eb::test
