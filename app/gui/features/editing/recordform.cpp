#include "gui/features/editing/recordform.h"

#include "gui/features/editing/fieldlabels.h"
#include "model/validation.h"
#include "model/vocabulary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QVBoxLayout>

namespace eb::gui::editing {
namespace {

using catalogue::FieldSpec;
using catalogue::FieldType;
using catalogue::Problem;
using catalogue::Severity;

// Problems in the palette's own colours would be unreadable in some themes: these two read on
// light and dark backgrounds alike.
const char *const kErrorStyle = "color: #c0392b;";
const char *const kWarningStyle = "color: #b9770e;";

// A list for the form: as narrow as a dozen characters when the form is narrow (1280x800 at
// 200% is 640 points wide), its longest item shown whole in the open list and, where the form
// is wider, in the field. Left to its contents (Qt's default), the longest item ("Verbatim:
// the source's exact words, pasted") or a long slug set the least width of the whole form.
QComboBox *newList()
{
    auto *list = new QComboBox;
    list->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    list->setMinimumContentsLength(12);
    return list;
}

// The arm a result field belongs to ("treatment", "control"), or empty.
QString armOf(const QString &field)
{
    for (const QString &role : catalogue::armRoles()) {
        if (field.startsWith(role + QChar(u'_'))) {
            return role;
        }
    }
    return {};
}

} // namespace

RecordForm::RecordForm(catalogue::RecordKind kind, const QString &title, QWidget *parent)
    : QDialog(parent), m_kind(kind)
{
    setWindowTitle(title);
    setObjectName(QStringLiteral("recordForm"));

    auto *intro = new QLabel(
        tr("Fields marked * are required. Numbers are kept as you type them (with a point, "
           "not a comma); leave a field empty when the source does not report it."));
    intro->setWordWrap(true);

    m_recordProblem = new QLabel;
    m_recordProblem->setObjectName(QStringLiteral("recordProblem"));
    m_recordProblem->setWordWrap(true);
    m_recordProblem->setStyleSheet(QString::fromLatin1(kErrorStyle));
    m_recordProblem->hide();

    auto *fieldsWidget = new QWidget;
    auto *form = new QFormLayout(fieldsWidget);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // A label too long to stand beside its field at the form's width goes above it.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    QString arm;
    for (const FieldSpec &spec : catalogue::recordFields(kind)) {
        const QString name = QString::fromLatin1(spec.name);
        if (const QString fieldArm = armOf(name);
            kind == catalogue::RecordKind::Result && fieldArm != arm) {
            arm = fieldArm;
            auto *heading = new QLabel(arm == QLatin1String("treatment")
                                           ? tr("<b>Treatment arm</b> (events and total, or "
                                                "mean, SD and N)")
                                           : tr("<b>Control arm</b>"));
            heading->setWordWrap(true);
            form->addRow(heading);
        }
        QWidget *editor = makeEditor(spec);
        editor->setObjectName(QStringLiteral("field_") + name);
        editor->setAccessibleName(fieldLabel(name, kind));
        m_editors.insert(name, editor);
        auto *problem = new QLabel;
        problem->setObjectName(QStringLiteral("problem_") + name);
        problem->setWordWrap(true);
        problem->hide();
        m_problems.insert(name, problem);
        auto *cell = new QWidget;
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        cellLayout->addWidget(editor);
        cellLayout->addWidget(problem);
        auto *label = new QLabel(spec.required ? tr("%1 *").arg(fieldLabel(name, kind))
                                               : fieldLabel(name, kind));
        label->setBuddy(editor);
        form->addRow(label, cell);
    }
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setWidget(fieldsWidget);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // Tab goes from field to field

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_saveButton = buttons->button(QDialogButtonBox::Save);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    connect(m_saveButton, &QPushButton::clicked, this, &RecordForm::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_recordProblem);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);

    if (!catalogue::recordFields(kind).empty()) {
        m_editors.value(QString::fromLatin1(catalogue::recordFields(kind).front().name))
            ->setFocus(Qt::OtherFocusReason);
    }

    // Tall enough for a study's fields without scrolling where the screen allows.
    const QSize available = QGuiApplication::primaryScreen() != nullptr
                                ? QGuiApplication::primaryScreen()->availableSize()
                                : QSize(1280, 800);
    resize(QSize(720, fieldsWidget->sizeHint().height() + 160)
               .boundedTo(available * 0.9)
               .expandedTo(QSize(480, 360)));
}

QWidget *RecordForm::makeEditor(const FieldSpec &spec)
{
    switch (spec.type) {
    case FieldType::Key: {
        auto *combo = newList();
        // Nothing is chosen for the user: a required key left as it is is reported. A key with
        // a default (a statement's kind: transcribed, the safe side) starts at the default.
        if (spec.fallback == nullptr) {
            combo->addItem(spec.required ? tr("(choose)") : tr("(not reported)"), QString());
        }
        for (const QString &key : catalogue::vocabulary::keys(*spec.list)) {
            combo->addItem(catalogue::vocabulary::label(*spec.list, key), key);
        }
        if (spec.fallback != nullptr) {
            combo->setCurrentIndex(combo->findData(QString::fromLatin1(spec.fallback)));
        }
        if (spec.list == catalogue::vocabulary::List::StatementKind) {
            combo->setToolTip(tr("Verbatim: the source's exact words, pasted from it; they are "
                                 "shown in quotation marks.\nTranscribed: our wording of what "
                                 "the source reports; never shown in quotation marks."));
        }
        return combo;
    }
    case FieldType::Reference: {
        auto *combo = newList();
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->lineEdit()->setPlaceholderText(tr("the %1's slug").arg(kindWord(*spec.reference)));
        return combo;
    }
    case FieldType::Flag:
        return new QCheckBox(tr("yes"));
    case FieldType::Text:
        if (QLatin1String(spec.name).endsWith(QLatin1String("statement_where"))) {
            // Where in the source, as the bundled statements say it; any other words typed.
            auto *combo = newList();
            combo->setEditable(true);
            combo->setInsertPolicy(QComboBox::NoInsert);
            combo->addItems({QString(), tr("abstract"), tr("table"), tr("figure"), tr("text")});
            combo->lineEdit()->setPlaceholderText(
                tr("abstract, table, figure, text, where known (e.g. Table 2)"));
            return combo;
        }
        break;
    case FieldType::Slug:
    case FieldType::Integer:
    case FieldType::Real:
    case FieldType::Doi:
    case FieldType::Pmid:
        break;
    }
    auto *edit = new QLineEdit;
    switch (spec.type) {
    case FieldType::Slug:
        edit->setPlaceholderText(tr("lower-case words joined by hyphens, e.g. captain-iii"));
        break;
    case FieldType::Doi:
        edit->setPlaceholderText(QStringLiteral("10.1161/STROKEAHA.115.009416"));
        break;
    case FieldType::Real:
        edit->setPlaceholderText(tr("as printed, e.g. 0.62"));
        break;
    default:
        break;
    }
    return edit;
}

void RecordForm::setReferenceChoices(catalogue::RecordKind kind, const QStringList &slugs)
{
    for (const FieldSpec &spec : catalogue::recordFields(m_kind)) {
        if (spec.type == FieldType::Reference && spec.reference == kind) {
            auto *combo =
                qobject_cast<QComboBox *>(m_editors.value(QString::fromLatin1(spec.name)));
            const QString typed = combo->currentText();
            combo->clear();
            combo->addItems(slugs);
            combo->setCurrentText(typed);
        }
    }
}

void RecordForm::setFields(const catalogue::Fields &fields)
{
    for (const FieldSpec &spec : catalogue::recordFields(m_kind)) {
        const QString name = QString::fromLatin1(spec.name);
        const QString value = fields.value(name);
        QWidget *editor = m_editors.value(name);
        if (auto *check = qobject_cast<QCheckBox *>(editor)) {
            check->setChecked(value.trimmed() == QLatin1String("1"));
        } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            if (combo->isEditable()) {
                combo->setCurrentText(value);
            } else {
                int index = combo->findData(value);
                if (index < 0 && spec.fallback != nullptr) {
                    index = combo->findData(QString::fromLatin1(spec.fallback));
                }
                combo->setCurrentIndex(index >= 0 ? index : 0);
            }
        } else if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
            edit->setText(value);
        }
    }
}

catalogue::Fields RecordForm::fields() const
{
    catalogue::Fields fields;
    for (auto it = m_editors.constBegin(); it != m_editors.constEnd(); ++it) {
        QString value;
        if (const auto *check = qobject_cast<const QCheckBox *>(it.value())) {
            value = check->isChecked() ? QStringLiteral("1") : QStringLiteral("0");
        } else if (const auto *combo = qobject_cast<const QComboBox *>(it.value())) {
            value = combo->isEditable() ? combo->currentText().trimmed()
                                        : combo->currentData().toString();
        } else if (const auto *edit = qobject_cast<const QLineEdit *>(it.value())) {
            value = edit->text(); // as typed: the digits a source printed
        }
        if (!catalogue::isBlank(value)) {
            fields.insert(it.key(), value);
        }
    }
    return fields;
}

void RecordForm::clearProblems()
{
    for (QLabel *label : std::as_const(m_problems)) {
        label->clear();
        label->hide();
    }
    m_recordProblem->clear();
    m_recordProblem->hide();
}

void RecordForm::showProblems(const QList<Problem> &problems)
{
    clearProblems();
    QWidget *first = nullptr;
    for (const Problem &problem : problems) {
        const bool error = problem.severity == Severity::Error;
        QString text = error ? problem.message : tr("Warning: %1").arg(problem.message);
        if (problem.rule == QLatin1String("storage")) {
            // The file is locked by another program, read-only or full.
            text = tr("%1. Nothing was saved; what you typed is kept: press Save to try again.")
                       .arg(problem.message);
        }
        // Several fields ("treatment_*") or none: above the form.
        QLabel *label = m_problems.value(problem.column);
        if (label == nullptr) {
            m_recordProblem->setText(m_recordProblem->text().isEmpty()
                                         ? text
                                         : m_recordProblem->text() + QChar(u'\n') + text);
            m_recordProblem->show();
            continue;
        }
        // Each message names its field as the form's label says it: "n_enrolled must be ..."
        // becomes "N enrolled must be ...", and one that does not name it gets the label first.
        const QString prefix = problem.column + QChar(u' ');
        const QString named =
            text.startsWith(prefix)
                ? fieldLabel(problem.column, m_kind) + text.mid(problem.column.size())
                : tr("%1: %2").arg(fieldLabel(problem.column, m_kind), text);
        label->setText(label->text().isEmpty() ? named : label->text() + QChar(u'\n') + named);
        label->setStyleSheet(QString::fromLatin1(error ? kErrorStyle : kWarningStyle));
        label->show();
        if (first == nullptr) {
            first = m_editors.value(problem.column);
        }
    }
    if (first != nullptr) {
        first->setFocus(Qt::OtherFocusReason);
    }
}

void RecordForm::save()
{
    const catalogue::Fields current = fields();
    const QList<Problem> problems = catalogue::validateRecord(m_kind, current);
    if (catalogue::hasErrors(problems)) {
        showProblems(problems);
        return;
    }
    // Warnings are shown once; saving the same fields again keeps them.
    if (!problems.isEmpty() && !(m_warned && m_warnedFields == current)) {
        showProblems(problems);
        m_warned = true;
        m_warnedFields = current;
        m_saveButton->setText(tr("Save Anyway"));
        return;
    }
    if (!m_saver) {
        return;
    }
    const QList<Problem> written = m_saver(current);
    if (catalogue::hasErrors(written)) {
        showProblems(written); // nothing was written; what was typed stays
        return;
    }
    accept();
}

} // namespace eb::gui::editing
