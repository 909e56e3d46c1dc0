// The yardstick of start-up (tests/bench/startup_compare.cpp): a bare Qt Widgets window with
// one table of 100 rows, that quits after its first paint, as evidence-browser does with
// --quit-after-first-paint.
#include <QApplication>
#include <QEvent>
#include <QHeaderView>
#include <QMainWindow>
#include <QTableWidget>

namespace {

class QuitOnFirstPaint : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_quitting) {
            m_quitting = true;
            QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_quitting = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    auto *table = new QTableWidget(100, 5);
    for (int row = 0; row < 100; ++row) {
        for (int column = 0; column < 5; ++column) {
            table->setItem(row, column,
                           new QTableWidgetItem(
                               QStringLiteral("Row %1, column %2").arg(row + 1).arg(column + 1)));
        }
    }
    window.setCentralWidget(table);
    window.resize(1280, 800);
    window.installEventFilter(new QuitOnFirstPaint(&window));
    window.show();
    return QApplication::exec();
}
