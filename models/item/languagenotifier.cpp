#include "item/languagenotifier.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QEvent>
#include <QPointer>

namespace ra {

LanguageNotifier *LanguageNotifier::instance()
{
    static QPointer<LanguageNotifier> notifier;
    if (!notifier) {
        QCoreApplication *app = QCoreApplication::instance();
        notifier = new LanguageNotifier(app);
        // An event filter on the application object sees every event of the GUI thread; the
        // check below is one comparison for all but the one it wants.
        app->installEventFilter(notifier);
    }
    return notifier;
}

bool LanguageNotifier::eventFilter(QObject *watched, QEvent *event)
{
    // A switch removes and installs two translators, each sending its own LanguageChange;
    // models hear of them once, on the next turn of the event loop, as widgets do (QApplication
    // posts their LanguageChange, and posted ones are compressed).
    if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance() &&
        !m_pending) {
        m_pending = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_pending = false;
                emit languageChanged();
            },
            Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}

void retranslateOnLanguageChange(QAbstractItemModel *model)
{
    if (!QCoreApplication::instance())
        return;
    QObject::connect(
        LanguageNotifier::instance(), &LanguageNotifier::languageChanged, model, [model] {
            const int columns = model->columnCount();
            if (columns <= 0)
                return;
            emit model->headerDataChanged(Qt::Horizontal, 0, columns - 1);
            const int rows = model->rowCount();
            if (rows > 0)
                emit model->dataChanged(model->index(0, 0), model->index(rows - 1, columns - 1));
        });
}

} // namespace ra
