#pragma once

#include <QObject>

class QAbstractItemModel;

namespace ra {

// Says when the application's translators changed. QCoreApplication::installTranslator() and
// removeTranslator() send QEvent::LanguageChange to the application object only; widgets hear of
// it through QApplication, but objects without widgets (item models, stores) would not. One
// instance, a child of the application object, watches for that event and emits
// languageChanged() on the next turn of the event loop, once for the changes made until then.
// GUI thread.
class LanguageNotifier : public QObject
{
    Q_OBJECT

public:
    // The application's notifier, made on first use. Needs a QCoreApplication.
    static LanguageNotifier *instance();

signals:
    void languageChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;

    bool m_pending = false; // languageChanged() is queued
};

// Makes `model` announce its header texts and every cell again when the language changes:
// headers and cells are tr() texts and locale-formatted numbers and dates, produced when asked
// for, but a QHeaderView keeps its section texts and sizes until headerDataChanged, and a view
// repaints a cell only on dataChanged. Call once, from the model's constructor.
void retranslateOnLanguageChange(QAbstractItemModel *model);

} // namespace ra
